#include "ids.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>

#include <iterator>

namespace Hookbench::Ids {

namespace {
constexpr qint64 kEpochMs = 1704067200000LL; // 2024-01-01T00:00:00Z
}

qint64 next()
{
    static QMutex mutex;
    static const quint64 salt = QRandomGenerator::system()->bounded(64u);
    static qint64 lastMs = 0;
    static quint64 counter = 0;

    QMutexLocker lock(&mutex);
    qint64 ms = QDateTime::currentMSecsSinceEpoch() - kEpochMs;
    if (ms <= lastMs) {
        ms = lastMs;
        if (++counter > 0xFFFF) {
            // More than 65,536 ids in one millisecond: borrow from the next one.
            ms = ++lastMs;
            counter = 0;
        }
    } else {
        lastMs = ms;
        counter = 0;
    }
    return qint64((quint64(ms) << 22) | (salt << 16) | counter);
}

QString uid(QLatin1StringView prefix)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString out = prefix;
    out.reserve(prefix.size() + 24);
    // Random bytes in bulk (each call to the system generator is costly), mapped to base62 without bias: bytes of
    // 248 and above are dropped, and 248 is a multiple of 62.
    quint32 random[8];
    int used = int(std::size(random)) * 4;
    while (out.size() < prefix.size() + 24) {
        if (used == int(std::size(random)) * 4) {
            QRandomGenerator::system()->fillRange(random);
            used = 0;
        }
        const uchar byte = uchar(random[used / 4] >> (8 * (used % 4)));
        ++used;
        if (byte < 248)
            out.append(QLatin1Char(alphabet[byte % 62]));
    }
    return out;
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Hookbench::Ids
