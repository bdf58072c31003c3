#include "isotime.h"

#include <QDateTime>

#include <limits>

namespace Hookbench::IsoTime {

QByteArray utcWithMs(qint64 msecsSinceEpoch)
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
        cachedPrefix = prefix;
        cachedSecond = second;
    }
    QByteArray out;
    out.reserve(cachedPrefix.size() + 5);
    out += cachedPrefix;
    out += '.';
    out += char('0' + millis / 100);
    out += char('0' + millis / 10 % 10);
    out += char('0' + millis % 10);
    out += 'Z';
    return out;
}

} // namespace Hookbench::IsoTime
