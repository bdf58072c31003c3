#include "clirunner.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "util/ids.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Hookbench;
using Hookbench::Test::runCli;

class TestCliDefinitions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(!Test::hookbenchBinary().isEmpty(), "HOOKBENCH_BINARY is not set"); }

    void helpAndVersion()
    {
        auto r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().startsWith(QStringLiteral("hookbench 0.")));
        r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QStringLiteral("event-type")));
        QVERIFY(r.outText().contains(QStringLiteral("endpoint")));
        r = runCli({QStringLiteral("endpoint"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QStringLiteral("--retry-schedule")));
        // The default workspace is shown whole, on a line of its own: in the option's column a long path used to
        // be broken in the middle of a name by the help's line wrapping.
        QVERIFY2(r.outText().contains(
                     QRegularExpression(QStringLiteral("\\nDefault workspace: \\S+/workspace\\.hookbench\\n"))),
                 qPrintable(r.outText()));
        // send and listen do not use the default workspace: their help says what they do instead.
        for (const QString &command : {QStringLiteral("send"), QStringLiteral("listen")}) {
            r = runCli({command, QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(!r.outText().contains(QStringLiteral("Default workspace")), qPrintable(r.outText()));
            QVERIFY2(r.outText().contains(QStringLiteral("(default:")), qPrintable(r.outText()));
        }
        // Every method the endpoint validation accepts is in the help of the commands that take --method.
        for (const QString &command : {QStringLiteral("send"), QStringLiteral("endpoint")}) {
            r = runCli({command, QStringLiteral("--help")});
            QVERIFY2(r.outText().contains(QStringLiteral("POST (default), PUT, PATCH, GET or DELETE.")),
                     qPrintable(r.outText()));
        }
        r = runCli({QStringLiteral("no-such-command")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("unknown command")));
    }

    void eventTypes()
    {
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        auto r = runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("add"), QStringLiteral("newfollower"),
                                     QStringLiteral("--template"), QStringLiteral(R"({"user":"{{uuid}}"})"),
                                     QStringLiteral("--description"), QStringLiteral("Someone followed")}
                        + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("add"), QStringLiteral("Bad.Name")} + ws);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("lowercase")));
        r = runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("add"), QStringLiteral("x.y"),
                                QStringLiteral("--template"), QStringLiteral("{\n\"a\": }")}
                   + ws);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("--template: Invalid JSON at line 2, column 6")),
                 r.err.constData());
        r = runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("list")} + ws);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QStringLiteral("newfollower")));
        QVERIFY(!r.outText().contains(QStringLiteral("x.y")));
        r = runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("remove"), QStringLiteral("newfollower")}
                   + ws);
        QCOMPARE(r.exitCode, 0);
        r = runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("remove"), QStringLiteral("newfollower")}
                   + ws);
        QCOMPARE(r.exitCode, 2); // an unknown name is a bad argument
        QCOMPARE(r.errText(), QStringLiteral("hookbench event-type: no event type named 'newfollower'\n"));

        // A type that a schedule fires from its template stays until the schedule goes.
        r = runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("add"), QStringLiteral("tock")} + ws);
        QCOMPARE(r.exitCode, 0);
        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("tock"),
                                QStringLiteral("--every"), QStringLiteral("1h")}
                   + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("remove"), QStringLiteral("tock")} + ws);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errText(),
                 QStringLiteral("hookbench event-type: Schedule 1 fires “tock”; remove or change it first.\n"));
        r = runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("list")} + ws);
        QVERIFY(r.outText().contains(QStringLiteral("tock")));
        r = runCli(QStringList {QStringLiteral("schedule"), QStringLiteral("remove"), QStringLiteral("1")} + ws);
        QCOMPARE(r.exitCode, 0);
        r = runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("remove"), QStringLiteral("tock")} + ws);
        QCOMPARE(r.exitCode, 0);
    }

    void endpoints()
    {
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        // The seed's addWebHook('newfollower', url), headless.
        auto r = runCli(QStringList {QStringLiteral("endpoint"), QStringLiteral("add"),
                                     QStringLiteral("http://127.0.0.1:9/hook"), QStringLiteral("--events"),
                                     QStringLiteral("newfollower"), QStringLiteral("--name"), QStringLiteral("app"),
                                     QStringLiteral("--scheme"), QStringLiteral("standard"), QStringLiteral("--header"),
                                     QStringLiteral("Authorization: Bearer t"), QStringLiteral("--retry-schedule"),
                                     QStringLiteral("0s,1s,5s"), QStringLiteral("--rate"), QStringLiteral("5"),
                                     QStringLiteral("--expires"), QStringLiteral("2030-01-01T00:00:00Z")}
                        + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.outText().contains(QStringLiteral("generated secret: whsec_")));

        const QList<QPair<QStringList, QString>> bad = {
            {{QStringLiteral("ftp://x/")}, QStringLiteral("only http and https")},
            {{QStringLiteral("http://127.0.0.1/"), QStringLiteral("--header"), QStringLiteral("Bad Name: x")},
             QStringLiteral("--header")},
            {{QStringLiteral("http://127.0.0.1/"), QStringLiteral("--events"), QStringLiteral("Issues")},
             QStringLiteral("--events")},
            {{QStringLiteral("http://127.0.0.1/"), QStringLiteral("--scheme"), QStringLiteral("rot13")},
             QStringLiteral("--scheme")},
            {{QStringLiteral("http://127.0.0.1/"), QStringLiteral("--retry-schedule"), QStringLiteral("1s,zz")},
             QStringLiteral("entry 2")},
            {{QStringLiteral("http://127.0.0.1/"), QStringLiteral("--timeout"), QStringLiteral("-5")},
             QStringLiteral("--timeout")},
            {{QStringLiteral("http://127.0.0.1/"), QStringLiteral("--expires"), QStringLiteral("tomorrow")},
             QStringLiteral("--expires")},
        };
        for (const auto &[args, expected] : bad) {
            r = runCli(QStringList {QStringLiteral("endpoint"), QStringLiteral("add")} + args + ws);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY2(r.errText().contains(expected), r.err.constData());
        }

        r = runCli(QStringList {QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--json")} + ws);
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1); // nothing invalid was stored
        const QJsonObject o = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("app"));
        QCOMPARE(o.value(QStringLiteral("scheme")).toString(), QStringLiteral("standard"));
        QVERIFY(!o.contains(QStringLiteral("secrets"))); // only on request
        QCOMPARE(o.value(QStringLiteral("rate_per_second")).toDouble(), 5.0);

        r = runCli(QStringList {QStringLiteral("endpoint"), QStringLiteral("disable"), QStringLiteral("app")} + ws);
        QCOMPARE(r.exitCode, 0);
        r = runCli(QStringList {QStringLiteral("endpoint"), QStringLiteral("list")} + ws);
        QVERIFY(r.outText().contains(QStringLiteral("disabled")));
        r = runCli(QStringList {QStringLiteral("endpoint"), QStringLiteral("enable"), QStringLiteral("app")} + ws);
        QCOMPARE(r.exitCode, 0);
        {
            QString error;
            auto workspace = Storage::Workspace::open(tmp.path(), &error);
            QVERIFY2(workspace, qPrintable(error));
            const auto e = workspace->endpoints().findByName(QStringLiteral("app"));
            QVERIFY(e);
            QVERIFY(e->enabled);
            QCOMPARE(e->retry.scheduleMs, (QList<qint64> {0, 1000, 5000}));
            QCOMPARE(e->subscriptions, QStringList {QStringLiteral("newfollower")});
            QCOMPARE(e->secrets.size(), 1);
        }
        r = runCli(QStringList {QStringLiteral("endpoint"), QStringLiteral("remove"), QStringLiteral("app")} + ws);
        QCOMPARE(r.exitCode, 0);
        r = runCli(QStringList {QStringLiteral("endpoint"), QStringLiteral("list")} + ws);
        QVERIFY(r.outText().contains(QStringLiteral("no endpoints")));
        // An unknown name is a bad argument, as for trigger --endpoint.
        for (const QString &action : {QStringLiteral("enable"), QStringLiteral("disable"), QStringLiteral("remove")}) {
            r = runCli(QStringList {QStringLiteral("endpoint"), action, QStringLiteral("app")} + ws);
            QVERIFY2(r.exitCode == 2, qPrintable(action));
            QCOMPARE(r.errText(), QStringLiteral("hookbench endpoint: no endpoint named 'app'\n"));
        }
    }

    void deliveriesList()
    {
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        QString failedEventUid;
        {
            QString error;
            auto workspace = Storage::Workspace::open(tmp.path(), &error);
            QVERIFY2(workspace, qPrintable(error));
            Endpoint e;
            e.name = QStringLiteral("shop");
            e.url = QUrl(QStringLiteral("http://127.0.0.1:9/shop"));
            QVERIFY(workspace->endpoints().add(e));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (int i = 0; i < 3; ++i) {
                Event ev {Ids::next(),
                          Ids::uid(QLatin1String("evt_")),
                          QStringLiteral("order.paid"),
                          "{}",
                          now,
                          EventSource::Cli,
                          {}};
                Hookbench::Delivery d;
                d.id = Ids::next();
                d.uid = QStringLiteral("msg_%1").arg(i);
                d.eventId = ev.id;
                d.endpointId = e.id;
                d.eventType = ev.type;
                d.endpointName = e.name;
                d.url = e.url.toString();
                d.state = i == 0 ? DeliveryState::Failed : DeliveryState::Succeeded;
                if (i == 0)
                    failedEventUid = ev.uid;
                d.lastStatus = i == 0 ? 500 : 200;
                d.attemptCount = 1;
                d.createdAt = now;
                workspace->writer().insertEvent(ev, {d});
                Attempt a;
                a.id = Ids::next();
                a.deliveryId = d.id;
                a.number = 1;
                a.method = "POST";
                a.url = d.url;
                a.status = d.lastStatus;
                a.durationUs = 2500;
                a.startedAt = now;
                workspace->writer().insertAttempt(a);
            }
            QVERIFY(workspace->writer().flush());
        }
        auto r = runCli(QStringList {QStringLiteral("deliveries")} + ws);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().count(QStringLiteral("order.paid -> shop")), 3);
        QCOMPARE(r.outText().count(QStringLiteral("    #1 ")), 3);
        r = runCli(QStringList {QStringLiteral("deliveries"), QStringLiteral("--state"), QStringLiteral("failed"),
                                QStringLiteral("--json")}
                   + ws);
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject o = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(o.value(QStringLiteral("delivery_id")).toString(), QStringLiteral("msg_0"));
        // The same evt_… id that send, trigger and run print, not the internal row number.
        QCOMPARE(o.value(QStringLiteral("event_id")).toString(), failedEventUid);
        QCOMPARE(o.value(QStringLiteral("status")).toInt(), 500);
        QCOMPARE(o.value(QStringLiteral("attempt_log")).toArray().size(), 1);
        r = runCli(QStringList {QStringLiteral("deliveries"), QStringLiteral("--endpoint"), QStringLiteral("shop"),
                                QStringLiteral("--limit"), QStringLiteral("2")}
                   + ws);
        QCOMPARE(r.outText().count(QStringLiteral("order.paid -> shop")), 2);
        r = runCli(QStringList {QStringLiteral("deliveries"), QStringLiteral("--state"), QStringLiteral("bogus")} + ws);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("--state")));
    }

    void emptyRetryOptionsAreRefused()
    {
        Test::TempWorkspace tmp;
        for (const QString &option : {QStringLiteral("--retry-schedule"), QStringLiteral("--max-attempts")}) {
            const auto r
                = runCli({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("http://127.0.0.1:9/"),
                          option, QString(), QStringLiteral("--workspace"), tmp.path()});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.errText().startsWith(QStringLiteral("hookbench endpoint: ") + option + QLatin1Char(':')),
                     r.err.constData());
        }
        const auto list = runCli({QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--json"),
                                  QStringLiteral("--workspace"), tmp.path()});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.isEmpty(), list.out.constData());
    }

    void workspaceBeforeTheCommand()
    {
        // The global help lists --workspace among the options every command takes, so it may come first too; this
        // used to start the desktop workbench instead of the command.
        Test::TempWorkspace tmp;
        auto r = runCli({QStringLiteral("--workspace"), tmp.path(), QStringLiteral("event-type"), QStringLiteral("add"),
                         QStringLiteral("a.b")},
                        {}, 15000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runCli({QStringLiteral("--workspace=") + tmp.path(), QStringLiteral("event-type"), QStringLiteral("list")},
                   {}, 15000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("a.b")), r.out.constData());
        // The command's own --workspace wins over one given before it.
        Test::TempWorkspace other;
        r = runCli({QStringLiteral("--workspace"), other.path(), QStringLiteral("event-type"), QStringLiteral("list"),
                    QStringLiteral("--workspace"), tmp.path()},
                   {}, 15000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(QStringLiteral("a.b")), r.out.constData());
        r = runCli({QStringLiteral("--workspace"), tmp.path(), QStringLiteral("--version")}, {}, 15000);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().startsWith(QStringLiteral("hookbench 0.")));
    }

    void readOnlyCommandsNeedAnExistingWorkspace_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("deliveries") << QStringList {QStringLiteral("deliveries"), QStringLiteral("--state"),
                                                    QStringLiteral("failed")};
        QTest::newRow("event-type list") << QStringList {QStringLiteral("event-type"), QStringLiteral("list")};
        QTest::newRow("event-type remove")
            << QStringList {QStringLiteral("event-type"), QStringLiteral("remove"), QStringLiteral("a.b")};
        QTest::newRow("endpoint list") << QStringList {QStringLiteral("endpoint"), QStringLiteral("list")};
        QTest::newRow("endpoint disable")
            << QStringList {QStringLiteral("endpoint"), QStringLiteral("disable"), QStringLiteral("x")};
        QTest::newRow("schedule list") << QStringList {QStringLiteral("schedule"), QStringLiteral("list")};
        QTest::newRow("schedule remove") << QStringList {QStringLiteral("schedule"), QStringLiteral("remove"),
                                                         QStringLiteral("1")};
        QTest::newRow("export") << QStringList {QStringLiteral("export")};
        QTest::newRow("export deliveries") << QStringList {QStringLiteral("export"), QStringLiteral("--deliveries")};
        QTest::newRow("redeliver") << QStringList {QStringLiteral("redeliver"), QStringLiteral("msg_x")};
        QTest::newRow("api activity") << QStringList {QStringLiteral("api"), QStringLiteral("--activity")};
    }

    void readOnlyCommandsNeedAnExistingWorkspace()
    {
        QFETCH(QStringList, arguments);
        Test::TempWorkspace tmp;
        const QString mistyped = tmp.filePath(QStringLiteral("nonexist-dir/x.db"));
        const auto r = runCli(arguments + QStringList {QStringLiteral("--workspace"), mistyped});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errText(), QStringLiteral("hookbench %1: No workspace at %2\n").arg(arguments.first(), mistyped));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("nonexist-dir"))));

        // Defining something still makes a new workspace.
        const auto added = runCli({QStringLiteral("event-type"), QStringLiteral("add"), QStringLiteral("a.b"),
                                   QStringLiteral("--workspace"), mistyped});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(QFileInfo::exists(mistyped));
    }

    // trigger and run have nothing to do in a workspace that is not there yet: a mistyped path is refused as the
    // read-only commands refuse it, instead of becoming a new, empty workspace.
    void commandsThatNeedDefinitionsNeedAnExistingWorkspace_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("trigger") << QStringList {QStringLiteral("trigger"), QStringLiteral("a.b")};
        QTest::newRow("trigger --data") << QStringList {QStringLiteral("trigger"), QStringLiteral("a.b"),
                                                        QStringLiteral("--data"), QStringLiteral("{}"),
                                                        QStringLiteral("--wait")};
        QTest::newRow("run") << QStringList {QStringLiteral("run")};
    }

    void commandsThatNeedDefinitionsNeedAnExistingWorkspace()
    {
        QFETCH(QStringList, arguments);
        Test::TempWorkspace tmp;
        const QString mistyped = tmp.filePath(QStringLiteral("nonexist-dir/x.db"));
        // `run` would serve until stopped: a short timeout tells a refusal from serving.
        const auto r = runCli(arguments + QStringList {QStringLiteral("--workspace"), mistyped}, {}, 5000);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errText(), QStringLiteral("hookbench %1: No workspace at %2\n").arg(arguments.first(), mistyped));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("nonexist-dir"))));
    }

    // Serving the subscription APIs on a new workspace is meaningful: clients register their endpoints into it.
    void apiMakesANewWorkspace()
    {
        Test::TempWorkspace tmp;
        const QString fresh = tmp.filePath(QStringLiteral("new-dir/api.db"));
        const auto r = runCli({QStringLiteral("api"), QStringLiteral("--enable"), QStringLiteral("--port"),
                               QStringLiteral("0"), QStringLiteral("--workspace"), fresh});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFileInfo::exists(fresh));
    }

    void refusesDamagedWorkspace()
    {
        Test::TempWorkspace tmp;
        QFile f(tmp.path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("definitely not sqlite");
        f.close();
        const auto r
            = runCli({QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--workspace"), tmp.path()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.errText().contains(QStringLiteral("not a Hookbench workspace")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("definitely not sqlite"));
    }
};

QTEST_GUILESS_MAIN(TestCliDefinitions)
#include "tst_cli_definitions.moc"
