#pragma once

#include "domain/capturedrequest.h"
#include "domain/receiver.h"
#include "http/connection.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class QTcpServer;
class QTcpSocket;

namespace Hookbench::Receiving {

// Where captured requests go: the workspace's batching writer in the app (WorkspaceCaptureSink), a printer in
// `hookbench listen`. Called on the receiver's thread, once per request, before the request is answered; it
// must only hand the capture on (a queue push), never write it itself.
class CaptureSink
{
public:
    virtual ~CaptureSink();
    virtual void capture(const CapturedRequest &request) = 0;
    // The forward target of a capture answered with `status` (and `body`, at most 64 KiB of it), or could not be
    // reached (`status` 0 and `error`). Comes after capture() for the same id; sinks that keep no forward
    // results need not implement it.
    virtual void forwarded(qint64 captureId, const QString &to, int status, const QString &error,
                           const QByteArray &body);
};

struct ReceiverLimits
{
    int headerTimeoutMs = 10'000; // a request head must arrive within this (slowloris) -> 408
    int idleTimeoutMs = 60'000; // idle keep-alive connections are closed after this; a stalled body gets 408
    int lingerMs = 2'000; // after a closing answer, the client's remaining bytes are drained this long
    int maxConnections = 1000; // beyond this, 503 and close
    // maxBodyBytes is taken from the receiver's configuration.
    Http::ParserLimits parser;
};

// Hookbench's built-in HTTP/1.1 server for one Receiver: captures every request, answers by the receiver's rules
// (and the provider handshakes), verifies signatures, and forwards when asked. Single-threaded and never
// blocking: the capture is handed to the sink, delays are timers, forwarding is asynchronous.
//
// Binding: the default 127.0.0.1 (or "localhost") listens on 127.0.0.1 and ::1; "0.0.0.0" on all IPv4
// addresses, "::" on all addresses; anything else on that address alone. Beyond loopback every request needs the
// access token, as a path prefix /t/<token>/ (removed from the captured target) or an X-Hookbench-Token header;
// without it the answer is 401 and nothing is captured. With a certificate and key the receiver speaks HTTPS.
class HttpReceiver final : public QObject, private Http::RequestHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpReceiver)

public:
    explicit HttpReceiver(const Receiver &config, CaptureSink *sink = nullptr, QObject *parent = nullptr);
    ~HttpReceiver() override;

    // Listens on the configured address and port (0 picks a free one, the same for both loopback addresses).
    bool start(QString *error);
    // Closes everything at once: listening sockets, connections (answers not yet sent are lost), forwards.
    void stop();
    // Stops accepting, lets answers already being prepared and forwards in flight finish (at most timeoutMs),
    // then stops and emits stopped(). Requests that arrive meanwhile are not handled.
    void stopGracefully(int timeoutMs);
    bool isListening() const;

    quint16 port() const;
    // e.g. "http://127.0.0.1:8080/", "https://[::1]:8443/", "http://192.168.1.5:8080/t/<token>/".
    QString baseUrl() const;
    const Receiver &config() const { return m_config; }
    // Rules, secrets, handshakes, forwarding and the body limit can change while running; new requests and new
    // connections use them. Address, port and TLS take effect at the next start().
    void setConfig(const Receiver &config);
    void setLimits(const ReceiverLimits &limits);
    const ReceiverLimits &limits() const { return m_limits; }
    // Requires the access token even on loopback: how the remote-bind protection is tested without a network.
    void setRequireToken(bool require) { m_forceToken = require; }
    bool tokenRequired() const;
    int openConnections() const { return int(m_connections.size()); }

signals:
    // Every captured request, as given to the sink (for live views).
    void requestCaptured(const Hookbench::CapturedRequest &request);
    // A forward finished: status 0 with an error when the target could not be reached.
    void requestForwarded(qint64 captureId, int status, const QString &error);
    // A graceful stop is complete.
    void stopped();

private:
    Http::Response handleRequest(const Http::Request &request, const Http::Peer &peer) override;
    bool acceptToken(const Http::Request &request, QByteArray *target) const;
    Http::Response answer(const Http::Request &request, const CapturedRequest &capture, bool signatureAccepted);
    Http::Response ruleAnswer(const Http::Request &request, const CapturedRequest &capture);
    void forward(const Http::Request &request, qint64 captureId);
    bool listenOn(const QList<QHostAddress> &addresses, bool ipv6Optional, QString *error);
    void acceptPending(QTcpServer *server);
    void refuse(QTcpSocket *socket);
    void connectionClosed(Http::Connection *connection);
    void sweep();
    void finishStopIfDrained();
    Http::ConnectionLimits connectionLimits() const;

    Receiver m_config;
    CaptureSink *m_sink;
    ReceiverLimits m_limits;
    bool m_forceToken = false;
    // Whether the bind address is loopback, kept with the config: parsing the address costs ~4,000 instructions,
    // and every request asks.
    bool m_loopbackOnly = true;
    bool m_tls = false;
    bool m_stopping = false;
    QList<QTcpServer *> m_servers;
    QSet<Http::Connection *> m_connections;
    // One coarse timer enforces every connection's timeouts.
    QTimer m_sweep;
    QTimer m_stopDeadline;
    // Rule index -> requests it matched, for fail-first; reset when the rules change.
    QHash<int, qint64> m_ruleHits;
    QNetworkAccessManager *m_forwarder = nullptr;
    QSet<QNetworkReply *> m_forwards;
};

} // namespace Hookbench::Receiving

Q_DECLARE_METATYPE(Hookbench::CapturedRequest)
