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

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
