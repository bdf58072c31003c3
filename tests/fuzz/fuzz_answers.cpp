// libFuzzer target for what the receiver does with a parsed request before it answers: the provider handshakes
// (WebSub, CloudEvents, Slack), rule matching on the request target, and rendering an answer's body and headers
// from the request ({{header.NAME}}, {{json.a.0.b}}, {{request.id}}). All of it reads what the sender chose.
// The input is a raw byte stream as a client would send it; each request the parser completes goes through the
// same steps as in HttpReceiver, with rules whose templates quote the request back. Checked beyond "no sanitizer
// report": a rendered header value never holds a line break or another control character (a request must not
// inject headers into its own answer), and the serialized answer has exactly the header lines it was given. Inputs
// starting with 0x01 skip the parser: their bytes become header values and JSON strings of a capture directly.
// A finding becomes a file in tests/data/answers/regressions, replayed by the fuzz build.
#include "receiver/handshakes.h"
#include "receiver/http/connection.h"
#include "receiver/http/requestparser.h"
#include "receiver/rulematcher.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

using namespace Hookbench;

namespace {

[[noreturn]] void failed(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_answers: %s [%s]\n", what, detail.toPercentEncoding(" =:/{}.").constData());
    std::abort();
}

Http::ParserLimits limits()
{
    Http::ParserLimits l;
    l.maxHeadBytes = 2048;
    l.maxHeaderLines = 32;
    l.maxBodyBytes = 4096;
    return l;
}

ResponseRule rule(const char *method, const char *pattern, const char *body, const HeaderList &headers)
{
    ResponseRule r;
    r.method = method;
    r.pathPattern = QString::fromLatin1(pattern);
    r.body = body;
    r.headers = headers;
    return r;
}

const QList<ResponseRule> &rules()
{
    static const QList<ResponseRule> list {
        rule("POST", "/hooks/*/events/**", R"({"echo":"{{json.data.0.id}}","n":{{json.count}}})",
             {{"X-Echo", "{{header.X-Request-Id}}"}, {"X-Json", "{{json.a.b.c}}"}}),
        rule("GET", "/a/**/b/*/c", "{{request.id}} {{request.time}} {{header.Host}}",
             {{"X-Id", "{{request.id}}-{{header.User-Agent}}"}}),
        rule("*", "/**", "{{json}}{{header.}}{{json.}}{{unknown}}{{json.0}}{{", {{"X-All", "{{json.x}}{{header.X}}"}}),
    };
    return list;
}

void checkHeaderValue(const QByteArray &value)
{
    for (const char c : value) {
        if ((uchar(c) < 0x20 && c != '\t') || c == 0x7f)
            failed("a rendered header value holds a control character:", value);
    }
}

void render(const CapturedRequest &capture)
{
    for (const ResponseRule &r : rules()) {
        const QByteArray body = Receiving::renderTemplate(r.body, capture);
        HeaderList headers;
        for (const Header &h : r.headers) {
            headers.append({h.name, Receiving::renderHeaderValue(h.value, capture)});
            checkHeaderValue(headers.last().value);
        }
        // The answer has the status line, the rule's headers, Date, Content-Length, then the blank line.
        const QByteArray bytes = Http::serializeResponse(200, headers, body);
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
        if (headEnd < 0)
            failed("the answer has no end of head");
        if (bytes.first(headEnd).count("\r\n") != headers.size() + 2)
            failed("the answer's head has more lines than it was given:", bytes.first(headEnd));
    }
}

CapturedRequest captureOf(const Http::Request &request)
{
    CapturedRequest capture;
    capture.id = 42;
    capture.receivedAt = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    capture.method = request.method;
    capture.target = request.target;
    capture.headers = request.headers + request.trailers;
    capture.body = request.body;
    return capture;
}

void answer(const Http::Request &request)
{
    if (const std::optional<Http::Response> handshake = Receiving::handshakeResponse(request)) {
        for (const Header &h : handshake->headers)
            checkHeaderValue(h.value);
    }
    (void)Receiving::targetPath(request.target);
    const int index = Receiving::matchRuleForTarget(rules(), request.method, request.target);
    if (index < -1 || index >= rules().size())
        failed("matchRuleForTarget() gave no rule's index");
    render(captureOf(request));
}

// The parser lets no control character into a header, but a JSON body's strings may hold any (as \u escapes),
// and the templates quote them: captures are also made here directly, with the fuzzer's bytes as header values
// and as the strings of a JSON body the rules' templates look into.
void answerDirectly(const QByteArray &input)
{
    const QList<QByteArray> parts = input.split('\xff');
    const auto part = [&](qsizetype i) { return parts.value(i); };
    const auto text = [](const QByteArray &bytes) { return QString::fromLatin1(bytes); };
    CapturedRequest capture;
    capture.method = "POST";
    capture.target = "/hooks/a/events/b";
    capture.headers = {{"X-Request-Id", part(0)}, {"User-Agent", part(1)}, {"X", part(2)}};
    const QJsonObject body {
        {QLatin1String("x"), text(part(3))},
        {QLatin1String("count"), text(part(4))},
        {QLatin1String("data"), QJsonArray {QJsonObject {{QLatin1String("id"), text(part(5))}}}},
        {QLatin1String("a"), QJsonObject {{QLatin1String("b"), QJsonObject {{QLatin1String("c"), text(part(6))}}}}}};
    capture.body = part(7).isEmpty() ? QJsonDocument(body).toJson(QJsonDocument::Compact) : part(7);
    render(capture);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    // Requests start with a method's capital letter; anything else is made into a capture directly.
    if (!input.isEmpty() && input.front() == '\x01') {
        answerDirectly(input.sliced(1).toByteArray());
        return 0;
    }
    Http::RequestParser parser(limits());
    QList<Http::Request> requests;
    parser.feed(input, &requests);
    for (const Http::Request &request : std::as_const(requests))
        answer(request);
    return 0;
}
