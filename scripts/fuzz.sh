#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a bounded time (default 60 s), side by side (each
# fuzzer is one process on one core): the HTTP request parser from the seed corpus in tests/data/http/corpus, and
# signing and verification (tests/fuzz/fuzz_signatures.cpp) from the regressions in tests/data/signing. Crashes are
# written to build-fuzz/findings/; each one becomes a regression file (tests/data/http/regressions, replayed by
# tst_httpparser; tests/data/signing/regressions, replayed by the fuzz build's fuzz_signatures_replay) and a test.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
"$root/scripts/bootstrap.sh" fuzz >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/http" "$work/signing" "$root/build-fuzz/findings"
cp "$root"/tests/data/http/corpus/* "$work/http"/
cp "$root"/tests/data/signing/regressions/* "$work/signing"/
fuzzers="$root/build-fuzz/tests/fuzz"
"$fuzzers/fuzz_signatures" "$work/signing" -max_total_time="$seconds" -max_len=2048 \
    -artifact_prefix="$root/build-fuzz/findings/" -print_final_stats=1 >"$work/signing.log" 2>&1 &
signing=$!
status=0
"$fuzzers/fuzz_requestparser" "$work/http" -max_total_time="$seconds" -max_len=4096 \
    -artifact_prefix="$root/build-fuzz/findings/" -print_final_stats=1 2>&1 | tail -n 12 || status=$?
wait "$signing" || status=$?
echo "fuzz_signatures:"
tail -n 12 "$work/signing.log"
exit "$status"
