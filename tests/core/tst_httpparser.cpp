#include "receiver/http/requestparser.h"

#include <QTest>

using namespace Hookbench;
using namespace Hookbench::Http;

namespace {

// A literal with embedded NULs, without its terminating NUL.
template<qsizetype N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

struct Parsed
{
    QList<Request> requests;
    bool ok = true;
    ParseError error;
};

Parsed parseWhole(const QByteArray &bytes, ParserLimits limits = {})
{
    RequestParser p(limits);
    Parsed out;
    out.ok = p.feed(bytes, &out.requests);
    out.error = p.error();
    return out;
}

Parsed parseByteByByte(const QByteArray &bytes, ParserLimits limits = {})
{
    RequestParser p(limits);
    Parsed out;
    for (qsizetype i = 0; i < bytes.size() && out.ok; ++i)
        out.ok = p.feed(QByteArrayView(bytes).sliced(i, 1), &out.requests);
    out.error = p.error();
    return out;
}

} // namespace

class TestHttpParser : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("count");
        QTest::addColumn<QByteArray>("lastBody");
        QTest::newRow("content-length") << QByteArray(
            "POST /hook?x=1 HTTP/1.1\r\nHost: a\r\nX-Case-Kept: V\r\nContent-Length: 5\r\n\r\nhello")
                                        << 1 << QByteArray("hello");
        QTest::newRow("no body") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << 1 << QByteArray();
        QTest::newRow("chunked with trailers")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n "
                          "world\r\n0\r\nX-Trailer: t\r\n\r\n")
            << 1 << QByteArray("hello world");
        QTest::newRow("pipelined") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 1\r\n\r\naPOST /b "
                                                 "HTTP/1.1\r\nContent-Length: 2\r\n\r\nbbGET /c HTTP/1.1\r\n\r\n")
                                   << 3 << QByteArray();
        QTest::newRow("http/1.0") << QByteArray("POST / HTTP/1.0\r\nContent-Length: 2\r\n\r\nok") << 1
                                  << QByteArray("ok");
        QTest::newRow("lf only") << QByteArray("POST / HTTP/1.1\nContent-Length: 2\n\nok") << 1 << QByteArray("ok");
        QTest::newRow("leading empty line") << QByteArray("\r\nGET / HTTP/1.1\r\n\r\n") << 1 << QByteArray();
        QTest::newRow("binary body") << bytes("POST / HTTP/1.1\r\nContent-Length: 4\r\n\r\n\0\r\n\xff") << 1
                                     << QByteArray("\0\r\n\xff", 4);
        QTest::newRow("repeated equal lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok") << 1
            << QByteArray("ok");
    }
    void valid()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, count);
        QFETCH(QByteArray, lastBody);
        const Parsed whole = parseWhole(raw);
        QVERIFY2(whole.ok, whole.error.reason.constData());
        QCOMPARE(whole.requests.size(), count);
        QCOMPARE(whole.requests.last().body, lastBody);
        // Split at every byte boundary, the result is the same.
        const Parsed split = parseByteByByte(raw);
        QVERIFY(split.ok);
        QCOMPARE(split.requests.size(), count);
        for (int i = 0; i < count; ++i) {
            QCOMPARE(split.requests[i].method, whole.requests[i].method);
            QCOMPARE(split.requests[i].target, whole.requests[i].target);
            QCOMPARE(split.requests[i].headers, whole.requests[i].headers);
            QCOMPARE(split.requests[i].trailers, whole.requests[i].trailers);
            QCOMPARE(split.requests[i].body, whole.requests[i].body);
        }
    }

    void keepsHeaderOrderAndCase()
    {
        const Parsed p = parseWhole(
            "POST /x HTTP/1.1\r\nzeta: 1\r\nAlpha-Header:   spaced value  \r\nX-Hub-Signature-256: sha256=ab\r\n\r\n");
        QVERIFY(p.ok);
        const HeaderList expected
            = {{"zeta", "1"}, {"Alpha-Header", "spaced value"}, {"X-Hub-Signature-256", "sha256=ab"}};
        QCOMPARE(p.requests.first().headers, expected);
    }

    void keepAliveRules()
    {
        QVERIFY(parseWhole("GET / HTTP/1.1\r\n\r\n").requests.first().keepAlive);
        QVERIFY(!parseWhole("GET / HTTP/1.1\r\nConnection: close\r\n\r\n").requests.first().keepAlive);
        QVERIFY(!parseWhole("GET / HTTP/1.0\r\n\r\n").requests.first().keepAlive);
        QVERIFY(parseWhole("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").requests.first().keepAlive);
    }

    void expectContinue()
    {
        RequestParser p;
        QList<Request> out;
        QVERIFY(p.feed("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n", &out));
        QVERIFY(p.wantsContinue());
        QVERIFY(out.isEmpty());
        p.continueSent();
        QVERIFY(p.feed("abc", &out));
        QCOMPARE(out.size(), 1);
        QVERIFY(!p.wantsContinue());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::newRow("bad request line") << QByteArray("POST/HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("extra space in request line") << QByteArray("POST  / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("PO(ST / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bad version") << QByteArray("POST / HTTQ/1.1\r\n\r\n") << 400;
        QTest::newRow("unsupported version") << QByteArray("POST / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("header without colon") << QByteArray("POST / HTTP/1.1\r\nNoColon\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("POST / HTTP/1.1\r\nHost : a\r\n\r\n") << 400;
        QTest::newRow("obs-fold") << QByteArray("POST / HTTP/1.1\r\nX: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("NUL in header") << bytes("POST / HTTP/1.1\r\nX: a\0b\r\n\r\n") << 400;
        QTest::newRow("bare CR in header") << QByteArray("POST / HTTP/1.1\r\nX: a\rb\r\n\r\n") << 400;
        QTest::newRow("CL and TE") << QByteArray(
            "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
                                   << 400;
        QTest::newRow("conflicting CL") << QByteArray(
            "POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n")
                                        << 400;
        QTest::newRow("negative CL") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << 400;
        QTest::newRow("chunk without CRLF")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXX") << 400;
        QTest::newRow("unknown coding") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 400;
        QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2000\r\n\r\n") << 413;
        QTest::newRow("chunked too large")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n7D1\r\n") << 413;
        QTest::newRow("head too large") << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(70000, 'a') << 431;
        QTest::newRow("too many headers") << QByteArray("GET / HTTP/1.1\r\n") + QByteArray("X: y\r\n").repeated(201)
                + "\r\n" << 431;
    }
    void malformed()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        ParserLimits limits;
        limits.maxBodyBytes = 1000;
        for (const Parsed &p : {parseWhole(raw, limits), parseByteByByte(raw, limits)}) {
            QVERIFY(!p.ok);
            QCOMPARE(p.error.status, status);
            QVERIFY(p.requests.isEmpty()); // nothing half-parsed comes out
        }
    }

    void staysFailed()
    {
        RequestParser p;
        QList<Request> out;
        QVERIFY(!p.feed("BROKEN\r\n\r\n", &out));
        QVERIFY(!p.feed("GET / HTTP/1.1\r\n\r\n", &out));
        QVERIFY(out.isEmpty());
    }

    void validRequestBeforeMalformedOneIsKept()
    {
        const Parsed p = parseWhole("GET /ok HTTP/1.1\r\n\r\nGARBAGE\r\n\r\n");
        QVERIFY(!p.ok);
        QCOMPARE(p.requests.size(), 1);
        QCOMPARE(p.requests.first().target, QByteArray("/ok"));
    }
};

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
