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

namespace {

constexpr char kBase62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

void appendRandom(QString &out, int count)
{
    // Random bytes in bulk (each call to the system generator is costly), mapped to base62 without bias: bytes of
    // 248 and above are dropped, and 248 is a multiple of 62.
    quint32 random[8];
    int used = int(std::size(random)) * 4;
    for (int appended = 0; appended < count;) {
        if (used == int(std::size(random)) * 4) {
            QRandomGenerator::system()->fillRange(random);
            used = 0;
        }
        const uchar byte = uchar(random[used / 4] >> (8 * (used % 4)));
        ++used;
        if (byte < 248) {
            out.append(QLatin1Char(kBase62[byte % 62]));
            ++appended;
        }
    }
}

} // namespace

QString uid(QLatin1StringView prefix)
{
    QString out = prefix;
    out.reserve(prefix.size() + 24);
    appendRandom(out, 24);
    return out;
}

QString sortableUid(QLatin1StringView prefix)
{
    constexpr int kTimeChars = 8; // 62^8 ms reach past the year 8000
    QString out = prefix;
    out.reserve(prefix.size() + 24);
    // The alphabet is in ASCII order, so fixed-width base62 compares as the number does.
    quint64 ms = quint64(qMax<qint64>(0, QDateTime::currentMSecsSinceEpoch()));
    char time[kTimeChars];
    for (int i = kTimeChars - 1; i >= 0; --i, ms /= 62)
        time[i] = kBase62[ms % 62];
    out.append(QLatin1StringView(time, kTimeChars));
    appendRandom(out, 24 - kTimeChars);
    return out;
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Hookbench::Ids
