// Cron expressions (parsing, errors that name the field and token, next firing across month ends, leap days and
// DST transitions in explicit zones) and the schedule calculator built on them (once, interval grids, limits, end
// times, missed-firing policy, jitter bounds).
#include "scheduling/cronexpression.h"
#include "scheduling/schedulecalculator.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Hookbench;
using Hookbench::Scheduling::CronExpression;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QTimeZone zone(const char *id)
{
    return QTimeZone(QByteArray(id));
}

// The next `count` firings after `after`, as UTC ISO strings.
QStringList firings(const QString &expression, const QDateTime &after, int count, const QTimeZone &tz)
{
    QString why;
    const auto cron = CronExpression::parse(expression, &why);
    if (!cron)
        return {QStringLiteral("parse error: ") + why};
    QStringList out;
    QDateTime t = after;
    for (int i = 0; i < count; ++i) {
        t = cron->next(t, tz);
        if (!t.isValid()) {
            out << QStringLiteral("none");
            break;
        }
        out << t.toUTC().toString(Qt::ISODate);
    }
    return out;
}

} // namespace

class TestCron : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(zone("Europe/Berlin").isValid(), "the tz database has no Europe/Berlin");
        QVERIFY2(zone("America/New_York").isValid(), "the tz database has no America/New_York");
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QString() << QStringLiteral("the expression is empty");
        QTest::newRow("four fields") << QStringLiteral("* * * *")
                                     << QStringLiteral("expected 5 fields (minute hour day-of-month month "
                                                       "day-of-week) but got 4");
        QTest::newRow("six fields") << QStringLiteral("0 * * * * *") << QStringLiteral("but got 6");
        QTest::newRow("minute range") << QStringLiteral("60 * * * *")
                                      << QStringLiteral("minute: 60 is out of range 0-59");
        QTest::newRow("hour range") << QStringLiteral("0 24 * * *") << QStringLiteral("hour: 24 is out of range 0-23");
        QTest::newRow("day zero") << QStringLiteral("0 0 0 * *")
                                  << QStringLiteral("day-of-month: 0 is out of range 1-31");
        QTest::newRow("month range") << QStringLiteral("0 0 1 13 *")
                                     << QStringLiteral("month: 13 is out of range 1-12");
        QTest::newRow("weekday range") << QStringLiteral("0 0 * * 8")
                                       << QStringLiteral("day-of-week: 8 is out of range 0-7");
        QTest::newRow("day name") << QStringLiteral("0 0 * * FOO")
                                  << QStringLiteral("day-of-week: 'FOO' is not a day name");
        QTest::newRow("month name") << QStringLiteral("0 0 1 Janvier *")
                                    << QStringLiteral("month: 'Janvier' is not a month name");
        QTest::newRow("name in number field")
            << QStringLiteral("MON * * * *") << QStringLiteral("minute: 'MON' is not a number");
        QTest::newRow("step zero") << QStringLiteral("*/0 * * * *")
                                   << QStringLiteral("minute: step 0 in '*/0' must be at least 1");
        QTest::newRow("step text") << QStringLiteral("0 */x * * *")
                                   << QStringLiteral("hour: step 'x' in '*/x' is not a number");
        QTest::newRow("backwards") << QStringLiteral("0 5-2 * * *")
                                   << QStringLiteral("hour: range '5-2' goes backwards");
        QTest::newRow("empty entry") << QStringLiteral("1,,2 * * * *")
                                     << QStringLiteral("minute: empty entry in '1,,2'");
        QTest::newRow("negative") << QStringLiteral("-5 * * * *") << QStringLiteral("minute: '' is not a number");
        QTest::newRow("31 February") << QStringLiteral("0 0 31 2 *")
                                     << QStringLiteral("day-of-month: '31' never occurs in month '2'");
        QTest::newRow("30 February") << QStringLiteral("0 0 30 FEB *") << QStringLiteral("never fires");
        QTest::newRow("31 April June") << QStringLiteral("0 0 31 4,6 *") << QStringLiteral("never fires");
    }

    void parseErrors()
    {
        QFETCH(QString, expression);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!CronExpression::parse(expression, &why));
        QVERIFY2(why.contains(error), qPrintable(why));
    }

    void parsesWhatCronAccepts_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("every 15 minutes")
            << QStringLiteral("*/15 * * * *") << QStringLiteral("2026-01-01T00:07:30")
            << QStringList {QStringLiteral("2026-01-01T00:15:00Z"), QStringLiteral("2026-01-01T00:30:00Z"),
                            QStringLiteral("2026-01-01T00:45:00Z"), QStringLiteral("2026-01-01T01:00:00Z")};
        QTest::newRow("range with step") << QStringLiteral("1-10/4 * * * *") << QStringLiteral("2026-01-01T00:01:00")
                                         << QStringList {QStringLiteral("2026-01-01T00:05:00Z"),
                                                         QStringLiteral("2026-01-01T00:09:00Z"),
                                                         QStringLiteral("2026-01-01T01:01:00Z")};
        QTest::newRow("value with step runs to the end")
            << QStringLiteral("0 20/2 * * *") << QStringLiteral("2026-01-01T00:00:00")
            << QStringList {QStringLiteral("2026-01-01T20:00:00Z"), QStringLiteral("2026-01-01T22:00:00Z"),
                            QStringLiteral("2026-01-02T20:00:00Z")};
        QTest::newRow("lists") << QStringLiteral("5,10 8,17 * * *") << QStringLiteral("2026-01-01T08:07:00")
                               << QStringList {QStringLiteral("2026-01-01T08:10:00Z"),
                                               QStringLiteral("2026-01-01T17:05:00Z"),
                                               QStringLiteral("2026-01-01T17:10:00Z")};
        // 2026-01-03 is a Saturday.
        QTest::newRow("weekdays by name")
            << QStringLiteral("0 9 * * mon-FRI") << QStringLiteral("2026-01-03T00:00:00")
            << QStringList {QStringLiteral("2026-01-05T09:00:00Z"), QStringLiteral("2026-01-06T09:00:00Z")};
        QTest::newRow("7 is Sunday") << QStringLiteral("0 0 * * 7") << QStringLiteral("2026-01-01T00:00:00")
                                     << QStringList {QStringLiteral("2026-01-04T00:00:00Z"),
                                                     QStringLiteral("2026-01-11T00:00:00Z")};
        QTest::newRow("range ending on Sunday")
            << QStringLiteral("0 0 * * FRI-SUN") << QStringLiteral("2026-01-01T00:00:00")
            << QStringList {QStringLiteral("2026-01-02T00:00:00Z"), QStringLiteral("2026-01-03T00:00:00Z"),
                            QStringLiteral("2026-01-04T00:00:00Z"), QStringLiteral("2026-01-09T00:00:00Z")};
        QTest::newRow("month names") << QStringLiteral("0 0 1 jan,Jul *") << QStringLiteral("2026-01-01T00:00:00")
                                     << QStringList {QStringLiteral("2026-07-01T00:00:00Z"),
                                                     QStringLiteral("2027-01-01T00:00:00Z")};
        // Both day fields restricted: either one matches (Friday the 2nd and 9th, or the 13th, a Tuesday).
        QTest::newRow("day-of-month or day-of-week")
            << QStringLiteral("0 0 13 * FRI") << QStringLiteral("2026-01-01T00:00:00")
            << QStringList {QStringLiteral("2026-01-02T00:00:00Z"), QStringLiteral("2026-01-09T00:00:00Z"),
                            QStringLiteral("2026-01-13T00:00:00Z"), QStringLiteral("2026-01-16T00:00:00Z")};
        // Day-of-month starting with `*`: both must match (Mondays on odd days: 5th, 19th, 9 February).
        QTest::newRow("starred day-of-month and day-of-week")
            << QStringLiteral("0 0 */2 * MON") << QStringLiteral("2026-01-01T00:00:00")
            << QStringList {QStringLiteral("2026-01-05T00:00:00Z"), QStringLiteral("2026-01-19T00:00:00Z"),
                            QStringLiteral("2026-02-09T00:00:00Z")};
        QTest::newRow("macro") << QStringLiteral("@Daily") << QStringLiteral("2026-01-01T00:00:00")
                               << QStringList {QStringLiteral("2026-01-02T00:00:00Z")};
        QTest::newRow("strictly after") << QStringLiteral("30 12 * * *") << QStringLiteral("2026-01-01T12:30:00")
                                        << QStringList {QStringLiteral("2026-01-02T12:30:00Z")};
    }

    void parsesWhatCronAccepts()
    {
        QFETCH(QString, expression);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        const QDateTime from = utc(after.toLatin1().constData());
        QCOMPARE(firings(expression, from, int(expected.size()), QTimeZone::utc()), expected);
    }

    void monthEnds_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("31st skips short months")
            << QStringLiteral("0 0 31 * *") << QStringLiteral("2026-01-31T00:00:00")
            << QStringList {QStringLiteral("2026-03-31T00:00:00Z"), QStringLiteral("2026-05-31T00:00:00Z"),
                            QStringLiteral("2026-07-31T00:00:00Z"), QStringLiteral("2026-08-31T00:00:00Z")};
        QTest::newRow("30th skips February") << QStringLiteral("15 10 30 * *") << QStringLiteral("2026-01-30T10:15:00")
                                             << QStringList {QStringLiteral("2026-03-30T10:15:00Z")};
        QTest::newRow("last minute of the year")
            << QStringLiteral("59 23 31 12 *") << QStringLiteral("2026-12-31T23:59:00")
            << QStringList {QStringLiteral("2027-12-31T23:59:00Z")};
        QTest::newRow("across the new year")
            << QStringLiteral("0 0 * * *") << QStringLiteral("2026-12-31T23:59:59")
            << QStringList {QStringLiteral("2027-01-01T00:00:00Z"), QStringLiteral("2027-01-02T00:00:00Z")};
        QTest::newRow("leap day") << QStringLiteral("0 0 29 2 *") << QStringLiteral("2026-01-01T00:00:00")
                                  << QStringList {QStringLiteral("2028-02-29T00:00:00Z"),
                                                  QStringLiteral("2032-02-29T00:00:00Z")};
        // 2100 is not a leap year: eight years to the next 29 February.
        QTest::newRow("leap day over a century")
            << QStringLiteral("0 0 29 FEB *") << QStringLiteral("2096-03-01T00:00:00")
            << QStringList {QStringLiteral("2104-02-29T00:00:00Z")};
        QTest::newRow("leap day or Monday")
            << QStringLiteral("0 0 29 2 1") << QStringLiteral("2028-02-26T00:00:00")
            << QStringList {QStringLiteral("2028-02-28T00:00:00Z"), QStringLiteral("2028-02-29T00:00:00Z"),
                            QStringLiteral("2029-02-05T00:00:00Z")};
        QTest::newRow("February every day in a leap year")
            << QStringLiteral("0 12 28-31 2 *") << QStringLiteral("2028-02-28T13:00:00")
            << QStringList {QStringLiteral("2028-02-29T12:00:00Z"), QStringLiteral("2029-02-28T12:00:00Z")};
    }

    void monthEnds() { parsesWhatCronAccepts(); }

    // Europe/Berlin, 2026: clocks go forward at 02:00 CET on 29 March (to 03:00 CEST, 01:00 UTC) and back at 03:00
    // CEST on 25 October (to 02:00 CET, 01:00 UTC), so 02:00-02:59 happens twice. America/New_York, 2026: forward
    // at 02:00 EST on 8 March (07:00 UTC), back at 02:00 EDT on 1 November (06:00 UTC), repeating 01:00-01:59.
    void daylightSaving_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");
        // A fixed time the clocks skip fires once, right after the gap, and is at its usual time the next day.
        QTest::newRow("Berlin: skipped time fires after the gap")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("30 2 * * *") << QStringLiteral("2026-03-28T12:00:00")
            << QStringList {QStringLiteral("2026-03-29T01:00:00Z"), QStringLiteral("2026-03-30T00:30:00Z")};
        // Several skipped times of one gap, and the first time after it, share one firing.
        QTest::newRow("Berlin: one firing for a whole gap")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("0,20,40 2,3 * * *")
            << QStringLiteral("2026-03-28T23:00:00")
            << QStringList {QStringLiteral("2026-03-29T01:00:00Z"), QStringLiteral("2026-03-29T01:20:00Z"),
                            QStringLiteral("2026-03-29T01:40:00Z"), QStringLiteral("2026-03-30T00:00:00Z")};
        // A fixed time the clocks repeat fires once, at its first occurrence.
        QTest::newRow("Berlin: repeated time fires once")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("30 2 * * *") << QStringLiteral("2026-10-24T12:00:00")
            << QStringList {QStringLiteral("2026-10-25T00:30:00Z"), QStringLiteral("2026-10-26T01:30:00Z")};
        QTest::newRow("Berlin: not again in the second pass")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("30 2 * * *") << QStringLiteral("2026-10-25T01:10:00")
            << QStringList {QStringLiteral("2026-10-26T01:30:00Z")};
        // By the clock (`*` hour): every real hour, none doubled and none lost, on both days.
        QTest::newRow("Berlin: hourly over spring forward")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("0 * * * *") << QStringLiteral("2026-03-28T23:30:00")
            << QStringList {QStringLiteral("2026-03-29T00:00:00Z"), QStringLiteral("2026-03-29T01:00:00Z"),
                            QStringLiteral("2026-03-29T02:00:00Z")};
        QTest::newRow("Berlin: half-hourly over fall back")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("*/30 * * * *")
            << QStringLiteral("2026-10-24T23:50:00")
            << QStringList {QStringLiteral("2026-10-25T00:00:00Z"), QStringLiteral("2026-10-25T00:30:00Z"),
                            QStringLiteral("2026-10-25T01:00:00Z"), QStringLiteral("2026-10-25T01:30:00Z"),
                            QStringLiteral("2026-10-25T02:00:00Z")};
        // By the clock, a time that does not exist is not made up.
        QTest::newRow("Berlin: every minute of 2 o'clock")
            << QStringLiteral("Europe/Berlin") << QStringLiteral("*/15 2 * * *")
            << QStringLiteral("2026-03-28T12:00:00")
            << QStringList {QStringLiteral("2026-03-30T00:00:00Z"), QStringLiteral("2026-03-30T00:15:00Z")};
        QTest::newRow("New York: skipped time fires after the gap")
            << QStringLiteral("America/New_York") << QStringLiteral("30 2 * * *")
            << QStringLiteral("2026-03-07T00:00:00")
            << QStringList {QStringLiteral("2026-03-07T07:30:00Z"), QStringLiteral("2026-03-08T07:00:00Z"),
                            QStringLiteral("2026-03-09T06:30:00Z")};
        QTest::newRow("New York: repeated time fires once")
            << QStringLiteral("America/New_York") << QStringLiteral("30 1 * * *")
            << QStringLiteral("2026-10-31T12:00:00")
            << QStringList {QStringLiteral("2026-11-01T05:30:00Z"), QStringLiteral("2026-11-02T06:30:00Z")};
        QTest::newRow("New York: quarter-hourly over fall back")
            << QStringLiteral("America/New_York") << QStringLiteral("*/15 * * * *")
            << QStringLiteral("2026-11-01T05:40:00")
            << QStringList {QStringLiteral("2026-11-01T05:45:00Z"), QStringLiteral("2026-11-01T06:00:00Z"),
                            QStringLiteral("2026-11-01T06:15:00Z")};
        QTest::newRow("New York: weekly at midnight keeps local midnight")
            << QStringLiteral("America/New_York") << QStringLiteral("0 0 * * SUN")
            << QStringLiteral("2026-03-01T12:00:00")
            << QStringList {QStringLiteral("2026-03-08T05:00:00Z"), QStringLiteral("2026-03-15T04:00:00Z")};
    }

    void daylightSaving()
    {
        QFETCH(QString, zone);
        QFETCH(QString, expression);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        const QDateTime from = utc(after.toLatin1().constData());
        QCOMPARE(firings(expression, from, int(expected.size()), QTimeZone(zone.toLatin1())), expected);
    }

    // No instant fires twice, and the firings are strictly increasing, minute by minute through both 2026
    // transitions in both zones.
    void neverDoubleFiresAroundTransitions()
    {
        const QList<QPair<const char *, const char *>> windows {
            {"Europe/Berlin", "2026-03-28T22:00:00"},
            {"Europe/Berlin", "2026-10-24T22:00:00"},
            {"America/New_York", "2026-03-08T03:00:00"},
            {"America/New_York", "2026-11-01T02:00:00"},
        };
        for (const QString &expression : {QStringLiteral("* * * * *"), QStringLiteral("*/7 * * * *"),
                                          QStringLiteral("10 1,2,3 * * *"), QStringLiteral("0 2 * * *")}) {
            for (const auto &[id, start] : windows) {
                const auto cron = CronExpression::parse(expression);
                QVERIFY(cron);
                QDateTime t = utc(start);
                const QDateTime end = t.addSecs(8 * 3600);
                QDateTime previous;
                while (t < end) {
                    const QDateTime next = cron->next(t, zone(id));
                    QVERIFY(next.isValid());
                    QVERIFY2(next > t, qPrintable(expression + QLatin1Char(' ') + t.toString(Qt::ISODate)));
                    QVERIFY(!previous.isValid() || next > previous);
                    // Whatever the wall clock says, consecutive firings by the clock are never less than a minute
                    // apart.
                    if (previous.isValid())
                        QVERIFY(previous.secsTo(next) >= 60);
                    previous = next;
                    t = next;
                }
            }
        }
    }

    void searchIsBoundedAndQuick()
    {
        // The slowest case: only 29 February matches, over a century boundary.
        const auto leap = CronExpression::parse(QStringLiteral("59 23 29 2 *"));
        QVERIFY(leap);
        QElapsedTimer timer;
        timer.start();
        QDateTime t = utc("2001-01-01T00:00:00");
        for (int i = 0; i < 30; ++i)
            t = leap->next(t, zone("Europe/Berlin"));
        QCOMPARE(t.toTimeZone(zone("Europe/Berlin")).date(), QDate(2124, 2, 29));
        const qint64 leapMs = timer.elapsed();
        const auto minutely = CronExpression::parse(QStringLiteral("* * * * *"));
        timer.restart();
        t = utc("2026-10-25T00:00:00");
        for (int i = 0; i < 1000; ++i)
            t = minutely->next(t, zone("Europe/Berlin"));
        qInfo("30 leap-day firings: %lld ms; 1000 minutely firings over a DST change: %lld ms", leapMs,
              timer.elapsed());
        QCOMPARE(t, utc("2026-10-25T16:40:00"));
    }

    void onceAndInterval()
    {
        const QDateTime t0 = utc("2026-03-02T10:00:00");
        Schedule once;
        once.kind = Schedule::Kind::Once;
        once.at = t0.addSecs(90);
        QCOMPARE(Scheduling::nextFiring(once, t0), t0.addSecs(90));
        QVERIFY(!Scheduling::nextFiring(once, t0.addSecs(90)).isValid());

        Schedule every;
        every.kind = Schedule::Kind::Interval;
        every.intervalMs = 60'000;
        every.createdAt = t0;
        QCOMPARE(Scheduling::nextFiring(every, t0), t0.addSecs(60));
        QCOMPARE(Scheduling::nextFiring(every, t0.addSecs(-30)), t0.addSecs(60));
        // The grid stays on the creation time however late the previous firing ran.
        QCOMPARE(Scheduling::nextFiring(every, t0.addSecs(61)), t0.addSecs(120));
        QCOMPARE(Scheduling::nextFiring(every, t0.addSecs(3600)), t0.addSecs(3660));
        QCOMPARE(Scheduling::nextFirings(every, t0, 3),
                 (QList<QDateTime> {t0.addSecs(60), t0.addSecs(120), t0.addSecs(180)}));
    }

    void limitAndUntilBoundThePreview()
    {
        const QDateTime t0 = utc("2026-03-02T10:00:00");
        Schedule s;
        s.kind = Schedule::Kind::Interval;
        s.intervalMs = 60'000;
        s.createdAt = t0;
        s.limit = 5;
        s.firedCount = 3;
        QCOMPARE(Scheduling::nextFirings(s, t0, 5), (QList<QDateTime> {t0.addSecs(60), t0.addSecs(120)}));
        s.limit = 0;
        s.until = t0.addSecs(150);
        QCOMPARE(Scheduling::nextFirings(s, t0, 5), (QList<QDateTime> {t0.addSecs(60), t0.addSecs(120)}));
        QVERIFY(!Scheduling::nextFiringWithin(s, t0.addSecs(120)).isValid());
    }

    void cronInUtcOrLocalTime()
    {
        Schedule s;
        s.kind = Schedule::Kind::Cron;
        s.cron = QStringLiteral("0 9 * * *");
        const QDateTime after = utc("2026-07-01T00:00:00");
        s.utc = true;
        QCOMPARE(Scheduling::nextFiring(s, after, zone("Europe/Berlin")), utc("2026-07-01T09:00:00"));
        s.utc = false;
        QCOMPARE(Scheduling::nextFiring(s, after, zone("Europe/Berlin")), utc("2026-07-01T07:00:00"));
        QCOMPARE(Scheduling::nextFiring(s, after, zone("America/New_York")), utc("2026-07-01T13:00:00"));
        s.cron = QStringLiteral("not cron");
        QVERIFY(!Scheduling::nextFiring(s, after).isValid());
    }

    void missedFiringPolicy()
    {
        const QDateTime now = utc("2026-03-02T10:00:00");
        Schedule s;
        s.kind = Schedule::Kind::Interval;
        QVERIFY(!Scheduling::resolveMissedFirings(s, now.addSecs(10), now).missed);
        QVERIFY(!Scheduling::resolveMissedFirings(s, QDateTime(), now).missed);
        auto m = Scheduling::resolveMissedFirings(s, now.addSecs(-600), now);
        QVERIFY(m.missed);
        QVERIFY(!m.fireNow);
        s.catchUp = true;
        m = Scheduling::resolveMissedFirings(s, now.addSecs(-600), now);
        QVERIFY(m.missed);
        QVERIFY(m.fireNow);
        // Nothing is owed by a schedule that is over or disabled.
        s.limit = 2;
        s.firedCount = 2;
        QVERIFY(!Scheduling::resolveMissedFirings(s, now.addSecs(-600), now).fireNow);
        s.limit = 0;
        s.enabled = false;
        QVERIFY(!Scheduling::resolveMissedFirings(s, now.addSecs(-600), now).fireNow);
    }

    void jitterStaysWithinItsBound()
    {
        Schedule s;
        QRandomGenerator random(7);
        QCOMPARE(Scheduling::jitterOffsetMs(s, random), 0);
        s.jitterMs = 500;
        qint64 highest = 0;
        for (int i = 0; i < 2000; ++i) {
            const qint64 j = Scheduling::jitterOffsetMs(s, random);
            QVERIFY(j >= 0 && j <= 500);
            highest = qMax(highest, j);
        }
        QVERIFY(highest > 400);
    }
};

QTEST_GUILESS_MAIN(TestCron)
#include "tst_cron.moc"
