#pragma once

#include "domain/header.h"
#include "domain/retrypolicy.h"

#include <QDateTime>
#include <QString>

// How the workbench writes bodies, sizes, durations and times. Pure functions, tested on their own.
namespace Hookbench::Ui::Format {

enum class BodyKind
{
    Empty,
    Json,
    Text,
    Binary,
};

// JSON when it parses as JSON (whatever the content type claims), text when it is valid UTF-8 without control
// characters, binary otherwise.
BodyKind classifyBody(const QByteArray &body);
// Indented with two spaces, keys in their original order; empty when the body is not JSON.
QString prettyJson(const QByteArray &body);
// Classic hex dump: offset, 16 bytes in hex, and their printable ASCII; at most `limit` bytes, with a closing line
// saying how many were left out.
QString hexDump(const QByteArray &bytes, qsizetype limit = 64 * 1024);
// "850 µs", "12.3 ms", "1.24 s", "2 min 5 s".
QString duration(qint64 microseconds);
// "0 B", "512 B", "1.2 KB", "3.4 MB".
QString size(qint64 bytes);
// "Name: value" lines.
QString headers(const HeaderList &headers);
// A moment as the log shows it: time of day with milliseconds today, the date too on other days.
QString logTime(const QDateTime &time, bool utc, const QDateTime &now);
// "in 4 min 30 s", "3 s ago", "now".
QString relative(const QDateTime &time, const QDateTime &now);

// When each attempt a policy allows happens, counted from the event: "#2  after 5 s  (5 s after the event)".
// Backoff with full jitter gives a range ("within 2 s"), so its totals are the latest possible.
QStringList retryPreview(const RetryPolicy &policy);

} // namespace Hookbench::Ui::Format
