#!/usr/bin/env bash
# Tests the AppImage runtime on a small image made here: the type-2 magic, the offset of the image after the ELF,
# --appimage-version/-offset/-extract [PATTERN]/-extract-and-run/-mount, the environment given to AppRun, exit status
# and signal forwarding, and that nothing is left behind in TMPDIR. FUSE cases run where /dev/fuse works.
#   appimage_runtime_test.sh RUNTIME MKSQUASHFS
set -uo pipefail
runtime=$1
mksquashfs=$2

work=$(mktemp -d)
trap 'cd /; chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
export TMPDIR="$work/tmp"
mkdir -p "$TMPDIR"
failures=0
checks=0

check() { # check DESCRIPTION COMMAND...
    local description=$1
    shift
    checks=$((checks + 1))
    if "$@"; then
        echo "PASS: $description"
    else
        echo "FAIL: $description"
        failures=$((failures + 1))
    fi
}
equals() { [ "$1" = "$2" ] || { echo "  expected: $2"; echo "  actual:   $1"; return 1; }; }
# Polls for a condition, 10 s at most: processes here are started in the background and observed from outside.
eventually() {
    local i
    for i in $(seq 100); do "$@" && return 0; sleep 0.1; done
    "$@"
}

# ---- a small AppDir with every kind of entry the runtime must reproduce ---------------------------------------------
appdir="$work/AppDir"
mkdir -p "$appdir/usr/share/doc" "$appdir/usr/lib" "$appdir/empty" "$appdir/locked"
cat > "$appdir/AppRun" <<'APPRUN'
#!/bin/sh
case "$1" in
env)
    printf 'APPIMAGE=%s\nAPPDIR=%s\nARGV0=%s\nOWD=%s\nPWD=%s\n' "$APPIMAGE" "$APPDIR" "$ARGV0" "$OWD" "$(pwd)"
    shift
    for argument in "$@"; do printf 'ARG=%s\n' "$argument"; done
    ;;
exit) exit "$2" ;;
cat) cat "$APPDIR/$2" ;;
trap)
    trap 'echo "TERM received" > "$OWD/signal.txt"; exit 42' TERM
    echo "$APPDIR" > "$OWD/ready.txt"
    while :; do sleep 0.1; done
    ;;
kill-self) kill -KILL $$ ;;
esac
APPRUN
chmod 755 "$appdir/AppRun"
echo "hello from the image" > "$appdir/usr/share/doc/hello.txt"
chmod 640 "$appdir/usr/share/doc/hello.txt"
echo "a name with spaces" > "$appdir/usr/share/doc/with space.txt"
ln -s share/doc/hello.txt "$appdir/usr/hello-link"
ln -s /nonexistent/target "$appdir/usr/dangling-link"
# Larger than a squashfs block, so it spans blocks and ends in a fragment; incompressible to exercise raw blocks.
head -c 300000 /dev/urandom > "$appdir/usr/lib/random.bin"
yes "compressible line" | head -n 20000 > "$appdir/usr/lib/text.txt"
ln "$appdir/usr/lib/random.bin" "$appdir/usr/lib/random-hardlink.bin"
echo "secret" > "$appdir/locked/file.txt"
chmod 555 "$appdir/locked"

fixed_time=1700000000
image="$work/image.squashfs"
"$mksquashfs" "$appdir" "$image" -root-owned -noappend -comp zstd -b 131072 -all-time $fixed_time \
    -mkfs-time $fixed_time -quiet -no-progress >/dev/null || { echo "FAIL: mksquashfs"; exit 1; }
appimage="$work/Test-x86_64.AppImage"
cat "$runtime" "$image" > "$appimage"
chmod 755 "$appimage"

# The tree as a manifest: type, mode, size and link target of every entry, then the content of every file. A
# directory's size is the file system's own business, so it is left out.
manifest() {
    (cd "$1" && find . -mindepth 1 \( -type d -printf '%P|d|%m\n' \) -o -printf '%P|%y|%m|%s|%l\n' | LC_ALL=C sort \
        && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
}
expected_manifest=$(manifest "$appdir")

# ---- the ELF part -----------------------------------------------------------------------------------------------------
check "the runtime carries the type-2 magic 'AI\\x02' at offset 8" \
    equals "$(od -An -tx1 -j8 -N3 "$runtime" | tr -d ' ')" "414902"
check "--appimage-offset is the size of the runtime's ELF" \
    equals "$("$appimage" --appimage-offset)" "$(stat -c %s "$runtime")"
stripped="$work/stripped-runtime"
cp "$runtime" "$stripped"
strip --strip-all "$stripped" 2>/dev/null || objcopy --strip-all "$stripped"
cat "$stripped" "$image" > "$work/Stripped.AppImage"
chmod 755 "$work/Stripped.AppImage"
check "the offset follows a stripped runtime's section header table too" \
    equals "$("$work/Stripped.AppImage" --appimage-offset)" "$(stat -c %s "$stripped")"
check "--appimage-version names the runtime" grep -q "AppImage runtime" <<<"$("$appimage" --appimage-version)"
"$appimage" --appimage-bogus >/dev/null 2>&1
check "an unknown --appimage- option is a usage error (2)" equals "$?" 2
"$runtime" >/dev/null 2>"$work/no-image.txt"
check "a runtime without an image fails with 127 and says why" \
    bash -c '[ $0 = 127 ] && grep -q "no squashfs image" "$1"' "$?" "$work/no-image.txt"
head -c "$(( $(stat -c %s "$runtime") + 1000 ))" "$appimage" > "$work/Truncated.AppImage"
chmod 755 "$work/Truncated.AppImage"
APPIMAGE_EXTRACT_AND_RUN=1 "$work/Truncated.AppImage" env >/dev/null 2>"$work/truncated.txt"
check "a truncated image fails with 127 and a message" \
    bash -c '[ $0 = 127 ] && grep -q "cannot read the squashfs image" "$1"' "$?" "$work/truncated.txt"

# ---- extraction -------------------------------------------------------------------------------------------------------
mkdir "$work/extract" && cd "$work/extract"
"$appimage" --appimage-extract > "$work/extract-list.txt"
check "--appimage-extract gives a tree identical to the AppDir" \
    equals "$(manifest squashfs-root)" "$expected_manifest"
check "--appimage-extract lists what it extracts" grep -qx "squashfs-root/usr/share/doc/hello.txt" "$work/extract-list.txt"
check "hard links stay hard links" \
    equals "$(stat -c %i squashfs-root/usr/lib/random.bin)" "$(stat -c %i squashfs-root/usr/lib/random-hardlink.bin)"
check "modification times come from the image" equals "$(stat -c %Y squashfs-root/usr/share/doc/hello.txt)" $fixed_time
"$appimage" --appimage-extract >/dev/null
check "extracting again over an existing tree succeeds and still matches" \
    equals "$?|$(manifest squashfs-root)" "0|$expected_manifest"

mkdir "$work/pattern" && cd "$work/pattern"
"$appimage" --appimage-extract 'usr/share/*' >/dev/null
check "--appimage-extract PATTERN extracts only the matching paths and their parents" \
    equals "$(cd squashfs-root && find . | LC_ALL=C sort | tr '\n' ' ')" \
    ". ./usr ./usr/share ./usr/share/doc ./usr/share/doc/hello.txt ./usr/share/doc/with space.txt "
cd "$work"

# ---- extract and run --------------------------------------------------------------------------------------------------
cd "$work/extract"
output=$(APPIMAGE_EXTRACT_AND_RUN=1 "$appimage" env "one" "two words")
appdir_used=$(sed -n 's/^APPDIR=//p' <<<"$output")
check "AppRun gets APPIMAGE, ARGV0, OWD, the working directory and the arguments" equals "$output" \
"APPIMAGE=$appimage
APPDIR=$appdir_used
ARGV0=$appimage
OWD=$work/extract
PWD=$work/extract
ARG=one
ARG=two words"
check "the extraction directory is private, in TMPDIR, and removed afterwards" \
    bash -c '[[ $0 == "$1"/appimage_extracted_* ]] && [ ! -e "$0" ]' "$appdir_used" "$TMPDIR"
check "--appimage-extract-and-run passes the remaining arguments" \
    grep -qx "ARG=x" <<<"$("$appimage" --appimage-extract-and-run env x)"
check "the application reads its files" \
    equals "$(APPIMAGE_EXTRACT_AND_RUN=1 "$appimage" cat usr/hello-link)" "hello from the image"
APPIMAGE_EXTRACT_AND_RUN=1 "$appimage" exit 7
check "the exit status is forwarded" equals "$?" 7
# A separate shell waits for it, so that its "Killed" notice goes nowhere.
check "death by a signal is forwarded as death by the same signal" \
    equals "$(APPIMAGE_EXTRACT_AND_RUN=1 bash -c '"$0" kill-self; echo $?' "$appimage" 2>/dev/null)" $((128 + 9))

signal_round_trip() { # signal_round_trip MODE-ENV
    rm -f ready.txt signal.txt
    env "$@" "$appimage" trap &
    local pid=$!
    eventually test -s ready.txt
    kill -TERM $pid
    wait $pid
    local status=$?
    equals "$status|$(cat signal.txt 2>/dev/null)" "42|TERM received"
}
check "SIGTERM sent to the AppImage reaches the application (extracted)" signal_round_trip APPIMAGE_EXTRACT_AND_RUN=1
check "nothing is left in TMPDIR after extract-and-run" eventually equals "$(ls -A "$TMPDIR")" ""

# ---- FUSE -------------------------------------------------------------------------------------------------------------
mounted() { grep -q " $1 fuse" /proc/mounts; }
if [ -w /dev/fuse ] && { [ "$(id -u)" = 0 ] || command -v fusermount3 >/dev/null; }; then
    "$appimage" --appimage-mount > "$work/mount.txt" &
    mount_pid=$!
    eventually test -s "$work/mount.txt"
    mountpoint=$(head -n1 "$work/mount.txt")
    check "--appimage-mount prints a mount point in TMPDIR" bash -c '[[ $0 == "$1"/.mount_* ]]' "$mountpoint" "$TMPDIR"
    check "the mounted tree is identical to the AppDir" equals "$(manifest "$mountpoint")" "$expected_manifest"
    check "the mount is read-only" bash -c '! touch "$0/new" 2>/dev/null' "$mountpoint"
    kill -INT $mount_pid
    wait $mount_pid
    check "--appimage-mount unmounts and removes the mount point when interrupted" \
        bash -c '[ $0 = 0 ] && ! grep -q " $1 " /proc/mounts && [ ! -e "$1" ]' "$?" "$mountpoint"

    output=$("$appimage" env)
    appdir_used=$(sed -n 's/^APPDIR=//p' <<<"$output")
    check "by default the image is mounted with FUSE" bash -c '[[ $0 == "$1"/.mount_* ]]' "$appdir_used" "$TMPDIR"
    check "the mount goes away when the application ends" eventually bash -c '! grep -q " $0 " /proc/mounts' "$appdir_used"
    check "the application reads its files through the mount" equals "$("$appimage" cat usr/lib/text.txt | wc -l)" 20000
    "$appimage" exit 3
    check "the exit status is the application's (mounted)" equals "$?" 3
    check "SIGTERM sent to the AppImage reaches the application (mounted)" signal_round_trip
    check "nothing is left in TMPDIR after mounted runs" eventually equals "$(ls -A "$TMPDIR")" ""
else
    echo "SKIP: FUSE cases (no writable /dev/fuse, or neither root nor fusermount3)"
fi

echo "$((checks - failures)) passed, $failures failed"
[ $failures -eq 0 ]
