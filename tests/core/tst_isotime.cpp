#include "util/isotime.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Hookbench;

// The fast formatter must write exactly what QDateTime writes, whatever order times come in (its per-second cache
// must never leak a stale date into a later line).
class TestIsoTime : public QObject
{
    Q_OBJECT

private slots:
    void matchesQDateTime_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("before epoch") << qint64(-1);
        QTest::newRow("before epoch, whole second") << qint64(-1000);
        QTest::newRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("new year") << QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("millis 7") << qint64(1'780'000'000'007);
        QTest::newRow("millis 70") << qint64(1'780'000'000'070);
    }

    void matchesQDateTime()
    {
        QFETCH(qint64, ms);
        QCOMPARE(IsoTime::utcWithMs(ms),
                 QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1());
    }

    void cacheFollowsEveryChangeOfSecond()
    {
        QRandomGenerator random(20261129);
        qint64 ms = QDateTime(QDate(2026, 11, 29), QTime(5, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 20000; ++i) {
            // Mostly small steps forward (as requests arrive), sometimes back or far away.
            const quint32 roll = random.bounded(100u);
            if (roll < 90)
                ms += random.bounded(400);
            else if (roll < 95)
                ms -= random.bounded(5000);
            else
                ms = random.bounded(qint64(4'000'000'000'000));
            const QByteArray expected
                = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
            QCOMPARE(IsoTime::utcWithMs(ms), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
