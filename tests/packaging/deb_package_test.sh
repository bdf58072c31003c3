#!/usr/bin/env bash
# The .deb and the .rpm (opt-in: HOOKBENCH_PACKAGING_TEST=1, as root; build them first with the `package` target):
# lintian finds no error in the .deb, both list the expected files, the .deb declares what Hookbench loads at run
# time; then the .deb is installed on this machine with apt, `hookbench --version` and a send/listen round trip run
# from the installed files, and removing the package leaves none of them behind.
#   deb_package_test.sh PACKAGES_DIR VERSION APP_ID
set -uo pipefail
packages_dir=$(cd "$1" && pwd) # apt takes a file only by a path with a slash
version=$2
app_id=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=roundtrip.sh
. "$here/roundtrip.sh"

if [ "${HOOKBENCH_PACKAGING_TEST:-}" != 1 ]; then
    echo "SKIP: set HOOKBENCH_PACKAGING_TEST=1 to install the .deb on this machine (needs root)"
    exit 77
fi
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

deb="$packages_dir/hookbench_${version}-1_amd64.deb"
rpm="$packages_dir/hookbench-${version}-1.x86_64.rpm"
for file in "$deb" "$rpm"; do
    [ -f "$file" ] || { echo "FAIL: $file is missing: cmake --build BUILD --target package"; exit 1; }
done

expected_files() { # the files both packages install, without directories
    printf '%s\n' /usr/bin/hookbench "/usr/share/applications/$app_id.desktop" \
        "/usr/share/metainfo/$app_id.metainfo.xml" "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
        /usr/share/man/man1/hookbench.1.gz /usr/share/doc/hookbench/copyright
    for size in 16 22 24 32 48 64 128 256 512; do
        echo "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
}

# ---- lintian and contents -------------------------------------------------------------------------------------------
lintian_output=$(lintian --fail-on error --display-level '>=warning' --no-tag-display-limit "$deb" 2>&1)
lintian_status=$?
sed 's/^/  lintian: /' <<<"$lintian_output"
[ $lintian_status -eq 0 ] && pass "lintian reports no errors" || fail "lintian reports errors"

deb_files=$(dpkg-deb --contents "$deb" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' | LC_ALL=C sort)
want_deb=$( (expected_files; echo /usr/share/doc/hookbench/changelog.Debian.gz) | LC_ALL=C sort)
[ "$deb_files" = "$want_deb" ] && pass "the .deb holds exactly the expected files" \
    || fail "the .deb's files differ: $(diff <(echo "$want_deb") <(echo "$deb_files") | grep '^[<>]' | tr '\n' ' ')"
depends=$(dpkg-deb --field "$deb" Depends)
for needed in libqt6sql6-sqlite libssl3 libqt6widgets6 libqt6network6 libc6; do
    grep -q "\b$needed\b" <<<"$depends" || fail "the .deb does not depend on $needed: $depends"
done
pass "Depends: $depends"

rpm_listing=$(rpm -qp --qf '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm" 2>/dev/null)
rpm_files=$(awk '$1 !~ /^d/ { print $2 }' <<<"$rpm_listing" | LC_ALL=C sort)
[ "$(rpm -qpl "$rpm" 2>/dev/null | LC_ALL=C sort)" = "$(awk '{ print $2 }' <<<"$rpm_listing" | LC_ALL=C sort)" ] \
    || fail "rpm -qpl and the file list of the header disagree"
want_rpm=$(expected_files | LC_ALL=C sort)
[ "$rpm_files" = "$want_rpm" ] && pass "rpm -qpl lists exactly the expected files" \
    || fail "the .rpm's files differ: $(diff <(echo "$want_rpm") <(echo "$rpm_files") | grep '^[<>]' | tr '\n' ' ')"
rpm_owned_dirs=$(awk '$1 ~ /^d/ && $2 != "/usr/share/doc/hookbench" { print $2 }' <<<"$rpm_listing")
[ -z "$rpm_owned_dirs" ] && pass "the .rpm claims no directory but its own documentation directory" \
    || fail "the .rpm claims directories other packages own: $(tr '\n' ' ' <<<"$rpm_owned_dirs")"
rpm_requires=$(rpm -qp --requires "$rpm" 2>/dev/null)
grep -q 'libQt6Sql.so.6' <<<"$rpm_requires" && grep -q 'qt6-sql-sqlite if libQt6Sql6' <<<"$rpm_requires" \
    && pass "the .rpm requires Qt's libraries and, on openSUSE, its SQLite driver" \
    || fail "the .rpm's requirements are incomplete: $(tr '\n' ' ' <<<"$rpm_requires")"
rpm -qp --changelog "$rpm" 2>/dev/null | grep -q -- "- ${version}-1" && pass "the .rpm has a changelog for $version" \
    || fail "the .rpm has no changelog entry for $version"

# ---- install, use, remove -------------------------------------------------------------------------------------------
if dpkg-query -W -f='${Status}' hookbench 2>/dev/null | grep -q 'install ok installed'; then
    echo "FAIL: hookbench is already installed here; this test will not replace it (apt-get remove hookbench first)"
    exit 1
fi
work=$(mktemp -d)
cleanup() {
    dpkg-query -W hookbench >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq hookbench >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$work/install.log" 2>&1; then
    pass "apt installs the .deb"
else
    fail "apt cannot install the .deb:"; sed 's/^/  /' "$work/install.log"
fi
installed=$(dpkg-query -L hookbench 2>/dev/null)
[ "$(command -v hookbench)" = /usr/bin/hookbench ] && pass "hookbench is on PATH" || fail "hookbench is not on PATH"
actual_version=$(env -i PATH=/usr/bin:/bin HOME="$work" hookbench --version 2>&1)
[ "$actual_version" = "hookbench $version" ] && pass "hookbench --version: $actual_version" \
    || fail "hookbench --version printed: $actual_version"
if round_trip "$work" env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 /usr/bin/hookbench; then
    pass "send/listen round trip with the installed program"
else
    fail "send/listen round trip with the installed program"
fi
man -w hookbench >/dev/null 2>&1 && pass "man finds hookbench(1)" || fail "man does not find hookbench(1)"

DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq hookbench >/dev/null 2>&1 || fail "apt cannot remove hookbench"
leftovers=""
while read -r path; do
    [ -f "$path" ] || [ -L "$path" ] && leftovers+="$path "
done <<<"$installed"
[ -z "$leftovers" ] && ! dpkg-query -W hookbench >/dev/null 2>&1 && pass "removal leaves no file behind" \
    || fail "after removal these remain: $leftovers"

echo "$failures failed"
[ $failures -eq 0 ]
