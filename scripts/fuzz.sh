#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs them side by side for a bounded time (default 60 s each):
#   fuzz_requestparser  the HTTP request parser, from tests/data/http/corpus;
#   fuzz_answers        handshakes, rule matching and answers rendered from the request, from the HTTP corpus and
#                       tests/data/answers/corpus;
#   fuzz_signatures     signing and verification, from tests/data/signing/regressions;
#   fuzz_openapi        importing event types from an OpenAPI document, from tests/data/export and
#                       tests/data/openapi/regressions.
# Crashes are written to build-fuzz/findings/; each one becomes a regression file next to its corpus (the parser's
# are replayed by tst_httpparser, the others by the fuzz build's *_replay tests) and a test.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
"$root/scripts/bootstrap.sh" fuzz >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$root/tests/data"
mkdir -p "$work/http" "$work/answers" "$work/signing" "$work/openapi" "$root/build-fuzz/findings"
cp "$data"/http/corpus/* "$work/http"/
cp "$data"/http/corpus/* "$data"/answers/corpus/* "$work/answers"/
cp "$data"/signing/regressions/* "$work/signing"/
cp "$data"/export/openapi-*.json "$data"/openapi/regressions/* "$work/openapi"/

# fuzz NAME CORPUS MAX_LEN [more libFuzzer options]: runs in the background, its output in $work/NAME.log.
pids=()
names=()
fuzz() {
    local name=$1 corpus=$2 length=$3
    shift 3
    "$root/build-fuzz/tests/fuzz/$name" "$corpus" -max_total_time="$seconds" -max_len="$length" \
        -artifact_prefix="$root/build-fuzz/findings/" -print_final_stats=1 "$@" >"$work/$name.log" 2>&1 &
    pids+=($!)
    names+=("$name")
}
fuzz fuzz_requestparser "$work/http" 4096
fuzz fuzz_answers "$work/answers" 4096 -dict="$root/tests/fuzz/http.dict"
fuzz fuzz_signatures "$work/signing" 2048
# An import must finish quickly and in bounded memory whatever the document.
fuzz fuzz_openapi "$work/openapi" 4096 -timeout=5 -rss_limit_mb=1024

status=0
for i in "${!pids[@]}"; do
    code=0
    wait "${pids[$i]}" || code=$?
    echo "${names[$i]}: $([ "$code" = 0 ] && echo clean || echo "FAILED ($code)")"
    # The last lines say how many inputs ran, or what was found.
    grep -v -e '^"' -e '^#' -e 'Recommended dictionary' "$work/${names[$i]}.log" | tail -n 8
    [ "$code" = 0 ] || status=$code
done
exit "$status"
