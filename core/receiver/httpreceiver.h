#pragma once

#include "domain/capturedrequest.h"
#include "domain/receiver.h"
#include "http/requestparser.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QNetworkAccessManager;

namespace Hookbench::Receiving {

class Connection;

// Where captured requests go (the workspace's batching writer in the app, a printer in `hookbench listen`).
class CaptureSink
{
public:
    virtual ~CaptureSink() = default;
    virtual void capture(const CapturedRequest &request) = 0;
    virtual void forwarded(qint64 captureId, const QString &to, int status, const QString &error,
                           const QByteArray &body)
    {
        Q_UNUSED(captureId);
        Q_UNUSED(to);
        Q_UNUSED(status);
        Q_UNUSED(error);
        Q_UNUSED(body);
    }
};

struct ReceiverLimits
{
    int headerTimeoutMs = 10'000; // a request head must arrive within this (slowloris)
    int idleTimeoutMs = 60'000; // idle keep-alive connections are closed after this
    int maxConnections = 1000;
    Http::ParserLimits parser;
};

// Hookbench's built-in HTTP/1.1 server for one Receiver: captures every request, answers by the receiver's rules
// (and the provider handshakes), verifies signatures, and forwards when asked. Work per request is small; the
// capture is handed to the sink, which batches it to the workspace on another thread.
class HttpReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpReceiver)

public:
    explicit HttpReceiver(const Receiver &config, CaptureSink *sink = nullptr, QObject *parent = nullptr);
    ~HttpReceiver() override;

    // Listens on the configured address (127.0.0.1 and ::1 for the loopback default) and port (0 picks one).
    bool start(QString *error);
    void stop();
    bool isListening() const;

    quint16 port() const;
    QString baseUrl() const;
    const Receiver &config() const { return m_config; }
    // Rules, secrets and limits can change while running; new requests use them.
    void setConfig(const Receiver &config);
    void setLimits(const ReceiverLimits &limits) { m_limits = limits; }
    const ReceiverLimits &limits() const { return m_limits; }
    // Requires the access token even on loopback (for tests of the remote-bind protection).
    void setRequireToken(bool require) { m_forceToken = require; }
    int openConnections() const { return int(m_connections.size()); }

signals:
    void requestCaptured(const Hookbench::CapturedRequest &request);
    void requestForwarded(qint64 captureId, int status, const QString &error);

private:
    friend class Connection;
    struct Answer
    {
        int status = 200;
        HeaderList headers;
        QByteArray body;
        int delayMs = 0;
        bool never = false;
        bool closeMidway = false;
    };
    Answer handle(const Http::Request &request, const QString &remote);
    bool tokenRequired() const;
    void forward(const CapturedRequest &capture);
    void connectionClosed(Connection *connection);

    Receiver m_config;
    CaptureSink *m_sink;
    ReceiverLimits m_limits;
    bool m_forceToken = false;
    QList<QTcpServer *> m_servers;
    QList<Connection *> m_connections;
    QHash<int, int> m_ruleHits; // rule index -> requests matched (fail-first)
    QNetworkAccessManager *m_forwarder = nullptr;
};

QByteArray reasonPhrase(int status);
QByteArray serializeResponse(int status, const HeaderList &headers, const QByteArray &body, bool close);

} // namespace Hookbench::Receiving

Q_DECLARE_METATYPE(Hookbench::CapturedRequest)
