#!/usr/bin/env bash
# Installs whatever Hookbench needs that is missing (Debian 12 / Ubuntu 24.04), then configures and builds.
# Safe to re-run: packages already present are not touched, and the build is incremental.
#   scripts/bootstrap.sh [release|sanitize|fuzz]   -> build directory build-<kind>
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
kind=${1:-release}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local wanted=() missing=() pkg
    for list in "$here/deps.txt" "$here/packaging-deps.txt"; do
        [ -f "$list" ] || continue
        while read -r pkg; do
            pkg=${pkg%%#*}; pkg=$(echo "$pkg" | tr -d '[:space:]')
            [ -n "$pkg" ] && wanted+=("$pkg")
        done < "$list"
    done
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        # Ubuntu names the compiler runtime after its own clang version; skip what this release does not have.
        local available=()
        for pkg in "${missing[@]}"; do
            if apt-cache show "$pkg" >/dev/null 2>&1; then available+=("$pkg"); else echo "note: $pkg is not available here, skipped"; fi
        done
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${available[@]}"
    fi
}

configure_and_build() {
    local dir="$root/build-$kind" args=(-G Ninja -DHOOKBENCH_BUILD_TESTS=ON)
    case "$kind" in
        release)  args+=(-DCMAKE_BUILD_TYPE=Release) ;;
        sanitize) args+=(-DCMAKE_BUILD_TYPE=Debug -DHOOKBENCH_SANITIZE=ON -DHOOKBENCH_BUILD_BENCHMARKS=OFF) ;;
        fuzz)     args+=(-DCMAKE_BUILD_TYPE=Debug -DHOOKBENCH_FUZZ=ON -DHOOKBENCH_BUILD_BENCHMARKS=OFF
                         -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++) ;;
        *) echo "unknown build kind: $kind" >&2; exit 2 ;;
    esac
    export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
    cmake -S "$root" -B "$dir" "${args[@]}" >/dev/null
    if [ "$kind" = fuzz ]; then
        cmake --build "$dir" --parallel "$(nproc)" --target fuzz_requestparser fuzz_signatures fuzz_answers fuzz_openapi
    else
        cmake --build "$dir" --parallel "$(nproc)"
    fi
}

install_packages
configure_and_build
