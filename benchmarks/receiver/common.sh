# Shared by run.sh, callgrind.sh and ../engine/nginx.sh (sourced, not run): the tool and binary checks, ports on
# loopback, and a work directory whose background processes ($pids) are stopped and which is removed when the script
# exits.

# require SCRIPT HINT TOOL...: exits with a message naming the first tool that is missing.
require() {
    local script=$1 hint=$2 tool
    shift 2
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "$script: $tool is missing$hint" >&2; exit 2; }
    done
    [ -z "${hookbench:-}" ] || [ -x "$hookbench" ] \
        || { echo "$script: no hookbench binary at $hookbench (build it, or pass its path)" >&2; exit 2; }
}

# Ports on 127.0.0.1: whether one answers, a free one, and waiting (10 s at most) until one answers.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        port_in_use "$port" || { echo "$port"; return; }
    done
    echo "${0##*/}: no free port found" >&2
    exit 3
}
wait_for_port() {
    for _ in $(seq 100); do
        port_in_use "$1" && return 0
        sleep 0.1
    done
    echo "${0##*/}: nothing answers on port $1" >&2
    exit 3
}

# listening_url SCRIPT OUT ERR TRIES: waits (TRIES tenths of a second) for `hookbench listen`'s first line in
# OUT and prints the URL it names; exits with ERR's text when it never comes.
listening_url() {
    local script=$1 out=$2 err=$3 tries=$4 url
    for _ in $(seq "$tries"); do
        grep -q '^listening on ' "$out" 2>/dev/null && break
        sleep 0.1
    done
    url=$(head -n 1 "$out" | sed 's/^listening on //')
    [ -n "$url" ] || { echo "$script: hookbench listen did not start: $(cat "$err")" >&2; exit 3; }
    echo "$url"
}

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
