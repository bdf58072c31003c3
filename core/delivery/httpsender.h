#pragma once

#include "requestbuilder.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Hookbench::Engine {

struct SendJob
{
    qint64 deliveryId = 0;
    qint64 endpointId = 0;
    int attemptNumber = 0;
    OutgoingRequest request;
    int timeoutMs = 15000;
    bool verifyTls = true;
    bool followRedirects = false;
    bool http2PriorKnowledge = false;
    qint64 bodyCap = 64 * 1024;
};

struct SendResult
{
    qint64 deliveryId = 0;
    int attemptNumber = 0;
    int status = 0;
    HeaderList headers;
    QByteArray body;
    bool truncated = false;
    qint64 durationUs = 0;
    bool timedOut = false;
    bool interrupted = false;
    QString networkError;
    QDateTime startedAt;
    QDateTime finishedAt;
};

// One QNetworkAccessManager on a thread of its own. Requests and results cross threads as values.
class HttpSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpSender)

public:
    HttpSender();
    ~HttpSender() override;

    // Both run on the sender's thread (call through QMetaObject::invokeMethod).
    void send(const Hookbench::Engine::SendJob &job);
    // Aborts every request in flight; each reports `interrupted`.
    void abortAll();

signals:
    void finished(const Hookbench::Engine::SendResult &result);

private:
    struct InFlight
    {
        SendJob job;
        SendResult result;
        qint64 startedNs = 0;
        bool lowDelayDue = false; // QNAM connected for this reply: see watchHttp2Connection()
        bool timedOut = false; // aborted by the attempt's timeout
        int redirects = 0; // followed so far
    };
    void post(InFlight entry, const QUrl &url);
    std::optional<QUrl> redirectTarget(QNetworkReply *reply, const InFlight &entry) const;
    void complete(QNetworkReply *reply);
    void watchHttp2Connection(QNetworkReply *reply, bool https);

    QNetworkAccessManager *m_network = nullptr;
    QHash<QNetworkReply *, InFlight> m_inFlight;
    bool m_aborting = false;
};

// A fixed set of senders on worker threads: one QNAM tops out near 2,000–3,000 requests/s and opens at most 6
// connections per host, so several are used side by side. An endpoint's requests stay on one sender (reusing
// its connections) until that sender has 6 of them in flight; beyond that they spread to the least busy sender.
class SenderPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SenderPool)

public:
    explicit SenderPool(int size, QObject *parent = nullptr);
    ~SenderPool() override;

    void submit(const SendJob &job, qint64 endpointId);
    // Aborts everything in flight and waits until each sender has reported it.
    void abortAll();
    int size() const { return int(m_senders.size()); }

signals:
    void finished(const Hookbench::Engine::SendResult &result);

private:
    void onFinished(const Hookbench::Engine::SendResult &result);

    QList<QThread *> m_threads;
    QList<HttpSender *> m_senders;
    QHash<qint64, QList<int>> m_load; // endpoint id -> requests in flight on each sender
    QHash<qint64, std::pair<qint64, int>> m_assigned; // delivery id -> (endpoint id, sender index)
};

} // namespace Hookbench::Engine

Q_DECLARE_METATYPE(Hookbench::Engine::SendJob)
Q_DECLARE_METATYPE(Hookbench::Engine::SendResult)
