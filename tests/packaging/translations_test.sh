#!/usr/bin/env bash
# The committed translations are complete and up to date: scripts/update-translations.sh run into a copy of
# translations/ changes nothing, and no entry is unfinished, vanished or obsolete. Fails with what to do.
#   translations_test.sh SOURCE_DIR LUPDATE
set -uo pipefail
source_dir=$1
export LUPDATE=$2
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

for language in de es fr zh_CN en; do
    [ -f "$source_dir/translations/hookbench_$language.ts" ] || fail "translations/hookbench_$language.ts is missing"
done
cp "$source_dir"/translations/hookbench_*.ts "$copy/"
# lupdate's warnings name tr() calls whose context it cannot tell; they are shown, as they need a look.
"$source_dir/scripts/update-translations.sh" "$copy" 2>&1 | sort -u | sed 's/^/lupdate: /'
for ts in "$source_dir"/translations/hookbench_*.ts; do
    name=$(basename "$ts")
    if ! diff -u "$ts" "$copy/$name" >"$copy/$name.diff"; then
        fail "$name is out of date with the sources; run scripts/update-translations.sh, translate the new entries:"
        grep '^[+-] *<source>' "$copy/$name.diff" | head -n 20
    fi
    unfinished=$(grep -c 'type="unfinished"' "$ts")
    stale=$(grep -cE 'type="(vanished|obsolete)"' "$ts")
    [ "$unfinished" -eq 0 ] || fail "$name has $unfinished unfinished entries; translate them (linguist $name)"
    [ "$stale" -eq 0 ] || fail "$name keeps $stale vanished or obsolete entries; run scripts/update-translations.sh"
done
echo "$failures failed"
[ $failures -eq 0 ]
