# Shared by run.sh and callgrind.sh (sourced, not run): the tool and binary checks, and a work directory whose
# background processes ($pids) are stopped and which is removed when the script exits.

# require SCRIPT HINT TOOL...: exits with a message naming the first tool that is missing.
require() {
    local script=$1 hint=$2 tool
    shift 2
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "$script: $tool is missing$hint" >&2; exit 2; }
    done
    [ -x "$hookbench" ] || { echo "$script: no hookbench binary at $hookbench (build it, or pass its path)" >&2; exit 2; }
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
