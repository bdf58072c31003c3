#include "receiver/handshakes.h"
#include "receiver/httpreceiver.h"
#include "receiver/rulematcher.h"
#include "signing/signer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <array>
#include <memory>
#include <sys/socket.h>

using namespace Hookbench;
using namespace Hookbench::Receiving;

namespace {

// A literal with embedded NULs, without its terminating NUL.
template<qsizetype N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

struct RecordingSink final : CaptureSink
{
    struct Forward
    {
        qint64 captureId = 0;
        QString to;
        int status = 0;
        QString error;
        QByteArray body;
    };
    QList<CapturedRequest> captured;
    QList<Forward> forwards;
    void capture(const CapturedRequest &r) override { captured.append(r); }
    void forwarded(qint64 id, const QString &to, int status, const QString &error, const QByteArray &body) override
    {
        forwards.append({id, to, status, error, body});
    }
};

struct Reply
{
    int status = 0;
    HeaderList headers;
    QByteArray body;
};

// Splits what a server sent into responses (status line, headers, Content-Length body). Stops at an incomplete
// one, so a test can wait for a count.
QList<Reply> parseReplies(const QByteArray &data, bool headRequests = false)
{
    QList<Reply> out;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype headEnd = data.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            break;
        const QList<QByteArray> lines = data.mid(pos, headEnd - pos).split('\n');
        Reply r;
        r.status = lines.first().mid(9, 3).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        const qsizetype length = headRequests ? 0 : headerValue(r.headers, "Content-Length").toLongLong();
        if (headEnd + 4 + length > data.size())
            break;
        r.body = data.mid(headEnd + 4, length);
        pos = headEnd + 4 + length;
        out.append(r);
    }
    return out;
}

// A raw TCP client, so malformed requests, pipelining and slow clients can be played exactly.
struct RawClient
{
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;
    explicit RawClient(quint16 port, const QHostAddress &host = QHostAddress(QHostAddress::LocalHost))
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
        socket.connectToHost(host, port);
        socket.waitForConnected(5000);
    }
    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }
    QList<Reply> replies() const { return parseReplies(received); }
    int count() const { return int(replies().size()); }
    int status() const { return replies().value(0).status; }
};

Receiver config()
{
    Receiver r;
    r.name = QStringLiteral("test");
    return r;
}

ResponseRule rule(const QString &path, int status = 200, const QByteArray &body = "{\"ok\":true}")
{
    ResponseRule r;
    r.pathPattern = path;
    r.status = status;
    r.body = body;
    return r;
}

QByteArray post(const QByteArray &target, const QByteArray &body = {}, const QByteArray &extraHeaders = {})
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QString tlsFile(const char *name)
{
    return qEnvironmentVariable("HOOKBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/http/tls/") + QLatin1String(name);
}

} // namespace

class TestReceiver : public QObject
{
    Q_OBJECT

private slots:
    void answersAndCapturesByDefault()
    {
        RecordingSink sink;
        Receiver cfg = config();
        cfg.id = 42;
        HttpReceiver receiver(cfg, &sink);
        QSignalSpy captured(&receiver, &HttpReceiver::requestCaptured);
        QString error;
        QVERIFY2(receiver.start(&error), qPrintable(error));
        QVERIFY(receiver.port() != 0);
        QCOMPARE(receiver.baseUrl(), QStringLiteral("http://127.0.0.1:%1/").arg(receiver.port()));
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        RawClient c(receiver.port());
        c.send(post("/hooks/a?x=1&y=%20", QByteArray("\x00\x01\xff\r\n", 5), "X-Mixed-Case: V\r\n"));
        QTRY_COMPARE(c.count(), 1);
        const Reply reply = c.replies().first();
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("{\"ok\":true}"));
        QCOMPARE(headerValue(reply.headers, "Content-Type"), QByteArray("application/json"));
        QVERIFY(hasHeader(reply.headers, "Date"));
        QVERIFY(!c.closed);

        QCOMPARE(sink.captured.size(), 1);
        QCOMPARE(captured.size(), 1);
        const CapturedRequest &r = sink.captured.first();
        QCOMPARE(captured.first().first().value<CapturedRequest>(), r);
        QVERIFY(r.id > 0);
        QCOMPARE(r.receiverId, 42);
        QVERIFY(r.receivedAt >= before && r.receivedAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.target, QByteArray("/hooks/a?x=1&y=%20"));
        QCOMPARE(r.httpVersion, QByteArray("HTTP/1.1"));
        const HeaderList expected = {{"Host", "127.0.0.1"}, {"X-Mixed-Case", "V"}, {"Content-Length", "5"}};
        QCOMPARE(r.headers, expected);
        QCOMPARE(r.body, QByteArray("\x00\x01\xff\r\n", 5));
        QCOMPARE(r.responseStatus, 200);
        QCOMPARE(r.remoteAddress, QStringLiteral("127.0.0.1:%1").arg(c.socket.localPort()));
        QVERIFY(r.verdicts.isEmpty());
    }

    void listensOnBothLoopbackAddresses()
    {
        RecordingSink sink;
        HttpReceiver receiver(config(), &sink);
        QVERIFY(receiver.start(nullptr));
        RawClient v6(receiver.port(), QHostAddress(QHostAddress::LocalHostIPv6));
        if (v6.socket.state() != QAbstractSocket::ConnectedState)
            QSKIP("no IPv6 loopback on this machine");
        v6.send(post("/six"));
        QTRY_COMPARE(v6.count(), 1);
        QCOMPARE(sink.captured.first().remoteAddress, QStringLiteral("[::1]:%1").arg(v6.socket.localPort()));
    }

    void busyPortIsReported()
    {
        HttpReceiver first(config());
        QVERIFY(first.start(nullptr));
        Receiver cfg = config();
        cfg.port = first.port();
        HttpReceiver second(cfg);
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY2(error.contains(QString::number(first.port())), qPrintable(error));
        QVERIFY(!second.isListening());

        Receiver bad = config();
        bad.bindAddress = QStringLiteral("not-an-address");
        HttpReceiver third(bad);
        QVERIFY(!third.start(&error));
        QVERIFY2(error.contains(QStringLiteral("not-an-address")), qPrintable(error));
    }

    void pipelinedRequestsAnsweredInOrder()
    {
        RecordingSink sink;
        Receiver cfg = config();
        ResponseRule slow = rule(QStringLiteral("/slow"), 200, "first");
        slow.delayMs = 150;
        cfg.rules = {slow, rule(QStringLiteral("/**"), 200, "{{header.X-N}}")};
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        RawClient c(receiver.port());
        QByteArray burst = post("/slow");
        for (int i = 0; i < 100; ++i)
            burst += post("/fast", "x", "X-N: " + QByteArray::number(i) + "\r\n");
        c.send(burst);
        QTRY_COMPARE(c.count(), 101);
        const QList<Reply> replies = c.replies();
        QCOMPARE(replies.first().body, QByteArray("first"));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(replies.at(i + 1).body, QByteArray::number(i));
        QCOMPARE(sink.captured.size(), 101);
    }

    // A burst of pipelined requests many times the size of a read is answered whole and in order, though reading
    // pauses while answers are owed and resumes from what is already buffered.
    void aLongPipelinedBurstIsAnsweredInOrder()
    {
        RecordingSink sink;
        Receiver cfg = config();
        cfg.rules = {rule(QStringLiteral("/**"), 200, "{{header.X-N}}")};
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        RawClient c(receiver.port());
        QByteArray burst;
        for (int i = 0; i < 300; ++i)
            burst += post("/in", QByteArray(1024, 'b'), "X-N: " + QByteArray::number(i) + "\r\n");
        QVERIFY(burst.size() > 4 * 64 * 1024);
        c.send(burst);
        QTRY_COMPARE_WITH_TIMEOUT(c.count(), 300, 20000);
        const QList<Reply> replies = c.replies();
        for (int i = 0; i < 300; ++i)
            QCOMPARE(replies.at(i).body, QByteArray::number(i));
        QCOMPARE(sink.captured.size(), 300);
        QCOMPARE(sink.captured.last().body, QByteArray(1024, 'b'));
    }

    // An answer larger than the kernel takes at once, to a client that is not reading yet, arrives whole, and the
    // answers pipelined behind it follow in order (the part the kernel did not take waits in the socket's buffer,
    // and later answers must queue behind it).
    void largeAnswersToASlowReaderArriveWholeAndInOrder()
    {
        RecordingSink sink;
        Receiver cfg = config();
        QByteArray big(16 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char('a' + i % 26);
        cfg.rules = {rule(QStringLiteral("/big"), 200, big), rule(QStringLiteral("/**"), 200, "{{header.X-N}}")};
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        QTcpSocket client;
        client.setReadBufferSize(4096); // takes no more until read: the answer backs up into the kernel and server
        client.connectToHost(QHostAddress::LocalHost, receiver.port());
        QVERIFY(client.waitForConnected(5000));
        client.write(post("/big") + post("/small", {}, "X-N: 1\r\n") + post("/big") + post("/small", {}, "X-N: 2\r\n"));
        QTRY_VERIFY(!sink.captured.isEmpty());
        QByteArray received;
        QObject::connect(&client, &QTcpSocket::readyRead, &client, [&] { received += client.readAll(); });
        received += client.readAll();
        QTRY_COMPARE_WITH_TIMEOUT(parseReplies(received).size(), 4, 30000);
        const QList<Reply> replies = parseReplies(received);
        QVERIFY(replies.at(0).body == big);
        QCOMPARE(replies.at(1).body, QByteArray("1"));
        QVERIFY(replies.at(2).body == big);
        QCOMPARE(replies.at(3).body, QByteArray("2"));
        QCOMPARE(sink.captured.size(), 4);
    }

    void aDelayDoesNotHoldOtherConnections()
    {
        Receiver cfg = config();
        ResponseRule slow = rule(QStringLiteral("/slow"), 200, "slow");
        slow.delayMs = 400;
        cfg.rules = {slow};
        HttpReceiver receiver(cfg);
        QVERIFY(receiver.start(nullptr));
        RawClient a(receiver.port()), b(receiver.port());
        a.send(post("/slow"));
        b.send(post("/other"));
        QTRY_COMPARE(b.count(), 1);
        QCOMPARE(a.count(), 0); // b was answered while a's answer was still waiting
        QTRY_COMPARE(a.count(), 1);
        QCOMPARE(a.replies().first().body, QByteArray("slow"));
    }

    void malformedGets400AndCloseAndIsNotCaptured_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::newRow("CL and TE") << QByteArray(
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\nabc")
                                   << 400;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd") << 400;
        QTest::newRow("bad request line") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("bad chunk size") << QByteArray(
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n")
                                        << 400;
        QTest::newRow("NUL in header") << bytes("POST / HTTP/1.1\r\nHost: a\r\nX: a\0b\r\n\r\n") << 400;
        QTest::newRow("bare CR") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n") << 400;
        QTest::newRow("too many headers")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n") + QByteArray("X: y\r\n").repeated(201) + "\r\n"
            << 431;
        QTest::newRow("head too large") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: ") + QByteArray(70 * 1024, 'a')
                                        << 431;
        QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\n\r\n")
                                        << 413;
        QTest::newRow("chunked body too large")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + QByteArray(64, 'a')
                          + "\r\n40\r\n")
            << 413;
    }
    void malformedGets400AndCloseAndIsNotCaptured()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        RecordingSink sink;
        Receiver cfg = config();
        cfg.maxBodyBytes = 100;
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        // A valid request first on the same connection: it is answered, then the malformed one closes.
        RawClient c(receiver.port());
        c.send(post("/ok") + raw);
        QTRY_VERIFY(c.closed);
        const QList<Reply> replies = c.replies();
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies.at(0).status, 200);
        QCOMPARE(replies.at(1).status, status);
        QCOMPARE(headerValue(replies.at(1).headers, "Connection"), QByteArray("close"));
        QCOMPARE(sink.captured.size(), 1);
        QCOMPARE(sink.captured.first().target, QByteArray("/ok"));
        QTRY_COMPARE(receiver.openConnections(), 0);
    }

    void timeouts()
    {
        RecordingSink sink;
        HttpReceiver receiver(config(), &sink);
        ReceiverLimits l = receiver.limits();
        l.headerTimeoutMs = 300;
        l.idleTimeoutMs = 600;
        receiver.setLimits(l);
        QVERIFY(receiver.start(nullptr));

        // Slowloris: the head trickles in, each byte resetting nothing.
        RawClient slowloris(receiver.port());
        slowloris.send("POST / HTTP/1.1\r\nHost: a\r\nX-Slow: ");
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, &trickle, [&] { slowloris.send("a"); });
        trickle.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(slowloris.closed, 3000);
        trickle.stop();
        QCOMPARE(slowloris.status(), 408);

        // A body that stops arriving.
        RawClient stalled(receiver.port());
        stalled.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc");
        QTRY_VERIFY_WITH_TIMEOUT(stalled.closed, 3000);
        QCOMPARE(stalled.status(), 408);

        // An idle keep-alive connection is closed without a word.
        RawClient idle(receiver.port());
        idle.send(post("/"));
        QTRY_COMPARE(idle.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(idle.closed, 3000);
        QCOMPARE(idle.count(), 1);

        // A connection that never sends anything is idle too.
        RawClient silent(receiver.port());
        QTRY_VERIFY_WITH_TIMEOUT(silent.closed, 3000);
        QVERIFY(silent.received.isEmpty());

        QCOMPARE(sink.captured.size(), 1);
        QTRY_COMPARE(receiver.openConnections(), 0);
    }

    // An empty line sent as "\r" and, later, "\n" is no request in progress: it must not re-arm the idle clock,
    // or a client could hold a connection for ever without sending anything.
    void emptyLinesInPiecesDoNotKeepAConnectionOpen()
    {
        HttpReceiver receiver(config());
        ReceiverLimits l = receiver.limits();
        l.idleTimeoutMs = 1000;
        receiver.setLimits(l);
        QVERIFY(receiver.start(nullptr));
        QElapsedTimer elapsed;
        elapsed.start();
        RawClient c(receiver.port());
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, &drip, [&] {
            if (c.closed)
                return;
            c.send("\r");
            QTimer::singleShot(100, &drip, [&] {
                if (!c.closed)
                    c.send("\n");
            });
        });
        drip.start(300);
        QTRY_VERIFY_WITH_TIMEOUT(c.closed, 6000);
        drip.stop();
        // The idle timeout counts from the connection, plus the sweep's granularity (an eighth of it).
        QVERIFY2(elapsed.elapsed() < 2500, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(c.received.isEmpty());
    }

    // A rule's delay is a minimum: a coarse timer (Qt's default from 2 s) would answer up to 5 % early.
    void delaysNeverAnswerEarly()
    {
        Receiver cfg = config();
        ResponseRule slow = rule(QStringLiteral("/**"));
        slow.delayMs = 2000;
        cfg.rules = {slow};
        HttpReceiver receiver(cfg);
        QVERIFY(receiver.start(nullptr));
        constexpr int Clients = 5;
        std::array<std::unique_ptr<RawClient>, Clients> clients;
        std::array<QElapsedTimer, Clients> sentAt;
        std::array<qint64, Clients> answeredAfter {};
        for (int i = 0; i < Clients; ++i) {
            clients[i] = std::make_unique<RawClient>(receiver.port());
            QObject::connect(&clients[i]->socket, &QTcpSocket::readyRead, &clients[i]->socket, [&, i] {
                if (answeredAfter[i] == 0 && clients[i]->count() == 1)
                    answeredAfter[i] = sentAt[i].elapsed();
            });
        }
        // Sent at staggered moments, so that coarse timers would fall on different sides of their rounding.
        for (int i = 0; i < Clients; ++i) {
            QTimer::singleShot(i * 37, &clients[i]->socket, [&, i] {
                sentAt[i].start();
                clients[i]->send(post("/slow"));
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(answeredAfter.begin(), answeredAfter.end(), [](qint64 t) { return t > 0; }), 10000);
        for (int i = 0; i < Clients; ++i)
            QVERIFY2(answeredAfter[i] >= 2000,
                     qPrintable(QStringLiteral("client %1 answered after %2 ms").arg(i).arg(answeredAfter[i])));
    }

    // RFC 9112 §3.2: 400 for an HTTP/1.1 request without Host, nothing captured; HTTP/1.0 needs none.
    void http11WithoutHostIsRefused()
    {
        RecordingSink sink;
        HttpReceiver receiver(config(), &sink);
        QVERIFY(receiver.start(nullptr));
        RawClient c(receiver.port());
        c.send("POST /nohost HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi");
        QTRY_VERIFY(c.closed);
        QCOMPARE(c.status(), 400);
        QVERIFY(c.replies().first().body.contains("Host"));
        QVERIFY(sink.captured.isEmpty());

        RawClient old(receiver.port());
        old.send("POST /old HTTP/1.0\r\nContent-Length: 2\r\n\r\nhi");
        QTRY_VERIFY(old.closed);
        QCOMPARE(old.status(), 200);
        QCOMPARE(sink.captured.size(), 1);
        QCOMPARE(sink.captured.first().target, QByteArray("/old"));
    }

    void oversizedUploadSeesTheStatus()
    {
        // The client is still sending when the 413 goes out; the lingering close lets it read the answer
        // instead of a connection reset.
        Receiver cfg = config();
        cfg.maxBodyBytes = 64 * 1024;
        RecordingSink sink;
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(receiver.baseUrl() + QStringLiteral("upload")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
        QNetworkReply *reply = nam.post(request, QByteArray(2 * 1024 * 1024, 'u'));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
        QVERIFY(sink.captured.isEmpty());
        delete reply;
    }

    void capturesLargeBinaryBodiesExactly()
    {
        RecordingSink sink;
        HttpReceiver receiver(config(), &sink);
        QVERIFY(receiver.start(nullptr));
        QByteArray body(5 * 1024 * 1024 + 3, Qt::Uninitialized);
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = char((i * 7919) >> 3);
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.post(QNetworkRequest(QUrl(receiver.baseUrl() + QStringLiteral("big"))), body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(sink.captured.size(), 1);
        QVERIFY(sink.captured.first().body == body);
        delete reply;
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
        QCOMPARE(c.status(), 503);
        QCOMPARE(headerValue(c.replies().first().headers, "Retry-After"), QByteArray("1"));
        QCOMPARE(receiver.openConnections(), 2);
        // A slot frees up when a connection goes.
        a.socket.disconnectFromHost();
        QTRY_COMPARE(receiver.openConnections(), 1);
        RawClient d(receiver.port());
        d.send(post("/"));
        QTRY_COMPARE(d.count(), 1);
        QCOMPARE(d.status(), 200);
    }

    void expectContinue()
    {
        RecordingSink sink;
        Receiver cfg = config();
        cfg.maxBodyBytes = 1000;
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        RawClient c(receiver.port());
        c.send("POST /e HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
        QTRY_COMPARE(c.received, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        QVERIFY(sink.captured.isEmpty());
        c.send("hello");
        QTRY_VERIFY(c.received.size() > 25);
        const QList<Reply> replies = parseReplies(c.received.mid(25));
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().status, 200);
        QCOMPARE(sink.captured.first().body, QByteArray("hello"));

        // Too large: the final answer comes at once, no 100, and the body is never sent.
        RawClient big(receiver.port());
        big.send("POST /e HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n");
        QTRY_VERIFY(big.closed);
        QCOMPARE(big.status(), 413);
        QVERIFY(!big.received.contains("100 Continue"));
    }

    void http10AndHead()
    {
        HttpReceiver receiver(config());
        QVERIFY(receiver.start(nullptr));
        RawClient keep(receiver.port());
        keep.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QTRY_COMPARE(keep.count(), 1);
        QCOMPARE(headerValue(keep.replies().first().headers, "Connection"), QByteArray("keep-alive"));
        keep.send("GET /b HTTP/1.0\r\n\r\n");
        QTRY_VERIFY(keep.closed);
        QCOMPARE(keep.count(), 2);
        QCOMPARE(headerValue(keep.replies().at(1).headers, "Connection"), QByteArray("close"));

        // HEAD gets the length of the answer without its body, and the connection stays in step.
        RawClient head(receiver.port());
        head.send("HEAD /h HTTP/1.1\r\nHost: a\r\n\r\nGET /g HTTP/1.1\r\nHost: a\r\n\r\n");
        QTRY_VERIFY(head.received.endsWith("{\"ok\":true}"));
        const qsizetype second = head.received.indexOf("HTTP/1.1 200", 10);
        QVERIFY(second > 0);
        const QList<Reply> first = parseReplies(head.received.left(second), true);
        QCOMPARE(first.size(), 1);
        QCOMPARE(headerValue(first.first().headers, "Content-Length"), QByteArray("11"));
        QCOMPARE(head.received.indexOf("{\"ok\":true}"), head.received.size() - 11);
    }

    void rulesChooseTheAnswer()
    {
        RecordingSink sink;
        Receiver cfg = config();
        ResponseRule echo
            = rule(QStringLiteral("/echo/*"), 202,
                   R"({"seen":"{{json.user.name}}","second":{{json.items.1}},"agent":"{{header.user-agent}}",)"
                   R"("id":"{{request.id}}","at":"{{request.time}}","missing":"{{json.nope}}","raw":"{{other}}"})");
        echo.method = "put";
        echo.headers
            = {{"Content-Type", "application/json"}, {"X-Echo", "{{header.X-In}}"}, {"X-Id", "{{request.id}}"}};
        ResponseRule deep = rule(QStringLiteral("/deep/**"), 201, "deep");
        ResponseRule shadowed = rule(QStringLiteral("/deep/x"), 500, "never");
        cfg.rules = {echo, deep, shadowed};
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));

        RawClient c(receiver.port());
        const QByteArray body = R"({"user":{"name":"ada"},"items":[1,{"k":2.5}]})";
        c.send("PUT /echo/1?q HTTP/1.1\r\nHost: a\r\nUser-Agent: tester\r\nX-In: a\r\nContent-Length: "
               + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        c.send(post("/echo/1")); // wrong method: the default answer
        c.send(post("/echo/1/2")); // * stays within a segment
        c.send(post("/deep/x")); // the first matching rule wins
        c.send(post("/deep/a/b/c"));
        QTRY_COMPARE(c.count(), 5);
        const QList<Reply> replies = c.replies();
        QCOMPARE(replies.at(0).status, 202);
        const CapturedRequest &first = sink.captured.first();
        const QJsonObject echoed = QJsonDocument::fromJson(replies.at(0).body).object();
        QCOMPARE(echoed.value(QStringLiteral("seen")).toString(), QStringLiteral("ada"));
        QCOMPARE(echoed.value(QStringLiteral("second")).toObject().value(QStringLiteral("k")).toDouble(), 2.5);
        QCOMPARE(echoed.value(QStringLiteral("agent")).toString(), QStringLiteral("tester"));
        QCOMPARE(echoed.value(QStringLiteral("id")).toString(), QString::number(first.id));
        QCOMPARE(echoed.value(QStringLiteral("at")).toString(), first.receivedAt.toString(Qt::ISODateWithMs));
        QCOMPARE(echoed.value(QStringLiteral("missing")).toString(), QString());
        QCOMPARE(echoed.value(QStringLiteral("raw")).toString(), QStringLiteral("{{other}}"));
        QCOMPARE(headerValue(replies.at(0).headers, "X-Echo"), QByteArray("a"));
        QCOMPARE(headerValue(replies.at(0).headers, "X-Id"), QByteArray::number(first.id));
        QCOMPARE(replies.at(1).status, 200);
        QCOMPARE(replies.at(2).status, 200);
        QCOMPARE(replies.at(3).status, 201);
        QCOMPARE(replies.at(4).status, 201);
        QCOMPARE(sink.captured.at(3).responseStatus, 201);
    }

    void placeholdersCannotInjectHeaders()
    {
        Receiver cfg = config();
        ResponseRule r = rule(QStringLiteral("/**"));
        r.headers = {{"X-Name", "{{json.name}}"}};
        cfg.rules = {r};
        HttpReceiver receiver(cfg);
        QVERIFY(receiver.start(nullptr));
        RawClient c(receiver.port());
        c.send(post("/", R"({"name":"a\r\nSet-Cookie: evil=1"})"));
        QTRY_COMPARE(c.count(), 1);
        QVERIFY(!hasHeader(c.replies().first().headers, "Set-Cookie"));
        QCOMPARE(headerValue(c.replies().first().headers, "X-Name"), QByteArray("a  Set-Cookie: evil=1"));
    }

    // matchRuleForTarget() skips decoding the path for the catch-all patterns; it must choose what matchRule()
    // chooses on the decoded path, for every kind of target.
    void ruleForTargetAgreesWithRuleForPath()
    {
        const auto rules = [](QStringList patterns, QByteArray method = "*") {
            QList<ResponseRule> list;
            for (const QString &p : patterns) {
                ResponseRule r = rule(p);
                r.method = method;
                list.append(r);
            }
            return list;
        };
        const QList<QList<ResponseRule>> ruleSets {
            {},
            rules({QStringLiteral("/**")}),
            rules({QStringLiteral("**")}),
            rules({QStringLiteral("/a/*"), QStringLiteral("/**")}),
            rules({QStringLiteral("/**")}, "GET") + rules({QStringLiteral("/b%20c")}),
            rules({QStringLiteral("/b c"), QStringLiteral("**")}),
            rules({QStringLiteral("/x/**"), QStringLiteral("/y")}, "post"),
        };
        const QList<QByteArray> targets {"/",        "/a/b",  "/b%20c?q=1", "/b c",     "*", "http://h/a/b?x",
                                         "http://h", "h:443", "/y",         "/x/%2F/z", ""};
        for (const QByteArray &method : {QByteArray("POST"), QByteArray("GET"), QByteArray("put")}) {
            for (qsizetype i = 0; i < ruleSets.size(); ++i) {
                for (const QByteArray &target : targets) {
                    QVERIFY2(matchRuleForTarget(ruleSets[i], method, target)
                                 == matchRule(ruleSets[i], method, targetPath(target)),
                             qPrintable(QStringLiteral("rules %1, %2 %3")
                                            .arg(i)
                                            .arg(QLatin1String(method), QLatin1String(target))));
                }
            }
        }
        QCOMPARE(matchRuleForTarget(rules({QStringLiteral("/**")}), "POST", "*"), -1);
        QCOMPARE(matchRuleForTarget(rules({QStringLiteral("/**")}), "POST", "/z"), 0);
    }

    // Texts without a placeholder are answered as they are; "{{" anywhere starts one.
    void templatesFindTheirPlaceholders()
    {
        CapturedRequest c;
        c.id = 7;
        c.headers = {{"X-A", "v"}};
        QCOMPARE(renderTemplate("{\"ok\":true}", c), QByteArray("{\"ok\":true}"));
        QCOMPARE(renderTemplate("{", c), QByteArray("{"));
        QCOMPARE(renderTemplate("a{", c), QByteArray("a{"));
        QCOMPARE(renderTemplate("{x{{request.id}}", c), QByteArray("{x7"));
        QCOMPARE(renderTemplate("{{{request.id}}", c), QByteArray("{{{request.id}}"));
        QCOMPARE(renderTemplate("{ {{header.X-A}}}", c), QByteArray("{ v}"));
        QCOMPARE(renderTemplate("{{request.id}", c), QByteArray("{{request.id}"));
        QCOMPARE(renderTemplate(QByteArray("\0{{request.id}}", 15), c),
                 QByteArray("\0"
                            "7",
                            2));
        QCOMPARE(renderHeaderValue("{}{{header.X-A}}", c), QByteArray("{}v"));
    }

    void behaviours()
    {
        RecordingSink sink;
        Receiver cfg = config();
        ResponseRule flaky = rule(QStringLiteral("/flaky"));
        flaky.behaviour = ResponseRule::Behaviour::FailFirst;
        flaky.failFirst = 2;
        flaky.failStatus = 503;
        ResponseRule always = rule(QStringLiteral("/always"));
        always.behaviour = ResponseRule::Behaviour::FailPercent;
        always.failPercent = 100;
        always.failStatus = 502;
        ResponseRule never = rule(QStringLiteral("/never"));
        never.behaviour = ResponseRule::Behaviour::FailPercent;
        never.failPercent = 0;
        ResponseRule limited = rule(QStringLiteral("/limited/**"));
        limited.behaviour = ResponseRule::Behaviour::RateLimit;
        limited.retryAfterSeconds = 7;
        ResponseRule hang = rule(QStringLiteral("/hang"));
        hang.behaviour = ResponseRule::Behaviour::Timeout;
        ResponseRule cut = rule(QStringLiteral("/cut"), 200, QByteArray(4000, 'x'));
        cut.behaviour = ResponseRule::Behaviour::CloseMidResponse;
        cfg.rules = {flaky, always, never, limited, hang, cut};
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));

        RawClient c(receiver.port());
        for (int i = 0; i < 4; ++i)
            c.send(post("/flaky"));
        for (int i = 0; i < 5; ++i)
            c.send(post("/always"));
        for (int i = 0; i < 5; ++i)
            c.send(post("/never"));
        c.send(post("/limited/a/b"));
        QTRY_COMPARE(c.count(), 15);
        QList<int> statuses;
        for (const Reply &r : c.replies())
            statuses.append(r.status);
        QCOMPARE(statuses, (QList<int> {503, 503, 200, 200, 502, 502, 502, 502, 502, 200, 200, 200, 200, 200, 429}));
        QCOMPARE(headerValue(c.replies().last().headers, "Retry-After"), QByteArray("7"));

        // The fail-first count lives in the receiver (across connections) and restarts with new rules.
        RawClient again(receiver.port());
        again.send(post("/flaky"));
        QTRY_COMPARE(again.count(), 1);
        QCOMPARE(again.status(), 200);
        receiver.setConfig(cfg); // the same rules: the count goes on
        again.send(post("/flaky"));
        QTRY_COMPARE(again.count(), 2);
        QCOMPARE(again.replies().at(1).status, 200);
        Receiver changed = cfg;
        changed.rules[0].failFirst = 1;
        receiver.setConfig(changed);
        again.send(post("/flaky"));
        again.send(post("/flaky"));
        QTRY_COMPARE(again.count(), 4);
        QCOMPARE(again.replies().at(2).status, 503);
        QCOMPARE(again.replies().at(3).status, 200);

        RawClient m(receiver.port());
        m.send(post("/cut"));
        QTRY_VERIFY(m.closed);
        QVERIFY(m.received.startsWith("HTTP/1.1 200 "));
        QCOMPARE(m.count(), 0); // the body is cut short
        QVERIFY(m.received.size() > 100);

        RawClient h(receiver.port());
        h.send(post("/hang") + post("/behind"));
        QTRY_COMPARE(sink.captured.last().target, QByteArray("/hang"));
        QCOMPARE(sink.captured.last().responseStatus, 0);
        // Nothing arrives: the absence of an answer is what is being tested, so waiting is the test.
        QSignalSpy anything(&h.socket, &QTcpSocket::readyRead);
        QVERIFY(!anything.wait(300));
        QVERIFY(h.received.isEmpty());
        QVERIFY(!h.closed);
        QCOMPARE(sink.captured.last().target, QByteArray("/hang")); // what is pipelined behind is not taken
    }

    void failPercentFailsAboutThatShare()
    {
        Receiver cfg = config();
        ResponseRule half = rule(QStringLiteral("/**"));
        half.behaviour = ResponseRule::Behaviour::FailPercent;
        half.failPercent = 50;
        cfg.rules = {half};
        HttpReceiver receiver(cfg);
        QVERIFY(receiver.start(nullptr));
        RawClient c(receiver.port());
        QByteArray burst;
        for (int i = 0; i < 400; ++i)
            burst += post("/");
        c.send(burst);
        QTRY_COMPARE(c.count(), 400);
        int failed = 0;
        for (const Reply &r : c.replies())
            failed += r.status == 500;
        // 400 draws at p = 0.5: outside 140..260 is more than 6 standard deviations away.
        QVERIFY2(failed > 140 && failed < 260, qPrintable(QString::number(failed)));
    }

    void accessToken()
    {
        RecordingSink sink;
        Receiver cfg = config();
        cfg.accessToken = QStringLiteral("0123456789abcdefXYZ");
        HttpReceiver receiver(cfg, &sink);
        receiver.setRequireToken(true);
        QVERIFY(receiver.tokenRequired());
        QVERIFY(receiver.start(nullptr));
        QCOMPARE(receiver.baseUrl(), QStringLiteral("http://127.0.0.1:%1/t/0123456789abcdefXYZ/").arg(receiver.port()));

        for (const QByteArray &raw :
             {post("/hook"), post("/t/0123456789abcdefXYZX/hook"), post("/t/0123456789abcdefXY/hook"),
              post("/t/wrong/hook"), post("/hook", {}, "X-Hookbench-Token: 0123456789abcdefXY\r\n"),
              post("/hook?t=0123456789abcdefXYZ")}) {
            RawClient refused(receiver.port());
            refused.send(raw);
            QTRY_COMPARE(refused.count(), 1);
            QCOMPARE(refused.status(), 401);
        }
        QVERIFY(sink.captured.isEmpty());

        RawClient path(receiver.port());
        path.send(post("/t/0123456789abcdefXYZ/hook?a=1") + post("/t/0123456789abcdefXYZ")
                  + post("/t/0123456789abcdefXYZ?b=2"));
        QTRY_COMPARE(path.count(), 3);
        for (const Reply &r : path.replies())
            QCOMPARE(r.status, 200);
        QCOMPARE(sink.captured.at(0).target, QByteArray("/hook?a=1"));
        QCOMPARE(sink.captured.at(1).target, QByteArray("/"));
        QCOMPARE(sink.captured.at(2).target, QByteArray("/?b=2"));

        RawClient header(receiver.port());
        header.send(post("/x", {}, "X-Hookbench-Token: 0123456789abcdefXYZ\r\n"));
        QTRY_COMPARE(header.count(), 1);
        QCOMPARE(header.status(), 200);
        QCOMPARE(sink.captured.last().target, QByteArray("/x"));
        // The receiver's own credential is not part of what the sender sent.
        QVERIFY(!hasHeader(sink.captured.last().headers, "X-Hookbench-Token"));

        // Beyond loopback the token is required without being asked for.
        Receiver remote = config();
        remote.bindAddress = QStringLiteral("0.0.0.0");
        remote.accessToken = cfg.accessToken;
        QVERIFY(HttpReceiver(remote).tokenRequired());
        QVERIFY(!HttpReceiver(config()).tokenRequired());
        Receiver v6 = config();
        v6.bindAddress = QStringLiteral("::1");
        QVERIFY(!HttpReceiver(v6).tokenRequired());
    }

    // The Slack handshake is found wherever its marker sits in the body, past partial matches, and a body that
    // only mentions part of it, or is shorter than it, is an ordinary request.
    void slackHandshakeMarkerAnywhereInTheBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("answered");
        QTest::newRow("near the start") << QByteArray(R"({"type":"url_verification","challenge":"c"})") << true;
        QTest::newRow("near the end") << QByteArray(R"({"challenge":"c","type":"url_verification"})") << true;
        QTest::newRow("after partial matches")
            << QByteArray(R"({"u":"uu url_ url_verif","challenge":"c","type":"url_verification"})") << true;
        QTest::newRow("after a kilobyte")
            << QByteArray(R"({"pad":")" + QByteArray(1024, 'x') + R"(","challenge":"c","type":"url_verification"})")
            << true;
        QTest::newRow("cut short") << QByteArray(R"({"challenge":"c","type":"url_verificatio"})") << false;
        QTest::newRow("shorter than the marker") << QByteArray("url_") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void slackHandshakeMarkerAnywhereInTheBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, answered);
        Http::Request request;
        request.method = "POST";
        request.target = "/slack";
        request.version = "HTTP/1.1";
        request.body = body;
        const std::optional<Http::Response> response = handshakeResponse(request);
        QCOMPARE(response.has_value(), answered);
        if (answered)
            QCOMPARE(response->body, QByteArray("c"));
    }

    void handshakes()
    {
        RecordingSink sink;
        Receiver cfg = config();
        cfg.secrets = {VerificationSecret {SigningScheme::GitHub, QStringLiteral("s"), {}}};
        cfg.rejectInvalid = true; // handshakes are unsigned and still answered
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        RawClient websub(receiver.port());
        websub.send("GET /cb?hub.mode=subscribe&hub.topic=https%3A%2F%2Fexample.com%2Ft&hub.challenge=abc%20123"
                    "&hub.lease_seconds=60 HTTP/1.1\r\nHost: a\r\n\r\n");
        QTRY_COMPARE(websub.count(), 1);
        QCOMPARE(websub.status(), 200);
        QCOMPARE(websub.replies().first().body, QByteArray("abc 123"));

        RawClient ce(receiver.port());
        ce.send("OPTIONS /hook HTTP/1.1\r\nHost: a\r\nWebHook-Request-Origin: eventemitter.example.com\r\n"
                "WebHook-Request-Rate: 120\r\n\r\nOPTIONS /hook HTTP/1.1\r\nHost: a\r\nWebHook-Request-Origin: "
                "other.example\r\n\r\n");
        QTRY_COMPARE(ce.count(), 2);
        QCOMPARE(ce.status(), 200);
        QCOMPARE(headerValue(ce.replies().at(0).headers, "WebHook-Allowed-Origin"),
                 QByteArray("eventemitter.example.com"));
        QCOMPARE(headerValue(ce.replies().at(0).headers, "WebHook-Allowed-Rate"), QByteArray("120"));
        QCOMPARE(headerValue(ce.replies().at(1).headers, "WebHook-Allowed-Origin"), QByteArray("other.example"));
        QCOMPARE(headerValue(ce.replies().at(1).headers, "WebHook-Allowed-Rate"), QByteArray("*"));

        RawClient slack(receiver.port());
        slack.send(post("/slack", R"({"token":"x","challenge":"3eZbrw1aB","type":"url_verification"})",
                        "Content-Type: application/json\r\n"));
        QTRY_COMPARE(slack.count(), 1);
        QCOMPARE(slack.status(), 200);
        QCOMPARE(slack.replies().first().body, QByteArray("3eZbrw1aB"));

        // Handshakes are captured like everything else, without a verdict: they are unsigned by nature.
        QCOMPARE(sink.captured.size(), 4);
        QCOMPARE(sink.captured.last().responseStatus, 200);
        for (const CapturedRequest &c : std::as_const(sink.captured))
            QVERIFY(c.verdicts.isEmpty());

        // Not handshakes: a GET without hub.mode, an OPTIONS without origin, a POST mentioning the word.
        RawClient other(receiver.port());
        other.send("GET /cb?hub.challenge=x HTTP/1.1\r\nHost: a\r\n\r\nOPTIONS /hook HTTP/1.1\r\nHost: a\r\n\r\n"
                   + post("/slack", R"({"type":"event_callback","text":"url_verification"})"));
        QTRY_COMPARE(other.count(), 3);
        for (const Reply &r : other.replies())
            QCOMPARE(r.status, 401); // ordinary requests, and unsigned

        // Turned off, a handshake is an ordinary request.
        cfg.answerHandshakes = false;
        cfg.rejectInvalid = false;
        receiver.setConfig(cfg);
        RawClient off(receiver.port());
        off.send("GET /cb?hub.mode=subscribe&hub.challenge=abc HTTP/1.1\r\nHost: a\r\n\r\n");
        QTRY_COMPARE(off.count(), 1);
        QCOMPARE(off.replies().first().body, QByteArray("{\"ok\":true}"));
    }

    void verdicts_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("timestamped");
        QTest::addColumn<bool>("legacySha1");
        QTest::newRow("standard") << int(SigningScheme::StandardWebhooks)
                                  << QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") << true << false;
        QTest::newRow("github") << int(SigningScheme::GitHub) << QStringLiteral("gh-secret") << false << false;
        QTest::newRow("github sha-1") << int(SigningScheme::GitHub) << QStringLiteral("gh-secret") << false << true;
        QTest::newRow("stripe") << int(SigningScheme::Stripe) << QStringLiteral("whsec_stripe") << true << false;
        QTest::newRow("hmac") << int(SigningScheme::CustomHmac) << QStringLiteral("k") << false << false;
        QTest::newRow("hmac with timestamp") << int(SigningScheme::CustomHmac) << QStringLiteral("k") << true << false;
    }
    void verdicts()
    {
        QFETCH(int, scheme);
        QFETCH(QString, secret);
        QFETCH(bool, timestamped);
        QFETCH(bool, legacySha1);
        CustomHmacOptions hmacOptions;
        hmacOptions.signTimestamp = timestamped;
        RecordingSink sink;
        Receiver cfg = config();
        cfg.secrets = {VerificationSecret {SigningScheme(scheme), secret, hmacOptions}};
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        const QByteArray body = R"({"event":"x"})";
        // Signs `body` as the engine does and sends `sentBody`; returns the status and the verdict.
        auto exchange = [&](const QByteArray &sentBody, const QString &signingSecret, qint64 timestamp,
                            bool withSignature = true) -> std::pair<int, int> {
            Signing::SigningContext ctx;
            ctx.scheme = SigningScheme(scheme);
            ctx.secrets = {signingSecret};
            ctx.customHmac = hmacOptions;
            ctx.legacyGitHubSha1 = legacySha1;
            ctx.deliveryId = QStringLiteral("msg_1");
            ctx.eventType = QStringLiteral("x.y");
            ctx.timestamp = timestamp;
            QByteArray headers;
            if (withSignature) {
                for (const Header &h : Signing::signatureHeaders(ctx, body)) {
                    // The legacy header alone, to show SHA-1 is verified by itself.
                    if (legacySha1 && h.name == "X-Hub-Signature-256")
                        continue;
                    headers += h.name + ": " + h.value + "\r\n";
                }
            }
            RawClient c(receiver.port());
            c.send(post("/h", sentBody, headers));
            if (!QTest::qWaitFor([&] { return c.count() == 1; }, 5000))
                return {-1, -1};
            return {c.status(), int(sink.captured.last().verdicts.value(0).result)};
        };
        using R = Verdict::Result;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(exchange(body, secret, now), std::make_pair(200, int(R::Valid)));
        QCOMPARE(exchange(R"({"event":"y"})", secret, now), std::make_pair(200, int(R::InvalidSignature)));
        QCOMPARE(exchange(body, QStringLiteral("whsec_plJ3nmyCDGBKInavdOK15jsl"), now),
                 std::make_pair(200, int(R::InvalidSignature)));
        QCOMPARE(exchange(body, secret, now, false), std::make_pair(200, int(R::MissingHeaders)));
        if (timestamped)
            QCOMPARE(exchange(body, secret, now - 3600), std::make_pair(200, int(R::TimestampOutOfTolerance)));

        // Rejecting: only a valid signature passes; the others are still captured, with their verdicts.
        cfg.rejectInvalid = true;
        receiver.setConfig(cfg);
        QCOMPARE(exchange(body, secret, now), std::make_pair(200, int(R::Valid)));
        QCOMPARE(exchange(R"({"event":"y"})", secret, now), std::make_pair(401, int(R::InvalidSignature)));
        QCOMPARE(exchange(body, secret, now, false), std::make_pair(401, int(R::MissingHeaders)));
        if (timestamped)
            QCOMPARE(exchange(body, secret, now - 3600), std::make_pair(401, int(R::TimestampOutOfTolerance)));
        QCOMPARE(sink.captured.last().responseStatus, 401);

        // Several secrets (rotation): one valid verdict is enough, each secret gets its own.
        cfg.secrets.prepend(VerificationSecret {SigningScheme(scheme), QStringLiteral("old-secret"), hmacOptions});
        receiver.setConfig(cfg);
        QCOMPARE(exchange(body, secret, now).first, 200);
        QCOMPARE(sink.captured.last().verdicts.size(), 2);
        QCOMPARE(int(sink.captured.last().verdicts.at(0).result), int(R::InvalidSignature));
        QCOMPARE(int(sink.captured.last().verdicts.at(1).result), int(R::Valid));
    }

    void forwardsAndRecordsTheAnswer()
    {
        RecordingSink targetSink;
        Receiver targetCfg = config();
        targetCfg.rules = {rule(QStringLiteral("/**"), 201, "created {{header.X-Signature}}")};
        HttpReceiver target(targetCfg, &targetSink);
        QVERIFY(target.start(nullptr));

        RecordingSink sink;
        Receiver cfg = config();
        cfg.accessToken = QStringLiteral("0123456789abcdefXYZ");
        cfg.forwardTo = QUrl(target.baseUrl() + QStringLiteral("app/webhooks?src=hb"));
        HttpReceiver receiver(cfg, &sink);
        receiver.setRequireToken(true);
        QSignalSpy forwarded(&receiver, &HttpReceiver::requestForwarded);
        QVERIFY(receiver.start(nullptr));
        RawClient c(receiver.port());
        c.send(
            "PATCH /in HTTP/1.1\r\nHost: a\r\nX-Signature: s\r\nX-Hookbench-Token: 0123456789abcdefXYZ\r\nConnection: "
            "X-Drop\r\nX-Drop: 1\r\nX-Multi: a\r\nX-Multi: b\r\nContent-Length: 3\r\n\r\n"
            + bytes("h\0i"));
        QTRY_COMPARE(sink.forwards.size(), 1);
        QCOMPARE(c.status(), 200); // the sender's answer does not wait for the forward
        const RecordingSink::Forward &f = sink.forwards.first();
        QCOMPARE(f.captureId, sink.captured.first().id);
        QCOMPARE(f.to, cfg.forwardTo.toString());
        QCOMPARE(f.status, 201);
        QCOMPARE(f.body, QByteArray("created s"));
        QVERIFY(f.error.isEmpty());
        QCOMPARE(forwarded.size(), 1);
        QCOMPARE(forwarded.first().at(1).toInt(), 201);

        QCOMPARE(targetSink.captured.size(), 1);
        const CapturedRequest &got = targetSink.captured.first();
        QCOMPARE(got.method, QByteArray("PATCH"));
        QCOMPARE(got.body, QByteArray("h\0i", 3));
        QCOMPARE(got.target, QByteArray("/app/webhooks?src=hb"));
        QCOMPARE(headerValue(got.headers, "X-Signature"), QByteArray("s"));
        QCOMPARE(headerValue(got.headers, "X-Multi"), QByteArray("a, b"));
        QVERIFY(!hasHeader(got.headers, "X-Drop"));
        QVERIFY(!hasHeader(got.headers, "X-Hookbench-Token"));
    }

    // A HEAD is forwarded as HEAD and finishes as soon as the target answers (as a custom verb, QNAM waited for a
    // body until its 30 s timeout); a request without body or length is forwarded without "Content-Length: 0".
    void forwardsHeadAndBodilessRequestsAsSent()
    {
        RecordingSink targetSink;
        HttpReceiver target(config(), &targetSink);
        QVERIFY(target.start(nullptr));
        RecordingSink sink;
        Receiver cfg = config();
        cfg.forwardTo = QUrl(target.baseUrl() + QStringLiteral("app"));
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        RawClient c(receiver.port());
        c.send("HEAD /h HTTP/1.1\r\nHost: a\r\n\r\nGET /g HTTP/1.1\r\nHost: a\r\n\r\n"
               "DELETE /d HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(sink.forwards.size(), 3, 5000);
        for (const RecordingSink::Forward &f : std::as_const(sink.forwards)) {
            QCOMPARE(f.status, 200);
            QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        }
        QCOMPARE(targetSink.captured.size(), 3);
        QHash<QByteArray, HeaderList> headers;
        for (const CapturedRequest &r : std::as_const(targetSink.captured))
            headers.insert(r.method, r.headers);
        QVERIFY(headers.contains("HEAD"));
        QVERIFY(!hasHeader(headers.value("HEAD"), "Content-Length"));
        QVERIFY(headers.contains("GET"));
        QVERIFY(!hasHeader(headers.value("GET"), "Content-Length"));
        // A length the sender did send goes on.
        QCOMPARE(headerValue(headers.value("DELETE"), "Content-Length"), QByteArray("0"));
    }

    // A forward carries the sender's headers, not the forwarder's own state: a cookie the target set on an earlier
    // forward is not sent back (QNAM's cookie jar would add it), and the sender's User-Agent goes as it was.
    void forwardsAddNoCookies()
    {
        RecordingSink targetSink;
        Receiver targetCfg = config();
        ResponseRule setsCookie = rule(QStringLiteral("/**"));
        setsCookie.headers = {{QByteArrayLiteral("Set-Cookie"), QByteArrayLiteral("session=1; Path=/")}};
        targetCfg.rules = {setsCookie};
        HttpReceiver target(targetCfg, &targetSink);
        QVERIFY(target.start(nullptr));
        RecordingSink sink;
        Receiver cfg = config();
        cfg.forwardTo = QUrl(target.baseUrl() + QStringLiteral("app"));
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        RawClient c(receiver.port());
        c.send(post("/one", "1", "User-Agent: sender/1.0\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(sink.forwards.size(), 1, 5000);
        c.send(post("/two", "2", "User-Agent: sender/1.0\r\n"));
        QTRY_COMPARE_WITH_TIMEOUT(sink.forwards.size(), 2, 5000);
        QCOMPARE(targetSink.captured.size(), 2);
        for (const CapturedRequest &r : std::as_const(targetSink.captured)) {
            QVERIFY2(!hasHeader(r.headers, "Cookie"), headerValue(r.headers, "Cookie").constData());
            QCOMPARE(headerValue(r.headers, "User-Agent"), QByteArray("sender/1.0"));
        }
    }

    void forwardFailureIsRecorded()
    {
        // A port nobody listens on: taken and released.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        RecordingSink sink;
        Receiver cfg = config();
        cfg.forwardTo = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(closedPort));
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        RawClient c(receiver.port());
        c.send(post("/in", "x"));
        QTRY_COMPARE(sink.forwards.size(), 1);
        QCOMPARE(sink.forwards.first().status, 0);
        QVERIFY(!sink.forwards.first().error.isEmpty());
        QCOMPARE(c.status(), 200);
    }

    void https()
    {
        RecordingSink sink;
        Receiver cfg = config();
        cfg.tlsCertificatePath = tlsFile("receiver.crt");
        cfg.tlsKeyPath = tlsFile("receiver.key");
        HttpReceiver receiver(cfg, &sink);
        QString error;
        QVERIFY2(receiver.start(&error), qPrintable(error));
        QCOMPARE(receiver.baseUrl(), QStringLiteral("https://127.0.0.1:%1/").arg(receiver.port()));

        // The client trusts exactly this certificate: no error is ignored.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(cfg.tlsCertificatePath));
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(receiver.baseUrl() + QStringLiteral("secure?a=1")));
        request.setSslConfiguration(tls);
        QNetworkReply *reply = nam.post(request, QByteArray("over tls"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("{\"ok\":true}"));
        QCOMPARE(sink.captured.size(), 1);
        QCOMPARE(sink.captured.first().body, QByteArray("over tls"));
        QCOMPARE(sink.captured.first().target, QByteArray("/secure?a=1"));
        delete reply;

        // Plain HTTP to the TLS port is not a request.
        RawClient plain(receiver.port());
        plain.send(post("/plain"));
        QTRY_VERIFY_WITH_TIMEOUT(plain.closed, 5000);
        QCOMPARE(sink.captured.size(), 1);

        Receiver broken = cfg;
        broken.tlsKeyPath = tlsFile("missing.key");
        HttpReceiver failing(broken);
        QVERIFY(!failing.start(&error));
        QVERIFY2(error.contains(QStringLiteral("missing.key")), qPrintable(error));
        broken.tlsKeyPath = cfg.tlsCertificatePath; // a certificate is not a key
        HttpReceiver wrongKey(broken);
        QVERIFY(!wrongKey.start(&error));
        QVERIFY2(error.contains(QStringLiteral("private key")), qPrintable(error));
    }

    // A client may half-close (shutdown(SHUT_WR), `nc -N`) once its requests are sent and still read the answers:
    // delayed ones still go out after its FIN, in order, then the connection closes.
    void delayedAnswersReachAClientThatHalfClosed()
    {
        RecordingSink sink;
        Receiver cfg = config();
        ResponseRule slow = rule(QStringLiteral("/**"), 200, "late");
        slow.delayMs = 300;
        cfg.rules = {slow};
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        RawClient c(receiver.port());
        c.send(post("/a") + post("/b"));
        QCOMPARE(::shutdown(int(c.socket.socketDescriptor()), SHUT_WR), 0);
        QTRY_VERIFY_WITH_TIMEOUT(c.closed, 5000);
        QCOMPARE(c.count(), 2);
        QCOMPARE(c.replies().at(0).status, 200);
        QCOMPARE(c.replies().at(1).body, QByteArray("late"));
        QCOMPARE(sink.captured.size(), 2);
        QTRY_COMPARE(receiver.openConnections(), 0);
    }

    void gracefulStopFinishesOwedAnswers()
    {
        RecordingSink sink;
        Receiver cfg = config();
        ResponseRule slow = rule(QStringLiteral("/slow"), 200, "late");
        slow.delayMs = 300;
        cfg.rules = {slow};
        HttpReceiver receiver(cfg, &sink);
        QVERIFY(receiver.start(nullptr));
        const quint16 port = receiver.port();
        RawClient busy(port), idle(port);
        busy.send(post("/slow") + post("/after"));
        QTRY_COMPARE(sink.captured.size(), 1);
        QSignalSpy stopped(&receiver, &HttpReceiver::stopped);
        receiver.stopGracefully(5000);
        QVERIFY(!receiver.isListening());
        QTRY_VERIFY(idle.closed);
        QVERIFY(stopped.wait(5000));
        QCOMPARE(busy.count(), 1);
        QCOMPARE(busy.replies().first().body, QByteArray("late"));
        QCOMPARE(sink.captured.size(), 1); // the request behind it was not taken
        QTRY_VERIFY(busy.closed);
        QCOMPARE(receiver.openConnections(), 0);
        RawClient late(port);
        QVERIFY(late.socket.state() != QAbstractSocket::ConnectedState);

        // A deliberate never-answer is cut at the deadline.
        ResponseRule hang = rule(QStringLiteral("/**"));
        hang.behaviour = ResponseRule::Behaviour::Timeout;
        cfg.rules = {hang};
        RecordingSink hangingSink;
        HttpReceiver hanging(cfg, &hangingSink);
        QVERIFY(hanging.start(nullptr));
        RawClient h(hanging.port());
        h.send(post("/"));
        QTRY_COMPARE(hangingSink.captured.size(), 1);
        QSignalSpy hangingStopped(&hanging, &HttpReceiver::stopped);
        hanging.stopGracefully(200);
        QVERIFY(hangingStopped.wait(3000));
        QTRY_VERIFY(h.closed);
    }

    void manyClientsAtOnce()
    {
        RecordingSink sink;
        HttpReceiver receiver(config(), &sink);
        QVERIFY(receiver.start(nullptr));
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 50; ++i) {
            clients.push_back(std::make_unique<RawClient>(receiver.port()));
            QByteArray burst;
            for (int j = 0; j < 10; ++j)
                burst += post("/c" + QByteArray::number(i), QByteArray(1024, 'p'));
            clients.back()->send(burst);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->count() == 10; }), 20000);
        QCOMPARE(sink.captured.size(), 500);
        QCOMPARE(receiver.openConnections(), 50);
    }
};

QTEST_GUILESS_MAIN(TestReceiver)
#include "tst_receiver.moc"
