#pragma once

#include "router.h"
#include "storage/apiactivitystore.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QNetworkAccessManager;
class QTcpServer;

namespace Hookbench::Subscriptions {

// How one WebSub intent verification ended: only an echoed challenge lets the (un)subscription take effect.
struct VerificationRecord
{
    IntentVerification intent;
    bool confirmed = false;
    int status = 0; // the callback's answer; 0 when it could not be reached
    QString detail; // why it was refused, or what was done (the activity log's message)
    QDateTime finishedAt;
};

// Serves the subscription APIs on loopback (127.0.0.1 and ::1, the same port) over Hookbench's own HTTP/1.1
// connection code, and carries out the WebSub intent verifications the hub asks for. Single-threaded, never
// blocking: the verification GETs are asynchronous.
class ManagementServer final : public QObject, private Http::RequestHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagementServer)

public:
    ManagementServer(Storage::Workspace &workspace, Engine::DeliveryEngine &engine, QObject *parent = nullptr);
    ~ManagementServer() override;

    // Port 0 picks a free one. Requests must carry `token`.
    bool start(quint16 port, const QString &token, QString *error);
    void stop();
    bool isListening() const { return !m_servers.isEmpty(); }
    quint16 port() const;
    // "http://127.0.0.1:8090", what applications use as their provider's API base URL.
    QString baseUrl() const;
    QString token() const { return m_token; }
    // How long the hub waits for a subscriber's answer to a verification request.
    void setVerificationTimeout(int ms) { m_verificationTimeoutMs = ms; }
    const QList<VerificationRecord> &verifications() const { return m_verifications; }

signals:
    void requestHandled(const QByteArray &method, const QString &path, int status);
    void verificationFinished(const Hookbench::Subscriptions::VerificationRecord &record);
    // A request or verification was recorded in the workspace's API activity log.
    void activityRecorded(const Hookbench::Storage::ApiActivity &activity);
    // An API created, changed or removed an endpoint.
    void endpointsChanged();

private:
    Http::Response handleRequest(const Http::Request &request, const Http::Peer &peer) override;
    void acceptPending(QTcpServer *server);
    void verify(const IntentVerification &intent);
    void finishVerification(const IntentVerification &intent, int status, const QByteArray &body,
                            const QString &networkError);
    Context context();
    void recordActivity(Storage::ApiActivity activity);

    Storage::Workspace &m_workspace;
    Engine::DeliveryEngine &m_engine;
    QString m_token;
    QList<QTcpServer *> m_servers;
    QSet<Http::Connection *> m_connections;
    QTimer m_sweep;
    QNetworkAccessManager *m_network = nullptr;
    int m_verificationTimeoutMs = 10'000;
    QList<VerificationRecord> m_verifications;
};

} // namespace Hookbench::Subscriptions

Q_DECLARE_METATYPE(Hookbench::Subscriptions::VerificationRecord)
Q_DECLARE_METATYPE(Hookbench::Storage::ApiActivity)
