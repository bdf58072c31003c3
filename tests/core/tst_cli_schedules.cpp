// `hookbench schedule add|list|remove|enable|disable` on the real binary: what is stored, what list shows (text
// and JSON, with next firing times), that bad input is refused with exit code 2 and nothing stored, and that
// `hookbench run` fires the stored schedules.
#include "clirunner.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "testhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace Hookbench;
using Hookbench::Test::runCli;

namespace {

QList<QJsonObject> listJson(const QStringList &ws)
{
    const auto r
        = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json")} + ws);
    QList<QJsonObject> objects;
    for (const QByteArray &line : r.out.split('\n')) {
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

QDateTime timeOf(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

} // namespace

class TestCliSchedules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(!Test::hookbenchBinary().isEmpty(), "HOOKBENCH_BINARY is not set"); }

    void badInputIsRefusedAndNothingStored()
    {
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        auto r = runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("add"), QStringLiteral("order.paid")}
                        + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QString type = QStringLiteral("order.paid");
        const QList<QPair<QStringList, QString>> bad = {
            {{type, QStringLiteral("--cron"), QStringLiteral("0 0 * * FOO")},
             QStringLiteral("--cron: day-of-week: 'FOO' is not a day name")},
            {{type, QStringLiteral("--cron"), QStringLiteral("0 0 * *")}, QStringLiteral("--cron: expected 5 fields")},
            {{type, QStringLiteral("--cron"), QStringLiteral("0 0 31 2 *")},
             QStringLiteral("--cron: day-of-month: '31' never occurs")},
            {{type, QStringLiteral("--at"), QStringLiteral("2020-01-01T00:00:00Z")},
             QStringLiteral("--at 2020-01-01T00:00:00Z: This time is in the past.")},
            {{type, QStringLiteral("--at"), QStringLiteral("next tuesday")}, QStringLiteral("--at: 'next tuesday'")},
            {{type, QStringLiteral("--every"), QStringLiteral("5 parsecs")}, QStringLiteral("--every: ")},
            {{type, QStringLiteral("--every"), QStringLiteral("10ms")}, QStringLiteral("at least 100ms")},
            {{QStringLiteral("no.such.type"), QStringLiteral("--every"), QStringLiteral("1m")},
             QStringLiteral("no event type named 'no.such.type'")},
            {{type}, QStringLiteral("exactly one of --at, --every and --cron")},
            {{type, QStringLiteral("--every"), QStringLiteral("1m"), QStringLiteral("--cron"),
              QStringLiteral("* * * * *")},
             QStringLiteral("exactly one of")},
            {{type, QStringLiteral("--every"), QStringLiteral("1m"), QStringLiteral("--jitter"),
              QStringLiteral("lots")},
             QStringLiteral("--jitter: ")},
            // A delay reaching the next firing would make the runner skip it: every 1m would not fire every minute.
            {{type, QStringLiteral("--every"), QStringLiteral("1m"), QStringLiteral("--jitter"), QStringLiteral("5m")},
             QStringLiteral("--jitter: The jitter must be shorter than the interval (1m)")},
            {{type, QStringLiteral("--every"), QStringLiteral("1m"), QStringLiteral("--limit"), QStringLiteral("0")},
             QStringLiteral("--limit: '0' is not a number from 1 to 1000000000")},
            {{type, QStringLiteral("--every"), QStringLiteral("1m"), QStringLiteral("--limit"),
              QStringLiteral("99999999999")},
             QStringLiteral("--limit: '99999999999' is not a number from 1 to 1000000000")},
            {{type, QStringLiteral("--every"), QStringLiteral("1m"), QStringLiteral("--until"),
              QStringLiteral("2020-01-01T00:00:00Z")},
             QStringLiteral("--until 2020-01-01T00:00:00Z: The end time is in the past.")},
            {{type, QStringLiteral("--every"), QStringLiteral("1m"), QStringLiteral("--data"), QStringLiteral("{bad")},
             QStringLiteral("--data: ")},
            {{QStringLiteral("Bad.Name"), QStringLiteral("--every"), QStringLiteral("1m")}, QStringLiteral("TYPE: ")},
            // Fine fields that can never fire together (the only firing would be after --until).
            {{type, QStringLiteral("--at"), QStringLiteral("2099-01-02T00:00:00Z"), QStringLiteral("--until"),
              QStringLiteral("2099-01-01T00:00:00Z")},
             QStringLiteral("This schedule would never fire")},
            // Every broken argument is reported at once, each named.
            {{QStringLiteral("Bad.Name"), QStringLiteral("--every"), QStringLiteral("10ms")},
             QStringLiteral("--every: The interval must be at least 100ms.")},
        };
        for (const auto &[args, expected] : bad) {
            r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("add")} + args + ws);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.errText()));
            QVERIFY2(r.errText().contains(expected), r.err.constData());
        }
        QVERIFY(listJson(ws).isEmpty());
        r = runCli(QStringList {QStringLiteral("schedule")} + ws);
        QCOMPARE(r.exitCode, 2);
        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("frobnicate")} + ws);
        QCOMPARE(r.exitCode, 2);
    }

    // An option that would be stored and change nothing is refused, naming what it has no effect with; options
    // that look redundant but do change the schedule are kept.
    void optionsThatChangeNothingAreRefused()
    {
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        auto r = runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("add"), QStringLiteral("tick")} + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString type = QStringLiteral("tick");
        const QString at = QStringLiteral("2099-01-02T00:00:00Z");
        const QList<QPair<QStringList, QString>> refused = {
            {{type, QStringLiteral("--every"), QStringLiteral("1h"), QStringLiteral("--utc")},
             QStringLiteral("hookbench schedule: --utc has no effect with --every: it applies to --cron and to --at "
                            "and --until times written without an offset\n")},
            {{type, QStringLiteral("--every"), QStringLiteral("1h"), QStringLiteral("--utc"), QStringLiteral("--until"),
              QStringLiteral("2099-01-01T00:00:00+02:00")},
             QStringLiteral("hookbench schedule: --utc has no effect with --every: it applies to --cron and to --at "
                            "and --until times written without an offset\n")},
            {{type, QStringLiteral("--at"), at, QStringLiteral("--utc")},
             QStringLiteral("hookbench schedule: --utc has no effect with --at: it applies to --cron and to --at and "
                            "--until times written without an offset\n")},
            {{type, QStringLiteral("--at"), at, QStringLiteral("--limit"), QStringLiteral("5")},
             QStringLiteral("hookbench schedule: --limit has no effect with --at: a one-shot fires once\n")},
        };
        for (const auto &[args, expected] : refused) {
            r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("add")} + args + ws);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.errText()));
            QCOMPARE(r.errText(), expected);
        }
        QVERIFY(listJson(ws).isEmpty());

        // --utc reads an --until written without an offset; --jitter delays a one-shot's firing and --catch-up
        // makes it fire when its time passed while nothing ran.
        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("add"), type, QStringLiteral("--every"),
                                QStringLiteral("1h"), QStringLiteral("--utc"), QStringLiteral("--until"),
                                QStringLiteral("2099-01-01T00:00:00")}
                   + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("add"), type, QStringLiteral("--at"), at,
                                QStringLiteral("--jitter"), QStringLiteral("1m"), QStringLiteral("--catch-up")}
                   + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QJsonObject> list = listJson(ws);
        QCOMPARE(list.size(), 2);
        QCOMPARE(timeOf(list.at(0), "until"), QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(list.at(1).value(QLatin1String("catch_up")).toBool());
    }

    void addListEnableDisableRemove()
    {
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        auto r = runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("add"), QStringLiteral("order.paid")}
                        + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QDateTime before = QDateTime::currentDateTimeUtc();
        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("order.paid"),
                                QStringLiteral("--every"), QStringLiteral("90s"), QStringLiteral("--jitter"),
                                QStringLiteral("2s"), QStringLiteral("--limit"), QStringLiteral("3")}
                   + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.outText().startsWith(QStringLiteral("added schedule 1: order.paid every")), r.out.constData());
        QVERIFY(r.outText().contains(QStringLiteral("next firing at")));
        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("order.paid"),
                                QStringLiteral("--cron"), QStringLiteral("30 9 * * mon-fri"), QStringLiteral("--utc"),
                                QStringLiteral("--catch-up")}
                   + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString at = before.addDays(2).toString(Qt::ISODate);
        // A schedule may carry its own payload, even for a type not defined in the workspace.
        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("adhoc.ping"),
                                QStringLiteral("--at"), at, QStringLiteral("--data"),
                                QStringLiteral(R"({"n": {{seq}}})")}
                   + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("list")} + ws);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QStringLiteral("NEXT FIRING")));
        QVERIFY(r.outText().contains(QStringLiteral("cron \"30 9 * * mon-fri\" UTC")));
        QVERIFY2(r.outText().contains(at), r.out.constData());

        QList<QJsonObject> list = listJson(ws);
        QCOMPARE(list.size(), 3);
        const QDateTime intervalNext = timeOf(list.at(0), "next_fire_at");
        QVERIFY(intervalNext >= before.addSecs(89));
        QVERIFY(intervalNext <= QDateTime::currentDateTimeUtc().addSecs(91));
        QCOMPARE(list.at(0).value(QLatin1String("limit")).toInt(), 3);
        QCOMPARE(list.at(0).value(QLatin1String("jitter_ms")).toInteger(), 2000);
        const QDateTime cronNext = timeOf(list.at(1), "next_fire_at");
        QCOMPARE(cronNext.toUTC().time(), QTime(9, 30));
        QVERIFY(cronNext.toUTC().date().dayOfWeek() <= 5);
        QVERIFY(list.at(1).value(QLatin1String("catch_up")).toBool());
        QCOMPARE(timeOf(list.at(2), "next_fire_at"), QDateTime::fromString(at, Qt::ISODate));
        for (const QJsonObject &o : std::as_const(list))
            QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("enabled"));

        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("disable"), QStringLiteral("2")} + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        list = listJson(ws);
        QCOMPARE(list.at(1).value(QLatin1String("state")).toString(), QStringLiteral("disabled"));
        QVERIFY(list.at(1).value(QLatin1String("next_fire_at")).isNull());
        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("enable"), QStringLiteral("2")} + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.outText().contains(QStringLiteral("next firing at")));
        QCOMPARE(timeOf(listJson(ws).at(1), "next_fire_at"), cronNext);

        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("1")} + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(listJson(ws).size(), 2);
        // An id the workspace does not have is a bad argument.
        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("1")} + ws);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("no schedule with id '1'")));
        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("9")} + ws);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("no schedule with id '9'")));
        QCOMPARE(listJson(ws).size(), 2);
        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("enable"), QStringLiteral("x")} + ws);
        QCOMPARE(r.exitCode, 2);
        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("disable")} + ws);
        QCOMPARE(r.exitCode, 2);
    }

    // A one-shot with --catch-up whose time passed while nothing ran still fires once at the next start, so `list`
    // must not call it finished (it did: the check for a firing ahead came first); without --catch-up it is.
    void missedOneShotThatCatchesUpIsNotFinished()
    {
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        const QString at = QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODate);
        for (const QStringList &extra : {QStringList {QStringLiteral("--catch-up")}, QStringList {}}) {
            const auto r
                = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("tick"),
                                      QStringLiteral("--data"), QStringLiteral("{}"), QStringLiteral("--at"), at}
                         + extra + ws);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > QDateTime::fromString(at, Qt::ISODate).addMSecs(200),
                                 8000);
        const QList<QJsonObject> list = listJson(ws);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).value(QLatin1String("state")).toString(), QStringLiteral("missed (catches up once)"));
        QCOMPARE(list.at(1).value(QLatin1String("state")).toString(), QStringLiteral("finished"));
        // Enabling a schedule that is enabled changes nothing: it used to start it afresh, dropping the missed firing.
        const auto r
            = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("enable"), QStringLiteral("1")} + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(listJson(ws).at(0).value(QLatin1String("state")).toString(),
                 QStringLiteral("missed (catches up once)"));
    }

    // A local --at time that the clocks skip (Europe/Berlin, 28 March 2027: 02:00 CET becomes 03:00 CEST at 01:00 UTC)
    // was refused as "not an ISO 8601 time". It fires at the first instant after the gap, as a cron expression's fixed
    // time does; a repeated local time takes its first occurrence.
    void localTimeInAGapFiresAfterIt()
    {
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        const QByteArray oldTz = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        const auto skipped = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("add"),
                                                 QStringLiteral("tick"), QStringLiteral("--data"), QStringLiteral("{}"),
                                                 QStringLiteral("--at"), QStringLiteral("2027-03-28T02:30:00")}
                                    + ws);
        const auto repeated
            = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("tick"),
                                  QStringLiteral("--data"), QStringLiteral("{}"), QStringLiteral("--at"),
                                  QStringLiteral("2027-10-31T02:30:00")}
                     + ws);
        const auto typo = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("tick"),
                                              QStringLiteral("--data"), QStringLiteral("{}"), QStringLiteral("--at"),
                                              QStringLiteral("2027-03-28T25:30:00")}
                                 + ws);
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        QVERIFY2(skipped.exitCode == 0, skipped.err.constData());
        QVERIFY2(repeated.exitCode == 0, repeated.err.constData());
        QCOMPARE(typo.exitCode, 2);
        const QList<QJsonObject> list = listJson(ws);
        QCOMPARE(list.size(), 2);
        QCOMPARE(timeOf(list.at(0), "at"), QDateTime(QDate(2027, 3, 28), QTime(1, 0), Qt::UTC));
        QCOMPARE(timeOf(list.at(1), "at"), QDateTime(QDate(2027, 10, 31), QTime(0, 30), Qt::UTC));
    }

    void runFiresStoredSchedules()
    {
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        Test::TestHttpServer server;
        QVERIFY(server.listen());
        {
            QString error;
            auto workspace = Storage::Workspace::open(tmp.path(), &error);
            QVERIFY2(workspace, qPrintable(error));
            EventType t;
            t.name = QStringLiteral("tick");
            t.payloadTemplate = R"({"seq": {{seq}}})";
            QVERIFY(workspace->eventTypes().add(t));
            Endpoint e;
            e.name = QStringLiteral("peer");
            e.url = QUrl(server.url());
            e.subscriptions = {QStringLiteral("tick")};
            QVERIFY(workspace->endpoints().add(e));
        }
        auto r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("tick"),
                                     QStringLiteral("--every"), QStringLiteral("300ms"), QStringLiteral("--limit"),
                                     QStringLiteral("2")}
                        + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        QProcess run;
        run.start(Test::hookbenchBinary(), QStringList {QStringLiteral("run")} + ws);
        QVERIFY(run.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto list = listJson(ws);
                return list.size() == 1 && list.first().value(QLatin1String("fired_count")).toInt() == 2;
            }(),
            20000);
        ::kill(pid_t(run.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(run.state() == QProcess::NotRunning, 20000);
        QCOMPARE(run.exitCode(), 0);
        const QString log = QString::fromUtf8(run.readAllStandardError());
        QVERIFY2(log.contains(QStringLiteral("schedule 1 fired tick")), qPrintable(log));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(listJson(ws).first().value(QLatin1String("state")).toString(), QStringLiteral("finished"));
    }
};

QTEST_GUILESS_MAIN(TestCliSchedules)
#include "tst_cli_schedules.moc"
