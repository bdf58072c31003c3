#include "connection.h"

#include "util/bytewriter.h"

#include <QDateTime>
#include <QLocale>
#include <QSocketNotifier>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <array>
#include <charconv>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace Hookbench::Http {

namespace {

// Bytes taken from the socket per parse step.
constexpr qint64 ReadChunk = 64 * 1024;
// Reading stops while this many parsed requests wait for their turn, or this much of the answers is unsent.
constexpr size_t MaxQueuedRequests = 16;
constexpr qint64 MaxUnsentBytes = 1024 * 1024;
// Answers gathered for one direct write (a read's pipelined requests and a 100 Continue); more go through Qt.
constexpr qsizetype MaxDirectPieces = 32;

const QByteArray &httpDate()
{
    // Formatting a date per response would cost more than the rest of the response; it changes once a second.
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cached;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        cachedSecond = now;
        cached = QLocale::c()
                     .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC),
                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                     .toLatin1();
    }
    return cached;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isFramingHeader(QByteArrayView name)
{
    return equalsIgnoringCase(name, "Content-Length") || equalsIgnoringCase(name, "Connection")
        || equalsIgnoringCase(name, "Transfer-Encoding");
}

} // namespace

QString Peer::describe(const QHostAddress &address, quint16 port)
{
    QHostAddress shown = address;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        shown = QHostAddress(v4);
    const QString host = shown.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + shown.toString() + QLatin1Char(']')
        : shown.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

QByteArrayView reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 203:
        return "Non-Authoritative Information";
    case 204:
        return "No Content";
    case 205:
        return "Reset Content";
    case 206:
        return "Partial Content";
    case 300:
        return "Multiple Choices";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 418:
        return "I'm a teapot";
    case 421:
        return "Misdirected Request";
    case 422:
        return "Unprocessable Content";
    case 425:
        return "Too Early";
    case 426:
        return "Upgrade Required";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 451:
        return "Unavailable For Legal Reasons";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        // The reason phrase is optional (RFC 9112 §4); the status line still needs its space.
        return {};
    }
}

QByteArray serializeResponse(int status, const HeaderList &headers, const QByteArray &body, ResponseFraming framing)
{
    const bool noContent = status < 200 || status == 204 || status == 304;
    const bool withBody = !noContent && !framing.headRequest;
    std::array<char, 16> statusDigits;
    const QByteArrayView statusText(
        statusDigits.data(), std::to_chars(statusDigits.begin(), statusDigits.end(), status).ptr - statusDigits.data());
    std::array<char, 24> lengthDigits;
    const QByteArrayView length(lengthDigits.data(),
                                std::to_chars(lengthDigits.begin(), lengthDigits.end(), body.size()).ptr
                                    - lengthDigits.data());
    const QByteArrayView reason = reasonPhrase(status);
    const QByteArrayView connection = framing.close ? QByteArrayView("Connection: close\r\n")
        : framing.keepAlive                         ? QByteArrayView("Connection: keep-alive\r\n")
                                                    : QByteArrayView();

    // Measured first, then written in one allocation.
    qsizetype size = 9 + statusText.size() + 1 + reason.size() + 2;
    bool hasDate = false;
    for (const Header &h : headers) {
        if (isFramingHeader(h.name))
            continue;
        hasDate = hasDate || equalsIgnoringCase(h.name, "Date");
        size += h.name.size() + 2 + h.value.size() + 2;
    }
    const QByteArrayView date = hasDate ? QByteArrayView() : QByteArrayView(httpDate());
    if (!hasDate)
        size += 6 + date.size() + 2;
    if (!noContent)
        size += 16 + length.size() + 2;
    size += connection.size() + 2 + (withBody ? body.size() : 0);

    QByteArray out(size, Qt::Uninitialized);
    ByteWriter w(out.data());
    w << "HTTP/1.1 " << statusText << " " << reason << "\r\n";
    for (const Header &h : headers) {
        if (!isFramingHeader(h.name))
            w << h.name << ": " << h.value << "\r\n";
    }
    if (!hasDate)
        w << "Date: " << date << "\r\n";
    if (!noContent)
        w << "Content-Length: " << length << "\r\n";
    w << connection << "\r\n";
    if (withBody)
        w << body;
    return out;
}

Connection::Connection(QTcpSocket *socket, RequestHandler *handler, const ConnectionLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_limits(limits)
    , m_parser(limits.parser)
{
    socket->setParent(this);
    // Bounded: while reading is paused the kernel's buffers fill and the client waits, instead of our memory
    // growing.
    socket->setReadBufferSize(ReadChunk);
    m_peer.address = socket->peerAddress();
    m_peer.port = socket->peerPort();
    m_peer.encrypted = qobject_cast<QSslSocket *>(socket) != nullptr;
    m_peer.text = Peer::describe(m_peer.address, m_peer.port);
    connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (m_phase == Phase::Closed || continueAfterPeerFinished())
            return;
        releaseDescriptor();
        m_phase = Phase::Closed;
        emit closed();
    });
    updateDeadline(false);
    // Bytes may have arrived before this object existed (a TLS handshake, a fast client).
    if (socket->bytesAvailable() > 0)
        resumeReadingLater();
}

Connection::~Connection()
{
    // The socket is a child: keep its last signals from reaching a half-destroyed connection.
    QObject::disconnect(m_socket, nullptr, this, nullptr);
    releaseDescriptor();
    m_socket->abort();
}

bool Connection::readingPaused() const
{
    return m_neverAnswer || m_pending.size() >= MaxQueuedRequests || m_socket->bytesToWrite() > MaxUnsentBytes;
}

void Connection::onReadyRead()
{
    m_resumeQueued = false;
    if (m_peerFinished)
        return; // Qt's socket is closed; nothing more comes
    if (m_phase == Phase::Lingering || m_phase == Phase::Closing) {
        // Dropped: what a client sends after its final answer is not looked at.
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    if (m_phase != Phase::Open || m_finishing || m_timedOut || m_parser.hasError())
        return;
    thread_local std::array<char, ReadChunk> chunk;
    bool completed = false;
    while (!readingPaused() && !m_parser.isDone() && !m_parser.hasError()) {
        const qint64 n = m_socket->read(chunk.data(), qint64(chunk.size()));
        if (n <= 0)
            break;
        m_parser.feed(QByteArrayView(chunk.data(), n), &m_parsed);
        completed = completed || !m_parsed.isEmpty();
        for (Request &r : m_parsed)
            m_pending.push_back(std::move(r));
        m_parsed.clear(); // keeps its capacity for the next read
        // The socket's buffer holds at most a chunk, so a shorter read emptied it: asking again would only return 0.
        if (n < qint64(chunk.size()))
            break;
    }
    updateDeadline(completed);
    processPending();
}

void Connection::onBytesWritten()
{
    if (m_phase == Phase::Closing && m_socket->bytesToWrite() == 0)
        halfCloseAndLinger();
    else if (m_phase == Phase::Open && m_socket->bytesAvailable() > 0 && !readingPaused())
        resumeReadingLater();
}

void Connection::resumeReadingLater()
{
    if (m_resumeQueued)
        return;
    m_resumeQueued = true;
    // Queued: resuming from inside an answer would re-enter the request loop.
    QMetaObject::invokeMethod(this, &Connection::onReadyRead, Qt::QueuedConnection);
}

void Connection::updateDeadline(bool requestCompleted)
{
    if (m_phase != Phase::Open)
        return;
    if (m_parser.inProgress()) {
        m_idle = false;
        if (!m_parser.headComplete()) {
            // The head's clock starts with its first byte and is not extended by more bytes.
            if (!m_timingHead || requestCompleted)
                m_deadline.setRemainingTime(m_limits.headerTimeoutMs);
            m_timingHead = true;
        } else {
            // A body must keep arriving.
            m_timingHead = false;
            m_deadline.setRemainingTime(m_limits.idleTimeoutMs);
        }
        return;
    }
    m_timingHead = false;
    if (m_waiting || !m_pending.empty()) {
        m_idle = false;
        m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    } else if (!m_idle) {
        // Set when the connection becomes idle only, so stray empty lines cannot keep it open.
        m_idle = true;
        m_deadline.setRemainingTime(m_limits.idleTimeoutMs);
    }
}

void Connection::checkTimeouts()
{
    if (m_phase == Phase::Closed || !m_deadline.hasExpired())
        return;
    if (m_phase != Phase::Open) {
        // The last answer could not be written, or the client kept sending after it.
        closeNow();
        return;
    }
    if (m_parser.inProgress()) {
        m_timedOut = ParseError {408,
                                 m_parser.headComplete()
                                     ? QByteArray("Request Timeout: the request body stopped arriving")
                                     : QByteArray("Request Timeout: the request head did not arrive in time")};
        m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
        processPending();
    } else if (!m_waiting && m_pending.empty()) {
        closeAfterWriting();
    }
}

void Connection::finish()
{
    m_finishing = true;
    m_pending.clear();
    // Called from inside the handler, the answer being computed still goes out (processPending closes after it).
    if (m_phase == Phase::Open && !m_waiting && !m_handling)
        closeAfterWriting();
}

void Connection::processPending()
{
    while (m_phase == Phase::Open && !m_waiting && !m_pending.empty()) {
        if (m_finishing) {
            m_pending.clear();
            break;
        }
        const Request request = std::move(m_pending.front());
        m_pending.pop_front();
        m_handling = true;
        const Response response = m_handler->handleRequest(request, m_peer);
        m_handling = false;
        ResponseFraming framing;
        // An informational status cannot end an exchange: the connection ends with it.
        framing.close = !request.keepAlive || response.close || response.status < 200 || m_finishing;
        framing.keepAlive = !framing.close && request.version == "HTTP/1.0";
        framing.headRequest = request.method == "HEAD";
        if (response.mode == Response::Mode::Never) {
            // Deliberately no answer, and none for what is pipelined behind it: the client's timeout is what
            // is being tested.
            m_waiting = true;
            m_neverAnswer = true;
            m_pending.clear();
            break;
        }
        if (response.delayMs > 0) {
            m_waiting = true;
            holdDescriptor();
            // Precise: a coarse timer (Qt's default from 2 s) may fire up to 5 % early, and a sender's timeout
            // tested against this delay must never see the answer before it.
            QTimer::singleShot(response.delayMs, Qt::PreciseTimer, this, [this, response, framing] {
                m_waiting = false;
                send(response, framing);
                processPending();
            });
            break;
        }
        send(response, framing);
    }
    // Written now rather than when the event loop next polls for writability: one system call for the batch of
    // answers, and no write-notifier round trip per response.
    if (m_phase != Phase::Closed)
        flushOutgoing();
    if (!m_waiting && !m_peerFinished)
        releaseDescriptor();
    if (m_phase != Phase::Open)
        return;
    if (m_waiting) {
        updateDeadline(false);
        return;
    }
    if (m_finishing || m_peerFinished) {
        closeAfterWriting();
        return;
    }
    if (m_timedOut) {
        sendError(m_timedOut->status, m_timedOut->reason);
        return;
    }
    if (m_parser.hasError()) {
        sendError(m_parser.error().status, m_parser.error().reason);
        return;
    }
    if (m_parser.wantsContinue()) {
        write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        flushOutgoing();
        m_parser.continueSent();
    }
    updateDeadline(false);
    if (m_socket->bytesAvailable() > 0 && !readingPaused())
        resumeReadingLater();
}

void Connection::send(const Response &response, ResponseFraming framing)
{
    if (m_phase != Phase::Open)
        return;
    const QByteArray bytes = serializeResponse(response.status, response.headers, response.body, framing);
    if (response.mode == Response::Mode::CloseMidway) {
        write(bytes.first(qMax<qsizetype>(1, bytes.size() / 2)));
        flushOutgoing();
        closeNow();
        return;
    }
    write(bytes);
    if (framing.close)
        closeAfterWriting();
}

void Connection::sendError(int status, const QByteArray &reason)
{
    ResponseFraming framing;
    framing.close = true;
    write(serializeResponse(status,
                            {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")}},
                            reason + '\n', framing));
    closeAfterWriting();
}

void Connection::write(const QByteArray &bytes)
{
    m_outgoing.append(bytes);
}

void Connection::flushOutgoing()
{
    if (m_peerFinished) {
        writeHeld();
        return;
    }
    // Taken out first: nothing that Qt calls back while writing can add to what is being sent.
    QList<QByteArray> pieces;
    pieces.swap(m_outgoing);
    qint64 sent = 0;
    // A plain socket with nothing left in Qt's write buffer is written to directly, in one system call as Qt's
    // flush() would: going through the buffer cost a copy, arming and disarming the write notifier and a
    // bytesWritten() signal per answer, about 1,400 instructions (callgrind). What the kernel does not take now,
    // and everything on TLS, goes through Qt's buffer as before; so does a failure, which Qt then reports.
    if (!pieces.isEmpty() && !m_peer.encrypted && m_socket->bytesToWrite() == 0
        && m_socket->state() == QAbstractSocket::ConnectedState && m_socket->socketDescriptor() >= 0
        && pieces.size() <= MaxDirectPieces) {
        std::array<iovec, MaxDirectPieces> vectors;
        for (qsizetype i = 0; i < pieces.size(); ++i)
            vectors[size_t(i)] = {const_cast<char *>(pieces[i].constData()), size_t(pieces[i].size())};
        msghdr message {};
        message.msg_iov = vectors.data();
        message.msg_iovlen = size_t(pieces.size());
        sent = qMax<qint64>(0, ::sendmsg(int(m_socket->socketDescriptor()), &message, MSG_NOSIGNAL | MSG_DONTWAIT));
    }
    for (const QByteArray &piece : pieces) {
        if (sent >= piece.size()) {
            sent -= piece.size();
            continue;
        }
        m_socket->write(piece.constData() + sent, piece.size() - sent);
        sent = 0;
    }
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
    // The list's storage is kept for the next answers.
    pieces.clear();
    if (m_outgoing.isEmpty())
        m_outgoing.swap(pieces);
}

void Connection::closeAfterWriting()
{
    if (m_phase != Phase::Open)
        return;
    m_phase = Phase::Closing;
    m_pending.clear();
    // A client that never reads its answer does not hold the connection beyond this.
    m_deadline.setRemainingTime(m_limits.idleTimeoutMs);
    flushOutgoing();
    if (m_socket->bytesToWrite() == 0)
        halfCloseAndLinger();
}

void Connection::halfCloseAndLinger()
{
    if (m_phase != Phase::Closing)
        return;
    if (m_peerFinished) {
        // The client sent everything it will send: nothing to linger for once the answers are out.
        if (!m_heldUnsent.isEmpty())
            return; // writeHeld() comes back here
        ::shutdown(m_heldDescriptor, SHUT_WR);
        releaseDescriptor();
        m_phase = Phase::Closed;
        emit closed();
        return;
    }
    m_phase = Phase::Lingering;
    m_deadline.setRemainingTime(m_limits.lingerMs);
    if (m_peer.encrypted || m_socket->socketDescriptor() < 0) {
        // TLS has its own closing handshake.
        m_socket->disconnectFromHost();
        return;
    }
    // Half-close: the client reads our answer to the end and sees EOF; whatever it still sends is drained, so
    // the kernel does not answer it with a reset that could destroy the answer in flight.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_socket->skip(m_socket->bytesAvailable());
}

void Connection::closeNow()
{
    if (m_phase == Phase::Closed)
        return;
    m_outgoing.clear();
    releaseDescriptor();
    m_socket->abort();
    if (m_phase != Phase::Closed) {
        m_phase = Phase::Closed;
        emit closed();
    }
}

void Connection::holdDescriptor()
{
    if (m_heldDescriptor >= 0 || m_peer.encrypted || m_socket->socketDescriptor() < 0)
        return;
    m_heldDescriptor = ::fcntl(int(m_socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
}

void Connection::releaseDescriptor()
{
    if (m_heldWritable) {
        // Possibly from inside its own signal.
        m_heldWritable->setEnabled(false);
        m_heldWritable->deleteLater();
        m_heldWritable = nullptr;
    }
    m_heldUnsent.clear();
    // While a duplicate is open, closing Qt's descriptor would not end the connection.
    if (m_heldDescriptor >= 0)
        ::close(m_heldDescriptor);
    m_heldDescriptor = -1;
    m_peerFinished = false;
}

bool Connection::continueAfterPeerFinished()
{
    if (m_heldDescriptor < 0 || m_phase != Phase::Open || !m_waiting || m_neverAnswer)
        return false;
    m_peerFinished = true;
    return true;
}

void Connection::writeHeld()
{
    for (const QByteArray &piece : std::as_const(m_outgoing))
        m_heldUnsent += piece;
    m_outgoing.clear();
    while (!m_heldUnsent.isEmpty()) {
        const ssize_t n = ::send(m_heldDescriptor, m_heldUnsent.constData(), size_t(m_heldUnsent.size()),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (!m_heldWritable) {
                m_heldWritable = new QSocketNotifier(m_heldDescriptor, QSocketNotifier::Write, this);
                connect(m_heldWritable, &QSocketNotifier::activated, this, [this] {
                    writeHeld();
                    if (!m_heldUnsent.isEmpty() || !m_heldWritable)
                        return;
                    m_heldWritable->setEnabled(false);
                    halfCloseAndLinger();
                });
            }
            m_heldWritable->setEnabled(true);
            return;
        }
        if (n < 0) {
            // The client is gone altogether (reset): nobody reads the rest.
            closeNow();
            return;
        }
        m_heldUnsent.remove(0, n);
    }
}

} // namespace Hookbench::Http
