// `hookbench api`: serves the subscription APIs headless with the workspace's token, creates endpoints with their
// origin, and stops cleanly on SIGTERM; `--enable` keeps the choice for `hookbench run`; `--activity` prints what
// the APIs did and refused, and why, from the workspace.
#include "clirunner.h"
#include "storage/workspace.h"
#include "tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Hookbench;

class TestCliApi : public QObject
{
    Q_OBJECT

private slots:
    void servesUntilTerminated();
    void enableKeepsTheSetting();
    void activityListsRefusals();
};

void TestCliApi::servesUntilTerminated()
{
    Test::TempWorkspace tmp;
    QProcess api;
    api.start(Test::hookbenchBinary(), {QStringLiteral("api"), QStringLiteral("--workspace"), tmp.path()});
    QVERIFY(api.waitForStarted());
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT((printed += api.readAllStandardOutput()).contains("Token: hbk_") && printed.endsWith('\n'),
                             15000);
    const QString text = QString::fromUtf8(printed);
    const QString base = QRegularExpression(QStringLiteral("Subscription APIs: (\\S+)")).match(text).captured(1);
    const QString token = QRegularExpression(QStringLiteral("Token: (\\S+)")).match(text).captured(1);
    QVERIFY(base.startsWith(QLatin1String("http://127.0.0.1:")));

    QNetworkAccessManager client;
    client.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(base + QStringLiteral("/hooks")));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = client.post(request, R"({"url":"http://127.0.0.1:9/x","events":["newfollower"]})");
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    delete reply;
    // A registration the API refuses: kept for `hookbench api --activity`.
    reply = client.post(request, R"({"url":"ftp://127.0.0.1/x","events":["newfollower"]})");
    QSignalSpy refused(reply, &QNetworkReply::finished);
    QVERIFY(refused.wait(15000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
    delete reply;

    api.terminate();
    QVERIFY(api.waitForFinished(15000));
    QCOMPARE(api.exitStatus(), QProcess::NormalExit);
    QCOMPARE(api.exitCode(), 0);
    const QByteArray logged = api.readAllStandardError();
    QVERIFY(logged.contains("POST /hooks -> 201"));
    QVERIFY2(logged.contains("POST /hooks refused with HTTP 422: "), logged.constData());

    const Test::CliResult list
        = Test::runCli({QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--workspace"), tmp.path()});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.outText().contains(QLatin1String("API hook")), qPrintable(list.outText()));
}

void TestCliApi::enableKeepsTheSetting()
{
    Test::TempWorkspace tmp;
    const Test::CliResult enabled
        = Test::runCli({QStringLiteral("api"), QStringLiteral("--enable"), QStringLiteral("--port"),
                        QStringLiteral("0"), QStringLiteral("--workspace"), tmp.path()});
    QCOMPARE(enabled.exitCode, 0);
    QVERIFY(enabled.outText().contains(QLatin1String("enabled")));
    const QString token = QRegularExpression(QStringLiteral("Token: (\\S+)")).match(enabled.outText()).captured(1);
    QVERIFY(token.startsWith(QLatin1String("hbk_")));
    // The same token again, until --new-token replaces it.
    const Test::CliResult again
        = Test::runCli({QStringLiteral("api"), QStringLiteral("--disable"), QStringLiteral("--workspace"), tmp.path()});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.outText().contains(QLatin1String("disabled")));
    QVERIFY(again.outText().contains(token));
    const Test::CliResult renewed = Test::runCli(
        {QStringLiteral("api"), QStringLiteral("--new-token"), QStringLiteral("--workspace"), tmp.path()});
    QVERIFY(!renewed.outText().contains(token));
    QCOMPARE(Test::runCli({QStringLiteral("api"), QStringLiteral("--enable"), QStringLiteral("--disable")}).exitCode,
             2);
}

void TestCliApi::activityListsRefusals()
{
    Test::TempWorkspace tmp;
    {
        // --activity only reads: it needs a workspace that exists.
        QString error;
        QVERIFY2(Storage::Workspace::open(tmp.path(), &error), qPrintable(error));
    }
    const Test::CliResult empty = Test::runCli(
        {QStringLiteral("api"), QStringLiteral("--activity"), QStringLiteral("--workspace"), tmp.path()});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY2(empty.outText().contains(QLatin1String("No subscription API activity yet.")), qPrintable(empty.outText()));
    // Options of --activity alone would otherwise be ignored while the APIs start serving.
    const Test::CliResult stray = Test::runCli({QStringLiteral("api"), QStringLiteral("--limit"), QStringLiteral("3"),
                                                QStringLiteral("--workspace"), tmp.path()});
    QCOMPARE(stray.exitCode, 2);
    QVERIFY2(stray.errText().contains(QLatin1String("--limit and --json only apply with --activity")),
             qPrintable(stray.errText()));

    QProcess api;
    api.start(Test::hookbenchBinary(), {QStringLiteral("api"), QStringLiteral("--workspace"), tmp.path()});
    QVERIFY(api.waitForStarted());
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT((printed += api.readAllStandardOutput()).contains("Token: hbk_") && printed.endsWith('\n'),
                             15000);
    const QString text = QString::fromUtf8(printed);
    const QString base = QRegularExpression(QStringLiteral("Subscription APIs: (\\S+)")).match(text).captured(1);
    const QString token = QRegularExpression(QStringLiteral("Token: (\\S+)")).match(text).captured(1);
    QNetworkAccessManager client;
    client.setProxy(QNetworkProxy::NoProxy);
    auto post = [&](const QString &path, const QByteArray &body) {
        QNetworkRequest request(QUrl(base + path));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = client.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(15000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    };
    const QByteArray unknownEvent = R"({"events":["pushed"],"config":{"url":"http://127.0.0.1:9/x"}})";
    const QByteArray malformed = "{";
    QCOMPARE(post(QStringLiteral("/repos/octo/app/hooks"), unknownEvent), 422);
    QCOMPARE(post(QStringLiteral("/calendar/v3/calendars/primary/events/watch"), malformed), 400);
    api.terminate();
    QVERIFY(api.waitForFinished(15000));

    const Test::CliResult listed = Test::runCli(
        {QStringLiteral("api"), QStringLiteral("--activity"), QStringLiteral("--workspace"), tmp.path()});
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // heading, then newest first
    QVERIFY(lines.at(0).startsWith(QLatin1String("TIME")));
    QVERIFY2(lines.at(1).contains(QLatin1String("google")) && lines.at(1).contains(QLatin1String("refused"))
                 && lines.at(1).contains(QLatin1String("Parse Error")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QLatin1String("github")) && lines.at(2).contains(QLatin1String("422"))
                 && lines.at(2).contains(QLatin1String("\"pushed\" is not a valid event name")),
             qPrintable(lines.at(2)));

    const Test::CliResult json
        = Test::runCli({QStringLiteral("api"), QStringLiteral("--activity"), QStringLiteral("--json"),
                        QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--workspace"), tmp.path()});
    QCOMPARE(json.exitCode, 0);
    const QStringList jsonLines = json.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(jsonLines.size(), 1);
    const QJsonObject newest = QJsonDocument::fromJson(jsonLines.first().toUtf8()).object();
    QCOMPARE(newest.value(QLatin1String("api")).toString(), QStringLiteral("google"));
    QCOMPARE(newest.value(QLatin1String("action")).toString(), QStringLiteral("subscribe"));
    QCOMPARE(newest.value(QLatin1String("outcome")).toString(), QStringLiteral("refused"));
    QCOMPARE(newest.value(QLatin1String("status")).toInt(), 400);

    QCOMPARE(Test::runCli({QStringLiteral("api"), QStringLiteral("--activity"), QStringLiteral("--enable")}).exitCode,
             2);
    QCOMPARE(Test::runCli(
                 {QStringLiteral("api"), QStringLiteral("--activity"), QStringLiteral("--limit"), QStringLiteral("0")})
                 .exitCode,
             2);
    const Test::CliResult help = Test::runCli({QStringLiteral("api"), QStringLiteral("--help")});
    QVERIFY(help.outText().contains(QLatin1String("--activity")));
}

QTEST_GUILESS_MAIN(TestCliApi)
#include "tst_cli_api.moc"
