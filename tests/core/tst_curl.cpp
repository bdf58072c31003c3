#include "export/curl.h"
#include "export/deliveriesexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Hookbench;

class TestCurl : public QObject
{
    Q_OBJECT

private slots:
    void textBody()
    {
        const QString command
            = Export::curlCommand("POST", QStringLiteral("https://example.com/hooks?a=1&b=2"),
                                  {Header {"Content-Type", "application/json"}, Header {"Content-Length", "13"},
                                   Header {"Host", "x"}, Header {"X-Note", "it's"}},
                                  "{\"a\":\"b c\"}");
        QCOMPARE(command,
                 QStringLiteral("curl -X POST 'https://example.com/hooks?a=1&b=2' \\\n"
                                "  -H 'Content-Type: application/json' \\\n"
                                "  -H 'X-Note: it'\\''s' \\\n"
                                "  --data-binary '{\"a\":\"b c\"}'"));
    }

    void binaryBodyGoesThroughPrintf()
    {
        const QString command
            = Export::curlCommand("PUT", QStringLiteral("http://127.0.0.1:1/"), {}, QByteArray("\x00\xff'", 3));
        QCOMPARE(command,
                 QStringLiteral("printf '\\000\\377\\047' | curl -X PUT 'http://127.0.0.1:1/' \\\n"
                                "  --data-binary @-"));
    }

    void quotingSurvivesTheShell()
    {
        const QString tricky = QStringLiteral("a 'b' \"c\" $HOME `x` \\n");
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), QStringLiteral("printf %s ") + Export::shellQuote(tricky)});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), tricky);
    }

    void jsonExportIsOneArray()
    {
        Export::DeliveryRecord record;
        record.delivery.id = 7;
        record.delivery.uid = QStringLiteral("msg_1");
        record.eventUid = QStringLiteral("evt_1");
        const QByteArray json = Export::renderDeliveries({record, record}, Export::DeliveriesFormat::Json, {});
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 2);
        QCOMPARE(doc.array().at(0).toObject().value(QLatin1String("delivery_id")).toString(), QStringLiteral("msg_1"));
    }
};

QTEST_GUILESS_MAIN(TestCurl)
#include "tst_curl.moc"
