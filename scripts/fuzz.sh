#!/usr/bin/env bash
# Builds the libFuzzer target for the HTTP request parser with clang and runs it for a bounded time
# (default 60 s) from the seed corpus in tests/data/http/corpus. Crashes are written to build-fuzz/findings/;
# each one becomes a regression row in tests/core/tst_httpparser.cpp.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
"$root/scripts/bootstrap.sh" fuzz >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root"/tests/data/http/corpus/* "$work"/
mkdir -p "$root/build-fuzz/findings"
"$root/build-fuzz/tests/fuzz/fuzz_requestparser" "$work" -max_total_time="$seconds" -max_len=4096 \
    -artifact_prefix="$root/build-fuzz/findings/" -print_final_stats=1 2>&1 | tail -n 12
