#!/usr/bin/env bash
# Brings translations/hookbench_<language>.ts up to date with the user-visible strings (tr(), translate(),
# QT_TR_NOOP…) in core/, ui/ and app/: new strings are added unfinished, vanished ones are dropped. Then open the
# files in Qt Linguist (`linguist translations/hookbench_de.ts`) and translate every unfinished entry; the
# translations_up_to_date test fails until none is left. English (hookbench_en.ts) holds only plural forms.
#   scripts/update-translations.sh [DIRECTORY]    (default: translations/; the test writes into a copy)
# A new language: create an empty translations/hookbench_<locale>.ts, add it to translations/CMakeLists.txt, run this.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
directory=$(cd "${1:-$root/translations}" && pwd)
lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        [ -n "$candidate" ] && [ -x "$candidate" ] && { lupdate=$candidate; break; }
    done
fi
[ -n "$lupdate" ] || { echo "update-translations.sh: lupdate not found (Debian: qt6-l10n-tools)" >&2; exit 1; }

languages=()
for file in "$directory"/hookbench_*.ts; do
    [ -e "$file" ] || continue
    [ "$file" = "$directory/hookbench_en.ts" ] || languages+=("$file")
done
# No file locations and no obsolete entries: the files change only when the strings do.
options=(-silent -no-obsolete -locations none -extensions cpp,h,ui)
cd "$root"
"$lupdate" "${options[@]}" core ui app -ts "${languages[@]}"
"$lupdate" "${options[@]}" -pluralonly core ui app -ts "$directory/hookbench_en.ts"
