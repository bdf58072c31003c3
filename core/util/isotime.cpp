#include "isotime.h"

#include <QDateTime>

#include <array>
#include <cstring>
#include <limits>

namespace Hookbench::IsoTime {

qsizetype writeUtcWithMs(qint64 msecsSinceEpoch, char *to)
{
    thread_local qint64 cachedSecond = std::numeric_limits<qint64>::min();
    thread_local QByteArray cachedPrefix;
    // Floor division: times before 1970 count milliseconds forward from the earlier second, as QDateTime does.
    qint64 second = msecsSinceEpoch / 1000;
    int millis = int(msecsSinceEpoch % 1000);
    if (millis < 0) {
        --second;
        millis += 1000;
    }
    if (second != cachedSecond) {
        QByteArray prefix = QDateTime::fromSecsSinceEpoch(second, Qt::UTC).toString(Qt::ISODate).toLatin1();
        if (prefix.endsWith('Z'))
            prefix.chop(1);
        cachedPrefix = prefix.first(qMin(prefix.size(), MaxUtcWithMsLength - 5));
        cachedSecond = second;
    }
    const qsizetype n = cachedPrefix.size();
    std::memcpy(to, cachedPrefix.constData(), size_t(n));
    to[n] = '.';
    to[n + 1] = char('0' + millis / 100);
    to[n + 2] = char('0' + millis / 10 % 10);
    to[n + 3] = char('0' + millis % 10);
    to[n + 4] = 'Z';
    return n + 5;
}

QByteArray utcWithMs(qint64 msecsSinceEpoch)
{
    std::array<char, MaxUtcWithMsLength> text;
    return QByteArray(text.data(), writeUtcWithMs(msecsSinceEpoch, text.data()));
}

} // namespace Hookbench::IsoTime
