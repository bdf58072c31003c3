#include "managementserver.h"

#include "activity.h"
#include "storage/workspace.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>

#include <utility>

namespace Hookbench::Subscriptions {

namespace {

// With port 0, the port picked for 127.0.0.1 may be taken on ::1: try a few.
constexpr int PortAttempts = 8;
constexpr qint64 VerificationBodyCap = 64 * 1024;
constexpr int MaxVerifications = 200;
bool isMutation(QByteArrayView method)
{
    return method != "GET" && method != "HEAD";
}

} // namespace

ManagementServer::ManagementServer(Storage::Workspace &workspace, Engine::DeliveryEngine &engine, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_engine(engine)
{
    qRegisterMetaType<VerificationRecord>();
    qRegisterMetaType<Storage::ApiActivity>();
    connect(&m_sweep, &QTimer::timeout, this, [this] {
        const QSet<Http::Connection *> connections = m_connections;
        for (Http::Connection *c : connections)
            c->checkTimeouts();
    });
}

ManagementServer::~ManagementServer()
{
    stop();
}

bool ManagementServer::start(quint16 port, const QString &token, QString *error)
{
    stop();
    m_token = token;
    const QList<QHostAddress> addresses
        = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    for (int attempt = 0; attempt < (port == 0 ? PortAttempts : 1) && m_servers.isEmpty(); ++attempt) {
        quint16 chosen = port;
        for (const QHostAddress &address : addresses) {
            auto *server = new QTcpServer(this);
            if (!server->listen(address, chosen)) {
                const bool ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
                const bool taken = server->serverError() == QAbstractSocket::AddressInUseError;
                const QString reason = server->errorString();
                delete server;
                // A host without IPv6 still has its IPv4 loopback.
                if (ipv6 && !taken)
                    continue;
                qDeleteAll(std::exchange(m_servers, {}));
                *error = tr("cannot listen on %1 port %2: %3").arg(address.toString()).arg(chosen).arg(reason);
                break;
            }
            chosen = server->serverPort();
            connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] { acceptPending(server); });
            m_servers.append(server);
        }
    }
    if (m_servers.isEmpty())
        return false;
    error->clear();
    m_sweep.start(250);
    return true;
}

void ManagementServer::stop()
{
    m_sweep.stop();
    qDeleteAll(std::exchange(m_servers, {}));
    // Later: stop() may run inside a connection's request handler.
    for (Http::Connection *c : std::exchange(m_connections, {})) {
        c->disconnect(this);
        c->deleteLater();
    }
    if (m_network) {
        for (QNetworkReply *reply : m_network->findChildren<QNetworkReply *>())
            reply->abort();
    }
}

quint16 ManagementServer::port() const
{
    return m_servers.isEmpty() ? 0 : m_servers.first()->serverPort();
}

QString ManagementServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void ManagementServer::acceptPending(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        auto *connection = new Http::Connection(socket, this, Http::ConnectionLimits {}, this);
        connect(connection, &Http::Connection::closed, this, [this, connection] {
            m_connections.remove(connection);
            connection->deleteLater();
        });
        m_connections.insert(connection);
    }
}

Context ManagementServer::context()
{
    return Context {m_workspace, m_engine, baseUrl(), m_token, QDateTime::currentDateTimeUtc()};
}

Http::Response ManagementServer::handleRequest(const Http::Request &request, const Http::Peer &)
{
    const ApiRequest api = ApiRequest::fromHttp(request);
    Context c = context();
    ApiResult result = route(api, c);
    emit requestHandled(api.method, api.path, result.response.status);
    if (std::optional<Storage::ApiActivity> activity = requestActivity(api, result, c.now))
        recordActivity(*activity);
    if (result.response.status < 300 && isMutation(api.method))
        emit endpointsChanged();
    if (result.verification)
        verify(*result.verification);
    return result.response;
}

void ManagementServer::verify(const IntentVerification &intent)
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setProxy(QNetworkProxy::NoProxy);
    }
    QNetworkRequest request(intent.verificationUrl());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_verificationTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Hookbench-WebSub-Hub"));
    QNetworkReply *reply = m_network->get(request);
    auto body = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, this, [reply, body] {
        body->append(reply->read(VerificationBodyCap + 1 - body->size()));
        if (body->size() > VerificationBodyCap)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, body, intent] {
        reply->deleteLater();
        body->append(reply->read(qMax<qint64>(0, VerificationBodyCap + 1 - body->size())));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool httpAnswer = status > 0;
        finishVerification(intent, status, *body,
                           httpAnswer || reply->error() == QNetworkReply::NoError ? QString() : reply->errorString());
    });
}

void ManagementServer::finishVerification(const IntentVerification &intent, int status, const QByteArray &body,
                                          const QString &networkError)
{
    using Outcome = Storage::ApiActivity::Outcome;
    VerificationRecord record;
    record.intent = intent;
    record.status = status;
    record.finishedAt = QDateTime::currentDateTimeUtc();
    const QString callback = intent.callback.toString();
    Outcome outcome = Outcome::Refused;
    if (!networkError.isEmpty()) {
        outcome = Outcome::Error;
        record.detail = tr("Intent verification failed: %1 could not be reached (%2)").arg(callback, networkError);
    } else if (!WebSub::challengeEchoed(intent, status, body)) {
        record.detail = status < 200 || status >= 300
            ? tr("Intent verification refused: %1 answered %2 instead of echoing hub.challenge")
                  .arg(callback, QString::number(status))
            : tr("Intent verification refused: %1 answered %2 without echoing hub.challenge")
                  .arg(callback, QString::number(status));
    } else {
        Context c = context();
        const QString why = WebSub::applyConfirmed(intent, c);
        record.confirmed = why.isEmpty();
        outcome = record.confirmed ? Outcome::Ok : Outcome::Error;
        if (!why.isEmpty())
            record.detail = tr("Intent verification confirmed by %1, but the subscription could not be saved: %2")
                                .arg(callback, why);
        else if (intent.mode == QLatin1String("subscribe"))
            record.detail = tr("Intent verification confirmed: %1 subscribed to %2 for %3 s")
                                .arg(callback, intent.topic, QString::number(intent.leaseSeconds));
        else
            record.detail = tr("Intent verification confirmed: %1 unsubscribed from %2").arg(callback, intent.topic);
        if (record.confirmed)
            emit endpointsChanged();
    }
    m_verifications.append(record);
    if (m_verifications.size() > MaxVerifications)
        m_verifications.removeFirst();
    emit verificationFinished(record);

    Storage::ApiActivity activity;
    activity.at = record.finishedAt;
    activity.api = QStringLiteral("websub");
    activity.action = QStringLiteral("verify");
    activity.subject = callback;
    activity.outcome = outcome;
    activity.status = status;
    activity.message = record.detail;
    recordActivity(activity);
}

void ManagementServer::recordActivity(Storage::ApiActivity activity)
{
    // The log is a convenience: a failed write changes nothing about how the API answered, and the record is
    // still shown to whoever listens.
    m_workspace.apiActivity().add(activity);
    emit activityRecorded(activity);
}

} // namespace Hookbench::Subscriptions
