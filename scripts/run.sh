#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build a Release build, start Hookbench.
# Extra arguments go to the app (e.g. --workspace PATH).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/bootstrap.sh" release
exec "$root/build-release/app/hookbench" "$@"
