#include "clirunner.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <csignal>

using namespace Hookbench;
using Hookbench::Test::TestHttpServer;

namespace {

// Runs hookbench without blocking, so the in-process test server keeps answering meanwhile.
struct AsyncCli
{
    QProcess process;
    void start(const QStringList &arguments) { process.start(Test::hookbenchBinary(), arguments); }
    bool finished() const { return process.state() == QProcess::NotRunning; }
    QString out() { return QString::fromUtf8(process.readAllStandardOutput()); }
};

} // namespace

class TestCliDelivery : public QObject
{
    Q_OBJECT
    QByteArray m_stderr;

private slots:
    void sendReportsEachDelivery()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        AsyncCli cli;
        cli.start({QStringLiteral("send"), server.url(), QStringLiteral("--count"), QStringLiteral("3"),
                   QStringLiteral("--scheme"), QStringLiteral("standard"), QStringLiteral("--data"),
                   QStringLiteral(R"({"hello":"world"})")});
        QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), 30000);
        QCOMPARE(cli.process.exitCode(), 0);
        const QString text = cli.out();
        QCOMPARE(text.count(QStringLiteral("succeeded  msg_")), 3);
        QVERIFY(text.endsWith(QStringLiteral("3 delivered, 0 failed\n")));
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.requests().first().body, QByteArray(R"({"hello":"world"})"));
        QVERIFY(hasHeader(server.requests().first().headers, "webhook-signature"));
    }

    void sendRetriesThenFailsWithJson()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setDefault({503, {}, "down", 0, false});
        AsyncCli cli;
        cli.start({QStringLiteral("send"), server.url(), QStringLiteral("--retry-schedule"), QStringLiteral("0s,50ms"),
                   QStringLiteral("--json")});
        QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), 30000);
        QCOMPARE(cli.process.exitCode(), 1);
        const QList<QByteArray> lines = cli.process.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject d = QJsonDocument::fromJson(lines.at(0)).object();
        for (const char *key :
             {"delivery_id", "event_id", "url", "status", "attempts", "duration_ms", "state", "error"})
            QVERIFY2(d.contains(QLatin1String(key)), key);
        QCOMPARE(d.value(QStringLiteral("status")).toInt(), 503);
        QCOMPARE(d.value(QStringLiteral("attempts")).toInt(), 2);
        QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object(),
                 (QJsonObject {{QStringLiteral("delivered"), 0}, {QStringLiteral("failed"), 1}}));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(headerValue(server.requests().at(0).headers, "X-Hookbench-Delivery"),
                 headerValue(server.requests().at(1).headers, "X-Hookbench-Delivery"));
    }

    void repeatedHeaderSendsEveryValue()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Test::TempWorkspace tmp;
        AsyncCli cli;
        cli.start({QStringLiteral("send"), server.url(), QStringLiteral("--header"), QStringLiteral("X-Dup: a"),
                   QStringLiteral("--header"), QStringLiteral("x-dup: b"), QStringLiteral("--workspace"), tmp.path()});
        QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), 30000);
        QCOMPARE(cli.process.exitCode(), 0);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(headerValue(server.requests().first().headers, "X-Dup"), QByteArray("a, b"));
        // The attempt log records what was sent.
        QString error;
        auto ws = Storage::Workspace::open(tmp.path(), &error);
        QVERIFY2(ws, qPrintable(error));
        const QList<Delivery> deliveries = ws->deliveries().page({}, 0, 10);
        QCOMPARE(deliveries.size(), 1);
        const QList<Attempt> attempts = ws->deliveries().attempts(deliveries.first().id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(headerValue(attempts.first().requestHeaders, "X-Dup"), QByteArray("a, b"));
    }

    void timedOutAttemptIsReportedWithoutQtWarnings()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setDefault({200, {}, "late", 3000, false});
        AsyncCli cli;
        cli.start({QStringLiteral("send"), server.url(), QStringLiteral("--timeout"), QStringLiteral("200"),
                   QStringLiteral("--max-attempts"), QStringLiteral("1")});
        QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), 30000);
        QCOMPARE(cli.process.exitCode(), 1);
        const QString out = cli.out();
        QVERIFY2(out.contains(QStringLiteral("timed out after 200 ms; gave up after one attempt")), qPrintable(out));
        // Reading the aborted reply made Qt print "QIODevice::read (QNetworkReplyHttpImpl): device not open".
        const QByteArray said = cli.process.readAllStandardError();
        QVERIFY2(!said.contains("QIODevice"), said.constData());
    }

    void sendRejectsBadInput()
    {
        auto r = Test::runCli({QStringLiteral("send"), QStringLiteral("not a url")});
        QCOMPARE(r.exitCode, 2);
        // trigger's --timeout bounds --wait: alone it would be ignored.
        r = Test::runCli({QStringLiteral("trigger"), QStringLiteral("a.b"), QStringLiteral("--data"),
                          QStringLiteral("{}"), QStringLiteral("--timeout"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("--timeout only applies with --wait")), qPrintable(r.errText()));
        r = Test::runCli({QStringLiteral("send"), QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("--data"),
                          QStringLiteral("{bad")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("--data: Invalid JSON at line 1")));
        r = Test::runCli({QStringLiteral("send"), QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("--header"),
                          QStringLiteral("X: a\r\nb")});
        QCOMPARE(r.exitCode, 2);
        // An empty value (a script's unset variable) is refused rather than taken for the default policy.
        r = Test::runCli({QStringLiteral("send"), QStringLiteral("http://127.0.0.1:9/"),
                          QStringLiteral("--retry-schedule"), QString()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("--retry-schedule: empty")), r.err.constData());
        r = Test::runCli({QStringLiteral("send"), QStringLiteral("http://127.0.0.1:9/"),
                          QStringLiteral("--max-attempts"), QString()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("--max-attempts: '' is not a number from 1 to 100")),
                 r.err.constData());
    }

    void unknownNamesAreBadArguments()
    {
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        QCOMPARE(
            Test::runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("add"), QStringLiteral("a.b")} + ws)
                .exitCode,
            0);
        auto r = Test::runCli(QStringList {QStringLiteral("trigger"), QStringLiteral("a.b"),
                                           QStringLiteral("--endpoint"), QStringLiteral("nosuch")}
                              + ws);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errText(), QStringLiteral("hookbench trigger: --endpoint: no endpoint named 'nosuch'\n"));
        r = Test::runCli(QStringList {QStringLiteral("trigger"), QStringLiteral("nosuch.type")} + ws);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("no event type named 'nosuch.type'")), r.err.constData());
        r = Test::runCli(
            QStringList {QStringLiteral("deliveries"), QStringLiteral("--endpoint"), QStringLiteral("nosuch")} + ws);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errText(), QStringLiteral("hookbench deliveries: --endpoint: no endpoint named 'nosuch'\n"));
        r = Test::runCli(
            QStringList {QStringLiteral("deliveries"), QStringLiteral("--event-type"), QStringLiteral("nosuch")} + ws);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errText(), QStringLiteral("hookbench deliveries: --event-type: no event type named 'nosuch'\n"));
        r = Test::runCli(QStringList {QStringLiteral("export"), QStringLiteral("--deliveries"),
                                      QStringLiteral("--event-type"), QStringLiteral("nosuch")}
                         + ws);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errText(), QStringLiteral("hookbench export: --event-type: no event type named 'nosuch'\n"));
        r = Test::runCli(QStringList {QStringLiteral("export"), QStringLiteral("--deliveries"),
                                      QStringLiteral("--endpoint"), QStringLiteral("nosuch")}
                         + ws);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errText(), QStringLiteral("hookbench export: --endpoint: no endpoint named 'nosuch'\n"));
        r = Test::runCli(QStringList {QStringLiteral("redeliver"), QStringLiteral("msg_nosuch")} + ws);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errText(), QStringLiteral("hookbench redeliver: no delivery with id 'msg_nosuch'\n"));
        // Nothing was triggered.
        r = Test::runCli(QStringList {QStringLiteral("deliveries")} + ws);
        QCOMPARE(r.outText(), QStringLiteral("no deliveries\n"));
        // A defined type without deliveries is known: nothing to list, no error.
        r = Test::runCli(
            QStringList {QStringLiteral("deliveries"), QStringLiteral("--event-type"), QStringLiteral("a.b")} + ws);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), QStringLiteral("no deliveries\n"));
    }

    void deliveriesOfAnUndefinedEventTypeAreListed()
    {
        // A type fired with --data but never defined is known through its deliveries.
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        auto r = Test::runCli(QStringList {QStringLiteral("endpoint"), QStringLiteral("add"),
                                           QStringLiteral("http://127.0.0.1:9/x"), QStringLiteral("--name"),
                                           QStringLiteral("x")}
                              + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = Test::runCli(QStringList {QStringLiteral("trigger"), QStringLiteral("ad.hoc"), QStringLiteral("--data"),
                                      QStringLiteral("{}")}
                         + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = Test::runCli(
            QStringList {QStringLiteral("deliveries"), QStringLiteral("--event-type"), QStringLiteral("ad.hoc")} + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.outText().count(QStringLiteral("ad.hoc -> x")), 1);
    }

    void triggerJsonWithoutWaitNamesWhatItCreated()
    {
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        for (const QString &name : {QStringLiteral("one"), QStringLiteral("two")}) {
            QCOMPARE(
                Test::runCli(QStringList {QStringLiteral("endpoint"), QStringLiteral("add"),
                                          QStringLiteral("http://127.0.0.1:9/") + name, QStringLiteral("--name"), name}
                             + ws)
                    .exitCode,
                0);
        }
        const auto r
            = Test::runCli(QStringList {QStringLiteral("trigger"), QStringLiteral("a.b"), QStringLiteral("--data"),
                                        QStringLiteral("{}"), QStringLiteral("--json")}
                           + ws);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject event = QJsonDocument::fromJson(lines.at(0)).object();
        QVERIFY2(event.value(QStringLiteral("event_id")).toString().startsWith(QStringLiteral("evt_")), lines.at(0));
        QCOMPARE(event.value(QStringLiteral("event_type")).toString(), QStringLiteral("a.b"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object(),
                 (QJsonObject {
                     {QStringLiteral("delivered"), 0}, {QStringLiteral("failed"), 0}, {QStringLiteral("pending"), 2}}));

        // They are the ids the delivery log knows them by.
        QSet<QString> created;
        for (const QJsonValue &id : event.value(QStringLiteral("delivery_ids")).toArray())
            created.insert(id.toString());
        const auto log = Test::runCli(QStringList {QStringLiteral("deliveries"), QStringLiteral("--json")} + ws);
        QSet<QString> listed;
        for (const QByteArray &line : log.out.trimmed().split('\n')) {
            const QJsonObject d = QJsonDocument::fromJson(line).object();
            listed.insert(d.value(QStringLiteral("delivery_id")).toString());
            QCOMPARE(d.value(QStringLiteral("event_id")), event.value(QStringLiteral("event_id")));
        }
        QCOMPARE(created.size(), 2);
        QCOMPARE(listed, created);
    }

    void runExitsOneWhenADeliveryFailedAndCountsWhatIsLeft()
    {
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        // Nothing listens on port 1: one endpoint gives up at once, the other waits an hour for its retry.
        QCOMPARE(Test::runCli(QStringList {QStringLiteral("endpoint"), QStringLiteral("add"),
                                           QStringLiteral("http://127.0.0.1:1/z"), QStringLiteral("--name"),
                                           QStringLiteral("z"), QStringLiteral("--max-attempts"), QStringLiteral("1")}
                              + ws)
                     .exitCode,
                 0);
        QCOMPARE(Test::runCli(QStringList {QStringLiteral("endpoint"), QStringLiteral("add"),
                                           QStringLiteral("http://127.0.0.1:1/later"), QStringLiteral("--name"),
                                           QStringLiteral("later"), QStringLiteral("--retry-schedule"),
                                           QStringLiteral("0s,1h")}
                              + ws)
                     .exitCode,
                 0);
        QCOMPARE(Test::runCli(QStringList {QStringLiteral("trigger"), QStringLiteral("a.b"), QStringLiteral("--data"),
                                           QStringLiteral("{}")}
                              + ws)
                     .exitCode,
                 0);

        AsyncCli run;
        run.start(QStringList {QStringLiteral("run")} + ws);
        QString printed;
        QTRY_VERIFY_WITH_TIMEOUT((printed += run.out()).contains(QStringLiteral("failed  msg_")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            Test::runCli(
                QStringList {QStringLiteral("deliveries"), QStringLiteral("--state"), QStringLiteral("retrying")} + ws)
                .outText()
                .contains(QStringLiteral("-> later")),
            20000);
        ::kill(pid_t(run.process.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), 20000);
        printed += run.out();
        QCOMPARE(run.process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(printed.endsWith(QStringLiteral("0 delivered, 1 failed, 1 pending\n")), qPrintable(printed));
        QCOMPARE(run.process.exitCode(), 1);

        // The next run touches nothing (the retry is an hour away), yet that delivery is still unfinished.
        AsyncCli again;
        again.start(QStringList {QStringLiteral("run")} + ws);
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += again.process.readAllStandardError()).contains("stop with Ctrl+C"), 20000);
        QVERIFY2(said.contains(": 1 unfinished deliveries"), said.constData());
        ::kill(pid_t(again.process.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(again.finished(), 20000);
        QCOMPARE(again.out(), QStringLiteral("0 delivered, 0 failed, 1 pending\n"));
        QCOMPARE(again.process.exitCode(), 0);
    }

    void triggerWaitsForTheTemplateRenderedEvent()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        QCOMPARE(Test::runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("add"),
                                           QStringLiteral("newfollower"), QStringLiteral("--template"),
                                           QStringLiteral(R"({"n":{{seq}},"id":"{{uuid}}"})")}
                              + ws)
                     .exitCode,
                 0);
        QCOMPARE(Test::runCli(QStringList {QStringLiteral("endpoint"), QStringLiteral("add"), server.url(),
                                           QStringLiteral("--events"), QStringLiteral("newfollower")}
                              + ws)
                     .exitCode,
                 0);
        AsyncCli cli;
        cli.start(QStringList {QStringLiteral("trigger"), QStringLiteral("newfollower"), QStringLiteral("--wait"),
                               QStringLiteral("--timeout"), QStringLiteral("20")}
                  + ws);
        QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), 30000);
        const QString text = cli.out();
        QCOMPARE(cli.process.exitCode(), 0);
        QVERIFY2(text.endsWith(QStringLiteral("1 delivered, 0 failed, 0 pending\n")), qPrintable(text));
        QCOMPARE(server.requests().size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(server.requests().first().body).object();
        QCOMPARE(body.value(QStringLiteral("n")).toInt(), 1);
        QCOMPARE(body.value(QStringLiteral("id")).toString().size(), 36);
        auto r = Test::runCli(QStringList {QStringLiteral("trigger"), QStringLiteral("unknown.type")} + ws);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QStringLiteral("event-type add")));
    }

    void killedSendIsFinishedByRun()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setDefault({200, {}, {}, 0, true}); // hang: the deliveries are in flight when the process dies
        Test::TempWorkspace tmp;
        AsyncCli send;
        send.start({QStringLiteral("send"), server.url(), QStringLiteral("--count"), QStringLiteral("5"),
                    QStringLiteral("--timeout"), QStringLiteral("60000"), QStringLiteral("--workspace"), tmp.path()});
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 4, 20000);
        ::kill(pid_t(send.process.processId()), SIGKILL);
        QTRY_VERIFY(send.finished());
        QSet<QByteArray> firstIds;
        for (const auto &r : server.requests())
            firstIds.insert(headerValue(r.headers, "X-Hookbench-Delivery"));

        server.setDefault({200, {}, {}, 0, false});
        const qsizetype before = server.requests().size();
        AsyncCli run;
        run.start({QStringLiteral("run"), QStringLiteral("--workspace"), tmp.path()});
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= before + 5, 20000);
        // Give the run a moment to record the answers, then stop it the way a service manager would.
        QSet<QByteArray> resentIds;
        for (qsizetype i = before; i < server.requests().size(); ++i)
            resentIds.insert(headerValue(server.requests().at(i).headers, "X-Hookbench-Delivery"));
        QCOMPARE(resentIds.size(), 5);
        QVERIFY(firstIds.size() >= 4);
        QVERIFY(resentIds.contains(firstIds)); // at-least-once, with the same delivery ids
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QString error;
                auto ws = Storage::Workspace::open(tmp.path(), &error);
                Storage::DeliveryFilter succeeded;
                succeeded.states = {DeliveryState::Succeeded};
                return ws && ws->deliveries().count(succeeded) == 5;
            }(),
            20000);
        ::kill(pid_t(run.process.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), 20000);
        QCOMPARE(run.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.process.exitCode(), 0);
        QVERIFY(run.out().contains(QStringLiteral("5 delivered, 0 failed, 0 pending")));
    }

    // Several processes on one workspace: `send` and `trigger --wait` send what they create and nothing else, and
    // `run` neither sends theirs a second time nor misses what `trigger` without --wait left for it.
    void processesOnOneWorkspaceSendEachDeliveryOnce()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        auto finishes = [](const QStringList &arguments) {
            AsyncCli cli;
            cli.start(arguments);
            if (!cli.process.waitForStarted(10000))
                return -1;
            if (!QTest::qWaitFor([&] { return cli.finished(); }, 30000))
                return -2;
            return cli.process.exitCode();
        };
        QCOMPARE(finishes(QStringList {QStringLiteral("endpoint"), QStringLiteral("add"),
                                       server.url(QStringLiteral("/backlog")), QStringLiteral("--events"),
                                       QStringLiteral("old.thing")}
                          + ws),
                 0);
        QCOMPARE(finishes(QStringList {QStringLiteral("endpoint"), QStringLiteral("add"),
                                       server.url(QStringLiteral("/slow")), QStringLiteral("--events"),
                                       QStringLiteral("new.thing")}
                          + ws),
                 0);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(finishes(QStringList {QStringLiteral("trigger"), QStringLiteral("old.thing"),
                                           QStringLiteral("--data"), QStringLiteral("{}")}
                              + ws),
                     0);
        QCOMPARE(finishes(QStringList {QStringLiteral("send"), server.url(QStringLiteral("/other"))} + ws), 0);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().target, QByteArray("/other"));

        AsyncCli run;
        run.start(QStringList {QStringLiteral("run")} + ws);
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 3, 20000); // the backlog, by `run`
        // In flight longer than `run`'s poll interval: before, `run` picked it up and sent it too.
        server.setDefault({200, {}, "ok", 2500, false});
        QCOMPARE(finishes(QStringList {QStringLiteral("trigger"), QStringLiteral("new.thing"), QStringLiteral("--data"),
                                       QStringLiteral("{}"), QStringLiteral("--wait")}
                          + ws),
                 0);
        ::kill(pid_t(run.process.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), 20000);
        QCOMPARE(run.process.exitCode(), 0);
        QStringList targets;
        for (const auto &r : server.requests())
            targets.append(QString::fromLatin1(r.target));
        targets.sort();
        QCOMPARE(targets,
                 (QStringList {QStringLiteral("/backlog"), QStringLiteral("/backlog"), QStringLiteral("/other"),
                               QStringLiteral("/slow")}));
    }

    // A template naming {{endpoint.name}} goes out once per endpoint with its name, as a schedule fires it
    // (before, `trigger` rendered it once, with the name empty, for every endpoint).
    void triggerRendersEndpointNamePerEndpoint()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        Test::TempWorkspace tmp;
        const QStringList ws {QStringLiteral("--workspace"), tmp.path()};
        QCOMPARE(
            Test::runCli(QStringList {QStringLiteral("event-type"), QStringLiteral("add"), QStringLiteral("greet"),
                                      QStringLiteral("--template"), QStringLiteral(R"({"to":"{{endpoint.name}}"})")}
                         + ws)
                .exitCode,
            0);
        for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("beta")})
            QCOMPARE(Test::runCli(QStringList {QStringLiteral("endpoint"), QStringLiteral("add"),
                                               server.url(QStringLiteral("/") + name), QStringLiteral("--name"), name}
                                  + ws)
                         .exitCode,
                     0);
        AsyncCli cli;
        cli.start(QStringList {QStringLiteral("trigger"), QStringLiteral("greet"), QStringLiteral("--wait")} + ws);
        QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), 30000);
        const QString text = cli.out();
        QCOMPARE(cli.process.exitCode(), 0);
        QCOMPARE(text.count(QStringLiteral("event evt_")), 2);
        QVERIFY2(text.endsWith(QStringLiteral("2 delivered, 0 failed, 0 pending\n")), qPrintable(text));
        QHash<QByteArray, QByteArray> bodies;
        for (const auto &r : server.requests())
            bodies.insert(r.target, r.body);
        QCOMPARE(bodies.value("/alpha"), QByteArray(R"({"to":"alpha"})"));
        QCOMPARE(bodies.value("/beta"), QByteArray(R"({"to":"beta"})"));
        QCOMPARE(server.requests().size(), 2);
    }

    void listenPrintsAndVerifiesWhatSendSends()
    {
        AsyncCli listen;
        listen.start({QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("0"),
                      QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--json"),
                      QStringLiteral("--verify"), QStringLiteral("github:topsecret")});
        QTRY_VERIFY_WITH_TIMEOUT(listen.process.canReadLine(), 10000);
        const QString first = QString::fromUtf8(listen.process.readLine()).trimmed();
        QVERIFY2(first.startsWith(QStringLiteral("listening on http://127.0.0.1:")), qPrintable(first));
        const QString url = first.mid(QStringLiteral("listening on ").size());
        for (const QString &secret : {QStringLiteral("topsecret"), QStringLiteral("wrong")}) {
            AsyncCli send;
            send.start({QStringLiteral("send"), url + QStringLiteral("in?x=1"), QStringLiteral("--scheme"),
                        QStringLiteral("github"), QStringLiteral("--secret"), secret, QStringLiteral("--data"),
                        QStringLiteral(R"({"n":1})")});
            QTRY_VERIFY_WITH_TIMEOUT(send.finished(), 20000);
            QCOMPARE(send.process.exitCode(), 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(listen.finished(), 20000);
        // The request signed with the wrong secret failed verification: that is exit status 1.
        QCOMPARE(listen.process.exitCode(), 1);
        const QList<QByteArray> lines = listen.process.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QJsonObject r = QJsonDocument::fromJson(lines.at(0)).object();
        for (const char *key : {"id", "time", "remote", "method", "path", "headers", "body", "size", "verdicts"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        QCOMPARE(r.value(QStringLiteral("path")).toString(), QStringLiteral("/in?x=1"));
        QCOMPARE(r.value(QStringLiteral("body")).toString(), QStringLiteral(R"({"n":1})"));
        QCOMPARE(
            r.value(QStringLiteral("verdicts")).toArray().first().toObject().value(QStringLiteral("result")).toString(),
            QStringLiteral("valid"));
        QCOMPARE(lines.at(2), QByteArray("2 received, 1 verified, 1 invalid"));
    }

    void runServesTheWorkspaceReceivers()
    {
        Test::TempWorkspace tmp;
        {
            QString error;
            auto ws = Storage::Workspace::open(tmp.path(), &error);
            QVERIFY2(ws, qPrintable(error));
            Receiver r;
            r.name = QStringLiteral("inbox");
            r.autoStart = true;
            QVERIFY(ws->receivers().add(r));
        }
        AsyncCli run;
        run.process.setProcessChannelMode(QProcess::SeparateChannels);
        run.start({QStringLiteral("run"), QStringLiteral("--workspace"), tmp.path()});
        QString url;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QByteArray err = run.process.readAllStandardError();
                m_stderr += err;
                const qsizetype at = m_stderr.indexOf("listening on ");
                if (at < 0)
                    return false;
                url = QString::fromUtf8(m_stderr.mid(at + 13).split('\n').first()).trimmed();
                return true;
            }(),
            10000);
        AsyncCli send;
        send.start({QStringLiteral("send"), url + QStringLiteral("x")});
        QTRY_VERIFY_WITH_TIMEOUT(send.finished(), 20000);
        QCOMPARE(send.process.exitCode(), 0);
        ::kill(pid_t(run.process.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(run.finished(), 20000);
        QCOMPARE(run.process.exitCode(), 0);
        QString error;
        auto ws = Storage::Workspace::open(tmp.path(), &error);
        QVERIFY(ws);
        const auto r = ws->receivers().findByName(QStringLiteral("inbox"));
        QCOMPARE(ws->captures().count(r->id), 1);
        QCOMPARE(ws->captures().page(r->id, 0, 1).first().target, QByteArray("/x"));
    }

    void redeliverSendsTheSameIdAgain()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue({500, {}, {}, 0, false});
        Test::TempWorkspace tmp;
        AsyncCli send;
        send.start({QStringLiteral("send"), server.url(), QStringLiteral("--max-attempts"), QStringLiteral("1"),
                    QStringLiteral("--json"), QStringLiteral("--workspace"), tmp.path()});
        QTRY_VERIFY_WITH_TIMEOUT(send.finished(), 20000);
        QCOMPARE(send.process.exitCode(), 1);
        const QString id = QJsonDocument::fromJson(send.process.readAllStandardOutput().split('\n').first())
                               .object()
                               .value(QStringLiteral("delivery_id"))
                               .toString();
        QVERIFY(id.startsWith(QLatin1String("msg_")));
        AsyncCli again;
        again.start({QStringLiteral("redeliver"), id, QStringLiteral("--workspace"), tmp.path()});
        QTRY_VERIFY_WITH_TIMEOUT(again.finished(), 20000);
        QCOMPARE(again.process.exitCode(), 0);
        QVERIFY(again.out().contains(QStringLiteral("1 delivered, 0 failed")));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(QString::fromUtf8(headerValue(server.requests().at(1).headers, "X-Hookbench-Delivery")), id);
    }
};

QTEST_GUILESS_MAIN(TestCliDelivery)
#include "tst_cli_delivery.moc"
