// libFuzzer target for the receiver's HTTP request parser. The input is a raw byte stream as a client would
// send it. It is parsed whole, one byte at a time, and in pieces whose sizes come from a generator seeded by
// the input; every run must report the same requests, the same error and the same state, and every request
// must respect the limits. Any difference or crash aborts, and the input becomes a file in
// tests/data/http/regressions (tst_httpparser replays them all).
#include "receiver/http/requestparser.h"

#include <QRandomGenerator>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Hookbench::Http;

namespace {

// Small limits, so short inputs reach them.
ParserLimits fuzzLimits()
{
    ParserLimits limits;
    limits.maxHeadBytes = 1024;
    limits.maxHeaderLines = 16;
    limits.maxBodyBytes = 2048;
    return limits;
}

struct Outcome
{
    QList<Request> requests;
    bool ok = true;
    int status = 0;
    QByteArray reason;
    bool inProgress = false;
    bool headComplete = false;
    bool done = false;
    bool wantsContinue = false;
};

template<typename NextSize>
Outcome parse(QByteArrayView input, NextSize nextSize)
{
    RequestParser parser(fuzzLimits());
    Outcome out;
    for (qsizetype at = 0; at < input.size() && out.ok;) {
        const qsizetype size = qMin(nextSize(), input.size() - at);
        out.ok = parser.feed(input.sliced(at, size), &out.requests);
        at += size;
    }
    if (parser.hasError()) {
        out.status = parser.error().status;
        out.reason = parser.error().reason;
    }
    out.inProgress = parser.inProgress();
    out.headComplete = parser.headComplete();
    out.done = parser.isDone();
    out.wantsContinue = parser.wantsContinue();
    return out;
}

bool sameRequest(const Request &a, const Request &b)
{
    return a.method == b.method && a.target == b.target && a.version == b.version && a.headers == b.headers
        && a.trailers == b.trailers && a.body == b.body && a.chunked == b.chunked && a.keepAlive == b.keepAlive;
}

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void same(const Outcome &a, const Outcome &b)
{
    check(a.ok == b.ok && a.status == b.status && a.reason == b.reason);
    check(a.inProgress == b.inProgress && a.headComplete == b.headComplete && a.done == b.done
          && a.wantsContinue == b.wantsContinue);
    check(a.requests.size() == b.requests.size());
    for (qsizetype i = 0; i < a.requests.size(); ++i)
        check(sameRequest(a.requests[i], b.requests[i]));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParserLimits limits = fuzzLimits();

    const Outcome whole = parse(input, [&] { return qMax<qsizetype>(1, input.size()); });
    for (const Request &r : whole.requests) {
        check(r.body.size() <= limits.maxBodyBytes);
        check(r.headers.size() <= limits.maxHeaderLines && r.trailers.size() <= limits.maxHeaderLines);
        check(!r.method.isEmpty() && !r.target.isEmpty() && r.version.startsWith("HTTP/1."));
    }
    if (!whole.ok)
        check(whole.status == 400 || whole.status == 413 || whole.status == 417 || whole.status == 431
              || whole.status == 501 || whole.status == 505);

    same(whole, parse(input, [] { return qsizetype(1); }));

    QRandomGenerator random(quint32(qHashBits(data, size)));
    same(whole, parse(input, [&] { return qsizetype(1 + random.bounded(64)); }));
    return 0;
}
