#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build, and run the whole test suite headless — first the
# Release build, then the same suite under AddressSanitizer + UndefinedBehaviorSanitizer, then a bounded fuzz
# run of the HTTP request parser.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

"$root/scripts/bootstrap.sh" release
(cd "$root/build-release" && ctest --output-on-failure --parallel "$jobs")

"$root/scripts/bootstrap.sh" sanitize
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd "$root/build-sanitize" && ctest --output-on-failure --parallel "$jobs")

if [ -x "$root/scripts/fuzz.sh" ]; then
    "$root/scripts/fuzz.sh" "${HOOKBENCH_FUZZ_SECONDS:-60}"
fi
