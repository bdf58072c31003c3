#include "requestparser.h"

namespace Hookbench::Http {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

// Splits the head into lines on LF, accepting CRLF (and a lone LF, as RFC 9112 allows); a CR anywhere else is
// an error, as is a NUL.
bool splitLines(QByteArrayView head, QList<QByteArrayView> *lines)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= head.size(); ++i) {
        if (i < head.size() && head[i] == '\0')
            return false;
        if (i == head.size() || head[i] == '\n') {
            QByteArrayView line = head.sliced(start, i - start);
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.contains('\r'))
                return false;
            lines->append(line);
            start = i + 1;
        }
    }
    return true;
}

// A field line "name: value" of a header or trailer section.
int parseField(QByteArrayView line, Header *out)
{
    if (line.front() == ' ' || line.front() == '\t')
        return 400; // obsolete line folding
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return 400;
    const QByteArrayView name = line.first(colon);
    if (!isToken(name))
        return 400; // includes whitespace between the name and the colon
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    for (char c : value) {
        if ((uchar(c) < 0x20 && c != '\t') || c == 0x7f)
            return 400;
    }
    *out = Header {name.toByteArray(), value.toByteArray()};
    return 0;
}

} // namespace

RequestParser::RequestParser(ParserLimits limits)
    : m_limits(limits)
{ }

bool RequestParser::fail(int status, const char *reason)
{
    m_state = State::Failed;
    m_error = ParseError {status, QByteArray(reason)};
    m_buffer.clear();
    return false;
}

bool RequestParser::parseHead(qsizetype headEnd)
{
    QList<QByteArrayView> lines;
    if (!splitLines(QByteArrayView(m_buffer).first(headEnd), &lines))
        return fail(400, "Bad Request: NUL or bare CR in the request head");
    // Empty lines before the request line are ignored (RFC 9112 §2.2).
    qsizetype first = 0;
    while (first < lines.size() && lines[first].isEmpty())
        ++first;
    if (first >= lines.size())
        return fail(400, "Bad Request: empty request");
    const QByteArrayView requestLine = lines[first];
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return fail(400, "Bad Request: malformed request line");
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method))
        return fail(400, "Bad Request: invalid method");
    for (char c : target) {
        if (uchar(c) <= 0x20 || c == 0x7f)
            return fail(400, "Bad Request: invalid request target");
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.')
            return fail(505, "HTTP Version Not Supported");
        return fail(400, "Bad Request: invalid HTTP version");
    }
    if (lines.size() - first - 1 > m_limits.maxHeaderLines)
        return fail(431, "Request Header Fields Too Large: too many header lines");

    m_current = Request {};
    m_current.method = method.toByteArray();
    m_current.target = target.toByteArray();
    m_current.version = version.toByteArray();
    QByteArray contentLength;
    bool hasContentLength = false;
    QByteArray transferEncoding;
    bool hasTransferEncoding = false;
    QByteArray connection;
    bool expectContinue = false;
    for (qsizetype i = first + 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        Header h;
        if (parseField(lines[i], &h) != 0)
            return fail(400, "Bad Request: malformed header line");
        const QByteArray lower = h.name.toLower();
        if (lower == "content-length") {
            // Repeated or listed values must all agree (RFC 9110 §8.6).
            for (const QByteArray &part : h.value.split(',')) {
                const QByteArray v = part.trimmed();
                if (v.isEmpty())
                    return fail(400, "Bad Request: invalid Content-Length");
                for (char c : v) {
                    if (c < '0' || c > '9')
                        return fail(400, "Bad Request: invalid Content-Length");
                }
                if (hasContentLength && v != contentLength)
                    return fail(400, "Bad Request: conflicting Content-Length values");
                contentLength = v;
                hasContentLength = true;
            }
        } else if (lower == "transfer-encoding") {
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + h.value;
            hasTransferEncoding = true;
        } else if (lower == "connection") {
            connection += "," + h.value.toLower();
        } else if (lower == "expect") {
            if (h.value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return fail(417, "Expectation Failed");
            expectContinue = true;
        }
        m_current.headers.append(std::move(h));
    }
    if (hasContentLength && hasTransferEncoding)
        return fail(400, "Bad Request: both Content-Length and Transfer-Encoding");

    const bool http10 = m_current.version == "HTTP/1.0";
    auto hasToken = [&](const char *token) {
        for (const QByteArray &part : connection.split(',')) {
            if (part.trimmed() == token)
                return true;
        }
        return false;
    };
    m_current.keepAlive = http10 ? hasToken("keep-alive") : !hasToken("close");

    m_chunked = false;
    m_remaining = 0;
    if (hasTransferEncoding) {
        const QList<QByteArray> codings = transferEncoding.toLower().split(',');
        if (codings.size() != 1 || codings.first().trimmed() != "chunked")
            return fail(codings.last().trimmed() == "chunked" ? 501 : 400,
                        "Transfer-Encoding other than chunked is not supported");
        m_chunked = true;
    } else if (hasContentLength) {
        if (contentLength.size() > 15)
            return fail(413, "Content Too Large");
        m_remaining = contentLength.toLongLong();
        if (m_remaining > m_limits.maxBodyBytes)
            return fail(413, "Content Too Large");
    }
    m_wantsContinue = expectContinue && !http10 && (m_chunked || m_remaining > 0);
    m_buffer.remove(0, headEnd);
    m_state = m_chunked ? State::ChunkSize : State::Body;
    return true;
}

void RequestParser::finishRequest(QList<Request> *requests)
{
    requests->append(std::move(m_current));
    m_current = Request {};
    m_state = State::Head;
    m_wantsContinue = false;
    m_trailerLines = 0;
    m_trailerBytes = 0;
}

bool RequestParser::feed(QByteArrayView data, QList<Request> *requests)
{
    if (m_state == State::Failed)
        return false;
    m_buffer.append(data.data(), data.size());
    while (true) {
        switch (m_state) {
        case State::Failed:
            return false;
        case State::Head: {
            if (m_buffer.isEmpty())
                return true;
            // The head ends at the first empty line: CRLF CRLF, or a lone LF pair.
            // Searching resumes where the last search stopped, so a head sent one byte at a time costs linear time.
            qsizetype end = -1;
            const qsizetype from = qMax<qsizetype>(0, m_headScanned - 3);
            const qsizetype crlf = m_buffer.indexOf("\r\n\r\n", from);
            const qsizetype lf = m_buffer.indexOf("\n\n", from);
            if (crlf >= 0 && (lf < 0 || crlf + 2 <= lf))
                end = crlf + 4;
            else if (lf >= 0)
                end = lf + 2;
            if (end < 0) {
                if (m_buffer.size() > m_limits.maxHeadBytes)
                    return fail(431, "Request Header Fields Too Large");
                m_headScanned = m_buffer.size();
                return true;
            }
            m_headScanned = 0;
            if (end > m_limits.maxHeadBytes)
                return fail(431, "Request Header Fields Too Large");
            if (!parseHead(end))
                return false;
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
            m_current.body.append(m_buffer.constData(), take);
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return true;
            finishRequest(requests);
            break;
        }
        case State::ChunkSize: {
            const qsizetype eol = m_buffer.indexOf('\n');
            if (eol < 0) {
                if (m_buffer.size() > 1024)
                    return fail(400, "Bad Request: chunk size line too long");
                return true;
            }
            QByteArrayView line = QByteArrayView(m_buffer).first(eol);
            if (!line.endsWith('\r'))
                return fail(400, "Bad Request: chunk size line must end with CRLF");
            line.chop(1);
            const qsizetype semicolon = line.indexOf(';');
            const QByteArrayView hex = semicolon >= 0 ? line.first(semicolon) : line;
            if (hex.isEmpty() || hex.size() > 15)
                return fail(400, "Bad Request: invalid chunk size");
            qint64 size = 0;
            for (char c : hex) {
                int digit;
                if (c >= '0' && c <= '9')
                    digit = c - '0';
                else if (c >= 'a' && c <= 'f')
                    digit = c - 'a' + 10;
                else if (c >= 'A' && c <= 'F')
                    digit = c - 'A' + 10;
                else
                    return fail(400, "Bad Request: invalid chunk size");
                size = size * 16 + digit;
            }
            if (QByteArrayView ext = semicolon >= 0 ? line.sliced(semicolon) : QByteArrayView(); ext.contains('\0'))
                return fail(400, "Bad Request: invalid chunk extension");
            m_buffer.remove(0, eol + 1);
            if (m_current.body.size() + size > m_limits.maxBodyBytes)
                return fail(413, "Content Too Large");
            if (size == 0) {
                m_state = State::Trailers;
            } else {
                m_remaining = size;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
            m_current.body.append(m_buffer.constData(), take);
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return true;
            m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            if (m_buffer.size() < 2)
                return true;
            if (m_buffer[0] != '\r' || m_buffer[1] != '\n')
                return fail(400, "Bad Request: chunk data not followed by CRLF");
            m_buffer.remove(0, 2);
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            const qsizetype eol = m_buffer.indexOf('\n');
            if (eol < 0) {
                if (m_trailerBytes + m_buffer.size() > m_limits.maxHeadBytes)
                    return fail(431, "Request Header Fields Too Large: trailers");
                return true;
            }
            QByteArrayView line = QByteArrayView(m_buffer).first(eol);
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.contains('\r') || line.contains('\0'))
                return fail(400, "Bad Request: NUL or bare CR in trailers");
            m_trailerBytes += eol + 1;
            if (line.isEmpty()) {
                m_buffer.remove(0, eol + 1);
                finishRequest(requests);
                break;
            }
            Header h;
            if (parseField(line, &h) != 0)
                return fail(400, "Bad Request: malformed trailer line");
            if (++m_trailerLines > m_limits.maxHeaderLines || m_trailerBytes > m_limits.maxHeadBytes)
                return fail(431, "Request Header Fields Too Large: trailers");
            m_current.trailers.append(h);
            m_buffer.remove(0, eol + 1);
            break;
        }
        }
    }
}

} // namespace Hookbench::Http
