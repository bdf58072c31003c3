// libFuzzer target for the receiver's HTTP request parser: the input is fed in pieces whose sizes come from
// the input itself, and the result must not depend on how the bytes were split.
#include "receiver/http/requestparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Hookbench::Http;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    ParserLimits limits;
    limits.maxBodyBytes = 1 << 16;
    limits.maxHeadBytes = 1 << 14;

    RequestParser whole(limits);
    QList<Request> wholeRequests;
    const bool wholeOk = whole.feed(bytes, &wholeRequests);

    RequestParser pieces(limits);
    QList<Request> pieceRequests;
    bool piecesOk = true;
    const qsizetype step = 1 + data[0] % 7;
    for (qsizetype i = 0; i < bytes.size() && piecesOk; i += step)
        piecesOk = pieces.feed(QByteArrayView(bytes).sliced(i, qMin(step, bytes.size() - i)), &pieceRequests);

    if (wholeOk != piecesOk || wholeRequests.size() != pieceRequests.size())
        abort();
    for (qsizetype i = 0; i < wholeRequests.size(); ++i) {
        if (wholeRequests[i].body != pieceRequests[i].body || wholeRequests[i].headers != pieceRequests[i].headers
            || wholeRequests[i].target != pieceRequests[i].target)
            abort();
    }
    if (!wholeOk && whole.error().status != pieces.error().status)
        abort();
    return 0;
}
