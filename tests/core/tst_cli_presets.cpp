// `hookbench preset`, `export` and `import` as scripts use them, against a local peer.
#include "clirunner.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "testhttpserver.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Hookbench;
using Hookbench::Test::TestHttpServer;

namespace {

// Runs hookbench without blocking, so the in-process test server keeps answering meanwhile.
struct AsyncCli
{
    QProcess process;
    explicit AsyncCli(const QStringList &arguments) { process.start(Test::hookbenchBinary(), arguments); }
    bool finished() const { return process.state() == QProcess::NotRunning; }
    QString out() { return QString::fromUtf8(process.readAllStandardOutput()); }
    QString err() { return QString::fromUtf8(process.readAllStandardError()); }
};

QStringList withWorkspace(QStringList arguments, const Test::TempWorkspace &ws)
{
    arguments << QStringLiteral("--workspace") << ws.path();
    return arguments;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliPresets : public QObject
{
    Q_OBJECT

private slots:
    void presetListNamesEveryPreset()
    {
        Test::TempWorkspace ws;
        const auto r = Test::runCli(
            withWorkspace({QStringLiteral("preset"), QStringLiteral("list"), QStringLiteral("--json")}, ws));
        QCOMPARE(r.exitCode, 0);
        QStringList names;
        for (const QByteArray &line : r.out.trimmed().split('\n'))
            names << QJsonDocument::fromJson(line).object().value(QLatin1String("name")).toString();
        QCOMPARE(names,
                 (QStringList {QStringLiteral("github"), QStringLiteral("stripe"), QStringLiteral("google-calendar"),
                               QStringLiteral("standard-webhooks"), QStringLiteral("cloudevents")}));
    }

    void presetApplyGitHubPingsAtOnce()
    {
        Test::TempWorkspace ws;
        TestHttpServer server;
        QVERIFY(server.listen());
        AsyncCli cli(
            withWorkspace({QStringLiteral("preset"), QStringLiteral("apply"), QStringLiteral("github"),
                           QStringLiteral("--url"), server.url(), QStringLiteral("--secret"), QStringLiteral("s3cret")},
                          ws));
        QTRY_VERIFY_WITH_TIMEOUT(cli.finished(), 30000);
        const QString text = cli.out();
        QCOMPARE(cli.process.exitCode(), 0);
        QVERIFY2(text.contains(QLatin1String("added endpoint github -> ")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("added event type issues.opened")));
        QVERIFY(text.contains(QLatin1String("sent ping: succeeded")));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(headerValue(server.requests().first().headers, "X-GitHub-Event"), QByteArray("ping"));

        // Then `trigger` sends a realistic event through the same endpoint.
        AsyncCli trigger(
            withWorkspace({QStringLiteral("trigger"), QStringLiteral("issues.opened"), QStringLiteral("--wait")}, ws));
        QTRY_VERIFY_WITH_TIMEOUT(trigger.finished(), 30000);
        QCOMPARE(trigger.process.exitCode(), 0);
        QCOMPARE(server.requests().size(), 2);
        const auto &issue = server.requests().last();
        QCOMPARE(headerValue(issue.headers, "X-GitHub-Event"), QByteArray("issues"));
        QCOMPARE(QJsonDocument::fromJson(issue.body).object().value(QLatin1String("action")).toString(),
                 QStringLiteral("opened"));
    }

    void presetApplyRefusesBadArguments()
    {
        Test::TempWorkspace ws;
        auto r
            = Test::runCli(withWorkspace({QStringLiteral("preset"), QStringLiteral("apply"), QStringLiteral("gitlab"),
                                          QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1/")},
                                         ws));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QLatin1String("no preset named 'gitlab'")));
        r = Test::runCli(
            withWorkspace({QStringLiteral("preset"), QStringLiteral("apply"), QStringLiteral("stripe")}, ws));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QLatin1String("--url")));
        r = Test::runCli(withWorkspace({QStringLiteral("preset"), QStringLiteral("apply"), QStringLiteral("stripe"),
                                        QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1/"),
                                        QStringLiteral("--mode"), QStringLiteral("structured")},
                                       ws));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(QLatin1String("cloudevents")));
        r = Test::runCli(
            withWorkspace({QStringLiteral("preset"), QStringLiteral("apply"), QStringLiteral("google-calendar"),
                           QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1/gc"),
                           QStringLiteral("--expires"), QStringLiteral("2020-01-01T00:00:00Z")},
                          ws));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errText(), QStringLiteral("hookbench preset: --expires: '2020-01-01T00:00:00Z' is in the past\n"));
        // Refused before the workspace is even opened: nothing stored.
        QVERIFY(!QFileInfo::exists(ws.path()));
    }

    void exportImportBetweenWorkspaces()
    {
        Test::TempWorkspace a, b;
        auto r = Test::runCli(
            withWorkspace({QStringLiteral("event-type"), QStringLiteral("add"), QStringLiteral("order.created"),
                           QStringLiteral("--template"), QStringLiteral(R"({"order": {{seq}}})")},
                          a));
        QCOMPARE(r.exitCode, 0);
        r = Test::runCli(withWorkspace(
            {QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("https://shop.example.com/hooks"),
             QStringLiteral("--name"), QStringLiteral("shop"), QStringLiteral("--scheme"), QStringLiteral("standard"),
             QStringLiteral("--secret"), QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")},
            a));
        QCOMPARE(r.exitCode, 0);

        r = Test::runCli(withWorkspace({QStringLiteral("export")}, a));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject plain = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(plain.value(QLatin1String("version")).toInt(), 1);
        QVERIFY(!r.out.contains("whsec_"));

        const QString file = a.filePath(QStringLiteral("defs.json"));
        r = Test::runCli(
            withWorkspace({QStringLiteral("export"), QStringLiteral("--secrets"), QStringLiteral("-o"), file}, a));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readFile(file).contains("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));

        r = Test::runCli(withWorkspace({QStringLiteral("import"), file}, b));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QLatin1String("added event type order.created")));
        QVERIFY(r.outText().contains(QLatin1String("added endpoint shop")));
        QVERIFY(r.outText().contains(QLatin1String("2 added, 0 renamed, 0 unchanged, 0 skipped, 0 failed")));
        {
            QString error;
            auto ws = Storage::Workspace::open(b.path(), &error);
            QVERIFY(ws);
            QCOMPARE(ws->endpoints().findByName(QStringLiteral("shop"))->secrets,
                     QStringList {QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")});
            EventType changed = *ws->eventTypes().find(QStringLiteral("order.created"));
            changed.payloadTemplate = R"({"changed": true})";
            QVERIFY(ws->eventTypes().update(changed));
        }

        // A conflicting definition is skipped and named, never overwritten; --rename imports it beside.
        r = Test::runCli(withWorkspace({QStringLiteral("import"), file, QStringLiteral("--json")}, b));
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject skipped = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(skipped.value(QLatin1String("action")).toString(), QStringLiteral("skipped"));
        QCOMPARE(skipped.value(QLatin1String("name")).toString(), QStringLiteral("order.created"));
        QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(QLatin1String("action")).toString(),
                 QStringLiteral("unchanged"));
        r = Test::runCli(withWorkspace({QStringLiteral("import"), file, QStringLiteral("--rename")}, b));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(QLatin1String("added event type order.created as order.created_2")),
                 qPrintable(r.outText()));
    }

    // The CloudEvents preset's --secret is a bearer token in the endpoint's Authorization header: `export` without
    // --secrets printed it in clear.
    void exportWithoutSecretsLeavesBearerTokensOut()
    {
        Test::TempWorkspace ws;
        auto r = Test::runCli(withWorkspace(
            {QStringLiteral("preset"), QStringLiteral("apply"), QStringLiteral("cloudevents"), QStringLiteral("--url"),
             QStringLiteral("http://127.0.0.1:9/ce"), QStringLiteral("--secret"), QStringLiteral("ce-bearer-s3cret")},
            ws));
        QCOMPARE(r.exitCode, 0);
        r = Test::runCli(withWorkspace({QStringLiteral("export")}, ws));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains("ce-bearer-s3cret"), r.out.constData());
        r = Test::runCli(withWorkspace({QStringLiteral("export"), QStringLiteral("--secrets")}, ws));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Bearer ce-bearer-s3cret"));
    }

    void importRefusesOtherFiles()
    {
        Test::TempWorkspace ws;
        const QString file = ws.filePath(QStringLiteral("other.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"openapi": "3.1.0", "webhooks": {}})");
        f.close();
        auto r = Test::runCli(withWorkspace({QStringLiteral("import"), file}, ws));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(QLatin1String("not a Hookbench definitions file")));
        r = Test::runCli(withWorkspace({QStringLiteral("import"), file, QStringLiteral("--openapi")}, ws));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QLatin1String("nothing to import")));
    }

    void importOpenApiWebhooks()
    {
        Test::TempWorkspace ws;
        const auto r = Test::runCli(withWorkspace(
            {QStringLiteral("import"), QStringLiteral("--openapi"),
             qEnvironmentVariable("HOOKBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/export/openapi-webhooks.json")},
            ws));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(QLatin1String("added event type new_pet")));
        QVERIFY(r.outText().contains(QLatin1String("5 added")));
        QVERIFY(r.errText().contains(QLatin1String("warning: remote:")));
    }

    void exportDeliveriesAsHarAndJsonLines()
    {
        Test::TempWorkspace ws;
        TestHttpServer server;
        QVERIFY(server.listen());
        AsyncCli send(
            withWorkspace({QStringLiteral("send"), server.url(), QStringLiteral("--count"), QStringLiteral("2")}, ws));
        QTRY_VERIFY_WITH_TIMEOUT(send.finished(), 30000);
        QCOMPARE(send.process.exitCode(), 0);

        const QString har = ws.filePath(QStringLiteral("log.har"));
        auto r = Test::runCli(
            withWorkspace({QStringLiteral("export"), QStringLiteral("--deliveries"), QStringLiteral("-o"), har}, ws));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.errText().contains(QLatin1String("2 deliveries, 2 attempts")));
        const QJsonObject log = QJsonDocument::fromJson(readFile(har)).object().value(QLatin1String("log")).toObject();
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
        QCOMPARE(log.value(QLatin1String("entries")).toArray().size(), 2);

        r = Test::runCli(
            withWorkspace({QStringLiteral("export"), QStringLiteral("--deliveries"), QStringLiteral("--format"),
                           QStringLiteral("jsonl"), QStringLiteral("--limit"), QStringLiteral("1")},
                          ws));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("state")).toString(),
                 QStringLiteral("succeeded"));

        r = Test::runCli(
            withWorkspace({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")}, ws));
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliPresets)
#include "tst_cli_presets.moc"
