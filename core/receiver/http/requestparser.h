#pragma once

#include "domain/header.h"

#include <QByteArray>
#include <QList>

namespace Hookbench::Http {

struct ParserLimits
{
    qsizetype maxHeadBytes = 64 * 1024; // request line + headers
    int maxHeaderLines = 200;
    qint64 maxBodyBytes = 25LL * 1024 * 1024;
};

// One complete request, exactly as it arrived: header names keep their case and order, the body its bytes.
struct Request
{
    QByteArray method;
    QByteArray target;
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    HeaderList headers;
    HeaderList trailers;
    QByteArray body;
    bool keepAlive = true;
};

struct ParseError
{
    int status = 400; // 400, 413, 431, 501, 505
    QByteArray reason;
};

// Incremental HTTP/1.1 request parser (RFC 9112): feed it bytes as they arrive, take complete requests out.
// Pure: no sockets, no timers. After an error it stays failed; nothing half-parsed is ever returned.
class RequestParser
{
public:
    explicit RequestParser(ParserLimits limits = {});

    enum class State
    {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Failed,
    };

    // Consumes data; complete requests are appended to `requests`. Returns false once the stream is malformed.
    bool feed(QByteArrayView data, QList<Request> *requests);

    // The request being read asked for `Expect: 100-continue` and its headers are complete: the connection
    // should send "100 Continue" once (then call continueSent()).
    bool wantsContinue() const { return m_wantsContinue; }
    void continueSent() { m_wantsContinue = false; }

    bool hasError() const { return m_state == State::Failed; }
    ParseError error() const { return m_error; }
    // True while a request has started arriving but is not complete (for the header timeout).
    bool inProgress() const { return !m_buffer.isEmpty() || m_state != State::Head; }
    bool headComplete() const { return m_state != State::Head && m_state != State::Failed; }

private:
    bool fail(int status, const char *reason);
    bool parseHead(qsizetype headEnd);
    void finishRequest(QList<Request> *requests);

    ParserLimits m_limits;
    State m_state = State::Head;
    QByteArray m_buffer;
    Request m_current;
    qint64 m_remaining = 0;
    bool m_chunked = false;
    bool m_wantsContinue = false;
    int m_trailerLines = 0;
    qsizetype m_trailerBytes = 0;
    qsizetype m_headScanned = 0;
    ParseError m_error;
};

} // namespace Hookbench::Http
