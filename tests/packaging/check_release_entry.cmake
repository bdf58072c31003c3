# cmake -DMETAINFO=FILE -DVERSION=X.Y.Z -P check_release_entry.cmake
# Refuses a metainfo without a <release> entry, with an ISO date, for the version being built: every release must be
# recorded before it ships (the Debian and RPM changelogs and the man page date are made from these entries).
file(READ "${METAINFO}" text)
string(REPLACE "." "\\." version_pattern "${VERSION}")
if(NOT text MATCHES "<release[ \t\r\n]+version=\"${version_pattern}\"[ \t\r\n]+date=\"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]\"")
    message(FATAL_ERROR "${METAINFO} has no <release version=\"${VERSION}\" date=\"YYYY-MM-DD\"> entry. "
                        "Add one to <releases> (newest first) before building release ${VERSION}.")
endif()
string(FIND "${text}" "<release " first)
string(FIND "${text}" "<release version=\"${VERSION}\"" ours)
if(NOT first EQUAL ours)
    message(FATAL_ERROR "${METAINFO}: the entry for ${VERSION} must be the first (newest) <release>.")
endif()
message(STATUS "${METAINFO} records release ${VERSION}")
