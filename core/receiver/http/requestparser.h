#pragma once

#include "domain/header.h"

#include <QByteArray>
#include <QList>

namespace Hookbench::Http {

struct ParserLimits
{
    // The request line plus the header section; the trailer section of a chunked body has the same allowance.
    qsizetype maxHeadBytes = 64 * 1024;
    // Header field lines (and, separately, trailer field lines).
    int maxHeaderLines = 200;
    qint64 maxBodyBytes = 25LL * 1024 * 1024;
};

// One complete request, exactly as it arrived: header names keep their case and order, the body its bytes
// (de-chunked when it came chunked).
struct Request
{
    QByteArray method;
    QByteArray target;
    QByteArray version; // as sent: "HTTP/1.1", "HTTP/1.0" (a later 1.x minor is read as 1.1)
    HeaderList headers;
    HeaderList trailers;
    QByteArray body;
    bool chunked = false;
    // Whether the connection may carry another request after this one (HTTP/1.1 unless "Connection: close",
    // HTTP/1.0 only with "Connection: keep-alive").
    bool keepAlive = true;
};

struct ParseError
{
    // 400 malformed, 413 body over the limit, 431 head over the limits; also 417 (an expectation other than
    // 100-continue), 501 (a transfer coding other than chunked) and 505 (an HTTP major version other than 1).
    int status = 400;
    QByteArray reason;
};

// Incremental HTTP/1.1 request parser (RFC 9112): feed it bytes as they arrive, take complete requests out.
// Pure: no sockets, no timers. Each byte is looked at a bounded number of times however the input is split,
// and memory stays within the limits. After an error it stays failed; nothing half-parsed is ever returned.
//
// Strict where leniency lets two parsers disagree about where a request ends (request smuggling): both
// Content-Length and Transfer-Encoding, differing Content-Lengths, chunked not last, chunk lines not ended by
// CRLF, obsolete line folding, whitespace before a colon, NUL or a bare CR anywhere in the head, more than one
// Host, and no Host in an HTTP/1.1 request (RFC 9112 §3.2 requires a 400; HTTP/1.0 requests may lack it).
// Lenient where RFC 9112 allows it and real senders rely on it: empty lines before a request line, a lone LF
// ending a head line.
class RequestParser
{
public:
    explicit RequestParser(ParserLimits limits = {});

    // Consumes data; complete requests are appended to `requests`. Returns false once the stream is malformed
    // (requests completed before the malformed one are still appended). After a request that closes the
    // connection (keepAlive false) further bytes are ignored.
    bool feed(QByteArrayView data, QList<Request> *requests);

    // The request being read asked for `Expect: 100-continue`, its head is complete and its body is not: the
    // connection should send "HTTP/1.1 100 Continue" (then call continueSent()).
    bool wantsContinue() const { return m_wantsContinue; }
    void continueSent() { m_wantsContinue = false; }

    bool hasError() const { return m_state == State::Failed; }
    // A request without keep-alive has been returned: the connection ends after answering it.
    bool isDone() const { return m_state == State::Done; }
    const ParseError &error() const { return m_error; }
    // Some bytes of a request have arrived and the request is not complete yet.
    bool inProgress() const;
    // The head of the current request is complete and its body is arriving.
    bool headComplete() const;
    const ParserLimits &limits() const { return m_limits; }

private:
    enum class State
    {
        RequestLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Failed,
        Done, // the last request said the connection closes after it
    };

    // What the header fields said about framing, gathered while they arrive and judged once the head is done.
    struct Framing
    {
        qint64 contentLength = -1;
        bool contentLengthTooLarge = false;
        bool hasTransferEncoding = false;
        QByteArray lastCoding;
        int chunkedCount = 0;
        int codingCount = 0;
        bool connectionClose = false;
        bool connectionKeepAlive = false;
        bool expectContinue = false;
        bool unsupportedExpectation = false;
        int hostCount = 0;
    };

    bool fail(int status, const char *reason);
    bool takeLine(QByteArrayView *line, bool *endedByCrLf, qsizetype *lineBytes);
    qsizetype pendingBytes() const { return m_buffer.size() - m_pos; }
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    bool noteFraming(const Header &header);
    bool finishHead(QList<Request> *requests);
    bool parseChunkSize(QByteArrayView line);
    bool parseTrailerLine(QByteArrayView line);
    void finishRequest(QList<Request> *requests);
    void compact();

    ParserLimits m_limits;
    State m_state = State::RequestLine;
    // Bytes not consumed yet start at m_pos; a line end was searched for up to m_scanned.
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_scanned = 0;
    Request m_current;
    // The previous request's header list and target. A keep-alive sender repeats most of its header lines (its
    // User-Agent, Host, content type...) and often its target; a repeated one shares these bytes instead of
    // allocating its own. Only reads: the list is shared with the request handed out.
    HeaderList m_previousHeaders;
    QByteArray m_previousTarget;
    Framing m_framing;
    qsizetype m_sectionBytes = 0; // head or trailer section so far
    int m_sectionLines = 0;
    qint64 m_remaining = 0;
    bool m_wantsContinue = false;
    ParseError m_error;
};

} // namespace Hookbench::Http
