#!/usr/bin/env bash
# The AppImage is portable (opt-in: HOOKBENCH_PORTABILITY_TEST=1, as root; build it first with the `appimage`
# target). On this machine: --appimage-extract gives a tree identical to the AppDir it was made from. Then in a
# minimal Debian root made with `debootstrap --variant=minbase` from the configured mirror, with only the desktop
# baseline libraries added (EGL/GL/OpenGL, X11/xcb, fontconfig, freetype, harfbuzz) and no Qt: every bundled ELF finds its
# libraries, `--version` works, a headless send/listen round trip works mounted with FUSE and extracted, and the
# GUI shows its window under Xvfb (screenshot next to the AppImage).
#   appimage_portability_test.sh APPIMAGE APPDIR WORK_DIR
set -uo pipefail
appimage=$1
appdir=$2
work_dir=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=roundtrip.sh
. "$here/roundtrip.sh"

if [ "${HOOKBENCH_PORTABILITY_TEST:-}" != 1 ]; then
    echo "SKIP: set HOOKBENCH_PORTABILITY_TEST=1 to run the AppImage in a debootstrapped Debian root (needs root)"
    exit 77
fi
[ -f "$appimage" ] || { echo "FAIL: $appimage is missing: cmake --build BUILD --target appimage"; exit 1; }
[ "$(id -u)" = 0 ] || { echo "FAIL: debootstrap and chroot need root"; exit 1; }
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }
mkdir -p "$work_dir"
scratch=$(mktemp -d "$work_dir/scratch.XXXXXX")
root="$work_dir/debian-root"
mounts=()
xvfb=""
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[$i]}" 2>/dev/null; done
    rm -rf "$scratch" "$root/opt/hookbench" "$root/tmp/hookbench-test"
}
trap cleanup EXIT

# ---- the image is the AppDir --------------------------------------------------------------------------------------
manifest() { # type, mode, size, link target and content of every entry; directory sizes are file-system details
    (cd "$1" && find . -mindepth 1 \( -type d -printf '%P|d|%m\n' \) -o -printf '%P|%y|%m|%s|%l\n' | LC_ALL=C sort \
        && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
}
(cd "$scratch" && "$appimage" --appimage-extract >/dev/null)
if [ "$(manifest "$scratch/squashfs-root")" = "$(manifest "$appdir")" ]; then
    pass "--appimage-extract gives a tree identical to the AppDir"
else
    fail "--appimage-extract differs from the AppDir: $(diff <(manifest "$appdir") <(manifest "$scratch/squashfs-root") | head -n 10 | tr '\n' ' ')"
fi
rm -rf "$scratch/squashfs-root"

# ---- a minimal Debian with the desktop baseline only ----------------------------------------------------------------
baseline=libegl1,libgl1,libopengl0,libx11-6,libx11-xcb1,libxcb1,libfontconfig1,libfreetype6,libharfbuzz0b
# shellcheck disable=SC1091
suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
mirror=$(sed -n 's/^URIs: *\([^ ]*debian\)\/*$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $2 ~ /debian\/?$/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
mirror=${mirror:-http://deb.debian.org/debian}
stamp="$suite $mirror $baseline"
if [ "$(cat "$root/.hookbench-stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "debootstrap --variant=minbase $suite from $mirror (kept in $root for the next run)"
    rm -rf "$root"
    if ! debootstrap --variant=minbase --include="$baseline" "$suite" "$root" "$mirror" >"$scratch/debootstrap.log" 2>&1; then
        tail -n 20 "$scratch/debootstrap.log"
        echo "FAIL: debootstrap"
        exit 1
    fi
    chroot "$root" apt-get clean
    echo "$stamp" >"$root/.hookbench-stamp"
fi
qt_files=$(find "$root" -xdev -name 'libQt6*' -o -xdev -name 'libQt5*' | head -n 3)
[ -z "$qt_files" ] && pass "the Debian root has no Qt ($suite minbase + $baseline)" || fail "the root has Qt: $qt_files"

mkdir -p "$root/opt/hookbench" "$root/tmp/hookbench-test"
cp "$appimage" "$root/opt/hookbench/Hookbench.AppImage"
for point in proc dev dev/pts sys; do
    mkdir -p "$root/$point"
    if [ "$point" = proc ]; then mount -t proc proc "$root/proc"; else mount --bind "/$point" "$root/$point"; fi
    mounts+=("$root/$point")
done
in_root() { chroot "$root" env -i PATH=/usr/bin:/bin HOME=/tmp/hookbench-test LANG=C.UTF-8 "$@"; }
app=/opt/hookbench/Hookbench.AppImage

# Every ELF in the image finds every library, in the root, from the image or the baseline.
(cd "$root/tmp/hookbench-test" && chroot "$root" sh -c "cd /tmp/hookbench-test && $app --appimage-extract >/dev/null")
missing=$(chroot "$root" sh -c 'cd /tmp/hookbench-test/squashfs-root && for f in usr/bin/hookbench $(find usr/lib usr/plugins -name "*.so*"); do
    LD_LIBRARY_PATH=$PWD/usr/lib ldd "$f" 2>/dev/null | grep "not found" | sed "s|^|$f: |"; done' | sort -u)
[ -z "$missing" ] && pass "every bundled ELF finds its libraries in the minimal root" \
    || fail "libraries missing in the minimal root: $(tr '\n' ' ' <<<"$missing" | tr -s ' \t' ' ')"
rm -rf "$root/tmp/hookbench-test/squashfs-root"

version=$(in_root "$app" --version 2>&1)
grep -qx 'hookbench [0-9.]*' <<<"$version" && pass "--version in the minimal root: $version" \
    || fail "--version in the minimal root printed: $version"
start=$(date +%s%N)
in_root "$app" --version >/dev/null 2>&1
pass "--version took $(( ($(date +%s%N) - start) / 1000000 )) ms (FUSE mount)"
start=$(date +%s%N)
in_root env APPIMAGE_EXTRACT_AND_RUN=1 "$app" --version >/dev/null 2>&1
pass "--version took $(( ($(date +%s%N) - start) / 1000000 )) ms (extracted to a temporary directory)"

export WORKDIR_HOST="$root/tmp/hookbench-test"
round_trip /tmp/hookbench-test in_root "$app" && pass "send/listen round trip in the minimal root (FUSE)" \
    || fail "send/listen round trip in the minimal root (FUSE)"
round_trip /tmp/hookbench-test in_root env APPIMAGE_EXTRACT_AND_RUN=1 "$app" \
    && pass "send/listen round trip in the minimal root (extracted)" \
    || fail "send/listen round trip in the minimal root (extracted)"
unset WORKDIR_HOST

# ---- the GUI under Xvfb (on the host; the root reaches it through the X socket) --------------------------------------
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
mounts+=("$root/tmp/.X11-unix")
# Started directly, not through in_root: a backgrounded function is a subshell, and SIGTERM must reach the runtime
# (chroot and env exec it, so it keeps this pid).
chroot "$root" env -i PATH=/usr/bin:/bin HOME=/tmp/hookbench-test LANG=C.UTF-8 DISPLAY="$display" QT_QPA_PLATFORM=xcb \
    XDG_RUNTIME_DIR=/tmp/hookbench-test "$app" --workspace /tmp/hookbench-test/gui.hookbench >"$scratch/gui.log" 2>&1 &
gui=$!
window=""
for _ in $(seq 300); do # 30 s at most for the window to be mapped
    window=$(xwininfo -display "$display" -root -tree 2>/dev/null | grep -m1 '"Hookbench' || true)
    [ -n "$window" ] && break
    kill -0 $gui 2>/dev/null || break
    sleep 0.1
done
if [ -n "$window" ]; then
    pass "the main window is shown: $(sed 's/^ *//' <<<"$window" | cut -c1-80)"
    sleep 1 # let the first frame be painted before the screenshot
    screenshot="${appimage%.AppImage}-portability.png"
    xwd -display "$display" -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$screenshot" 2>/dev/null
    colours=$(xwd -display "$display" -root -silent | xwdtopnm 2>/dev/null | ppmhist -noheader 2>/dev/null | wc -l)
    [ "$colours" -gt 16 ] && pass "the screenshot ($screenshot) shows a painted window ($colours colours)" \
        || fail "the screenshot is blank ($colours colours)"
else
    fail "no Hookbench window appeared under Xvfb:"; sed 's/^/  /' "$scratch/gui.log"
fi
kill -TERM $gui 2>/dev/null
for _ in $(seq 100); do kill -0 $gui 2>/dev/null || break; sleep 0.1; done
kill -0 $gui 2>/dev/null && { fail "the GUI did not exit on SIGTERM"; kill -KILL $gui; }
wait $gui 2>/dev/null
# The runtime's FUSE server unmounts once the program has exited; give it a moment.
for _ in $(seq 50); do grep -q ' fuse\.appimage ' /proc/mounts || break; sleep 0.1; done
leftover_mounts=$(grep -c ' fuse\.appimage ' /proc/mounts)
[ "$leftover_mounts" -eq 0 ] && pass "no AppImage mount is left behind" || fail "$leftover_mounts AppImage mounts are left"

echo "$failures failed"
[ $failures -eq 0 ]
