// `hookbench api`: serves the subscription APIs headless with the workspace's token, creates endpoints with their
// origin, and stops cleanly on SIGTERM; `--enable` keeps the choice for `hookbench run`.
#include "clirunner.h"
#include "tempworkspace.h"

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

    api.terminate();
    QVERIFY(api.waitForFinished(15000));
    QCOMPARE(api.exitStatus(), QProcess::NormalExit);
    QCOMPARE(api.exitCode(), 0);
    QVERIFY(api.readAllStandardError().contains("POST /hooks -> 201"));

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

QTEST_GUILESS_MAIN(TestCliApi)
#include "tst_cli_api.moc"
