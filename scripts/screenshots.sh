#!/usr/bin/env bash
# Refreshes docs/screenshots/<section>.png from the real application: builds a demo workspace headlessly (event
# types, endpoints, two receivers — one healthy, one failing on purpose — and some traffic), then starts the GUI
# under Xvfb with its hidden --screenshot option, which shows each section in turn and saves it.
#
#   scripts/screenshots.sh [path/to/hookbench]      (default: build/app/hookbench)
#
# Needs xvfb (xvfb-run) and python3 (to find free ports). Nothing outside a temporary folder is touched except
# docs/screenshots.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
binary="${1:-$here/build/app/hookbench}"
out="$here/docs/screenshots"
[[ -x "$binary" ]] || { echo "screenshots.sh: no hookbench binary at $binary (build it first)" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run not found (apt-get install xvfb)" >&2; exit 2; }

work="$(mktemp -d)"
run_pid=""
cleanup() {
    if [[ -n "$run_pid" ]] && kill -0 "$run_pid" 2>/dev/null; then
        kill -TERM "$run_pid" && wait "$run_pid" || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Settings and data of this run stay in the temporary folder.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
workspace="$work/demo.hookbench"

read -r inbox_port flaky_port < <(python3 - <<'EOF'
import socket
ports = []
sockets = []
for _ in range(2):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    sockets.append(s)
    ports.append(s.getsockname()[1])
print(*ports)
EOF
)

secret="whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
cat > "$work/definitions.json" <<EOF
{
  "format": "hookbench-definitions",
  "version": 1,
  "secrets_included": true,
  "event_types": [
    {"name": "invoice.paid", "description": "A customer paid an invoice.",
     "template": "{\n  \"id\": \"{{uuid}}\",\n  \"type\": \"{{event.type}}\",\n  \"created\": {{now.unix}},\n  \"data\": {\n    \"invoice\": \"in_{{random.hex 8}}\",\n    \"amount\": {{random.int 500 90000}},\n    \"currency\": \"eur\"\n  }\n}"},
    {"name": "customer.created", "description": "A customer signed up.",
     "template": "{\n  \"id\": \"{{uuid}}\",\n  \"type\": \"{{event.type}}\",\n  \"customer\": {\"id\": \"cus_{{random.hex 6}}\", \"seq\": {{seq}}}\n}"},
    {"name": "issues.opened", "description": "An issue was opened.",
     "template": "{\n  \"action\": \"opened\",\n  \"issue\": {\"number\": {{seq}}, \"title\": \"Crash on start\"},\n  \"repository\": {\"full_name\": \"acme/app\"}\n}"},
    {"name": "order.shipped", "description": "An order left the warehouse.",
     "template": "{\n  \"id\": \"{{uuid}}\",\n  \"order\": {{random.int 1000 9999}},\n  \"carrier\": \"dhl\"\n}"}
  ],
  "receivers": [
    {"name": "Local inbox", "bind": "127.0.0.1", "port": $inbox_port, "auto_start": true,
     "verification": [{"scheme": "standard", "secret": "$secret"}],
     "rules": [{"method": "*", "path": "/**", "status": 200, "body": "{\"received\":\"{{request.id}}\"}",
                "headers": [["Content-Type", "application/json"]]}]},
    {"name": "Flaky service", "bind": "127.0.0.1", "port": $flaky_port, "auto_start": true,
     "rules": [{"method": "POST", "path": "/**", "status": 202, "behaviour": "fail-percent", "fail_percent": 40,
                "fail_status": 503, "delay_ms": 120, "headers": [["Content-Type", "application/json"]],
                "body": "{\"queued\":true}"}]}
  ],
  "endpoints": [
    {"name": "billing", "url": "http://127.0.0.1:$inbox_port/billing", "events": ["invoice.*", "customer.*"],
     "scheme": "standard", "secrets": ["$secret"], "retry": {"kind": "schedule", "schedule_ms": [0, 5000, 300000]}},
    {"name": "github-bot", "url": "http://127.0.0.1:$inbox_port/github", "events": ["issues.*"],
     "scheme": "github", "secrets": ["8f2c1e5b9a7d4c3e2f1a0b9c8d7e6f5a4b3c2d1e"]},
    {"name": "fulfilment", "url": "http://127.0.0.1:$flaky_port/hooks/orders", "events": ["order.*", "invoice.paid"],
     "scheme": "stripe", "secrets": ["whsec_4eC39HqLyjWDarjtT1zdp7dc"],
     "retry": {"kind": "schedule", "schedule_ms": [0, 2000, 5000, 20000, 60000]}},
    {"name": "legacy-crm", "url": "http://127.0.0.1:1/crm", "events": ["customer.*"],
     "retry": {"kind": "schedule", "schedule_ms": [0, 3000, 600000]}}
  ]
}
EOF

hb() { "$binary" "$@" --workspace "$workspace"; }
hb import "$work/definitions.json" >/dev/null

# Traffic: the headless engine and receivers deliver while events are triggered, as a user's session would.
"$binary" run --workspace "$workspace" 2>"$work/run.log" &
run_pid=$!
for _ in $(seq 50); do grep -q "listening" "$work/run.log" 2>/dev/null && break; sleep 0.1; done
for round in 1 2 3 4 5 6; do
    hb trigger invoice.paid >/dev/null
    hb trigger customer.created >/dev/null
    hb trigger order.shipped >/dev/null
    hb trigger issues.opened >/dev/null
done
sleep 4
kill -TERM "$run_pid" && wait "$run_pid" || true
run_pid=""

mkdir -p "$out"
xvfb-run -a -s "-screen 0 1440x900x24" \
    "$binary" --workspace "$workspace" --screenshot "$out" --screenshot-delay 2500
ls -1 "$out"/*.png
