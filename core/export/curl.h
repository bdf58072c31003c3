#pragma once

#include "domain/header.h"

#include <QString>

// Requests as a `curl` command line a user can paste into a POSIX shell to send the same bytes again.
namespace Hookbench::Export {

// Pure. Single-quoted for a POSIX shell; a quote inside becomes '\''.
QString shellQuote(const QString &text);

// Pure. `curl -X METHOD 'URL' -H 'Name: value' … --data-binary '…'`, one option per line joined by " \\\n".
// Content-Length, Host and Connection are left to curl. A body that is not UTF-8 text is written as a
// `--data-binary @-` fed by `printf` with octal escapes, so binary bodies survive the copy.
QString curlCommand(const QByteArray &method, const QString &url, const HeaderList &headers, const QByteArray &body);

} // namespace Hookbench::Export
