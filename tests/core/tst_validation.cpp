#include "domain/retrypolicy.h"
#include "domain/validation.h"
#include "scheduling/templaterenderer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Hookbench;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void url_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected"); // part of the message, empty when valid
        QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8080/hook") << QString();
        QTest::newRow("https") << QStringLiteral("https://example.com/x?y=1") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("relative") << QStringLiteral("/hooks") << QStringLiteral("not an absolute URL");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/") << QStringLiteral("scheme “ftp”");
        QTest::newRow("no host") << QStringLiteral("http:///path") << QStringLiteral("no host");
        QTest::newRow("space in host") << QStringLiteral("http://exa mple.com/")
                                       << QStringLiteral("The URL contains a space at position 11; encode it as %20.");
        QTest::newRow("space in path") << QStringLiteral("http://127.0.0.1:33159/a b")
                                       << QStringLiteral("The URL contains a space at position 25; encode it as %20.");
        QTest::newRow("encoded space") << QStringLiteral("http://127.0.0.1:33159/a%20b") << QString();
        QTest::newRow("pipe") << QStringLiteral("http://example.com/a|b")
                              << QStringLiteral("The URL contains “|” at position 21; encode it as %7C.");
        QTest::newRow("tab") << QStringLiteral("http://example.com/a\tb") << QStringLiteral("a space at position 21");
        QTest::newRow("port too big") << QStringLiteral("http://localhost:99999/x")
                                      << QStringLiteral("The port 99999 is out of range (1–65535).");
        QTest::newRow("port 70000") << QStringLiteral("http://127.0.0.1:70000/a")
                                    << QStringLiteral("The port 70000 is out of range (1–65535).");
        QTest::newRow("port 0") << QStringLiteral("http://localhost:0/")
                                << QStringLiteral("The port 0 is out of range");
        QTest::newRow("huge port") << QStringLiteral("http://localhost:123456789012345678901/")
                                   << QStringLiteral("The port 123456789012345678901 is out of range");
        QTest::newRow("port not a number") << QStringLiteral("https://user:pw@example.com:8o8o/")
                                           << QStringLiteral("The port “8o8o” is not a number.");
        QTest::newRow("port 65535") << QStringLiteral("http://localhost:65535/") << QString();
        QTest::newRow("ipv6 with port") << QStringLiteral("http://[::1]:8080/hook") << QString();
        QTest::newRow("ipv6 without port") << QStringLiteral("http://[::1]/hook") << QString();
        QTest::newRow("empty port") << QStringLiteral("http://localhost:/hook") << QString();
        QTest::newRow("colon in path") << QStringLiteral("http://localhost/a:b") << QString();
        QTest::newRow("bad host") << QStringLiteral("http://exa%mple.com/") << QStringLiteral("not a valid URL");
    }
    void url()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const QString message = Validation::checkUrl(url);
        if (expected.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void headerName_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ok") << QByteArray("X-Api-Key") << QString();
        QTest::newRow("token chars") << QByteArray("x!#$%&'*+-.^_`|~1") << QString();
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("space") << QByteArray("X Key") << QStringLiteral("position 2");
        QTest::newRow("colon") << QByteArray("X:Key") << QStringLiteral("“:” at position 2");
        QTest::newRow("newline") << QByteArray("X\nKey") << QStringLiteral("0x0a");
    }
    void headerName()
    {
        QFETCH(QByteArray, name);
        QFETCH(QString, expected);
        const QString message = Validation::checkHeaderName(name);
        if (expected.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void headerValue()
    {
        QVERIFY(Validation::checkHeaderValue("Bearer abc").isEmpty());
        QVERIFY(
            Validation::checkHeaderValue("a\r\nX-Injected: 1").contains(QStringLiteral("line break at position 2")));
        QVERIFY(Validation::checkHeaderValue("a\nb").contains(QStringLiteral("line break")));
        QVERIFY(!Validation::checkHeaderValue(QByteArray("a\0b", 3)).isEmpty());
    }

    void headerLine()
    {
        Header h;
        QVERIFY(Validation::parseHeaderLine(QStringLiteral("Authorization: Bearer x: y"), &h).isEmpty());
        QCOMPARE(h.name, QByteArray("Authorization"));
        QCOMPARE(h.value, QByteArray("Bearer x: y"));
        QVERIFY(Validation::parseHeaderLine(QStringLiteral("NoColon"), &h).contains(QStringLiteral("Name: value")));
        QVERIFY(!Validation::parseHeaderLine(QStringLiteral("Bad Name: x"), &h).isEmpty());
    }

    void eventTypeName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("dotted") << QStringLiteral("issues.opened") << true;
        QTest::newRow("underscore") << QStringLiteral("payment_intent.succeeded") << true;
        QTest::newRow("single") << QStringLiteral("ping") << true;
        QTest::newRow("digits") << QStringLiteral("v2.order1.created") << true;
        QTest::newRow("upper") << QStringLiteral("Issues.Opened") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("trailing dot") << QStringLiteral("issues.") << false;
        QTest::newRow("double dot") << QStringLiteral("issues..opened") << false;
        QTest::newRow("space") << QStringLiteral("issues opened") << false;
        QTest::newRow("leading digit") << QStringLiteral("1issues") << false;
        QTest::newRow("dash") << QStringLiteral("issue-opened") << false;
    }
    void eventTypeName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const QString message = Validation::checkEventTypeName(name);
        QCOMPARE(message.isEmpty(), valid);
        if (!valid && !name.isEmpty())
            QVERIFY(message.contains(name));
    }

    void subscriptions()
    {
        QVERIFY(Validation::checkSubscription(QStringLiteral("*")).isEmpty());
        QVERIFY(Validation::checkSubscription(QStringLiteral("issues.*")).isEmpty());
        QVERIFY(Validation::checkSubscription(QStringLiteral("issues.opened")).isEmpty());
        QVERIFY(!Validation::checkSubscription(QStringLiteral("issues*")).isEmpty());
        QVERIFY(!Validation::checkSubscription(QStringLiteral(".*")).isEmpty());
        QVERIFY(subscriptionMatches(QStringLiteral("issues.*"), QStringLiteral("issues.opened")));
        QVERIFY(!subscriptionMatches(QStringLiteral("issues.*"), QStringLiteral("issues")));
        QVERIFY(!subscriptionMatches(QStringLiteral("issues.*"), QStringLiteral("issuesx.opened")));
        QVERIFY(subscriptionMatches(QStringLiteral("*"), QStringLiteral("anything")));
        QVERIFY(!subscriptionMatches(QStringLiteral("issues.opened"), QStringLiteral("issues.closed")));
    }

    void payloadTemplate_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("object") << QByteArray("{\"a\": 1}") << QString();
        QTest::newRow("placeholders in strings")
            << QByteArray("{\"id\": \"{{uuid}}\", \"t\": \"{{now}}\"}") << QString();
        QTest::newRow("placeholder as value") << QByteArray("{\"n\": {{seq}}, \"r\": {{random.int 1 6}}}") << QString();
        QTest::newRow("line 3 column 8") << QByteArray("{\n  \"a\": 1,\n  \"b\": ,\n}")
                                         << QStringLiteral("line 3, column 8");
        QTest::newRow("placeholder keeps columns")
            << QByteArray("{\"n\": {{seq}} \"x\"}") << QStringLiteral("line 1, column 15");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1, column 1");
        // For text after a complete document the parser's offset is the first extra character itself.
        QTest::newRow("garbage at end") << QByteArray("{}x") << QStringLiteral("line 1, column 3:");
        QTest::newRow("extra brace") << QByteArray("{\"a\":1}}") << QStringLiteral("line 1, column 8:");
        QTest::newRow("garbage after space") << QByteArray("{\"a\":1} x") << QStringLiteral("line 1, column 9:");
        QTest::newRow("garbage on next line") << QByteArray("{\"a\":1}\n  x") << QStringLiteral("line 2, column 3:");
        QTest::newRow("unterminated") << QByteArray("{\"a\": \"x") << QStringLiteral("Invalid JSON");
        // Placeholders the renderer does not know, or without the arguments it needs, are refused when saved.
        QTest::newRow("unknown placeholder") << QByteArray("{\"a\": 1,\n \"id\": \"{{uid}}\"}")
                                             << QStringLiteral("Unknown placeholder “{{uid}}” at line 2");
        QTest::newRow("placeholder arguments")
            << QByteArray("{\"roll\": {{random.int 6 1}}}") << QStringLiteral("{{random.int A B}}");
        QTest::newRow("every placeholder")
            << QByteArray("{\"u\": \"{{uuid}}\", \"t\": \"{{now}}\", \"s\": {{now.unix}}, \"q\": {{seq}}, "
                          "\"h\": \"{{random.hex 8}}\", \"e\": \"{{event.type}}\", \"n\": \"{{endpoint.name}}\"}")
            << QString();
    }
    void payloadTemplate()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const QString message = Validation::checkPayloadTemplate(text);
        if (expected.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(expected), qPrintable(message));
    }

    // {{random.int A B}} over ranges whose width does not fit a signed 64-bit number: the template check and every
    // rendering hung (bounded(0) never returns) once the range was the whole of it, e.g. typed in the editor.
    void randomIntOverWideRanges_data()
    {
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<qint64>("low");
        QTest::addColumn<qint64>("high");
        QTest::newRow("whole range") << QByteArray("-9223372036854775808 9223372036854775807")
                                     << std::numeric_limits<qint64>::min() << std::numeric_limits<qint64>::max();
        QTest::newRow("wider than qint64")
            << QByteArray("-1 9223372036854775807") << qint64(-1) << std::numeric_limits<qint64>::max();
        QTest::newRow("lowest values") << QByteArray("-9223372036854775808 -9223372036854775806")
                                       << std::numeric_limits<qint64>::min() << std::numeric_limits<qint64>::min() + 2;
        QTest::newRow("one value") << QByteArray("7 7") << qint64(7) << qint64(7);
    }
    void randomIntOverWideRanges()
    {
        QFETCH(QByteArray, range);
        QFETCH(qint64, low);
        QFETCH(qint64, high);
        const QByteArray text = "{\"r\": \"{{random.int " + range + "}}\"}";
        QCOMPARE(Validation::checkPayloadTemplate(text), QString());
        QRandomGenerator random(42);
        TemplateContext context;
        context.random = &random;
        for (int i = 0; i < 50; ++i) {
            const RenderResult r = renderTemplate(text, context);
            QVERIFY2(r.ok(), qPrintable(r.error));
            bool ok = false;
            const qint64 v
                = QJsonDocument::fromJson(r.output).object().value(QLatin1String("r")).toString().toLongLong(&ok);
            QVERIFY2(ok && v >= low && v <= high, r.output.constData());
        }
    }

    void endpoint()
    {
        Endpoint e;
        e.name = QStringLiteral("local");
        e.url = QUrl(QStringLiteral("http://127.0.0.1:9000/hook"));
        QVERIFY2(Validation::validate(e).isEmpty(), qPrintable(Validation::describe(Validation::validate(e))));
        // A correctly encoded space (QUrl shows it decoded by default) and a non-ASCII path are fine.
        Endpoint encoded = e;
        encoded.url = QUrl(QStringLiteral("http://127.0.0.1:9000/my%20hook/caf%C3%A9?q=a%20b"));
        QVERIFY2(Validation::validate(encoded).isEmpty(),
                 qPrintable(Validation::describe(Validation::validate(encoded))));

        Endpoint bad = e;
        bad.url = QUrl(QStringLiteral("mailto:x@example.com"));
        bad.headers = {Header {"X Bad", "v"}, Header {"X-Good", "a\r\nb"}};
        bad.scheme = SigningScheme::GitHub;
        bad.subscriptions = {QStringLiteral("Issues")};
        bad.concurrency = 0;
        const ValidationErrors errors = Validation::validate(bad);
        QStringList fields;
        for (const auto &error : errors)
            fields << error.field;
        QVERIFY(fields.contains(QStringLiteral("url")));
        QCOMPARE(fields.count(QStringLiteral("headers")), 2);
        QVERIFY(fields.contains(QStringLiteral("secrets")));
        QVERIFY(fields.contains(QStringLiteral("events")));
        QVERIFY(fields.contains(QStringLiteral("concurrency")));

        Endpoint badSecret = e;
        badSecret.scheme = SigningScheme::StandardWebhooks;
        badSecret.secrets = {QStringLiteral("whsec_***not base64***")};
        QCOMPARE(Validation::validate(badSecret).size(), 1);
    }

    void signaturePrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("error"); // a part of the message, or empty when the prefix is fine
        QTest::newRow("none") << QString() << QString();
        QTest::newRow("sha256=") << QStringLiteral("sha256=") << QString();
        QTest::newRow("v1=") << QStringLiteral("v1=") << QString();
        QTest::newRow("space") << QStringLiteral("HMAC ") << QStringLiteral("a space at position 5");
        QTest::newRow("line break") << QStringLiteral("a\r\nX-Injected: 1") << QStringLiteral("U+000d at position 2");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("U+0009 at position 1");
        QTest::newRow("non-ASCII") << QStringLiteral("sig\u00e9=") << QStringLiteral("é at position 4");
    }

    void signaturePrefix()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, error);
        const QString message = Validation::checkSignaturePrefix(prefix);
        if (error.isEmpty()) {
            QVERIFY2(message.isEmpty(), qPrintable(message));
            return;
        }
        QVERIFY2(message.contains(error), qPrintable(message));

        // Where a prefix is stored: an endpoint signing with custom HMAC, a receiver verifying with it.
        Endpoint e;
        e.name = QStringLiteral("custom");
        e.url = QUrl(QStringLiteral("http://127.0.0.1:9000/hook"));
        e.scheme = SigningScheme::CustomHmac;
        e.secrets = {QStringLiteral("s3cret")};
        e.customHmac.prefix = prefix;
        const ValidationErrors endpointErrors = Validation::validate(e);
        QCOMPARE(endpointErrors.size(), 1);
        QCOMPARE(endpointErrors.first().field, QStringLiteral("signature prefix"));
        Receiver r;
        r.name = QStringLiteral("r");
        r.secrets = {VerificationSecret {SigningScheme::CustomHmac, QStringLiteral("s3cret"), e.customHmac}};
        const ValidationErrors receiverErrors = Validation::validate(r);
        QCOMPARE(receiverErrors.size(), 1);
        QCOMPARE(receiverErrors.first().field, QStringLiteral("secrets"));
    }

    // One check for both sides: a Standard Webhooks secret that does not decode would give an empty HMAC key, one
    // that anybody can sign with. Short keys are allowed (a published vector decodes to 18 bytes).
    void standardWebhooksSecrets_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("published vector") << QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") << true;
        QTest::newRow("18 bytes") << QStringLiteral("whsec_plJ3nmyCDGBKInavdOK15jsl") << true;
        QTest::newRow("without prefix") << QStringLiteral("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") << true;
        QTest::newRow("plain text") << QStringLiteral("my-plain-secret") << false;
        QTest::newRow("prefix only") << QStringLiteral("whsec_") << false;
        QTest::newRow("not base64") << QStringLiteral("whsec_!!!") << false;
    }
    void standardWebhooksSecrets()
    {
        QFETCH(QString, secret);
        QFETCH(bool, accepted);
        QCOMPARE(Validation::checkStandardWebhooksSecret(secret).isEmpty(), accepted);

        Endpoint e;
        e.name = QStringLiteral("standard");
        e.url = QUrl(QStringLiteral("http://127.0.0.1:9000/hook"));
        e.scheme = SigningScheme::StandardWebhooks;
        e.secrets = {secret};
        Receiver r;
        r.name = QStringLiteral("r");
        r.secrets = {VerificationSecret {SigningScheme::StandardWebhooks, secret, {}}};
        for (const ValidationErrors &errors : {Validation::validate(e), Validation::validate(r)}) {
            if (accepted) {
                QVERIFY2(errors.isEmpty(), qPrintable(Validation::describe(errors)));
            } else {
                QCOMPARE(errors.size(), 1);
                QCOMPARE(errors.first().field, QStringLiteral("secrets"));
                QCOMPARE(errors.first().message, Validation::checkStandardWebhooksSecret(secret));
            }
        }
        // The same text is a fine secret for the schemes that use it as it is.
        r.secrets = {VerificationSecret {SigningScheme::GitHub, secret, {}}};
        QVERIFY(Validation::validate(r).isEmpty());
    }

    void receiverCustomHmacHeaders()
    {
        Receiver r;
        r.name = QStringLiteral("r");
        CustomHmacOptions o;
        r.secrets = {VerificationSecret {SigningScheme::CustomHmac, QStringLiteral("s3cret"), o}};
        QVERIFY(Validation::validate(r).isEmpty());
        r.secrets.first().customHmac.headerName = QStringLiteral("X Signature");
        QCOMPARE(Validation::validate(r).size(), 1);
        r.secrets.first().customHmac.headerName = QStringLiteral("X-Signature");
        r.secrets.first().customHmac.signTimestamp = true;
        r.secrets.first().customHmac.timestampHeader = QString();
        QCOMPARE(Validation::validate(r).size(), 1);
        QVERIFY(Validation::validate(r).first().message.contains(QStringLiteral("empty")));
    }

    void receiverNeedsTokenBeyondLoopback()
    {
        Receiver r;
        r.name = QStringLiteral("r");
        QVERIFY(Validation::validate(r).isEmpty());
        r.bindAddress = QStringLiteral("0.0.0.0");
        QCOMPARE(Validation::validate(r).size(), 1);
        QCOMPARE(Validation::validate(r).first().field, QStringLiteral("access token"));
        r.accessToken = QStringLiteral("0123456789abcdef0123");
        QVERIFY(Validation::validate(r).isEmpty());
        r.bindAddress = QStringLiteral("not-an-ip");
        QVERIFY(!Validation::validate(r).isEmpty());
    }

    void durations()
    {
        QCOMPARE(parseDurationMs(QStringLiteral("500ms")), std::optional<qint64>(500));
        QCOMPARE(parseDurationMs(QStringLiteral("5s")), std::optional<qint64>(5000));
        QCOMPARE(parseDurationMs(QStringLiteral("1h30m")), std::optional<qint64>(5'400'000));
        QCOMPARE(parseDurationMs(QStringLiteral("2")), std::optional<qint64>(2000));
        QString error;
        QVERIFY(!parseDurationMs(QStringLiteral("5x"), &error));
        QVERIFY(error.contains(QStringLiteral("“x”")));
        QVERIFY(!parseDurationMs(QStringLiteral("1.5s"), &error));
        QCOMPARE(error,
                 QStringLiteral("“1.5s” has a fraction: durations are whole numbers, e.g. 1500ms rather than 1.5s"));
        const auto list = parseDurationList(QStringLiteral("0s,5s,1m"), &error);
        QVERIFY(list);
        QCOMPARE(*list, (QList<qint64> {0, 5000, 60000}));
        QVERIFY(!parseDurationList(QStringLiteral("0s,oops"), &error));
        QVERIFY(error.contains(QStringLiteral("entry 2")));
        QCOMPARE(formatDurationMs(5'400'000), QStringLiteral("1h30m"));
        QCOMPARE(RetryPolicy().attemptLimit(), 8);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
