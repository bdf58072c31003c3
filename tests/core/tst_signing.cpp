#include "signing/explain.h"
#include "signing/sha256.h"
#include "signing/signer.h"
#include "signing/verifier.h"

#include <QMessageAuthenticationCode>
#include <QTest>

#include <limits>

using namespace Hookbench;
using namespace Hookbench::Signing;

namespace {

SigningContext context(SigningScheme scheme, QStringList secrets, QString id = QStringLiteral("msg_1"),
                       qint64 ts = 1700000000)
{
    SigningContext c;
    c.scheme = scheme;
    c.secrets = std::move(secrets);
    c.deliveryId = std::move(id);
    c.eventType = QStringLiteral("issues.opened");
    c.hookId = 42;
    c.timestamp = ts;
    return c;
}

} // namespace

class TestSigning : public QObject
{
    Q_OBJECT

private slots:
    // RFC 4231 test cases 1, 2 and 6 (a key longer than the block), then every message length across the block
    // and padding boundaries and a range of key lengths against Qt's implementation, for both of ours.
    void hmacSha256MatchesRfc4231AndQt()
    {
        const QList<std::pair<QByteArray, QByteArray>> rfc
            = {{QByteArray(20, '\x0b'), "Hi There"},
               {"Jefe", "what do ya want for nothing?"},
               {QByteArray(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First"}};
        const QList<QByteArray> expected = {"b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
                                            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                                            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"};
        for (qsizetype i = 0; i < rfc.size(); ++i) {
            QCOMPARE(Sha256::hmacPortable(rfc[i].first, rfc[i].second).toHex(), expected[i]);
            QCOMPARE(Sha256::hmac(rfc[i].first, rfc[i].second).toHex(), expected[i]);
            QCOMPARE(hmac(HmacAlgorithm::Sha256, rfc[i].first, rfc[i].second).toHex(), expected[i]);
        }
        if (!Sha256::accelerationAvailable())
            qInfo("This CPU has no SHA extensions: only the portable implementation is checked.");
        QByteArray message;
        for (int i = 0; i < 4200; ++i)
            message.append(char((i * 131 + 7) & 0xff));
        QList<qsizetype> lengths;
        for (qsizetype n = 0; n <= 300; ++n)
            lengths << n;
        lengths << 1023 << 1024 << 1025 << 4096 << 4200;
        for (const int keyLength : {0, 1, 31, 32, 63, 64, 65, 200}) {
            const QByteArray key = message.right(keyLength);
            for (const qsizetype n : std::as_const(lengths)) {
                const QByteArrayView part(message.constData(), n);
                const QByteArray qt
                    = QMessageAuthenticationCode::hash(part.toByteArray(), key, QCryptographicHash::Sha256);
                QCOMPARE(Sha256::hmacPortable(key, part), qt);
                if (Sha256::accelerationAvailable())
                    QCOMPARE(Sha256::hmacAccelerated(key, part), qt);
            }
        }
    }

    // Published examples from the Standard Webhooks reference library tests and Svix's documentation.
    void standardWebhooksPublishedVectors_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("timestamp");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("reference library")
            << QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
            << QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek") << qint64(1614265330)
            << QByteArray(R"({"test": 2432232314})") << QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        QTest::newRow("svix docs") << QStringLiteral("whsec_plJ3nmyCDGBKInavdOK15jsl")
                                   << QStringLiteral("msg_loFOjxBNrRLzqYUf") << qint64(1731705121)
                                   << QByteArray(R"({"event_type":"ping","data":{"success":true}})")
                                   << QByteArray("v1,rAvfW3dJ/X/qxhsaXPOyyCGmRKsaKWcsNccKXlIktD0=");
    }
    void standardWebhooksPublishedVectors()
    {
        QFETCH(QString, secret);
        QFETCH(QString, id);
        QFETCH(qint64, timestamp);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);
        const HeaderList h = signatureHeaders(context(SigningScheme::StandardWebhooks, {secret}, id, timestamp), body);
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.at(0), (Header {"webhook-id", id.toUtf8()}));
        QCOMPARE(h.at(1), (Header {"webhook-timestamp", QByteArray::number(timestamp)}));
        QCOMPARE(h.at(2), (Header {"webhook-signature", signature}));
        const Verdict v = verify({SigningScheme::StandardWebhooks, secret, {}}, h, body, timestamp + 10);
        QCOMPARE(v.result, Verdict::Result::Valid);
    }

    void gitHubPublishedVectors()
    {
        // GitHub's "Validating webhook deliveries" example.
        HeaderList h = signatureHeaders(context(SigningScheme::GitHub, {QStringLiteral("It's a Secret to Everybody")}),
                                        "Hello, World!");
        QCOMPARE(headerValue(h, "X-Hub-Signature-256"),
                 QByteArray("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"));
        QCOMPARE(headerValue(h, "X-GitHub-Event"), QByteArray("issues"));
        QCOMPARE(headerValue(h, "X-GitHub-Delivery"), QByteArray("msg_1"));
        QCOMPARE(headerValue(h, "X-GitHub-Hook-ID"), QByteArray("42"));
        QVERIFY(!hasHeader(h, "X-Hub-Signature"));
        // octokit/webhooks-methods test vector.
        h = signatureHeaders(context(SigningScheme::GitHub, {QStringLiteral("mysecret")}), R"({"foo":"bar"})");
        QCOMPARE(headerValue(h, "X-Hub-Signature-256"),
                 QByteArray("sha256=4864d2759938a15468b5df9ade20bf161da9b4f737ea61794142f3484236bda3"));
        SigningContext legacy = context(SigningScheme::GitHub, {QStringLiteral("mysecret")});
        legacy.legacyGitHubSha1 = true;
        h = signatureHeaders(legacy, R"({"foo":"bar"})");
        QVERIFY(headerValue(h, "X-Hub-Signature").startsWith("sha1="));
        QCOMPARE(headerValue(h, "X-Hub-Signature").size(), 5 + 40);
    }

    void stripeMatchesDocumentedFormula()
    {
        const QString secret = QStringLiteral("whsec_test_secret");
        const QByteArray body = R"({"id":"evt_1","object":"event"})";
        const HeaderList h = signatureHeaders(context(SigningScheme::Stripe, {secret}), body);
        // Independently: v1 = hex(HMAC-SHA256(secret incl. whsec_, "<t>.<body>")).
        const QByteArray expected
            = QMessageAuthenticationCode::hash("1700000000." + body, secret.toUtf8(), QCryptographicHash::Sha256)
                  .toHex();
        QCOMPARE(headerValue(h, "Stripe-Signature"), QByteArray("t=1700000000,v1=" + expected));
        QCOMPARE(verify({SigningScheme::Stripe, secret, {}}, h, body, 1700000100).result, Verdict::Result::Valid);
        // Stripe only rejects old timestamps.
        QCOMPARE(verify({SigningScheme::Stripe, secret, {}}, h, body, 1700000000 + 301).result,
                 Verdict::Result::TimestampOutOfTolerance);
        QCOMPARE(verify({SigningScheme::Stripe, secret, {}}, h, body, 1700000000 - 3600).result,
                 Verdict::Result::Valid);
    }

    void rotationSignsWithEverySecret()
    {
        const QStringList secrets {QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                                   QStringLiteral("whsec_plJ3nmyCDGBKInavdOK15jsl")};
        const HeaderList h = signatureHeaders(context(SigningScheme::StandardWebhooks, secrets), "{}");
        QCOMPARE(headerValue(h, "webhook-signature").split(' ').size(), 2);
        for (const QString &s : secrets)
            QCOMPARE(verify({SigningScheme::StandardWebhooks, s, {}}, h, "{}", 1700000000).result,
                     Verdict::Result::Valid);
        const HeaderList stripe
            = signatureHeaders(context(SigningScheme::Stripe, {QStringLiteral("a"), QStringLiteral("b")}), "{}");
        QCOMPARE(headerValue(stripe, "Stripe-Signature").count(",v1="), 2);
        QCOMPARE(verify({SigningScheme::Stripe, QStringLiteral("b"), {}}, stripe, "{}", 1700000000).result,
                 Verdict::Result::Valid);
    }

    void roundTripEveryCustomVariant_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("timestamped");
        QTest::addColumn<QString>("prefix");
        for (int a = 0; a < 3; ++a)
            for (int e = 0; e < 2; ++e)
                for (bool t : {false, true})
                    QTest::addRow("alg%d enc%d ts%d", a, e, int(t))
                        << a << e << t << (t ? QStringLiteral("sig=") : QString());
    }
    void roundTripEveryCustomVariant()
    {
        QFETCH(int, algorithm);
        QFETCH(int, encoding);
        QFETCH(bool, timestamped);
        QFETCH(QString, prefix);
        CustomHmacOptions o;
        o.algorithm = HmacAlgorithm(algorithm);
        o.encoding = SignatureEncoding(encoding);
        o.signTimestamp = timestamped;
        o.prefix = prefix;
        o.headerName = QStringLiteral("X-My-Signature");
        SigningContext c = context(SigningScheme::CustomHmac, {QStringLiteral("k1")});
        c.customHmac = o;
        const QByteArray body = "payload bytes \x01\x02";
        const HeaderList h = signatureHeaders(c, body);
        QCOMPARE(hasHeader(h, "X-Timestamp"), timestamped);
        QVERIFY(headerValue(h, "X-My-Signature").startsWith(prefix.toUtf8()));
        const VerificationSecret s {SigningScheme::CustomHmac, QStringLiteral("k1"), o};
        QCOMPARE(verify(s, h, body, 1700000000).result, Verdict::Result::Valid);
        QCOMPARE(verify(s, h, body + "x", 1700000000).result, Verdict::Result::InvalidSignature);
        const VerificationSecret wrong {SigningScheme::CustomHmac, QStringLiteral("k2"), o};
        QCOMPARE(verify(wrong, h, body, 1700000000).result, Verdict::Result::InvalidSignature);
        if (timestamped)
            QCOMPARE(verify(s, h, body, 1700000000 + 301).result, Verdict::Result::TimestampOutOfTolerance);
    }

    void rejections()
    {
        const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        const HeaderList h = signatureHeaders(context(SigningScheme::StandardWebhooks, {secret}), "{\"a\":1}");
        const VerificationSecret s {SigningScheme::StandardWebhooks, secret, {}};
        QCOMPARE(verify(s, h, "{\"a\":2}", 1700000000).result, Verdict::Result::InvalidSignature);
        QCOMPARE(verify({SigningScheme::StandardWebhooks, QStringLiteral("whsec_plJ3nmyCDGBKInavdOK15jsl"), {}}, h,
                        "{\"a\":1}", 1700000000)
                     .result,
                 Verdict::Result::InvalidSignature);
        QCOMPARE(verify(s, h, "{\"a\":1}", 1700000000 + 301).result, Verdict::Result::TimestampOutOfTolerance);
        QCOMPARE(verify(s, h, "{\"a\":1}", 1700000000 - 301).result, Verdict::Result::TimestampOutOfTolerance);
        HeaderList partial = h;
        removeHeader(partial, "webhook-timestamp");
        const Verdict v = verify(s, partial, "{\"a\":1}", 1700000000);
        QCOMPARE(v.result, Verdict::Result::MissingHeaders);
        QVERIFY(v.detail.contains(QStringLiteral("webhook-timestamp")));
        QCOMPARE(verify({SigningScheme::GitHub, QStringLiteral("x"), {}}, {}, "", 0).result,
                 Verdict::Result::MissingHeaders);
        QCOMPARE(verify({SigningScheme::Stripe, QStringLiteral("x"), {}}, {}, "", 0).result,
                 Verdict::Result::MissingHeaders);
        // Upper-case hex is not what GitHub sends; the official verifier compares exactly.
        HeaderList gh
            = signatureHeaders(context(SigningScheme::GitHub, {QStringLiteral("mysecret")}), R"({"foo":"bar"})");
        setHeader(gh, "X-Hub-Signature-256", headerValue(gh, "X-Hub-Signature-256").toUpper());
        QCOMPARE(verify({SigningScheme::GitHub, QStringLiteral("mysecret"), {}}, gh, R"({"foo":"bar"})", 0).result,
                 Verdict::Result::InvalidSignature);
        // Unknown versions are ignored, a later v1 still counts.
        HeaderList mixed = h;
        setHeader(mixed, "webhook-signature", "v1a,AAAA " + headerValue(h, "webhook-signature"));
        QCOMPARE(verify(s, mixed, "{\"a\":1}", 1700000000).result, Verdict::Result::Valid);
    }

    // A secret that does not decode (validation refuses it, this is the second line of defence) verifies nothing:
    // its key would be empty, and a signature made with an empty key is one anybody can make.
    void undecodableStandardSecretVerifiesNothing_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("plain text") << QStringLiteral("my-plain-secret");
        QTest::newRow("prefix only") << QStringLiteral("whsec_");
        QTest::newRow("not base64") << QStringLiteral("whsec_!!!");
    }
    void undecodableStandardSecretVerifiesNothing()
    {
        QFETCH(QString, secret);
        const QByteArray body = R"({"amount":1000000})";
        const QByteArray forged
            = "v1," + hmac(HmacAlgorithm::Sha256, QByteArray(), QByteArray("msg_x.1700000000." + body)).toBase64();
        const HeaderList h
            = {{"webhook-id", "msg_x"}, {"webhook-timestamp", "1700000000"}, {"webhook-signature", forged}};
        QCOMPARE(verify({SigningScheme::StandardWebhooks, secret, {}}, h, body, 1700000000).result,
                 Verdict::Result::InvalidSignature);
    }

    // A sender picks the timestamp: the largest and smallest numbers a header can hold are refused for their time,
    // computed without overflow (the sanitizer build aborts on a signed overflow), whatever the receiver's clock.
    void extremeTimestampsAreOutOfTolerance_data()
    {
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<qint64>("now");
        QTest::newRow("min, clock now") << QByteArray("-9223372036854775808") << qint64(1700000000);
        QTest::newRow("max, clock before 1970") << QByteArray("9223372036854775807") << qint64(-1);
        QTest::newRow("max, clock now") << QByteArray("9223372036854775807") << qint64(1700000000);
        QTest::newRow("min, clock at its end")
            << QByteArray("-9223372036854775808") << std::numeric_limits<qint64>::max();
    }

    void extremeTimestampsAreOutOfTolerance()
    {
        QFETCH(QByteArray, timestamp);
        QFETCH(qint64, now);
        const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        HeaderList h = signatureHeaders(context(SigningScheme::StandardWebhooks, {secret}), "{}");
        setHeader(h, "webhook-timestamp", timestamp);
        QCOMPARE(verify({SigningScheme::StandardWebhooks, secret, {}}, h, "{}", now).result,
                 Verdict::Result::TimestampOutOfTolerance);

        CustomHmacOptions o;
        o.signTimestamp = true;
        VerificationSecret custom {SigningScheme::CustomHmac, QStringLiteral("s3cret"), o};
        SigningContext c = context(SigningScheme::CustomHmac, {custom.secret});
        c.customHmac = o;
        HeaderList ch = signatureHeaders(c, "{}");
        setHeader(ch, "X-Timestamp", timestamp);
        QCOMPARE(verify(custom, ch, "{}", now).result, Verdict::Result::TimestampOutOfTolerance);

        // Stripe checks the signature first: one made over the extreme timestamp, then refused for its age when it
        // lies in the past, and accepted when it lies in the future (Stripe's own verifier only refuses old ones).
        const QString stripeSecret = QStringLiteral("whsec_stripe");
        const QByteArray signature
            = QMessageAuthenticationCode::hash(timestamp + ".{}", stripeSecret.toUtf8(), QCryptographicHash::Sha256)
                  .toHex();
        const HeaderList sh {{"Stripe-Signature", "t=" + timestamp + ",v1=" + signature}};
        const bool past = timestamp.startsWith('-');
        QCOMPARE(verify({SigningScheme::Stripe, stripeSecret, {}}, sh, "{}", now).result,
                 past ? Verdict::Result::TimestampOutOfTolerance : Verdict::Result::Valid);
    }

    void generatedSecrets()
    {
        const QString sw = generateSecret(SigningScheme::StandardWebhooks);
        QVERIFY(sw.startsWith(QLatin1String("whsec_")));
        QCOMPARE(standardWebhooksKey(sw).size(), 32);
        const QString stripe = generateSecret(SigningScheme::Stripe);
        QVERIFY(stripe.startsWith(QLatin1String("whsec_")));
        QCOMPARE(stripe.size(), 6 + 32);
        const QString gh = generateSecret(SigningScheme::GitHub);
        QCOMPARE(gh.size(), 40);
        QVERIFY(gh != generateSecret(SigningScheme::GitHub));
    }

    void constantTime()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(constantTimeEquals("", ""));
    }

    void explanation()
    {
        const HeaderList h = signatureHeaders(context(SigningScheme::StandardWebhooks,
                                                      {QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                                                       QStringLiteral("whsec_plJ3nmyCDGBKInavdOK15jsl")}),
                                              "{}");
        const QStringList lines = explainSignatureHeaders(h);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(2).contains(QStringLiteral("2 signature")));
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
