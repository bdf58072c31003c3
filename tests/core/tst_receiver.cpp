#include "receiver/httpreceiver.h"
#include "signing/signer.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Hookbench;
using namespace Hookbench::Receiving;

namespace {

struct RecordingSink final : CaptureSink
{
    QList<CapturedRequest> captured;
    QList<std::pair<qint64, int>> forwards;
    void capture(const CapturedRequest &r) override { captured.append(r); }
    void forwarded(qint64 id, const QString &, int status, const QString &, const QByteArray &) override
    {
        forwards.append({id, status});
    }
};

// A raw TCP client, so malformed requests and pipelining can be sent exactly.
struct RawClient
{
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;
    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, port);
        socket.waitForConnected(5000);
    }
    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }
    int responses() const { return int(received.count("HTTP/1.1 ")); }
};

Receiver config()
{
    Receiver r;
    r.name = QStringLiteral("test");
    return r;
}

} // namespace

class TestReceiver : public QObject
{
    Q_OBJECT

private slots:
    void answersAndCapturesByDefault()
    {
        RecordingSink sink;
        HttpReceiver receiver(config(), &sink);
        QVERIFY(receiver.start(nullptr));
        QVERIFY(receiver.baseUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
        RawClient c(receiver.port());
        c.send(QByteArray("POST /hooks/a?x=1 HTTP/1.1\r\nHost: h\r\nX-Mixed-Case: V\r\nContent-Length: 4\r\n\r\n")
               + QByteArray("\x00\x01\x02\x03", 4));
        QTRY_COMPARE(c.responses(), 1);
        QVERIFY(c.received.contains("200 OK"));
        QVERIFY(c.received.endsWith("{\"ok\":true}"));
        QCOMPARE(sink.captured.size(), 1);
        const CapturedRequest &r = sink.captured.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.target, QByteArray("/hooks/a?x=1"));
        QCOMPARE(r.headers.at(1), (Header {"X-Mixed-Case", "V"}));
        QCOMPARE(r.body, QByteArray("\x00\x01\x02\x03", 4));
        QCOMPARE(r.responseStatus, 200);
        QVERIFY(r.remoteAddress.startsWith(QStringLiteral("127.0.0.1:")));
    }

    void pipelinedRequestsAnsweredInOrder()
    {
        RecordingSink sink;
        Receiver cfg = config();
        ResponseRule slow;
        slow.pathPattern = QStringLiteral("/slow");
        slow.delayMs = 100;
        slow.body = "first";
        ResponseRule rest;
        rest.body = "second";
        cfg.rules = {slow, rest};
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        RawClient c(receiver.port());
        c.send("POST /slow HTTP/1.1\r\nContent-Length: 0\r\n\r\nPOST /fast HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        QTRY_COMPARE(c.responses(), 2);
        QVERIFY(c.received.indexOf("first") < c.received.indexOf("second"));
        QCOMPARE(sink.captured.size(), 2);
    }

    void malformedGets400AndClose()
    {
        RecordingSink sink;
        HttpReceiver receiver(config(), &sink);
        QVERIFY(receiver.start(nullptr));
        RawClient c(receiver.port());
        c.send("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\nabc");
        QTRY_VERIFY(c.closed);
        QVERIFY(c.received.startsWith("HTTP/1.1 400 "));
        QVERIFY(c.received.contains("Connection: close"));
        QVERIFY(sink.captured.isEmpty());
    }

    void limits()
    {
        RecordingSink sink;
        Receiver cfg = config();
        cfg.maxBodyBytes = 100;
        HttpReceiver receiver(cfg, &sink);
        ReceiverLimits l = receiver.limits();
        l.headerTimeoutMs = 200;
        l.idleTimeoutMs = 300;
        receiver.setLimits(l);
        QVERIFY(receiver.start(nullptr));
        {
            RawClient big(receiver.port());
            big.send("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n");
            QTRY_VERIFY(big.closed);
            QVERIFY(big.received.startsWith("HTTP/1.1 413 "));
        }
        {
            RawClient slowloris(receiver.port());
            slowloris.send("POST / HTTP/1.1\r\nX-Slow: ");
            QTRY_VERIFY_WITH_TIMEOUT(slowloris.closed, 3000);
            QVERIFY(slowloris.received.startsWith("HTTP/1.1 408 "));
        }
        {
            RawClient idle(receiver.port());
            idle.send("GET / HTTP/1.1\r\n\r\n");
            QTRY_COMPARE(idle.responses(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(idle.closed, 3000);
        }
        {
            // Headers that never end get 431 long before memory runs out.
            RawClient huge(receiver.port());
            huge.send("GET / HTTP/1.1\r\nX: " + QByteArray(70 * 1024, 'a'));
            QTRY_VERIFY(huge.closed);
            QVERIFY(huge.received.startsWith("HTTP/1.1 431 "));
        }
        QVERIFY(sink.captured.size() == 1);
        QTRY_COMPARE(receiver.openConnections(), 0);
    }

    void connectionCap()
    {
        HttpReceiver receiver(config());
        ReceiverLimits l = receiver.limits();
        l.maxConnections = 2;
        receiver.setLimits(l);
        QVERIFY(receiver.start(nullptr));
        RawClient a(receiver.port()), b(receiver.port());
        QTRY_COMPARE(receiver.openConnections(), 2);
        RawClient c(receiver.port());
        QTRY_VERIFY(c.closed);
        QVERIFY(c.received.startsWith("HTTP/1.1 503 "));
    }

    void behaviours()
    {
        RecordingSink sink;
        Receiver cfg = config();
        ResponseRule flaky;
        flaky.pathPattern = QStringLiteral("/flaky");
        flaky.behaviour = ResponseRule::Behaviour::FailFirst;
        flaky.failFirst = 2;
        flaky.failStatus = 503;
        ResponseRule limited;
        limited.pathPattern = QStringLiteral("/limited/**");
        limited.behaviour = ResponseRule::Behaviour::RateLimit;
        limited.retryAfterSeconds = 7;
        ResponseRule hang;
        hang.pathPattern = QStringLiteral("/hang");
        hang.behaviour = ResponseRule::Behaviour::Timeout;
        ResponseRule cut;
        cut.pathPattern = QStringLiteral("/cut");
        cut.behaviour = ResponseRule::Behaviour::CloseMidResponse;
        cut.body = QByteArray(2000, 'x');
        ResponseRule echo;
        echo.method = "PUT";
        echo.pathPattern = QStringLiteral("/echo/*");
        echo.status = 202;
        echo.body = R"({"seen":"{{json.user.name}}","agent":"{{header.User-Agent}}"})";
        cfg.rules = {flaky, limited, hang, cut, echo};
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));

        RawClient c(receiver.port());
        for (int i = 0; i < 3; ++i)
            c.send("POST /flaky HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        QTRY_COMPARE(c.responses(), 3);
        QCOMPARE(c.received.count("HTTP/1.1 503 "), 2);
        QCOMPARE(c.received.count("HTTP/1.1 200 "), 1);

        RawClient r(receiver.port());
        r.send("POST /limited/a/b HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        QTRY_COMPARE(r.responses(), 1);
        QVERIFY(r.received.startsWith("HTTP/1.1 429 "));
        QVERIFY(r.received.contains("Retry-After: 7"));

        RawClient e(receiver.port());
        e.send(
            "PUT /echo/1 HTTP/1.1\r\nUser-Agent: tester\r\nContent-Length: 24\r\n\r\n{\"user\":{\"name\":\"ada\"}}\n");
        QTRY_COMPARE(e.responses(), 1);
        QVERIFY(e.received.startsWith("HTTP/1.1 202 "));
        QVERIFY(e.received.endsWith(R"({"seen":"ada","agent":"tester"})"));

        RawClient m(receiver.port());
        m.send("POST /cut HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        QTRY_VERIFY(m.closed);
        QVERIFY(m.received.startsWith("HTTP/1.1 200 "));
        QVERIFY(m.received.size() < 2000);

        RawClient h(receiver.port());
        h.send("POST /hang HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        QTRY_COMPARE(sink.captured.last().target, QByteArray("/hang"));
        QCOMPARE(h.responses(), 0);
        QVERIFY(!h.closed);
    }

    void accessTokenRequiredBeyondLoopback()
    {
        RecordingSink sink;
        Receiver cfg = config();
        cfg.accessToken = QStringLiteral("0123456789abcdefXYZ");
        HttpReceiver receiver(cfg, &sink);
        receiver.setRequireToken(true);
        QVERIFY(receiver.start(nullptr));
        QVERIFY(receiver.baseUrl().endsWith(QStringLiteral("/t/0123456789abcdefXYZ/")));
        RawClient none(receiver.port());
        none.send("POST /hook HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        QTRY_COMPARE(none.responses(), 1);
        QVERIFY(none.received.startsWith("HTTP/1.1 401 "));
        QVERIFY(sink.captured.isEmpty());
        RawClient path(receiver.port());
        path.send("POST /t/0123456789abcdefXYZ/hook?a=1 HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
        QTRY_COMPARE(path.responses(), 1);
        QVERIFY(path.received.startsWith("HTTP/1.1 200 "));
        QCOMPARE(sink.captured.last().target, QByteArray("/hook?a=1"));
        RawClient header(receiver.port());
        header.send("POST /x HTTP/1.1\r\nX-Hookbench-Token: 0123456789abcdefXYZ\r\nContent-Length: 0\r\n\r\n");
        QTRY_COMPARE(header.responses(), 1);
        QVERIFY(header.received.startsWith("HTTP/1.1 200 "));
    }

    void handshakes()
    {
        HttpReceiver receiver(config());
        QVERIFY(receiver.start(nullptr));
        RawClient websub(receiver.port());
        websub.send(
            "GET /cb?hub.mode=subscribe&hub.topic=t&hub.challenge=abc%20123&hub.lease_seconds=60 HTTP/1.1\r\n\r\n");
        QTRY_COMPARE(websub.responses(), 1);
        QVERIFY(websub.received.endsWith("\r\n\r\nabc 123"));
        RawClient ce(receiver.port());
        ce.send("OPTIONS /hook HTTP/1.1\r\nWebHook-Request-Origin: eventemitter.example.com\r\nWebHook-Request-Rate: "
                "120\r\n\r\n");
        QTRY_COMPARE(ce.responses(), 1);
        QVERIFY(ce.received.contains("WebHook-Allowed-Origin: eventemitter.example.com"));
        QVERIFY(ce.received.contains("WebHook-Allowed-Rate: 120"));
        RawClient slack(receiver.port());
        const QByteArray body = R"({"token":"x","challenge":"3eZbrw1aB","type":"url_verification"})";
        slack.send("POST /slack HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                   + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_COMPARE(slack.responses(), 1);
        QVERIFY(slack.received.endsWith("\r\n\r\n3eZbrw1aB"));
    }

    void verifiesEverySchemeAsTheEngineSigns_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("secret");
        QTest::newRow("standard") << int(SigningScheme::StandardWebhooks)
                                  << QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        QTest::newRow("github") << int(SigningScheme::GitHub) << QStringLiteral("gh-secret");
        QTest::newRow("stripe") << int(SigningScheme::Stripe) << QStringLiteral("whsec_stripe");
        QTest::newRow("hmac") << int(SigningScheme::CustomHmac) << QStringLiteral("k");
    }
    void verifiesEverySchemeAsTheEngineSigns()
    {
        QFETCH(int, scheme);
        QFETCH(QString, secret);
        RecordingSink sink;
        Receiver cfg = config();
        cfg.secrets = {VerificationSecret {SigningScheme(scheme), secret, {}}};
        cfg.rejectInvalid = true;
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        const QByteArray body = R"({"event":"x"})";
        auto request = [&](const QByteArray &sentBody, const QString &signingSecret, qint64 timestamp) {
            Signing::SigningContext ctx;
            ctx.scheme = SigningScheme(scheme);
            ctx.secrets = {signingSecret};
            ctx.deliveryId = QStringLiteral("msg_1");
            ctx.eventType = QStringLiteral("x.y");
            ctx.timestamp = timestamp;
            QByteArray raw = "POST /h HTTP/1.1\r\n";
            for (const Header &h : Signing::signatureHeaders(ctx, body))
                raw += h.name + ": " + h.value + "\r\n";
            raw += "Content-Length: " + QByteArray::number(sentBody.size()) + "\r\n\r\n" + sentBody;
            RawClient c(receiver.port());
            c.send(raw);
            if (!QTest::qWaitFor([&] { return c.responses() == 1; }, 5000))
                return -1;
            return c.received.mid(9, 3).toInt();
        };
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(request(body, secret, now), 200);
        QCOMPARE(sink.captured.last().verdicts.first().result, Verdict::Result::Valid);
        QCOMPARE(request(R"({"event":"y"})", secret, now), 401);
        QCOMPARE(sink.captured.last().verdicts.first().result, Verdict::Result::InvalidSignature);
        QCOMPARE(request(body, QStringLiteral("whsec_plJ3nmyCDGBKInavdOK15jsl"), now), 401);
        if (SigningScheme(scheme) != SigningScheme::GitHub && SigningScheme(scheme) != SigningScheme::CustomHmac) {
            QCOMPARE(request(body, secret, now - 3600), 401);
            QCOMPARE(sink.captured.last().verdicts.first().result, Verdict::Result::TimestampOutOfTolerance);
        }
    }

    void forwardsAndRecordsTheAnswer()
    {
        RecordingSink targetSink;
        Receiver targetCfg = config();
        ResponseRule created;
        created.status = 201;
        targetCfg.rules = {created};
        HttpReceiver target(targetCfg, &targetSink);
        QVERIFY(target.start(nullptr));
        RecordingSink sink;
        Receiver cfg = config();
        cfg.forwardTo = QUrl(target.baseUrl() + QStringLiteral("app/webhooks"));
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        RawClient c(receiver.port());
        c.send("POST /in HTTP/1.1\r\nX-Signature: s\r\nContent-Length: 2\r\n\r\nhi");
        QTRY_COMPARE(sink.forwards.size(), 1);
        QCOMPARE(sink.forwards.first().second, 201);
        QCOMPARE(targetSink.captured.size(), 1);
        QCOMPARE(targetSink.captured.first().body, QByteArray("hi"));
        QCOMPARE(targetSink.captured.first().target, QByteArray("/app/webhooks"));
        QCOMPARE(headerValue(targetSink.captured.first().headers, "X-Signature"), QByteArray("s"));
    }
};

QTEST_GUILESS_MAIN(TestReceiver)
#include "tst_receiver.moc"
