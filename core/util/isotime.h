#pragma once

#include <QByteArray>

namespace Hookbench::IsoTime {

// The UTC time as ISO 8601 with milliseconds, exactly as QDateTime::toString(Qt::ISODateWithMs) writes a UTC
// date-time ("2026-11-29T05:33:41.123Z"). Formats the date and seconds through QDateTime only when the second
// changes (per thread), because `hookbench listen` prints one line per request and QDateTime's formatting was a
// fifth of a request's work on the receiving thread (callgrind).
QByteArray utcWithMs(qint64 msecsSinceEpoch);

// Room that writeUtcWithMs() may need: a nine-digit year with its sign is the most a qint64 of milliseconds gives.
constexpr qsizetype MaxUtcWithMsLength = 40;
// The same text written to `to` (MaxUtcWithMsLength bytes of room), for callers that build a line in place;
// returns its length.
qsizetype writeUtcWithMs(qint64 msecsSinceEpoch, char *to);

} // namespace Hookbench::IsoTime
