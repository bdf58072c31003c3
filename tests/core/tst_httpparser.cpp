#include "receiver/http/connection.h"
#include "receiver/http/requestparser.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Hookbench;
using namespace Hookbench::Http;

Q_DECLARE_METATYPE(Hookbench::HeaderList)

namespace {

// A literal with embedded NULs, without its terminating NUL.
template<qsizetype N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

// Small limits so the boundaries are cheap to reach in tests.
ParserLimits testLimits()
{
    ParserLimits limits;
    limits.maxBodyBytes = 1000;
    return limits;
}

// Everything the parser reports, in one comparable text: two runs that differ in any field differ here.
QStringList describe(const QList<Request> &requests)
{
    QStringList out;
    for (const Request &r : requests) {
        QString text = QString::fromLatin1(r.method + ' ' + r.target + ' ' + r.version)
            + QStringLiteral(" keep-alive=%1 chunked=%2").arg(r.keepAlive).arg(r.chunked);
        for (const Header &h : r.headers)
            text += QStringLiteral("\nH ") + QString::fromLatin1(h.name.toHex() + ':' + h.value.toHex());
        for (const Header &h : r.trailers)
            text += QStringLiteral("\nT ") + QString::fromLatin1(h.name.toHex() + ':' + h.value.toHex());
        text += QStringLiteral("\nB ") + QString::fromLatin1(r.body.toHex());
        out.append(text);
    }
    return out;
}

struct Parsed
{
    QList<Request> requests;
    bool ok = true;
    int status = 0;
    QByteArray reason;
    bool inProgress = false;
};

// Feeds the input in pieces ending at the given offsets (the last piece runs to the end).
Parsed parseSplit(const QByteArray &input, const QList<qsizetype> &cuts, ParserLimits limits = testLimits())
{
    RequestParser parser(limits);
    Parsed out;
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(input.size());
    for (qsizetype end : std::as_const(ends)) {
        if (end < from)
            continue;
        const bool ok = parser.feed(QByteArrayView(input).sliced(from, end - from), &out.requests);
        out.ok = out.ok && ok;
        from = end;
    }
    if (parser.hasError()) {
        out.status = parser.error().status;
        out.reason = parser.error().reason;
    }
    out.inProgress = parser.inProgress();
    return out;
}

Parsed parseWhole(const QByteArray &input, ParserLimits limits = testLimits())
{
    return parseSplit(input, {}, limits);
}

Parsed parseByteByByte(const QByteArray &input, ParserLimits limits = testLimits())
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < input.size(); ++i)
        cuts.append(i);
    return parseSplit(input, cuts, limits);
}

// The same result however the input is split: one byte at a time, at every single split point, and at random
// points.
void verifySplitsAgree(const QByteArray &input, ParserLimits limits = testLimits())
{
    const Parsed whole = parseWhole(input, limits);
    auto same = [&](const Parsed &other, const QString &how) {
        QVERIFY2(other.ok == whole.ok, qPrintable(how));
        QVERIFY2(other.status == whole.status, qPrintable(how));
        QVERIFY2(other.reason == whole.reason, qPrintable(how));
        QVERIFY2(describe(other.requests) == describe(whole.requests), qPrintable(how));
        QVERIFY2(other.inProgress == whole.inProgress, qPrintable(how));
    };
    same(parseByteByByte(input, limits), QStringLiteral("one byte at a time"));
    if (QTest::currentTestFailed())
        return;
    const qsizetype step = qMax<qsizetype>(1, input.size() / 256); // every split point of small inputs
    for (qsizetype i = 1; i < input.size(); i += step) {
        same(parseSplit(input, {i}, limits), QStringLiteral("split at %1").arg(i));
        if (QTest::currentTestFailed())
            return;
    }
    QRandomGenerator random(quint32(qHash(input)));
    for (int round = 0; round < 20; ++round) {
        QList<qsizetype> cuts;
        for (qsizetype at = 0; at < input.size();) {
            at += 1 + random.bounded(qMax(1, int(qMin<qsizetype>(input.size(), 64))));
            cuts.append(qMin(at, input.size()));
        }
        same(parseSplit(input, cuts, limits), QStringLiteral("random split, round %1").arg(round));
        if (QTest::currentTestFailed())
            return;
    }
}

// A head with `count` header lines, Host included.
QByteArray manyHeaders(int count)
{
    QByteArray head = "GET / HTTP/1.1\r\nHost: a\r\n";
    for (int i = 1; i < count; ++i)
        head += "X-H" + QByteArray::number(i) + ": v\r\n";
    return head + "\r\n";
}

// A head of exactly `size` bytes (request line, Host, one padded header, the empty line).
QByteArray headOfSize(qsizetype size)
{
    const QByteArray start = "GET / HTTP/1.1\r\nHost: a\r\nX-Pad: ";
    const QByteArray end = "\r\n\r\n";
    return start + QByteArray(size - start.size() - end.size(), 'p') + end;
}

} // namespace

class TestHttpParser : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QStringList>("expected");
        auto request = [](const char *line, bool keepAlive, bool chunked, const HeaderList &headers,
                          const QByteArray &body, const HeaderList &trailers = {}) {
            Request r;
            const QList<QByteArray> parts = QByteArray(line).split(' ');
            r.method = parts.at(0);
            r.target = parts.at(1);
            r.version = parts.at(2);
            r.keepAlive = keepAlive;
            r.chunked = chunked;
            r.headers = headers;
            r.trailers = trailers;
            r.body = body;
            return describe({r}).first();
        };

        QTest::newRow("content-length")
            << QByteArray("POST /hook?x=1 HTTP/1.1\r\nHost: a\r\nX-Case-Kept: V\r\nContent-Length: 5\r\n\r\nhello")
            << QStringList {request("POST /hook?x=1 HTTP/1.1", true, false,
                                    {{"Host", "a"}, {"X-Case-Kept", "V"}, {"Content-Length", "5"}}, "hello")};
        QTest::newRow("no body") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
                                 << QStringList {request("GET / HTTP/1.1", true, false, {{"Host", "a"}}, {})};
        QTest::newRow("header order, case and whitespace")
            << QByteArray("POST /x HTTP/1.1\r\nHost: a\r\nzeta: 1\r\nAlpha-Header: \t spaced  value \t\r\nX-Empty:\r\n"
                          "X-Hub-Signature-256:sha256=ab\r\nzeta: 2\r\n\r\n")
            << QStringList {request("POST /x HTTP/1.1", true, false,
                                    {{"Host", "a"},
                                     {"zeta", "1"},
                                     {"Alpha-Header", "spaced  value"},
                                     {"X-Empty", ""},
                                     {"X-Hub-Signature-256", "sha256=ab"},
                                     {"zeta", "2"}},
                                    {})};
        QTest::newRow("obs-text in a value")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-Latin: caf\xe9\r\n\r\n")
            << QStringList {request("GET / HTTP/1.1", true, false, {{"Host", "a"}, {"X-Latin", "caf\xe9"}}, {})};
        QTest::newRow("chunked with extensions and trailers") << QByteArray(
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6 ; a=\"b c\"\r\n "
            "world\r\n0\r\nX-Trailer: t\r\nX-Other:  o \r\n\r\n")
                                                              << QStringList {request(
                                                                     "POST / HTTP/1.1", true, true,
                                                                     {{"Host", "a"}, {"Transfer-Encoding", "chunked"}},
                                                                     "hello world",
                                                                     {{"X-Trailer", "t"}, {"X-Other", "o"}})};
        QTest::newRow("chunk sizes with leading zeros and upper case")
            << QByteArray(
                   "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\n000A\r\n0123456789\r\n00\r\n\r\n")
            << QStringList {request("POST / HTTP/1.1", true, true, {{"Host", "a"}, {"Transfer-Encoding", "Chunked"}},
                                    "0123456789")};
        QTest::newRow("empty chunked body")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
            << QStringList {
                   request("POST / HTTP/1.1", true, true, {{"Host", "a"}, {"Transfer-Encoding", "chunked"}}, {})};
        QTest::newRow("pipelined") << QByteArray(
            "POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\n\r\naPOST /b HTTP/1.1\r\nHost: "
            "a\r\nTransfer-Encoding: "
            "chunked\r\n\r\n2\r\nbb\r\n0\r\n\r\nGET /c HTTP/1.1\r\nHost: a\r\n\r\n")
                                   << QStringList {request("POST /a HTTP/1.1", true, false,
                                                           {{"Host", "a"}, {"Content-Length", "1"}}, "a"),
                                                   request("POST /b HTTP/1.1", true, true,
                                                           {{"Host", "a"}, {"Transfer-Encoding", "chunked"}}, "bb"),
                                                   request("GET /c HTTP/1.1", true, false, {{"Host", "a"}}, {})};
        QTest::newRow("http/1.0 closes by default")
            << QByteArray("POST / HTTP/1.0\r\nContent-Length: 2\r\n\r\nok")
            << QStringList {request("POST / HTTP/1.0", false, false, {{"Content-Length", "2"}}, "ok")};
        QTest::newRow("http/1.0 keep-alive")
            << QByteArray("GET /1 HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\nGET /2 HTTP/1.0\r\n\r\n")
            << QStringList {request("GET /1 HTTP/1.0", true, false, {{"Connection", "Keep-Alive"}}, {}),
                            request("GET /2 HTTP/1.0", false, false, {}, {})};
        QTest::newRow("a later 1.x minor reads as 1.1")
            << QByteArray("GET / HTTP/1.2\r\nHost: a\r\n\r\n")
            << QStringList {request("GET / HTTP/1.2", true, false, {{"Host", "a"}}, {})};
        QTest::newRow("connection close ends the stream")
            << QByteArray("GET /1 HTTP/1.1\r\nHost: a\r\nConnection: keep-alive, close\r\n\r\nGET /2 HTTP/1.1\r\nHost: "
                          "a\r\n\r\nGARBAGE\r\n\r\n")
            << QStringList {
                   request("GET /1 HTTP/1.1", false, false, {{"Host", "a"}, {"Connection", "keep-alive, close"}}, {})};
        QTest::newRow("lone LF line ends")
            << QByteArray("POST / HTTP/1.1\nHost: a\nContent-Length: 2\n\nok")
            << QStringList {request("POST / HTTP/1.1", true, false, {{"Host", "a"}, {"Content-Length", "2"}}, "ok")};
        QTest::newRow("LF then CRLF ends the head")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nA: 1\n\r\n")
            << QStringList {request("GET / HTTP/1.1", true, false, {{"Host", "a"}, {"A", "1"}}, {})};
        QTest::newRow("empty lines before a request")
            << QByteArray("\r\n\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n")
            << QStringList {request("GET / HTTP/1.1", true, false, {{"Host", "a"}}, {}),
                            request("GET /2 HTTP/1.1", true, false, {{"Host", "a"}}, {})};
        QTest::newRow("binary body") << bytes("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\n\0\r\n\xff\n")
                                     << QStringList {request("POST / HTTP/1.1", true, false,
                                                             {{"Host", "a"}, {"Content-Length", "5"}},
                                                             bytes("\0\r\n\xff\n"))};
        QTest::newRow("equal lengths repeated and listed")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nContent-Length: 2, 0002\r\n\r\nok")
            << QStringList {request("POST / HTTP/1.1", true, false,
                                    {{"Host", "a"}, {"Content-Length", "2"}, {"Content-Length", "2, 0002"}}, "ok")};
        QTest::newRow("any method, any target form") << QByteArray(
            "PURGE http://example.com/a?b HTTP/1.1\r\nHost: a\r\n\r\nOPTIONS * HTTP/1.1\r\nHost: a\r\n\r\nM-SEARCH "
            "/%7Euser HTTP/1.1\r\nHost: a\r\n\r\n")
                                                     << QStringList {request("PURGE http://example.com/a?b HTTP/1.1",
                                                                             true, false, {{"Host", "a"}}, {}),
                                                                     request("OPTIONS * HTTP/1.1", true, false,
                                                                             {{"Host", "a"}}, {}),
                                                                     request("M-SEARCH /%7Euser HTTP/1.1", true, false,
                                                                             {{"Host", "a"}}, {})};
        QTest::newRow("body of exactly the limit")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1000\r\n\r\n") + QByteArray(1000, 'b')
            << QStringList {request("POST / HTTP/1.1", true, false, {{"Host", "a"}, {"Content-Length", "1000"}},
                                    QByteArray(1000, 'b'))};
        QTest::newRow("chunked body of exactly the limit")
            << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1f4\r\n")
                + QByteArray(500, 'c') + "\r\n1f4\r\n" + QByteArray(500, 'c') + "\r\n0\r\n\r\n"
            << QStringList {request("POST / HTTP/1.1", true, true, {{"Host", "a"}, {"Transfer-Encoding", "chunked"}},
                                    QByteArray(1000, 'c'))};
    }
    void valid()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QStringList, expected);
        const Parsed whole = parseWhole(raw);
        QVERIFY2(whole.ok, whole.reason.constData());
        QCOMPARE(describe(whole.requests), expected);
        QVERIFY(!whole.inProgress);
        verifySplitsAgree(raw);
    }

    void headerLimitsAreExact()
    {
        ParserLimits limits; // the defaults: 200 lines, 64 KiB
        QVERIFY(parseWhole(manyHeaders(200), limits).ok);
        QCOMPARE(parseWhole(manyHeaders(200), limits).requests.first().headers.size(), 200);
        QCOMPARE(parseWhole(manyHeaders(201), limits).status, 431);
        QVERIFY(parseWhole(headOfSize(64 * 1024), limits).ok);
        QCOMPARE(parseWhole(headOfSize(64 * 1024 + 1), limits).status, 431);
        // A head that never ends is refused as soon as it passes the limit, not when memory runs out.
        RequestParser parser(limits);
        QList<Request> out;
        QVERIFY(parser.feed("GET / HTTP/1.1\r\nX: ", &out));
        bool ok = true;
        int fed = 0;
        while (ok && fed < 1000) {
            ok = parser.feed(QByteArray(1024, 'a'), &out);
            ++fed;
        }
        QVERIFY(!ok);
        QCOMPARE(parser.error().status, 431);
        QVERIFY(fed <= 65);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        const QByteArray chunkedHead = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";
        // Request line
        QTest::newRow("no target") << QByteArray("GET HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("no spaces") << QByteArray("POST/HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two spaces") << QByteArray("POST  / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("trailing space") << QByteArray("POST / HTTP/1.1 \r\n\r\n") << 400;
        QTest::newRow("tab separator") << QByteArray("POST\t/ HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("PO(ST / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("control in target") << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("DEL in target") << QByteArray("GET /a\x7f HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bad version") << QByteArray("POST / HTTQ/1.1\r\n\r\n") << 400;
        QTest::newRow("lower-case version") << QByteArray("POST / http/1.1\r\n\r\n") << 400;
        QTest::newRow("long version") << QByteArray("POST / HTTP/1.10\r\n\r\n") << 400;
        QTest::newRow("version without minor") << QByteArray("POST / HTTP/1\r\n\r\n") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("POST / HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("HTTP/0.9") << QByteArray("GET / HTTP/0.9\r\n\r\n") << 505;
        QTest::newRow("bare CR in request line") << QByteArray("GET /\r HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("NUL in request line") << bytes("GET /\0 HTTP/1.1\r\n\r\n") << 400;
        // Header syntax
        QTest::newRow("header without colon") << QByteArray("POST / HTTP/1.1\r\nNoColon\r\n\r\n") << 400;
        QTest::newRow("empty header name") << QByteArray("POST / HTTP/1.1\r\n: v\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("POST / HTTP/1.1\r\nHost : a\r\n\r\n") << 400;
        QTest::newRow("space in name") << QByteArray("POST / HTTP/1.1\r\nX Y: a\r\n\r\n") << 400;
        QTest::newRow("obs-fold") << QByteArray("POST / HTTP/1.1\r\nX: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("fold before the first header") << QByteArray("POST / HTTP/1.1\r\n X: a\r\n\r\n") << 400;
        QTest::newRow("NUL in value") << bytes("POST / HTTP/1.1\r\nX: a\0b\r\n\r\n") << 400;
        QTest::newRow("NUL in name") << bytes("POST / HTTP/1.1\r\nX\0: a\r\n\r\n") << 400;
        QTest::newRow("bare CR in value") << QByteArray("POST / HTTP/1.1\r\nX: a\rb\r\n\r\n") << 400;
        QTest::newRow("CR CR LF") << QByteArray("POST / HTTP/1.1\r\nX: a\r\r\n\r\n") << 400;
        QTest::newRow("control in value") << QByteArray("POST / HTTP/1.1\r\nX: a\x01\r\n\r\n") << 400;
        QTest::newRow("DEL in value") << QByteArray("POST / HTTP/1.1\r\nX: a\x7f\r\n\r\n") << 400;
        QTest::newRow("two Host headers") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n") << 400;
        // RFC 9112 §3.2: an HTTP/1.1 request without Host gets 400 (HTTP/1.0 may lack it: see valid()).
        QTest::newRow("HTTP/1.1 without Host") << QByteArray("GET / HTTP/1.1\r\nX: a\r\n\r\n") << 400;
        QTest::newRow("later minor without Host") << QByteArray("GET / HTTP/1.2\r\n\r\n") << 400;
        QTest::newRow("unknown expectation") << QByteArray("POST / HTTP/1.1\r\nExpect: 200-ok\r\n\r\n") << 417;
        // Framing
        QTest::newRow("CL then TE") << QByteArray(
            "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
                                    << 400;
        QTest::newRow("TE then CL") << QByteArray(
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n")
                                    << 400;
        QTest::newRow("conflicting CL") << QByteArray(
            "POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n")
                                        << 400;
        QTest::newRow("conflicting CL list") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3, 4\r\n\r\n") << 400;
        QTest::newRow("negative CL") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("signed CL") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\n") << 400;
        QTest::newRow("hex CL") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 0x10\r\n\r\n") << 400;
        QTest::newRow("empty CL") << QByteArray("POST / HTTP/1.1\r\nContent-Length:\r\n\r\n") << 400;
        QTest::newRow("empty CL after a valid one")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: ,\r\n\r\n") << 400;
        QTest::newRow("CL with inner space") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1 2\r\n\r\n") << 400;
        QTest::newRow("huge CL") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n")
                                 << 413;
        QTest::newRow("body over the limit") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1001\r\n\r\n") << 413;
        QTest::newRow("unknown coding") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 400;
        QTest::newRow("chunked not last")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n") << 400;
        QTest::newRow("chunked twice") << QByteArray(
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n")
                                       << 400;
        QTest::newRow("empty TE") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding:\r\n\r\n") << 400;
        QTest::newRow("unsupported coding before chunked")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 501;
        QTest::newRow("TE in HTTP/1.0") << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
        // Chunks
        QTest::newRow("bad chunk size") << chunkedHead + "zz\r\n" << 400;
        QTest::newRow("negative chunk size") << chunkedHead + "-1\r\n" << 400;
        QTest::newRow("missing chunk size") << chunkedHead + "\r\n" << 400;
        QTest::newRow("missing chunk size before extension") << chunkedHead + ";a=b\r\n" << 400;
        QTest::newRow("whitespace after chunk size") << chunkedHead + "5 \r\nhello\r\n0\r\n\r\n" << 400;
        QTest::newRow("chunk size line ended by LF") << chunkedHead + "5\nhello\r\n0\r\n\r\n" << 400;
        QTest::newRow("bare CR in chunk size line") << chunkedHead + "5\r;a\r\nhello\r\n0\r\n\r\n" << 400;
        QTest::newRow("control in chunk extension") << chunkedHead + "5;a=\x01\r\nhello\r\n0\r\n\r\n" << 400;
        QTest::newRow("chunk data not followed by CRLF") << chunkedHead + "2\r\nabXX" << 400;
        QTest::newRow("chunk data followed by LF") << chunkedHead + "2\r\nab\n0\r\n\r\n" << 400;
        QTest::newRow("chunk data longer than its size") << chunkedHead + "2\r\nabc\r\n0\r\n\r\n" << 400;
        QTest::newRow("chunk size line too long") << chunkedHead + "5;" + QByteArray(5000, 'x') << 400;
        QTest::newRow("huge chunk size") << chunkedHead + "fffffffffffffffffffff\r\n" << 413;
        QTest::newRow("chunk over the limit") << chunkedHead + "3E9\r\n" << 413;
        QTest::newRow("chunks over the limit") << chunkedHead + "1f4\r\n" + QByteArray(500, 'c') + "\r\n1f5\r\n" << 413;
        QTest::newRow("trailer without colon") << chunkedHead + "0\r\nNoColon\r\n\r\n" << 400;
        QTest::newRow("trailer fold") << chunkedHead + "0\r\nX: a\r\n b\r\n\r\n" << 400;
        QTest::newRow("NUL in trailer") << chunkedHead + bytes("0\r\nX: \0\r\n\r\n") << 400;
        QTest::newRow("too many trailers") << chunkedHead + "0\r\n" + QByteArray("T: v\r\n").repeated(201) + "\r\n"
                                           << 431;
        QTest::newRow("trailers too large") << chunkedHead + "0\r\nT: " + QByteArray(70 * 1024, 't') << 431;
        // Limits
        QTest::newRow("head too large") << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(70 * 1024, 'a') << 431;
        QTest::newRow("request line too large") << QByteArray("GET /") + QByteArray(70 * 1024, 'a') << 431;
        QTest::newRow("too many headers") << manyHeaders(201) << 431;
    }
    void malformed()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        const Parsed whole = parseWhole(raw);
        QVERIFY(!whole.ok);
        QCOMPARE(whole.status, status);
        QVERIFY(!whole.reason.isEmpty());
        QVERIFY(whole.requests.isEmpty()); // nothing half-parsed comes out
        verifySplitsAgree(raw);
    }

    void keepAliveRules_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << true;
        QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n") << false;
        QTest::newRow("1.1 Close in a list")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: Upgrade, CLOSE\r\n\r\n") << false;
        QTest::newRow("1.1 close in a second header")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\nConnection: close\r\n\r\n") << false;
        QTest::newRow("1.1 closer is not close")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: closer\r\n\r\n") << true;
        QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
        QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
        QTest::newRow("1.0 keep-alive and close")
            << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n\r\n") << false;
    }
    void keepAliveRules()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, keepAlive);
        const Parsed p = parseWhole(raw);
        QVERIFY(p.ok);
        QCOMPARE(p.requests.first().keepAlive, keepAlive);
    }

    void expectContinue()
    {
        RequestParser p;
        QList<Request> out;
        QVERIFY(p.feed("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 3\r\n\r\n", &out));
        QVERIFY(p.wantsContinue());
        QVERIFY(p.headComplete());
        QVERIFY(out.isEmpty());
        p.continueSent();
        QVERIFY(!p.wantsContinue());
        QVERIFY(p.feed("abc", &out));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().body, QByteArray("abc"));
        QVERIFY(!p.wantsContinue());

        // Also for a chunked body; the expectation ends with the request either way.
        RequestParser chunked;
        QVERIFY(chunked.feed("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n",
                             &out));
        QVERIFY(chunked.wantsContinue());
        QVERIFY(chunked.feed("1\r\nx\r\n0\r\n\r\n", &out));
        QVERIFY(!chunked.wantsContinue());

        // Not for HTTP/1.0, not without a body, not when the body came along with the head.
        for (const QByteArray &raw :
             {QByteArray("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n"),
              QByteArray("GET / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n"),
              QByteArray("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc")}) {
            RequestParser other;
            QVERIFY(other.feed(raw, &out));
            QVERIFY2(!other.wantsContinue(), raw.constData());
        }
    }

    void progressState()
    {
        RequestParser p;
        QList<Request> out;
        QVERIFY(!p.inProgress());
        QVERIFY(p.feed("\r\n", &out));
        QVERIFY(!p.inProgress()); // empty lines between requests are not a request
        // Nor is an empty line arriving in two pieces: a lone CR would otherwise keep an idle connection open.
        QVERIFY(p.feed("\r", &out));
        QVERIFY(!p.inProgress());
        QVERIFY(p.feed("\n\r", &out));
        QVERIFY(!p.inProgress());
        QVERIFY(p.feed("\n", &out));
        QVERIFY(!p.inProgress());
        QVERIFY(p.feed("POST / HT", &out));
        QVERIFY(p.inProgress());
        QVERIFY(!p.headComplete());
        QVERIFY(p.feed("TP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n", &out));
        QVERIFY(p.inProgress());
        QVERIFY(p.headComplete());
        QVERIFY(p.feed("o", &out));
        QVERIFY(p.headComplete());
        QVERIFY(p.feed("k", &out));
        QVERIFY(!p.inProgress());
        QVERIFY(!p.headComplete());
        QCOMPARE(out.size(), 1);
    }

    void staysFailed()
    {
        RequestParser p;
        QList<Request> out;
        QVERIFY(!p.feed("BROKEN\r\n\r\n", &out));
        QVERIFY(p.hasError());
        QVERIFY(!p.feed("GET / HTTP/1.1\r\nHost: a\r\n\r\n", &out));
        QVERIFY(out.isEmpty());
        QVERIFY(!p.inProgress());
    }

    void nothingIsReadAfterConnectionClose()
    {
        RequestParser p;
        QList<Request> out;
        QVERIFY(p.feed("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", &out));
        QVERIFY(p.isDone());
        QVERIFY(p.feed("NOT HTTP AT ALL\r\n\r\n", &out));
        QVERIFY(!p.hasError());
        QVERIFY(!p.inProgress());
        QCOMPARE(out.size(), 1);
    }

    void validRequestBeforeMalformedOneIsKept()
    {
        const Parsed p = parseWhole("GET /ok HTTP/1.1\r\nHost: a\r\n\r\nGARBAGE\r\n\r\n");
        QVERIFY(!p.ok);
        QCOMPARE(p.status, 400);
        QCOMPARE(p.requests.size(), 1);
        QCOMPARE(p.requests.first().target, QByteArray("/ok"));
    }

    void largeBodyArrivingInPieces()
    {
        ParserLimits limits;
        RequestParser p(limits);
        QList<Request> out;
        const qsizetype size = 3 * 1024 * 1024 + 7;
        QVERIFY(
            p.feed(QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n"),
                   &out));
        QByteArray sent;
        for (qsizetype i = 0; i < size; i += 65536) {
            const QByteArray piece(qMin<qsizetype>(65536, size - i), char('a' + (i / 65536) % 26));
            sent += piece;
            QVERIFY(p.feed(piece, &out));
        }
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().body, sent);
    }

    // Common methods, versions and header names are shared literals, the rest copies: either way each keeps the
    // exact bytes and case that arrived.
    void namesKeepTheirBytesWhetherCommonOrNot()
    {
        const Parsed p = parseWhole("POST /a HTTP/1.1\r\nHost: h\r\nhost-x: 1\r\ncontent-type: a\r\nCONTENT-TYPE: b\r\n"
                                    "Content-Typ: c\r\nContent-Type: d\r\nX-GitHub-Event: e\r\nx-github-event: f\r\n"
                                    "Content-Length: 0\r\n\r\n"
                                    "PoST /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"
                                    "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\nPOSTS /c HTTP/1.1\r\nHost: a\r\n\r\n");
        QVERIFY2(p.ok, p.reason.constData());
        QCOMPARE(p.requests.size(), 4);
        const Request &first = p.requests.at(0);
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.version, QByteArray("HTTP/1.1"));
        const HeaderList expected {{"Host", "h"},           {"host-x", "1"},         {"content-type", "a"},
                                   {"CONTENT-TYPE", "b"},   {"Content-Typ", "c"},    {"Content-Type", "d"},
                                   {"X-GitHub-Event", "e"}, {"x-github-event", "f"}, {"Content-Length", "0"}};
        QCOMPARE(first.headers, expected);
        QCOMPARE(p.requests.at(1).method, QByteArray("PoST"));
        QCOMPARE(p.requests.at(1).version, QByteArray("HTTP/1.0"));
        QCOMPARE(p.requests.at(2).method, QByteArray("OPTIONS"));
        QCOMPARE(p.requests.at(3).method, QByteArray("POSTS"));
        // A shared literal is still an ordinary, independent value.
        QByteArray method = first.method;
        method[0] = 'X';
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(method, QByteArray("XOST"));
    }

    // A header line that repeats the previous request's line at the same position shares its bytes; anything else
    // (another value, another name, another position, a prefix) is read as sent.
    void repeatedHeaderLinesAreExact()
    {
        const Parsed p
            = parseWhole("POST /a HTTP/1.1\r\nHost: a\r\nUser-Agent: x/1\r\nX-Id: 1\r\nContent-Length: 0\r\n\r\n"
                         "POST /a HTTP/1.1\r\nHost: a\r\nUser-Agent: x/1\r\nX-Id: 12\r\nContent-Length: 0\r\n\r\n"
                         "POST /a? HTTP/1.1\r\nHost: a\r\nX-Id: 12\r\nUser-Agent: x/1\r\nContent-Length: 0\r\n\r\n"
                         "POST /a HTTP/1.1\r\nHost: a\r\nX-Id: 12\r\nuser-agent: x/1\r\nContent-Length: 00\r\n\r\n");
        QVERIFY2(p.ok, p.reason.constData());
        QCOMPARE(p.requests.size(), 4);
        const HeaderList expected[] {
            {{"Host", "a"}, {"User-Agent", "x/1"}, {"X-Id", "1"}, {"Content-Length", "0"}},
            {{"Host", "a"}, {"User-Agent", "x/1"}, {"X-Id", "12"}, {"Content-Length", "0"}},
            {{"Host", "a"}, {"X-Id", "12"}, {"User-Agent", "x/1"}, {"Content-Length", "0"}},
            {{"Host", "a"}, {"X-Id", "12"}, {"user-agent", "x/1"}, {"Content-Length", "00"}},
        };
        const QByteArray targets[] {"/a", "/a", "/a?", "/a"};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(p.requests.at(i).headers, expected[i]);
            QCOMPARE(p.requests.at(i).target, targets[i]);
        }
        const HeaderList &first = p.requests.at(0).headers;
        const HeaderList &second = p.requests.at(1).headers;
        QVERIFY(second.at(1).value.isSharedWith(first.at(1).value));
        QVERIFY(second.at(3).value.isSharedWith(first.at(3).value));
        QVERIFY(!second.at(2).value.isSharedWith(first.at(2).value));
        QVERIFY(p.requests.at(1).target.isSharedWith(p.requests.at(0).target));
    }

    void serializesResponsesExactly_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("framing"); // 0 none, 1 close, 2 keep-alive, 3 HEAD
        QTest::addColumn<QByteArray>("expected");
        const Header date {"Date", "Sun, 29 Nov 2026 10:00:00 GMT"};
        QTest::newRow("200 with a body") << 200 << HeaderList {{"Content-Type", "application/json"}, date}
                                         << QByteArray("{\"ok\":true}") << 0
                                         << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                                       "Date: Sun, 29 Nov 2026 10:00:00 GMT\r\nContent-Length: 11\r\n"
                                                       "\r\n{\"ok\":true}");
        QTest::newRow("framing headers are replaced")
            << 201
            << HeaderList {{"content-length", "99"},
                           {"X-A", "1"},
                           {"CONNECTION", "x"},
                           {"Transfer-Encoding", "gzip"},
                           {"date", "d"}}
            << QByteArray("abc") << 1
            << QByteArray("HTTP/1.1 201 Created\r\nX-A: 1\r\ndate: d\r\nContent-Length: 3\r\n"
                          "Connection: close\r\n\r\nabc");
        QTest::newRow("unknown status keeps the space")
            << 599 << HeaderList {date} << QByteArray() << 2
            << QByteArray("HTTP/1.1 599 \r\nDate: Sun, 29 Nov 2026 10:00:00 "
                          "GMT\r\nContent-Length: 0\r\nConnection: "
                          "keep-alive\r\n\r\n");
        QTest::newRow("204 has no length and no body")
            << 204 << HeaderList {date} << QByteArray("dropped") << 0
            << QByteArray("HTTP/1.1 204 No Content\r\nDate: Sun, 29 Nov 2026 10:00:00 GMT\r\n\r\n");
        QTest::newRow("HEAD has the length, not the body")
            << 200 << HeaderList {date} << QByteArray(1234, 'x') << 3
            << QByteArray("HTTP/1.1 200 OK\r\nDate: Sun, 29 Nov 2026 10:00:00 GMT\r\nContent-Length: 1234\r\n\r\n");
        QTest::newRow("binary body")
            << 404 << HeaderList {date, {"X-Empty", ""}} << QByteArray("\0\r\n\xff", 4) << 0
            << QByteArray("HTTP/1.1 404 Not Found\r\nDate: Sun, 29 Nov 2026 10:00:00 GMT\r\nX-Empty: \r\n"
                          "Content-Length: 4\r\n\r\n\0\r\n\xff",
                          97);
    }
    void serializesResponsesExactly()
    {
        QFETCH(int, status);
        QFETCH(HeaderList, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, framing);
        QFETCH(QByteArray, expected);
        ResponseFraming f;
        f.close = framing == 1;
        f.keepAlive = framing == 2;
        f.headRequest = framing == 3;
        QCOMPARE(serializeResponse(status, headers, body, f), expected);
    }

    void serializedResponsesGetADate()
    {
        const QByteArray out = serializeResponse(200, {{"X-A", "1"}}, "ok");
        const QRegularExpression shape(QStringLiteral("^HTTP/1\\.1 200 OK\r\nX-A: 1\r\nDate: [A-Z][a-z]{2}, \\d\\d "
                                                      "[A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT\r\n"
                                                      "Content-Length: 2\r\n\r\nok$"));
        QVERIFY2(shape.match(QString::fromLatin1(out)).hasMatch(), out.constData());
    }

    // Inputs the fuzzer found or that once broke the parser: each must parse the same however it is split.
    void regressions_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(qEnvironmentVariable("HOOKBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/http/regressions"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), qPrintable(dir.path()));
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void regressions()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray input = f.readAll();
        verifySplitsAgree(input);
        verifySplitsAgree(input, ParserLimits {});
    }
};

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
