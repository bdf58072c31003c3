#!/usr/bin/env bash
# Writes the hookbench(1) man page from the program's own help, so the page never drifts from the program:
# `hookbench --help` gives the synopsis, the description, the global options and the list of commands, and
# `hookbench COMMAND --help` gives each command's usage, description, options and arguments. A command added to
# the program appears in the page the next time the build relinks the program.
#   generate-manpage.sh HOOKBENCH OUTPUT VERSION DATE
set -euo pipefail
binary=$1
output=$2
version=$3
date=$4

# A private home makes the default workspace path in the help predictable; the finished page shows it as "~".
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
run_help() {
    env -i PATH="$PATH" HOME="$home" LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$binary" "$@"
}

# Roff escaping, and the two-column "  NAMES   DESCRIPTION" tables of both help formats, whose descriptions wrap
# onto indented continuation lines. QCommandLineParser wraps at column 79 and cuts a word longer than the
# description column mid-word (a long default path): a full-width fragment without spaces is joined without one.
read -r -d '' library <<'AWK' || true
function roff(text) {
    gsub(/\\/, "\\e", text)
    gsub(/-/, "\\-", text)
    gsub(/'/, "\\(aq", text)
    return text
}
function text_line(text) {
    text = roff(text)
    return text ~ /^[.']/ ? "\\&" text : text
}
function flush_entry(    names) {
    if (entry_names == "")
        return
    names = roff(entry_names)
    gsub(/<[^>]*>|[A-Z][A-Z_]+/, "\\fI&\\fB", names)
    print ".TP"
    print "\\fB" names "\\fR"
    if (entry_text != "")
        print text_line(entry_text)
    entry_names = ""
    entry_text = ""
}
# Returns 1 when the line belonged to the table.
function table_line(line,    rest, gap) {
    if (line ~ /^  [^ ]/) {
        flush_entry()
        rest = substr(line, 3)
        gap = match(rest, /  +[^ ]/)
        if (gap) {
            entry_names = substr(rest, 1, gap - 1)
            entry_text = substr(rest, gap + RLENGTH - 1)
            column = 2 + gap + RLENGTH - 2
        } else {
            entry_names = rest
            entry_text = ""
        }
        last_fragment = entry_text
        return 1
    }
    if (entry_names != "" && line ~ /^   +[^ ]/) {
        sub(/^ +/, "", line)
        if (last_fragment !~ / / && length(last_fragment) >= 79 - column - 1)
            entry_text = entry_text line
        else
            entry_text = entry_text (entry_text == "" ? "" : " ") line
        last_fragment = line
        return 1
    }
    return 0
}
AWK

table() { # the table of a help section
    awk "$library"'
        { if (!table_line($0) && $0 != "") { flush_entry(); print text_line($0) } }
        END { flush_entry() }'
}
# section NAME: the lines of a "Name:" section of a help text, up to the next section or the end
section() { awk -v name="$1:" '$0 == name { inside = 1; next } inside && /^[A-Z][a-z]*:$/ { exit } inside' ; }

global_help=$(run_help --help)
commands=$(section Commands <<<"$global_help" | awk 'NF { print $1 }')
if [ -z "$commands" ]; then
    echo "generate-manpage.sh: '$binary --help' lists no commands" >&2
    exit 1
fi
# "Usage: hookbench [--workspace PATH]      open the desktop workbench" and the lines under it, up to a blank one.
usage_lines=$(awk '/^Usage: / { inside = 1; sub(/^Usage: +/, "") } inside && /^$/ { exit } inside { sub(/^ +/, ""); print }' \
    <<<"$global_help")
description=$(awk '/^Usage: / { usage = 1 } usage && /^$/ { inside = 1; next } inside && /^[A-Z][a-z]*:$/ { exit } inside' \
    <<<"$global_help")

command_section() { # the COMMANDS entry of one command, from `hookbench COMMAND --help`
    local summary
    summary=$(section Commands <<<"$global_help" | awk -v command="$1" '$1 == command { sub(/^ *[^ ]+ +/, ""); print }')
    run_help "$1" --help | awk -v command="$1" -v summary="$summary" "$library"'
        /^Usage: / {
            usage_seen = 1
            usage = $0
            sub(/^Usage: +[^ ]+ */, "", usage)      # the program path QCommandLineParser prints
            sub("^" command "( |$)", "", usage)      # the command, when the program put it there already
            printf ".SS \"hookbench %s\"\n.B hookbench %s\n%s\n.PP\n", roff(command), roff(command), roff(usage)
            part = "description"
            next
        }
        /^(Options|Arguments):$/ {
            if (in_block) { print ".fi\n.RE"; in_block = 0 }
            flush_entry()
            part = "table"
            printf ".PP\n%s\n", $0
            next
        }
        part == "description" {
            text = $0
            if (!described) { sub("^hookbench " command " — ", "", text); described = 1 }
            if (text ~ /^  /) {       # an indented block: examples of use
                if (!in_block) { print ".PP\n.RS 4\n.nf"; in_block = 1 }
                sub(/^  /, "", text)
                print text_line(text)
                next
            }
            if (in_block) { print ".fi\n.RE"; in_block = 0 }
            print text == "" ? ".PP" : text_line(text)
            next
        }
        part == "table" { if (!table_line($0) && $0 != "") { flush_entry(); print text_line($0) } }
        END {
            flush_entry()
            if (in_block) print ".fi\n.RE"
            # A command without help of its own still gets its line from the global list.
            if (!usage_seen) printf ".SS \"hookbench %s\"\n%s.\n", roff(command), text_line(summary)
        }'
}

{
    echo ".\\\" Generated from 'hookbench --help' by packaging/man/generate-manpage.sh; edit the program's help instead."
    echo ".TH HOOKBENCH 1 \"$date\" \"Hookbench $version\" \"User Commands\""
    echo ".SH NAME"
    echo "hookbench \\- build, send, receive and verify webhooks"
    echo ".SH SYNOPSIS"
    awk "$library"'{
        split_at = match($0, /   +/)
        invocation = split_at ? substr($0, 1, split_at - 1) : $0
        text = roff(invocation)
        sub(/^hookbench/, "\\fBhookbench\\fR", text)
        gsub(/[A-Z][A-Z_]+/, "\\fI&\\fR", text)
        if (NR > 1) print ".br"
        print text
    }' <<<"$usage_lines"
    echo ".SH DESCRIPTION"
    awk "$library"'{ print $0 == "" ? ".PP" : text_line($0) }' <<<"$description"
    # What each form of the synopsis does, as the global help says it.
    awk "$library"'{
        split_at = match($0, /   +/)
        if (split_at)
            printf ".TP\n\\fB%s\\fR\n%s.\n", roff(substr($0, 1, split_at - 1)), text_line(substr($0, split_at + RLENGTH))
    }' <<<"$usage_lines"
    echo ".SH OPTIONS"
    section Options <<<"$global_help" | table
    echo ".SH COMMANDS"
    echo "Every command accepts \\fB\\-\\-help\\fR, which prints its entry below."
    for command in $commands; do
        command_section "$command"
    done
    cat <<'ROFF'
.SH EXIT STATUS
Every command exits with the same statuses:
.TP
.B 0
success;
.TP
.B 1
it ran and something failed (a delivery, a verification);
.TP
.B 2
bad arguments (the message names the argument);
.TP
.B 3
it could not run (workspace unreadable, port in use).
.SH FILES
.TP
.I ~/.local/share/Hookbench/Hookbench/workspace.hookbench
The default workspace: one SQLite file with the definitions, deliveries and captured requests.
\fB\-\-workspace\fR \fIPATH\fR chooses another one.
.SH SEE ALSO
The README on the project's home page describes the desktop workbench and every command in more depth.
ROFF
} | sed "s|$home|~|g" \
    | perl -CSD -pe 's/([^\x00-\x7f])/sprintf("\\[u%04X]", ord($1))/ge' >"$output.tmp"
# Roff input stays ASCII (non-ASCII characters as \[uXXXX]), so no man(1) set-up can garble it.
mv "$output.tmp" "$output"
