#pragma once

#include "requestparser.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QObject>

#include <deque>
#include <optional>

class QSocketNotifier;
class QTcpSocket;

namespace Hookbench::Http {

// The answer to one request, and how it goes out.
struct Response
{
    enum class Mode
    {
        Complete, // the whole response (after delayMs)
        Never, // no answer at all: the connection stays open until the client gives up
        CloseMidway, // part of the response, then the connection closes
    };

    int status = 200;
    HeaderList headers;
    QByteArray body;
    int delayMs = 0;
    Mode mode = Mode::Complete;
    bool close = false; // close the connection after this response
};

struct ResponseFraming
{
    bool close = false; // "Connection: close"
    bool keepAlive = false; // "Connection: keep-alive", which an HTTP/1.0 client needs to keep the connection
    bool headRequest = false; // the length of the body goes out, the body does not
};

// Who sent a request.
struct Peer
{
    QHostAddress address;
    quint16 port = 0;
    bool encrypted = false;
    // "127.0.0.1:5000" or "[::1]:5000"; an IPv4 client of a dual-stack socket shows as IPv4. Made once per
    // connection, not per request.
    QString text;

    static QString describe(const QHostAddress &address, quint16 port);
};

// What a connection hands each complete request to (qBittorrent's Http::IRequestHandler). Called once per
// request, in arrival order, on the connection's thread; the answer is computed at once, and the connection
// carries out its delay or deliberate misbehaviour without blocking.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    virtual Response handleRequest(const Request &request, const Peer &peer) = 0;
};

struct ConnectionLimits
{
    // A request head must be complete within this of its first byte (slowloris), else 408.
    int headerTimeoutMs = 10'000;
    // A keep-alive connection with nothing to do is closed after this; a body that stops arriving for this long
    // gets 408.
    int idleTimeoutMs = 60'000;
    // After an answer that ends the connection, what the client still sends is read and dropped for up to this
    // long, so the client sees the answer instead of a reset (nginx's lingering close).
    int lingerMs = 2'000;
    ParserLimits parser;
};

// One client connection (plain or TLS): parses requests as bytes arrive, answers them in order (pipelining), and
// enforces the timeouts when its owner's coarse timer calls checkTimeouts(). Reading pauses while too many
// answers are owed or unsent, so a client that pipelines without reading cannot grow memory.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    // Takes ownership of the socket.
    Connection(QTcpSocket *socket, RequestHandler *handler, const ConnectionLimits &limits, QObject *parent = nullptr);
    ~Connection() override;

    const Peer &peer() const { return m_peer; }
    // Enforces the header, body, idle and linger deadlines; cheap when none has passed.
    void checkTimeouts();
    // Takes no further requests: an answer already being prepared (a delay) still goes out, then the connection
    // closes. Idle connections close at once.
    void finish();
    // An answer is owed (delayed, or deliberately never sent).
    bool isAnswering() const { return m_waiting; }

signals:
    // The socket is closed; the owner removes and deletes the connection.
    void closed();

private:
    enum class Phase
    {
        Open,
        Closing, // the last answer is being written
        Lingering, // written and half-closed; the client's remaining bytes are dropped
        Closed,
    };

    void onReadyRead();
    void onBytesWritten();
    bool readingPaused() const;
    void processPending();
    void send(const Response &response, ResponseFraming framing);
    void sendError(int status, const QByteArray &reason);
    // Queues bytes to send; flushOutgoing() sends what is queued.
    void write(const QByteArray &bytes);
    void flushOutgoing();
    void closeAfterWriting();
    void halfCloseAndLinger();
    void closeNow();
    void updateDeadline(bool requestCompleted);
    void resumeReadingLater();
    // A client may half-close once its requests are sent and still read the answers (RFC 9112 §9.6), but Qt closes
    // the whole socket when it reads the FIN. While a delayed answer is owed on a plain connection, a duplicate of
    // the descriptor is held, through which the owed answers are written after Qt closed its own.
    void holdDescriptor();
    void releaseDescriptor();
    bool continueAfterPeerFinished();
    void writeHeld();

    QTcpSocket *m_socket;
    RequestHandler *m_handler;
    ConnectionLimits m_limits;
    RequestParser m_parser;
    Peer m_peer;
    std::deque<Request> m_pending;
    QList<Request> m_parsed; // what one read completed, on its way to m_pending
    QList<QByteArray> m_outgoing; // answers not handed to the socket yet
    Phase m_phase = Phase::Open;
    bool m_waiting = false;
    bool m_neverAnswer = false;
    bool m_finishing = false;
    bool m_handling = false;
    bool m_timingHead = false;
    bool m_idle = false;
    bool m_resumeQueued = false;
    std::optional<ParseError> m_timedOut;
    QDeadlineTimer m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    int m_heldDescriptor = -1;
    bool m_peerFinished = false; // Qt closed the socket on the client's FIN: answers go through m_heldDescriptor
    QByteArray m_heldUnsent; // what the held descriptor did not take yet
    QSocketNotifier *m_heldWritable = nullptr;
};

QByteArrayView reasonPhrase(int status);

// The bytes of a response. Content-Length, Connection and Transfer-Encoding among `headers` are replaced by the
// real framing; 1xx, 204 and 304 carry neither a body nor a length. A Date is added unless `headers` has one.
QByteArray serializeResponse(int status, const HeaderList &headers, const QByteArray &body,
                             ResponseFraming framing = {});

} // namespace Hookbench::Http
