#!/usr/bin/env bash
# Instructions per captured request, per thread, under callgrind: the noise-free companion of run.sh. Runs
# `hookbench listen --workspace … --count N` under valgrind twice (N = SMALL and LARGE) while wrk sends the same
# 1 KB JSON POSTs as run.sh over CONNECTIONS keep-alive connections, and prints, per thread, the difference of
# the two runs' instruction counts divided by the difference of the request counts — start-up and shutdown
# cancel out.
#
#   benchmarks/receiver/callgrind.sh [PATH/TO/hookbench]
#   environment: SMALL (default 1000), LARGE (default 4000), CONNECTIONS (default 16), KEEP (a directory to
#                keep the callgrind files in), LISTEN_ARGS (more arguments for `hookbench listen`, e.g. --json)
#
# Needs valgrind and wrk. Only 127.0.0.1 is used.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
hookbench=${1:-$root/build-release/app/hookbench}
small=${SMALL:-1000}
large=${LARGE:-4000}
connections=${CONNECTIONS:-16}

# shellcheck source=common.sh
. "$here/common.sh"
require callgrind.sh "" wrk valgrind callgrind_annotate

# Runs one measurement of n requests; leaves the callgrind files in $work/n.
profile() {
    local n=$1 out="$work/$1"
    mkdir -p "$out"
    # shellcheck disable=SC2086
    valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$out/cg.out" \
        "$hookbench" listen --port 0 --workspace "$out/bench.hookbench" --count "$n" ${LISTEN_ARGS:-} \
        >"$out/listen.out" 2>"$out/valgrind.err" &
    local pid=$!
    pids+=("$pid")
    local url
    url=$(listening_url callgrind.sh "$out/listen.out" "$out/valgrind.err" 600)
    wrk -t1 -c"$connections" -d600s -s "$here/post.lua" "${url}hooks/bench" >/dev/null 2>&1 &
    local load=$!
    pids+=("$load")
    wait "$pid" || true
    kill "$load" 2>/dev/null || true
    wait "$load" 2>/dev/null || true
    local summary
    summary=$(tail -n 1 "$out/listen.out")
    [[ "$summary" == "$n received"* ]] || { echo "callgrind.sh: listen says \"$summary\", expected $n" >&2; exit 3; }
}

# Instructions of one thread's file.
instructions() { grep -m1 '^totals:' "$1" | awk '{ print $2 }'; }

profile "$small"
profile "$large"

echo "callgrind: instructions per captured request ($small and $large requests, wrk -c$connections)"
total=0
for file in "$work/$large"/cg.out-*; do
    thread=${file##*-}
    [ -f "$work/$small/cg.out-$thread" ] || continue
    a=$(instructions "$work/$small/cg.out-$thread")
    b=$(instructions "$file")
    per=$(((b - a) / (large - small)))
    total=$((total + per))
    printf '  thread %s: %8d\n' "$thread" "$per"
done
printf '  all threads: %8d\n' "$total"
if [ -n "${KEEP:-}" ]; then
    mkdir -p "$KEEP"
    cp -r "$work/$small" "$work/$large" "$KEEP/"
    echo "callgrind files kept in $KEEP"
fi
