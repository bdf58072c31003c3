#include "httpreceiver.h"

#include "rulematcher.h"
#include "signing/verifier.h"
#include "util/ids.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <deque>

namespace Hookbench::Receiving {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
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
        return "Status";
    }
}

QByteArray serializeResponse(int status, const HeaderList &headers, const QByteArray &body, bool close)
{
    QByteArray out;
    out.reserve(128 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const Header &h : headers) {
        if (h.name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || h.name.compare("Connection", Qt::CaseInsensitive) == 0)
            continue;
        out += h.name + ": " + h.value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

// One client connection: parses requests as bytes arrive and answers them in order (pipelining), with the
// header and idle timeouts.
class Connection final : public QObject
{
public:
    Connection(HttpReceiver *receiver, QTcpSocket *socket)
        : QObject(receiver)
        , m_receiver(receiver)
        , m_socket(socket)
        , m_parser(receiver->limits().parser)
    {
        socket->setParent(this);
        m_remote = socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort());
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Connection::onTimeout);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this] { m_receiver->connectionClosed(this); });
        armIdle();
    }

    void onReadyRead()
    {
        const bool wasIdle = !m_parser.inProgress();
        QList<Http::Request> requests;
        const bool ok = m_parser.feed(m_socket->readAll(), &requests);
        for (Http::Request &r : requests)
            m_pending.push_back(std::move(r));
        if (ok && m_parser.wantsContinue() && m_pending.empty() && !m_busy) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_parser.continueSent();
        }
        if (wasIdle && m_parser.inProgress() && !m_parser.headComplete())
            m_headDeadline = QDeadlineTimer(m_receiver->limits().headerTimeoutMs);
        processNext();
    }

    void processNext()
    {
        while (!m_busy && !m_pending.empty()) {
            Http::Request request = std::move(m_pending.front());
            m_pending.pop_front();
            const HttpReceiver::Answer answer = m_receiver->handle(request, m_remote);
            const bool close = !request.keepAlive;
            if (answer.never) {
                // Deliberately no answer: the client's timeout is what is being tested.
                m_busy = true;
                m_timer.stop();
                return;
            }
            if (answer.delayMs > 0) {
                m_busy = true;
                QTimer::singleShot(answer.delayMs, this, [this, answer, close] {
                    m_busy = false;
                    write(answer, close);
                    processNext();
                });
                return;
            }
            write(answer, close);
            if (close)
                return;
        }
        if (m_busy)
            return;
        if (m_parser.hasError()) {
            const Http::ParseError e = m_parser.error();
            m_socket->write(serializeResponse(e.status, {{"Content-Type", "text/plain"}}, e.reason + '\n', true));
            m_socket->disconnectFromHost();
            m_closing = true;
            return;
        }
        if (m_parser.inProgress() && !m_parser.headComplete())
            m_timer.start(int(qMax<qint64>(0, m_headDeadline.remainingTime())));
        else if (!m_parser.inProgress())
            armIdle();
        else
            m_timer.stop(); // a body is arriving; the head arrived in time
    }

private:
    void write(const HttpReceiver::Answer &a, bool close)
    {
        if (m_closing)
            return;
        const QByteArray bytes = serializeResponse(a.status, a.headers, a.body, close);
        if (a.closeMidway) {
            m_socket->write(bytes.left(qMax<qsizetype>(1, bytes.size() / 2)));
            m_socket->flush();
            m_socket->abort();
            m_closing = true;
            return;
        }
        m_socket->write(bytes);
        if (close) {
            m_socket->disconnectFromHost();
            m_closing = true;
        }
    }

    void armIdle()
    {
        if (!m_closing)
            m_timer.start(m_receiver->limits().idleTimeoutMs);
    }

    void onTimeout()
    {
        if (m_closing)
            return;
        if (m_parser.inProgress() && !m_parser.headComplete())
            m_socket->write(serializeResponse(408, {{"Content-Type", "text/plain"}},
                                              "Request Timeout: the request head did not arrive in time\n", true));
        m_socket->disconnectFromHost();
        m_closing = true;
    }

    HttpReceiver *m_receiver;
    QTcpSocket *m_socket;
    Http::RequestParser m_parser;
    std::deque<Http::Request> m_pending;
    QString m_remote;
    QTimer m_timer;
    QDeadlineTimer m_headDeadline;
    bool m_busy = false;
    bool m_closing = false;
};

HttpReceiver::HttpReceiver(const Receiver &config, CaptureSink *sink, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_sink(sink)
{
    qRegisterMetaType<Hookbench::CapturedRequest>();
    m_limits.parser.maxBodyBytes = config.maxBodyBytes;
}

HttpReceiver::~HttpReceiver()
{
    stop();
}

bool HttpReceiver::start(QString *error)
{
    stop();
    QList<QHostAddress> addresses;
    if (m_config.bindAddress == QLatin1String("127.0.0.1")
        || m_config.bindAddress.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        addresses = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    else
        addresses = {QHostAddress(m_config.bindAddress)};
    quint16 port = m_config.port;
    for (const QHostAddress &address : addresses) {
        auto *server = new QTcpServer(this);
        server->setMaxPendingConnections(256);
        if (!server->listen(address, port)) {
            const QString why = server->errorString();
            delete server;
            // IPv6 loopback may be missing on a host; IPv4 alone is enough then.
            if (!m_servers.isEmpty() && address.protocol() == QAbstractSocket::IPv6Protocol)
                continue;
            stop();
            if (error)
                *error = QStringLiteral("cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(why);
            return false;
        }
        port = server->serverPort();
        connect(server, &QTcpServer::newConnection, this, [this, server] {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                if (int(m_connections.size()) >= m_limits.maxConnections) {
                    socket->write(serializeResponse(503, {{"Retry-After", "1"}}, "Too many connections\n", true));
                    socket->disconnectFromHost();
                    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    continue;
                }
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                m_connections.append(new Connection(this, socket));
            }
        });
        m_servers.append(server);
    }
    m_config.port = port;
    return true;
}

void HttpReceiver::stop()
{
    for (Connection *c : std::as_const(m_connections))
        c->deleteLater();
    m_connections.clear();
    qDeleteAll(m_servers);
    m_servers.clear();
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
    QString host = m_config.bindAddress;
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (host == QLatin1String("0.0.0.0"))
        host = QStringLiteral("127.0.0.1");
    QString url = QStringLiteral("http://%1:%2/").arg(host).arg(port());
    if (tokenRequired())
        url += QStringLiteral("t/%1/").arg(m_config.accessToken);
    return url;
}

void HttpReceiver::setConfig(const Receiver &config)
{
    const quint16 port = m_config.port;
    m_config = config;
    m_config.port = port;
    m_limits.parser.maxBodyBytes = config.maxBodyBytes;
}

bool HttpReceiver::tokenRequired() const
{
    return m_forceToken || !m_config.isLoopbackOnly();
}

void HttpReceiver::connectionClosed(Connection *connection)
{
    m_connections.removeOne(connection);
    connection->deleteLater();
}

HttpReceiver::Answer HttpReceiver::handle(const Http::Request &request, const QString &remote)
{
    QByteArray target = request.target;
    if (tokenRequired()) {
        const QByteArray prefix = "/t/" + m_config.accessToken.toUtf8();
        const bool inPath = !m_config.accessToken.isEmpty()
            && (target == prefix || target.startsWith(QByteArray(prefix + '/'))
                || target.startsWith(QByteArray(prefix + '?')));
        const bool inHeader = !m_config.accessToken.isEmpty()
            && headerValue(request.headers, "X-Hookbench-Token") == m_config.accessToken.toUtf8();
        if (!inPath && !inHeader)
            return Answer {401,
                           {{"Content-Type", "text/plain"}, {"WWW-Authenticate", "Bearer"}},
                           "This receiver needs its access token.\n"};
        if (inPath) {
            target = target.mid(prefix.size());
            if (target.isEmpty() || target.startsWith('?'))
                target.prepend('/');
        }
    }

    CapturedRequest capture;
    capture.id = Ids::next();
    capture.receiverId = m_config.id;
    capture.receivedAt = QDateTime::currentDateTimeUtc();
    capture.remoteAddress = remote;
    capture.method = request.method;
    capture.target = target;
    capture.httpVersion = request.version;
    capture.headers = request.headers + request.trailers;
    capture.body = request.body;

    const qint64 now = capture.receivedAt.toSecsSinceEpoch();
    bool anyValid = false;
    for (const VerificationSecret &secret : std::as_const(m_config.secrets)) {
        const Verdict v = Signing::verify(secret, request.headers, request.body, now, m_config.toleranceSeconds);
        anyValid = anyValid || v.result == Verdict::Result::Valid;
        capture.verdicts.append(v);
    }

    Answer answer;
    const QUrl url = QUrl::fromEncoded(target.startsWith('/') ? target : QByteArray('/' + target));
    const QString path = url.path();
    if (!m_config.secrets.isEmpty() && m_config.rejectInvalid && !anyValid) {
        answer = {401, {{"Content-Type", "application/json"}}, R"({"error":"invalid signature"})"};
    } else if (m_config.answerHandshakes && request.method == "GET"
               && QUrlQuery(url).hasQueryItem(QStringLiteral("hub.challenge"))) {
        // WebSub intent verification: echo the challenge.
        answer = {200,
                  {{"Content-Type", "text/plain"}},
                  QUrlQuery(url).queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded).toUtf8()};
    } else if (m_config.answerHandshakes && request.method == "OPTIONS"
               && hasHeader(request.headers, "WebHook-Request-Origin")) {
        // CloudEvents webhook abuse protection.
        const QByteArray rate = headerValue(request.headers, "WebHook-Request-Rate");
        answer = {200,
                  {{"WebHook-Allowed-Origin", headerValue(request.headers, "WebHook-Request-Origin")},
                   {"WebHook-Allowed-Rate", rate.isEmpty() ? QByteArray("*") : rate},
                   {"Allow", "POST, OPTIONS"}},
                  {}};
    } else {
        const QJsonObject slack
            = m_config.answerHandshakes && request.method == "POST" && request.body.contains("url_verification")
            ? QJsonDocument::fromJson(request.body).object()
            : QJsonObject();
        if (slack.value(QStringLiteral("type")).toString() == QLatin1String("url_verification")) {
            answer
                = {200, {{"Content-Type", "text/plain"}}, slack.value(QStringLiteral("challenge")).toString().toUtf8()};
        } else {
            const int index = matchRule(m_config.rules, request.method, path);
            const ResponseRule rule = index >= 0 ? m_config.rules.at(index) : ResponseRule {};
            answer.status = rule.status;
            answer.headers = rule.headers;
            answer.body = renderResponseBody(rule.body, capture);
            answer.delayMs = rule.delayMs;
            using B = ResponseRule::Behaviour;
            switch (rule.behaviour) {
            case B::Respond:
                break;
            case B::FailFirst:
                if (m_ruleHits[index]++ < rule.failFirst)
                    answer = {rule.failStatus, {{"Content-Type", "text/plain"}}, "Failing on purpose\n", rule.delayMs};
                break;
            case B::FailPercent:
                if (QRandomGenerator::global()->bounded(100.0) < rule.failPercent)
                    answer = {rule.failStatus, {{"Content-Type", "text/plain"}}, "Failing on purpose\n", rule.delayMs};
                break;
            case B::RateLimit:
                answer = {429,
                          {{"Retry-After", QByteArray::number(rule.retryAfterSeconds)}, {"Content-Type", "text/plain"}},
                          "Slow down\n",
                          rule.delayMs};
                break;
            case B::Timeout:
                answer.never = true;
                break;
            case B::CloseMidResponse:
                answer.closeMidway = true;
                break;
            }
        }
    }
    capture.responseStatus = answer.never ? 0 : answer.status;
    if (m_sink)
        m_sink->capture(capture);
    emit requestCaptured(capture);
    if (m_config.forwardTo.isValid() && !m_config.forwardTo.isEmpty())
        forward(capture);
    return answer;
}

void HttpReceiver::forward(const CapturedRequest &capture)
{
    if (!m_forwarder)
        m_forwarder = new QNetworkAccessManager(this);
    QNetworkRequest request(m_config.forwardTo);
    static const QList<QByteArray> hopByHop = {
        "connection",         "keep-alive", "transfer-encoding", "te",    "trailer", "upgrade", "proxy-authorization",
        "proxy-authenticate", "host",       "content-length",    "expect"};
    for (const Header &h : capture.headers) {
        if (!hopByHop.contains(h.name.toLower()))
            request.setRawHeader(h.name, h.value);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = m_forwarder->sendCustomRequest(request, capture.method, capture.body);
    const qint64 id = capture.id;
    const QString to = m_config.forwardTo.toString();
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, to] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString error = status ? QString() : reply->errorString();
        const QByteArray body = reply->read(64 * 1024);
        reply->deleteLater();
        if (m_sink)
            m_sink->forwarded(id, to, status, error, body);
        emit requestForwarded(id, status, error);
    });
}

} // namespace Hookbench::Receiving
