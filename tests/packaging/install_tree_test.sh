#!/usr/bin/env bash
# `cmake --install` (the rules the .deb, the .rpm and the AppImage are made from) puts every file where desktops,
# software centres and man look for it: the program without RPATH, the desktop file, the metainfo, the icon as SVG
# and as PNG in each hicolor size (of that size), the man page and the copyright file.
#   install_tree_test.sh BUILD_DIR APP_ID
set -uo pipefail
build_dir=$1
app_id=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

DESTDIR="$root" cmake --install "$build_dir" --prefix /usr >/dev/null || fail "cmake --install failed"
usr="$root/usr"
expected=(
    bin/hookbench
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    share/man/man1/hookbench.1.gz
    share/doc/hookbench/copyright
)
sizes=(16 22 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
    [ -f "$usr/$file" ] || fail "$file is not installed"
done
[ ! -e "$usr/share/doc/hookbench/changelog.Debian.gz" ] \
    || fail "changelog.Debian.gz belongs to the .deb only, not to the default install"

# Each PNG is as large as its directory says: width and height are the big-endian words at bytes 16 and 20.
for size in "${sizes[@]}"; do
    png="$usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || continue
    dimensions=$(od -An -tu1 -j16 -N8 "$png" | awk '{ printf "%d %d", $3 * 256 + $4, $7 * 256 + $8 }')
    [ "$dimensions" = "$size $size" ] || fail "$png is $dimensions, not $size x $size"
done

if readelf -d "$usr/bin/hookbench" | grep -qE 'RPATH|RUNPATH'; then
    fail "the installed program has an RPATH: $(readelf -d "$usr/bin/hookbench" | grep -E 'RPATH|RUNPATH')"
fi
desktop="$usr/share/applications/$app_id.desktop"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file does not name the icon $app_id"
grep -qx "Exec=hookbench" "$desktop" || fail "the desktop file does not start hookbench"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo does not launch $app_id.desktop"
gzip -t "$usr/share/man/man1/hookbench.1.gz" || fail "the man page is not valid gzip"

echo "$failures failed"
[ $failures -eq 0 ]
