#!/usr/bin/env bash
# The generated man page is valid roff without warnings and documents every command `hookbench --help` lists, with
# that command's options: proof that it is generated from the program and follows it.
#   manpage_test.sh HOOKBENCH MANPAGE
set -uo pipefail
binary=$1
page=$2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
[ -z "$warnings" ] || fail "groff warns about $page: $warnings"
grep -q '^\.TH HOOKBENCH 1 ' "$page" || fail "no .TH HOOKBENCH 1 header"
for section in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS "EXIT STATUS" FILES; do
    grep -q "^\.SH $section\$" "$page" || fail "section $section is missing"
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
commands=$(HOME="$home" "$binary" --help | awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
[ -n "$commands" ] || fail "'hookbench --help' lists no commands"
for command in $commands; do
    HOME="$home" "$binary" "$command" --help | grep -q '^Usage: ' || fail "'hookbench $command --help' prints no usage"
    grep -q "^\.SS \"hookbench ${command//-/\\\\-}\"\$" "$page" || { fail "command $command has no entry"; continue; }
    # Every long option of the command appears in its entry.
    entry=$(awk -v heading=".SS \"hookbench ${command//-/\\\\-}\"" '$0 == heading { on = 1; next } on && /^\.S[SH] / { exit } on' "$page")
    for option in $(HOME="$home" "$binary" "$command" --help | grep -oE '^  (-[a-z], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+'); do
        grep -qF -- "\\fB${option//-/\\-}" <<<"$entry" || grep -qF -- "${option//-/\\-}" <<<"$entry" \
            || fail "option $option of $command is missing from its entry"
    done
done
rendered=$(MANWIDTH=80 man -l "$page" 2>/dev/null | col -b)
grep -q "hookbench send" <<<"$rendered" || fail "man cannot render the page"
echo "$failures failed"
[ $failures -eq 0 ]
