#include "requestparser.h"

#include <array>
#include <cstring>

namespace Hookbench::Http {

namespace {

// A chunk-size line (size and extensions) longer than this is not a real sender's.
constexpr qsizetype MaxChunkLineBytes = 4096;
// More significant decimal or hex digits than these cannot be a size within any limit.
constexpr int MaxLengthDigits = 18;
constexpr int MaxChunkSizeDigits = 15;

// RFC 9110 tchar, as a table: header names are checked a character at a time on every request.
constexpr std::array<bool, 256> kTokenChars = [] {
    std::array<bool, 256> table {};
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = table[c - 'a' + 'A'] = true;
    for (char c : {'!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~'})
        table[uchar(c)] = true;
    return table;
}();

// Where a byte first occurs, or -1: memchr itself, without the QByteArrayView call layers around it (a request head
// is searched about twenty times).
qsizetype find(QByteArrayView bytes, char c, qsizetype from = 0)
{
    if (from >= bytes.size())
        return -1;
    const void *hit = std::memchr(bytes.data() + from, uchar(c), size_t(bytes.size() - from));
    return hit ? static_cast<const char *>(hit) - bytes.data() : -1;
}

bool contains(QByteArrayView bytes, char c)
{
    return find(bytes, c) >= 0;
}

// The methods, versions and header names most requests carry, as literals: a QByteArray copied from one needs
// no allocation, so a typical request head costs a handful fewer (and the batching writer, where captures end,
// as many fewer frees). Names are matched with their case, which the capture keeps.
template<size_t N>
QByteArray shared(QByteArrayView bytes, const std::array<QByteArray, N> &common)
{
    for (const QByteArray &literal : common) {
        if (literal.size() == bytes.size() && std::memcmp(literal.constData(), bytes.data(), size_t(bytes.size())) == 0)
            return literal;
    }
    return bytes.toByteArray();
}

const std::array<QByteArray, 7> kMethods {
    QByteArrayLiteral("POST"),   QByteArrayLiteral("GET"),  QByteArrayLiteral("PUT"),    QByteArrayLiteral("PATCH"),
    QByteArrayLiteral("DELETE"), QByteArrayLiteral("HEAD"), QByteArrayLiteral("OPTIONS")};
const std::array<QByteArray, 2> kVersions {QByteArrayLiteral("HTTP/1.1"), QByteArrayLiteral("HTTP/1.0")};
const std::array<QByteArray, 22> kHeaderNames {
    QByteArrayLiteral("Host"),
    QByteArrayLiteral("User-Agent"),
    QByteArrayLiteral("Content-Type"),
    QByteArrayLiteral("Content-Length"),
    QByteArrayLiteral("Accept"),
    QByteArrayLiteral("Accept-Encoding"),
    QByteArrayLiteral("Connection"),
    QByteArrayLiteral("Authorization"),
    QByteArrayLiteral("host"),
    QByteArrayLiteral("user-agent"),
    QByteArrayLiteral("content-type"),
    QByteArrayLiteral("content-length"),
    QByteArrayLiteral("accept"),
    QByteArrayLiteral("accept-encoding"),
    QByteArrayLiteral("X-GitHub-Event"),
    QByteArrayLiteral("X-GitHub-Delivery"),
    QByteArrayLiteral("X-GitHub-Hook-ID"),
    QByteArrayLiteral("X-Hub-Signature-256"),
    QByteArrayLiteral("Stripe-Signature"),
    QByteArrayLiteral("webhook-id"),
    QByteArrayLiteral("webhook-timestamp"),
    QByteArrayLiteral("webhook-signature"),
};

bool isTokenChar(char c)
{
    return kTokenChars[uchar(c)];
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

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

// Control characters other than HTAB, and DEL.
bool isControl(char c)
{
    return (uchar(c) < 0x20 && c != '\t') || c == 0x7f;
}

// The same over a whole header value, written without an early exit so that the compiler checks many bytes per
// instruction: every value of every request goes through here.
bool hasControl(QByteArrayView v)
{
    bool found = false;
    for (char c : v)
        found |= isControl(c);
    return found;
}

QByteArrayView trimmedOws(QByteArrayView v)
{
    while (!v.isEmpty() && isWhitespace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isWhitespace(v.back()))
        v.chop(1);
    return v;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// Calls f for each non-empty element of a comma-separated list, trimmed (RFC 9110 §5.6.1: empty elements
// are ignored). Stops early when f returns false.
template<typename F>
bool forEachListElement(QByteArrayView list, F f)
{
    while (true) {
        const qsizetype comma = find(list, ',');
        const QByteArrayView element = trimmedOws(comma < 0 ? list : list.first(comma));
        if (!element.isEmpty() && !f(element))
            return false;
        if (comma < 0)
            return true;
        list = list.sliced(comma + 1);
    }
}

// A field line "name: value" of a header or trailer section; false when it is not one.
// `previous` is the header at the same position in the connection's previous request: when the line repeats it,
// the header shares its bytes.
bool parseField(QByteArrayView line, Header *out, const Header *previous = nullptr)
{
    const qsizetype colon = find(line, ':');
    if (colon <= 0)
        return false;
    const QByteArrayView name = line.first(colon);
    if (!isToken(name))
        return false; // includes whitespace between the name and the colon
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    if (hasControl(value))
        return false;
    if (previous && QByteArrayView(previous->name) == name && QByteArrayView(previous->value) == value)
        *out = *previous;
    else
        *out = Header {shared(name, kHeaderNames), value.toByteArray()};
    return true;
}

} // namespace

RequestParser::RequestParser(ParserLimits limits)
    : m_limits(limits)
{ }

bool RequestParser::inProgress() const
{
    switch (m_state) {
    case State::RequestLine:
        // A lone CR may begin one of the empty lines allowed before a request line, which count towards nothing:
        // not the head's clock, nor the idle one (a client sending "\r", later "\n", must not keep a connection).
        return pendingBytes() > 1 || (pendingBytes() == 1 && m_buffer.at(m_pos) != '\r');
    case State::Failed:
    case State::Done:
        return false;
    default:
        return true;
    }
}

bool RequestParser::headComplete() const
{
    switch (m_state) {
    case State::Body:
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
    case State::Trailers:
        return true;
    default:
        return false;
    }
}

bool RequestParser::fail(int status, const char *reason)
{
    m_state = State::Failed;
    m_error = ParseError {status, QByteArray(reason)};
    m_wantsContinue = false;
    m_buffer.clear();
    m_pos = m_scanned = 0;
    m_current = Request {};
    return false;
}

// Takes the next complete line (without its LF and, when there is one, the CR before it). The search for the
// LF resumes where the last one stopped, so a line arriving a byte at a time costs linear time.
bool RequestParser::takeLine(QByteArrayView *line, bool *endedByCrLf, qsizetype *lineBytes)
{
    const qsizetype lf = find(m_buffer, '\n', qMax(m_pos, m_scanned));
    if (lf < 0) {
        m_scanned = m_buffer.size();
        return false;
    }
    QByteArrayView l = QByteArrayView(m_buffer).sliced(m_pos, lf - m_pos);
    *endedByCrLf = l.endsWith('\r');
    if (*endedByCrLf)
        l.chop(1);
    *line = l;
    *lineBytes = lf + 1 - m_pos;
    m_pos = lf + 1;
    m_scanned = m_pos;
    return true;
}

void RequestParser::compact()
{
    if (m_pos >= m_buffer.size()) {
        m_buffer.resize(0);
        m_pos = m_scanned = 0;
    } else if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        // Amortised: bytes move at most once per time the buffer halves.
        m_buffer.remove(0, m_pos);
        m_scanned = qMax<qsizetype>(0, m_scanned - m_pos);
        m_pos = 0;
    }
}

bool RequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype sp1 = find(line, ' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : find(line, ' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || find(line, ' ', sp2 + 1) >= 0)
        return fail(400, "Bad Request: malformed request line");
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method))
        return fail(400, "Bad Request: invalid method");
    for (char c : target) {
        if (isControl(c) || c == '\t')
            return fail(400, "Bad Request: invalid request target");
    }
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (version.size() != 8 || !version.startsWith("HTTP/") || !digit(version[5]) || version[6] != '.'
        || !digit(version[7]))
        return fail(400, "Bad Request: invalid HTTP version");
    if (version[5] != '1')
        return fail(505, "HTTP Version Not Supported");

    m_current = Request {};
    // Room for a typical webhook's headers up front, instead of growing the list one reallocation at a time.
    m_current.headers.reserve(16);
    m_current.method = shared(method, kMethods);
    m_current.target = QByteArrayView(m_previousTarget) == target ? m_previousTarget : target.toByteArray();
    m_current.version = shared(version, kVersions);
    m_framing = Framing {};
    m_state = State::Headers;
    return true;
}

// Remembers what a header field says about framing and connection handling; false after failing.
bool RequestParser::noteFraming(const Header &h)
{
    Framing &f = m_framing;
    const QByteArrayView name = h.name;
    if (equalsIgnoringCase(name, "Content-Length")) {
        // Repeated or listed values must all agree (RFC 9110 §8.6).
        bool conflicting = false;
        int elements = 0;
        const bool valid = forEachListElement(h.value, [&](QByteArrayView v) {
            ++elements;
            qsizetype start = 0;
            while (start < v.size() - 1 && v[start] == '0')
                ++start;
            qint64 value = 0;
            for (char c : v) {
                if (c < '0' || c > '9')
                    return false;
            }
            const bool tooLarge = v.size() - start > MaxLengthDigits;
            if (!tooLarge) {
                for (char c : v.sliced(start))
                    value = value * 10 + (c - '0');
            }
            if ((f.contentLength >= 0 || f.contentLengthTooLarge)
                && (tooLarge != f.contentLengthTooLarge || (!tooLarge && value != f.contentLength))) {
                conflicting = true;
                return false;
            }
            f.contentLengthTooLarge = tooLarge;
            f.contentLength = tooLarge ? -1 : value;
            return true;
        });
        if (conflicting)
            return fail(400, "Bad Request: conflicting Content-Length values");
        if (!valid || elements == 0)
            return fail(400, "Bad Request: invalid Content-Length");
    } else if (equalsIgnoringCase(name, "Transfer-Encoding")) {
        f.hasTransferEncoding = true;
        forEachListElement(h.value, [&](QByteArrayView coding) {
            // A coding may carry parameters ("gzip;q=1"); its name is what decides.
            const qsizetype semicolon = coding.indexOf(';');
            f.lastCoding = trimmedOws(semicolon < 0 ? coding : coding.first(semicolon)).toByteArray().toLower();
            ++f.codingCount;
            if (f.lastCoding == "chunked")
                ++f.chunkedCount;
            return true;
        });
    } else if (equalsIgnoringCase(name, "Connection")) {
        forEachListElement(h.value, [&](QByteArrayView option) {
            if (equalsIgnoringCase(option, "close"))
                f.connectionClose = true;
            else if (equalsIgnoringCase(option, "keep-alive"))
                f.connectionKeepAlive = true;
            return true;
        });
    } else if (equalsIgnoringCase(name, "Expect")) {
        forEachListElement(h.value, [&](QByteArrayView expectation) {
            if (equalsIgnoringCase(expectation, "100-continue"))
                f.expectContinue = true;
            else
                f.unsupportedExpectation = true;
            return true;
        });
    } else if (equalsIgnoringCase(name, "Host")) {
        ++f.hostCount;
    }
    return true;
}

bool RequestParser::parseHeaderLine(QByteArrayView line)
{
    if (isWhitespace(line.front()))
        return fail(400, "Bad Request: obsolete line folding in a header");
    if (++m_sectionLines > m_limits.maxHeaderLines)
        return fail(431, "Request Header Fields Too Large: too many header lines");
    const qsizetype index = m_current.headers.size();
    Header h;
    if (!parseField(line, &h, index < m_previousHeaders.size() ? &m_previousHeaders.at(index) : nullptr))
        return fail(400, "Bad Request: malformed header line");
    if (!noteFraming(h))
        return false;
    m_current.headers.append(std::move(h));
    return true;
}

bool RequestParser::finishHead(QList<Request> *requests)
{
    const Framing &f = m_framing;
    const bool http10 = m_current.version == "HTTP/1.0";
    if (f.hostCount > 1)
        return fail(400, "Bad Request: more than one Host header");
    if (f.hasTransferEncoding && (f.contentLength >= 0 || f.contentLengthTooLarge))
        return fail(400, "Bad Request: both Content-Length and Transfer-Encoding");
    if (f.hasTransferEncoding) {
        // RFC 9112 §6.1: HTTP/1.0 has no transfer codings, and a body whose last coding is not chunked has no
        // determinable length; both are framing errors.
        if (http10)
            return fail(400, "Bad Request: Transfer-Encoding in an HTTP/1.0 request");
        if (f.codingCount == 0 || f.lastCoding != "chunked" || f.chunkedCount > 1)
            return fail(400, "Bad Request: chunked must be the final transfer coding, once");
        if (f.codingCount > 1)
            return fail(501, "Not Implemented: transfer codings other than chunked");
    }
    if (f.contentLengthTooLarge || f.contentLength > m_limits.maxBodyBytes)
        return fail(413, "Content Too Large");
    if (f.unsupportedExpectation)
        return fail(417, "Expectation Failed: only 100-continue is supported");
    // RFC 9112 §3.2: a server MUST answer 400 to an HTTP/1.1 request without Host; HTTP/1.0 had no Host. Checked
    // after the framing, so that a request with both faults is reported for the more serious one.
    if (f.hostCount == 0 && !http10)
        return fail(400, "Bad Request: an HTTP/1.1 request needs a Host header");

    m_current.keepAlive = !f.connectionClose && (!http10 || f.connectionKeepAlive);
    m_current.chunked = f.hasTransferEncoding;
    m_sectionBytes = 0;
    m_sectionLines = 0;
    if (m_current.chunked) {
        m_state = State::ChunkSize;
    } else if (f.contentLength > 0) {
        m_remaining = f.contentLength;
        // Enough room for a typical body at once, without letting a claimed length reserve memory up front.
        m_current.body.reserve(qsizetype(qMin<qint64>(m_remaining, 64 * 1024)));
        m_state = State::Body;
    } else {
        finishRequest(requests);
        return true;
    }
    // RFC 9110 §10.1.1: a 100-continue expectation in an HTTP/1.0 request is ignored.
    m_wantsContinue = f.expectContinue && !http10;
    return true;
}

bool RequestParser::parseChunkSize(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() - 1 && line[i] == '0')
        ++i; // leading zeros are allowed and say nothing about the size
    const qsizetype significantStart = i;
    qint64 size = 0;
    for (; i < line.size(); ++i) {
        const char c = line[i];
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            break;
        if (i - significantStart >= MaxChunkSizeDigits)
            return fail(413, "Content Too Large");
        size = size * 16 + digit;
    }
    if (i == 0)
        return fail(400, "Bad Request: invalid chunk size");
    // chunk-ext = *( BWS ";" BWS ext-name [ BWS "=" BWS ext-val ] ); the extensions themselves are ignored.
    QByteArrayView rest = line.sliced(i);
    while (!rest.isEmpty() && isWhitespace(rest.front()))
        rest = rest.sliced(1);
    if (rest.size() != line.size() - i && rest.isEmpty())
        return fail(400, "Bad Request: invalid chunk size");
    if (!rest.isEmpty()) {
        if (rest.front() != ';')
            return fail(400, "Bad Request: invalid chunk size");
        for (char c : rest) {
            if (isControl(c))
                return fail(400, "Bad Request: invalid chunk extension");
        }
    }
    if (size > m_limits.maxBodyBytes - m_current.body.size())
        return fail(413, "Content Too Large");
    if (size == 0) {
        m_state = State::Trailers;
        m_sectionBytes = 0;
        m_sectionLines = 0;
    } else {
        m_remaining = size;
        m_state = State::ChunkData;
    }
    return true;
}

bool RequestParser::parseTrailerLine(QByteArrayView line)
{
    if (isWhitespace(line.front()))
        return fail(400, "Bad Request: obsolete line folding in a trailer");
    if (++m_sectionLines > m_limits.maxHeaderLines)
        return fail(431, "Request Header Fields Too Large: too many trailer lines");
    Header h;
    if (!parseField(line, &h))
        return fail(400, "Bad Request: malformed trailer line");
    m_current.trailers.append(std::move(h));
    return true;
}

void RequestParser::finishRequest(QList<Request> *requests)
{
    // After a request that ends the connection, nothing more is read (RFC 9112 §9.6).
    m_state = m_current.keepAlive ? State::RequestLine : State::Done;
    m_previousHeaders = m_current.headers;
    m_previousTarget = m_current.target;
    requests->append(std::move(m_current));
    m_current = Request {};
    m_wantsContinue = false;
    m_remaining = 0;
    m_sectionBytes = 0;
    m_sectionLines = 0;
}

bool RequestParser::feed(QByteArrayView data, QList<Request> *requests)
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Done)
        return true;

    // Body bytes that arrive with nothing buffered before them go straight into the body.
    while (!data.isEmpty() && pendingBytes() == 0 && (m_state == State::Body || m_state == State::ChunkData)) {
        const qsizetype take = qsizetype(qMin<qint64>(m_remaining, data.size()));
        m_current.body.append(data.first(take));
        data = data.sliced(take);
        m_remaining -= take;
        if (m_remaining > 0)
            return true;
        if (m_state == State::Body)
            finishRequest(requests);
        else
            m_state = State::ChunkDataEnd;
    }
    m_buffer.append(data);

    while (true) {
        QByteArrayView line;
        bool crlf = false;
        qsizetype lineBytes = 0;
        switch (m_state) {
        case State::Failed:
            return false;
        case State::Done:
            m_buffer.clear();
            m_pos = m_scanned = 0;
            return true;
        case State::RequestLine:
        case State::Headers:
        case State::Trailers: {
            if (!takeLine(&line, &crlf, &lineBytes)) {
                if (m_sectionBytes + pendingBytes() > m_limits.maxHeadBytes)
                    return fail(431,
                                m_state == State::Trailers
                                    ? "Request Header Fields Too Large: trailer section over the limit"
                                    : "Request Header Fields Too Large: request head over the limit");
                compact();
                return true;
            }
            // Empty lines before a request line are ignored (RFC 9112 §2.2) and count towards nothing.
            if (m_state == State::RequestLine && line.isEmpty())
                break;
            m_sectionBytes += lineBytes;
            if (m_sectionBytes > m_limits.maxHeadBytes)
                return fail(431,
                            m_state == State::Trailers
                                ? "Request Header Fields Too Large: trailer section over the limit"
                                : "Request Header Fields Too Large: request head over the limit");
            if (contains(line, '\r') || contains(line, '\0'))
                return fail(400, "Bad Request: NUL or bare CR in the request head");
            if (m_state == State::RequestLine) {
                if (!parseRequestLine(line))
                    return false;
            } else if (line.isEmpty()) {
                if (m_state == State::Trailers)
                    finishRequest(requests);
                else if (!finishHead(requests))
                    return false;
            } else if (m_state == State::Headers ? !parseHeaderLine(line) : !parseTrailerLine(line)) {
                return false;
            }
            break;
        }
        case State::ChunkSize: {
            if (!takeLine(&line, &crlf, &lineBytes)) {
                if (pendingBytes() > MaxChunkLineBytes)
                    return fail(400, "Bad Request: chunk size line too long");
                compact();
                return true;
            }
            if (!crlf)
                return fail(400, "Bad Request: chunk size line not ended by CRLF");
            if (contains(line, '\r') || contains(line, '\0'))
                return fail(400, "Bad Request: NUL or bare CR in a chunk size line");
            if (!parseChunkSize(line))
                return false;
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qsizetype take = qsizetype(qMin<qint64>(m_remaining, pendingBytes()));
            m_current.body.append(QByteArrayView(m_buffer).sliced(m_pos, take));
            m_pos += take;
            m_remaining -= take;
            if (m_remaining > 0) {
                compact();
                return true;
            }
            if (m_state == State::Body)
                finishRequest(requests);
            else
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            if (pendingBytes() < 2) {
                if (pendingBytes() == 1 && m_buffer[m_pos] != '\r')
                    return fail(400, "Bad Request: chunk data not followed by CRLF");
                compact();
                return true;
            }
            if (m_buffer[m_pos] != '\r' || m_buffer[m_pos + 1] != '\n')
                return fail(400, "Bad Request: chunk data not followed by CRLF");
            m_pos += 2;
            m_scanned = m_pos;
            m_state = State::ChunkSize;
            break;
        }
        }
    }
}

} // namespace Hookbench::Http
