#include "httpreceiver.h"

#include "handshakes.h"
#include "rulematcher.h"
#include "signing/signer.h"
#include "signing/verifier.h"
#include "util/ids.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <utility>

namespace Hookbench::Receiving {

namespace {

// Of a forward target's answer, this much of the body is kept beside the capture.
constexpr qint64 ForwardBodyCap = 64 * 1024;
constexpr int ForwardTimeoutMs = 30'000;
// With port 0 and two loopback addresses, the port the system picks for IPv4 may be taken on ::1.
constexpr int PortAttempts = 8;

const QByteArray TokenHeader = QByteArrayLiteral("X-Hookbench-Token");

// Hop-by-hop and framing headers a forward must not copy (RFC 9110 §7.6.1), plus the receiver's own token.
bool isNotForwarded(const QByteArray &name, const QList<QByteArray> &connectionOptions)
{
    static const QList<QByteArray> fixed
        = {"connection",     "keep-alive", "proxy-connection",    "transfer-encoding",  "te",
           "trailer",        "upgrade",    "proxy-authorization", "proxy-authenticate", "host",
           "content-length", "expect",     "x-hookbench-token"};
    const QByteArray lower = name.toLower();
    return fixed.contains(lower) || connectionOptions.contains(lower);
}

Http::Response plainResponse(int status, const QByteArray &body)
{
    Http::Response r;
    r.status = status;
    r.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")}};
    r.body = body;
    return r;
}

bool loadTls(const Receiver &config, QSslConfiguration *out, QString *error)
{
    QFile certificateFile(config.tlsCertificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly)) {
        *error = HttpReceiver::tr("cannot read the TLS certificate %1: %2")
                     .arg(config.tlsCertificatePath, certificateFile.errorString());
        return false;
    }
    const QByteArray certificateData = certificateFile.readAll();
    QList<QSslCertificate> chain = QSslCertificate::fromData(certificateData, QSsl::Pem);
    if (chain.isEmpty())
        chain = QSslCertificate::fromData(certificateData, QSsl::Der);
    if (chain.isEmpty()) {
        *error = HttpReceiver::tr("%1 holds no certificate (PEM or DER)").arg(config.tlsCertificatePath);
        return false;
    }
    QFile keyFile(config.tlsKeyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = HttpReceiver::tr("cannot read the TLS key %1: %2").arg(config.tlsKeyPath, keyFile.errorString());
        return false;
    }
    const QByteArray keyData = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyData, algorithm, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, algorithm, QSsl::Der);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = HttpReceiver::tr("%1 holds no unencrypted RSA, EC or DSA private key").arg(config.tlsKeyPath);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    *out = tls;
    return true;
}

} // namespace

CaptureSink::~CaptureSink() = default;

void CaptureSink::forwarded(qint64, const QString &, int, const QString &, const QByteArray &) { }

HttpReceiver::HttpReceiver(const Receiver &config, CaptureSink *sink, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_sink(sink)
    , m_loopbackOnly(config.isLoopbackOnly())
{
    qRegisterMetaType<Hookbench::CapturedRequest>();
    connect(&m_sweep, &QTimer::timeout, this, &HttpReceiver::sweep);
    m_stopDeadline.setSingleShot(true);
    connect(&m_stopDeadline, &QTimer::timeout, this, [this] {
        m_stopping = false;
        stop();
        emit stopped();
    });
}

HttpReceiver::~HttpReceiver()
{
    stop();
}

bool HttpReceiver::start(QString *error)
{
    stop();
    QString why;
    const QString bind = m_config.bindAddress.trimmed();
    QList<QHostAddress> addresses;
    bool ipv6Optional = false;
    if (bind.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || bind == QLatin1String("127.0.0.1")) {
        addresses = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
        ipv6Optional = true; // a host without IPv6 still has its IPv4 loopback
    } else if (bind == QLatin1String("0.0.0.0")) {
        addresses = {QHostAddress(QHostAddress::AnyIPv4)};
    } else if (bind == QLatin1String("::")) {
        addresses = {QHostAddress(QHostAddress::Any)};
    } else if (const QHostAddress address(bind); !address.isNull()) {
        addresses = {address};
    } else {
        why = tr("“%1” is not an address to listen on").arg(bind);
    }
    m_tls = !m_config.tlsCertificatePath.isEmpty() || !m_config.tlsKeyPath.isEmpty();
    if (why.isEmpty() && m_tls && (m_config.tlsCertificatePath.isEmpty() || m_config.tlsKeyPath.isEmpty()))
        why = tr("HTTPS needs both a certificate and a private key");
    if (why.isEmpty() && !listenOn(addresses, ipv6Optional, &why))
        stop();
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    const int shortest = qMin(qMin(m_limits.headerTimeoutMs, m_limits.idleTimeoutMs), m_limits.lingerMs);
    m_sweep.start(qBound(10, shortest / 8, 1000));
    return true;
}

bool HttpReceiver::listenOn(const QList<QHostAddress> &addresses, bool ipv6Optional, QString *error)
{
    QSslConfiguration tls;
    if (m_tls && !loadTls(m_config, &tls, error))
        return false;
    const int attempts = m_config.port == 0 && addresses.size() > 1 ? PortAttempts : 1;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        quint16 port = m_config.port;
        bool retry = false;
        for (const QHostAddress &address : addresses) {
            QTcpServer *server = nullptr;
            if (m_tls) {
                auto *sslServer = new QSslServer(this);
                sslServer->setSslConfiguration(tls);
                sslServer->setHandshakeTimeout(m_limits.headerTimeoutMs);
                server = sslServer;
            } else {
                server = new QTcpServer(this);
            }
            server->setMaxPendingConnections(256);
            if (!server->listen(address, port)) {
                const QAbstractSocket::SocketError code = server->serverError();
                const QString reason = server->errorString();
                delete server;
                const bool secondary = !m_servers.isEmpty();
                if (secondary && m_config.port == 0 && code == QAbstractSocket::AddressInUseError) {
                    retry = true;
                    break;
                }
                if (secondary && ipv6Optional && address.protocol() == QAbstractSocket::IPv6Protocol
                    && code != QAbstractSocket::AddressInUseError)
                    continue;
                *error = tr("cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(reason);
                return false;
            }
            port = server->serverPort();
            connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server] { acceptPending(server); });
            m_servers.append(server);
        }
        if (!retry)
            return true;
        qDeleteAll(m_servers);
        m_servers.clear();
    }
    *error = tr("cannot find a port free on both loopback addresses");
    return false;
}

void HttpReceiver::acceptPending(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        if (m_stopping || int(m_connections.size()) >= m_limits.maxConnections) {
            refuse(socket);
            continue;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *connection = new Http::Connection(socket, this, connectionLimits(), this);
        connect(connection, &Http::Connection::closed, this, [this, connection] { connectionClosed(connection); });
        m_connections.insert(connection);
    }
}

void HttpReceiver::refuse(QTcpSocket *socket)
{
    Http::ResponseFraming framing;
    framing.close = true;
    Http::Response busy = plainResponse(503, "Too many connections\n");
    busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    socket->write(Http::serializeResponse(busy.status, busy.headers, busy.body, framing));
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(m_limits.lingerMs, socket, [socket] { socket->abort(); });
    socket->disconnectFromHost();
}

Http::ConnectionLimits HttpReceiver::connectionLimits() const
{
    Http::ConnectionLimits limits;
    limits.headerTimeoutMs = m_limits.headerTimeoutMs;
    limits.idleTimeoutMs = m_limits.idleTimeoutMs;
    limits.lingerMs = m_limits.lingerMs;
    limits.parser = m_limits.parser;
    limits.parser.maxBodyBytes = m_config.maxBodyBytes;
    return limits;
}

void HttpReceiver::stop()
{
    m_sweep.stop();
    m_stopDeadline.stop();
    m_stopping = false;
    qDeleteAll(m_servers);
    m_servers.clear();
    // Later: stop() may run inside a connection's request handler.
    const QSet<Http::Connection *> connections = std::exchange(m_connections, {});
    for (Http::Connection *c : connections) {
        c->disconnect(this);
        c->deleteLater();
    }
    const QSet<QNetworkReply *> forwards = m_forwards;
    for (QNetworkReply *reply : forwards)
        reply->abort();
}

void HttpReceiver::stopGracefully(int timeoutMs)
{
    qDeleteAll(m_servers);
    m_servers.clear();
    m_stopping = true;
    const QSet<Http::Connection *> connections = m_connections;
    for (Http::Connection *c : connections)
        c->finish();
    m_stopDeadline.start(qMax(0, timeoutMs));
    // Queued, so a caller connecting to stopped() after this call still hears it.
    QMetaObject::invokeMethod(this, &HttpReceiver::finishStopIfDrained, Qt::QueuedConnection);
}

void HttpReceiver::finishStopIfDrained()
{
    if (!m_stopping || !m_connections.isEmpty() || !m_forwards.isEmpty())
        return;
    m_stopping = false;
    stop();
    emit stopped();
}

bool HttpReceiver::isListening() const
{
    return !m_servers.isEmpty();
}

quint16 HttpReceiver::port() const
{
    return m_servers.isEmpty() ? 0 : m_servers.first()->serverPort();
}

QString HttpReceiver::baseUrl() const
{
    QString host = m_config.bindAddress.trimmed();
    // The wildcard addresses are reachable here through loopback.
    if (host == QLatin1String("0.0.0.0"))
        host = QStringLiteral("127.0.0.1");
    else if (host == QLatin1String("::"))
        host = QStringLiteral("::1");
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    QString url
        = QStringLiteral("%1://%2:%3/").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"), host).arg(port());
    if (tokenRequired())
        url += QStringLiteral("t/%1/").arg(m_config.accessToken);
    return url;
}

void HttpReceiver::setConfig(const Receiver &config)
{
    if (config.rules != m_config.rules)
        m_ruleHits.clear();
    const quint16 port = m_config.port;
    const QString bind = m_config.bindAddress;
    const QString certificate = m_config.tlsCertificatePath;
    const QString key = m_config.tlsKeyPath;
    m_config = config;
    if (isListening()) {
        // What the listening sockets were opened with stays true until the next start().
        m_config.port = port;
        m_config.bindAddress = bind;
        m_config.tlsCertificatePath = certificate;
        m_config.tlsKeyPath = key;
    }
    m_loopbackOnly = m_config.isLoopbackOnly();
}

void HttpReceiver::setLimits(const ReceiverLimits &limits)
{
    m_limits = limits;
    if (m_sweep.isActive()) {
        const int shortest = qMin(qMin(m_limits.headerTimeoutMs, m_limits.idleTimeoutMs), m_limits.lingerMs);
        m_sweep.start(qBound(10, shortest / 8, 1000));
    }
}

bool HttpReceiver::tokenRequired() const
{
    return m_forceToken || !m_loopbackOnly;
}

void HttpReceiver::sweep()
{
    const QSet<Http::Connection *> connections = m_connections;
    for (Http::Connection *c : connections)
        c->checkTimeouts();
}

void HttpReceiver::connectionClosed(Http::Connection *connection)
{
    m_connections.remove(connection);
    connection->deleteLater();
    finishStopIfDrained();
}

bool HttpReceiver::acceptToken(const Http::Request &request, QByteArray *target) const
{
    const QByteArray token = m_config.accessToken.toUtf8();
    if (token.isEmpty())
        return false;
    // Compared in constant time, like a signature: the token is the receiver's only protection.
    if (Signing::constantTimeEquals(headerValue(request.headers, TokenHeader), token))
        return true;
    const QByteArray &t = request.target;
    if (!t.startsWith("/t/") || t.size() < 3 + token.size())
        return false;
    const qsizetype end = 3 + token.size();
    if (end < t.size() && t[end] != '/' && t[end] != '?')
        return false;
    if (!Signing::constantTimeEquals(QByteArrayView(t).sliced(3, token.size()), token))
        return false;
    *target = t.mid(end);
    if (target->isEmpty() || target->startsWith('?'))
        target->prepend('/');
    return true;
}

Http::Response HttpReceiver::handleRequest(const Http::Request &request, const Http::Peer &peer)
{
    QByteArray target = request.target;
    if (tokenRequired() && !acceptToken(request, &target)) {
        Http::Response refused = plainResponse(401,
                                               "This receiver needs its access token: /t/<token>/… or the "
                                               "X-Hookbench-Token header.\n");
        refused.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        return refused;
    }

    CapturedRequest capture;
    capture.id = Ids::next();
    capture.receiverId = m_config.id;
    capture.receivedAt = QDateTime::currentDateTimeUtc();
    capture.remoteAddress = peer.text;
    capture.method = request.method;
    capture.target = target;
    capture.httpVersion = request.version;
    // The capture has one header list: trailers of a chunked body follow the headers, in arrival order.
    capture.headers = request.headers;
    if (!request.trailers.isEmpty())
        capture.headers += request.trailers;
    // The receiver's own credential is not part of what the sender meant to send.
    if (tokenRequired())
        removeHeader(capture.headers, TokenHeader);
    capture.body = request.body;

    // Handshakes come first: they are unsigned by nature, so they get no verdict (an "invalid" one would fail
    // `listen --verify`), and answering them is what enabling them asks for.
    std::optional<Http::Response> handshake;
    if (m_config.answerHandshakes)
        handshake = handshakeResponse(request);
    bool signatureAccepted = m_config.secrets.isEmpty();
    if (!handshake && !m_config.secrets.isEmpty()) {
        const qint64 now = capture.receivedAt.toSecsSinceEpoch();
        for (const VerificationSecret &secret : std::as_const(m_config.secrets)) {
            const Verdict v = Signing::verify(secret, request.headers, request.body, now, m_config.toleranceSeconds);
            signatureAccepted = signatureAccepted || v.result == Verdict::Result::Valid;
            capture.verdicts.append(v);
        }
    }

    const Http::Response response = handshake ? *handshake : answer(request, capture, signatureAccepted);
    capture.responseStatus = response.mode == Http::Response::Mode::Never ? 0 : response.status;
    if (m_sink)
        m_sink->capture(capture);
    emit requestCaptured(capture);
    if (!m_config.forwardTo.isEmpty() && m_config.forwardTo.isValid())
        forward(request, capture.id);
    return response;
}

Http::Response HttpReceiver::answer(const Http::Request &request, const CapturedRequest &capture,
                                    bool signatureAccepted)
{
    if (m_config.rejectInvalid && !signatureAccepted) {
        Http::Response r;
        r.status = 401;
        r.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
        r.body = QByteArrayLiteral(R"({"error":"invalid signature"})");
        return r;
    }
    return ruleAnswer(request, capture);
}

Http::Response HttpReceiver::ruleAnswer(const Http::Request &request, const CapturedRequest &capture)
{
    // Without rules every request gets the default answer; the path is only worked out when a rule needs it.
    const int index = matchRuleForTarget(m_config.rules, request.method, capture.target);
    static const ResponseRule defaultRule;
    const ResponseRule &rule = index >= 0 ? m_config.rules.at(index) : defaultRule;

    Http::Response r;
    r.delayMs = rule.delayMs;
    using B = ResponseRule::Behaviour;
    const auto failure = [&](int status, const QByteArray &body) {
        Http::Response f = plainResponse(status, body);
        f.delayMs = rule.delayMs;
        return f;
    };
    switch (rule.behaviour) {
    case B::Respond:
        break;
    case B::FailFirst:
        if (m_ruleHits[index]++ < rule.failFirst)
            return failure(rule.failStatus, "Failing on purpose (fail-first)\n");
        break;
    case B::FailPercent:
        if (QRandomGenerator::global()->bounded(100.0) < rule.failPercent)
            return failure(rule.failStatus, "Failing on purpose (fail-percent)\n");
        break;
    case B::RateLimit: {
        Http::Response limited = failure(429, "Too many requests: slow down\n");
        limited.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(rule.retryAfterSeconds)});
        return limited;
    }
    case B::Timeout:
        r.mode = Http::Response::Mode::Never;
        break;
    case B::CloseMidResponse:
        r.mode = Http::Response::Mode::CloseMidway;
        break;
    }
    r.status = rule.status;
    r.headers.reserve(rule.headers.size());
    for (const Header &h : rule.headers)
        r.headers.append({h.name, renderHeaderValue(h.value, capture)});
    r.body = renderTemplate(rule.body, capture);
    return r;
}

void HttpReceiver::forward(const Http::Request &request, qint64 captureId)
{
    if (!m_forwarder)
        m_forwarder = new QNetworkAccessManager(this);
    QNetworkRequest outgoing(m_config.forwardTo);
    QList<QByteArray> connectionOptions;
    for (const Header &h : request.headers) {
        if (h.name.compare("Connection", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &option : h.value.split(','))
                connectionOptions.append(option.trimmed().toLower());
        }
    }
    for (const Header &h : request.headers) {
        if (isNotForwarded(h.name, connectionOptions))
            continue;
        // Repeated headers travel as one comma-joined value (QNetworkRequest keeps one value per name).
        const QByteArray existing = outgoing.rawHeader(h.name);
        outgoing.setRawHeader(h.name, existing.isEmpty() ? h.value : existing + ", " + h.value);
    }
    outgoing.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // The sender's headers only: no Cookie from what earlier forwards' answers set (QNAM's cookie jar). Qt itself
    // still adds User-Agent, Accept-Encoding and Accept-Language when the request has none (QHttpNetworkConnection
    // fills in an empty or missing value, with no way to turn that off in Qt 6.4), as README says.
    outgoing.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    outgoing.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    outgoing.setTransferTimeout(ForwardTimeoutMs);
    // HEAD through head(): as a custom verb QNAM would wait for a body the answer never has, until the transfer
    // timeout. A request without body or length goes on without them (QNAM would add "Content-Length: 0").
    QNetworkReply *reply = nullptr;
    if (request.method == "HEAD")
        reply = m_forwarder->head(outgoing);
    else if (request.body.isEmpty() && !hasHeader(request.headers, "Content-Length"))
        reply = m_forwarder->sendCustomRequest(outgoing, request.method);
    else
        reply = m_forwarder->sendCustomRequest(outgoing, request.method, request.body);
    m_forwards.insert(reply);
    const auto body = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, reply, [reply, body] {
        body->append(reply->read(ForwardBodyCap - body->size()));
        // Only the beginning of a large answer is kept; the rest is not worth downloading.
        if (body->size() >= ForwardBodyCap && reply->bytesAvailable() > 0)
            reply->abort();
    });
    const QString to = m_config.forwardTo.toString();
    connect(reply, &QNetworkReply::finished, this, [this, reply, body, captureId, to] {
        if (body->size() < ForwardBodyCap)
            body->append(reply->read(ForwardBodyCap - body->size()));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString error = status ? QString() : reply->errorString();
        const QByteArray kept = std::move(*body);
        m_forwards.remove(reply);
        reply->deleteLater();
        if (m_sink)
            m_sink->forwarded(captureId, to, status, error, kept);
        emit requestForwarded(captureId, status, error);
        finishStopIfDrained();
    });
}

} // namespace Hookbench::Receiving
