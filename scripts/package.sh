#!/usr/bin/env bash
# Builds the three artefacts users install Hookbench from, out of Debian 12 packages alone:
#   BUILD/packages/hookbench_VERSION-1_amd64.deb        (CPack DEB)
#   BUILD/packages/hookbench-VERSION-1.x86_64.rpm       (CPack RPM)
#   BUILD/packages/Hookbench-VERSION-x86_64.AppImage    (packaging/appimage: deploy script + the project's runtime)
#   scripts/package.sh [--test] [BUILD_DIR]     (default BUILD_DIR: build-package)
# Missing tools are installed first from scripts/deps.txt and scripts/packaging-deps.txt (needs root or sudo).
# --test then runs the packaging tests, including the heavy opt-in ones: the .deb installed on this machine
# (lintian, rpm -qpl, send/listen round trip, clean removal) and the AppImage in a debootstrapped Debian root.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
run_tests=0
if [ "${1:-}" = --test ]; then run_tests=1; shift; fi
build_dir=${1:-$root/build-package}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
for list in "$root/scripts/deps.txt" "$root/scripts/packaging-deps.txt"; do
    while read -r pkg; do
        pkg=${pkg%%#*}; pkg=$(echo "$pkg" | tr -d '[:space:]')
        [ -z "$pkg" ] && continue
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done < "$list"
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -qq
    available=()
    for pkg in "${missing[@]}"; do apt-cache show "$pkg" >/dev/null 2>&1 && available+=("$pkg"); done
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${available[@]}"
fi

tests=OFF
[ $run_tests = 1 ] && tests=ON
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHOOKBENCH_BUILD_TESTS=$tests \
    -DHOOKBENCH_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build_dir" --target package
cmake --build "$build_dir" --target appimage
ls -l "$build_dir"/packages/*.deb "$build_dir"/packages/*.rpm "$build_dir"/packages/*.AppImage

if [ $run_tests = 1 ]; then
    cmake --build "$build_dir"
    HOOKBENCH_PACKAGING_TEST=1 HOOKBENCH_PORTABILITY_TEST=1 \
        ctest --test-dir "$build_dir" -L packaging --output-on-failure
fi
