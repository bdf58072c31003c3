#include "httpsender.h"

#include "socketlowdelay.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace Hookbench::Engine {

namespace {

qint64 monotonicNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

// Whether a reply that has a status failed before its answer was whole (a transport error), rather than carrying
// an HTTP error status or a redirect that was not followed.
bool answerIncomplete(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return false;
    default:
        return error < QNetworkReply::ProxyConnectionRefusedError || error == QNetworkReply::ProtocolFailure;
    }
}

} // namespace

HttpSender::HttpSender() = default;

HttpSender::~HttpSender()
{
    abortAll();
    delete m_network;
}

void HttpSender::send(const SendJob &job)
{
    InFlight entry;
    entry.job = job;
    entry.result.deliveryId = job.deliveryId;
    entry.result.attemptNumber = job.attemptNumber;
    entry.result.startedAt = QDateTime::currentDateTimeUtc();
    entry.startedNs = monotonicNs();
    post(std::move(entry), job.request.url);
}

void HttpSender::post(InFlight entry, const QUrl &url)
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setAutoDeleteReplies(false);
    }
    const SendJob &job = entry.job;
    QNetworkRequest request(url);
    for (const Header &h : job.request.headers)
        request.setRawHeader(h.name, h.value);
    // Redirects an endpoint follows are followed in complete(): QNAM would turn a POST answered 301, 302 or 303
    // into a GET without the payload.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // HTTP/2 is negotiated by ALPN over TLS; cleartext HTTP/2 needs prior knowledge, opted into per endpoint.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    if (job.http2PriorKnowledge)
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    const bool https = url.scheme() == QLatin1String("https");
    if (!job.verifyTls && https) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
    // QNAM keeps at most six connections per host and port, shared by every request to them, and endpoints are
    // often paths of one server (a local receiver): a slow endpoint would hold the others' requests in that
    // queue. The peer verify name is part of QNAM's key for a pool of connections and means nothing without TLS,
    // so there each endpoint gets connections of its own. Over TLS it names the certificate's host: endpoints on
    // one https host and port still share theirs.
    if (!https && job.endpointId)
        request.setPeerVerifyName(QStringLiteral("endpoint-%1").arg(job.endpointId));
    const bool watchHttp2 = job.http2PriorKnowledge || https;
    // What is left of the attempt's time: a followed redirect does not start the clock again.
    const qint64 leftMs = qMax<qint64>(0, job.timeoutMs - (monotonicNs() - entry.startedNs) / 1'000'000);

    QNetworkReply *reply = m_network->sendCustomRequest(request, job.request.method, job.request.body);
    m_inFlight.insert(reply, std::move(entry));
    // The timeout bounds the whole attempt. QNetworkRequest::setTransferTimeout only bounds each pause between
    // bytes, so an answer trickling in (or a body that stalls once the status line is in) outlived it.
    QTimer::singleShot(int(leftMs), Qt::PreciseTimer, reply, [this, reply] {
        auto it = m_inFlight.find(reply);
        if (it == m_inFlight.end())
            return;
        it->timedOut = true;
        reply->abort(); // emits finished synchronously, which reports the attempt as timed out
    });

    // Keep the first bodyCap bytes; the rest is read and dropped so the exchange still completes.
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        auto it = m_inFlight.find(reply);
        if (it == m_inFlight.end())
            return;
        const QByteArray chunk = reply->readAll();
        const qint64 room = it->job.bodyCap - it->result.body.size();
        if (chunk.size() <= room) {
            it->result.body += chunk;
        } else {
            it->result.body += chunk.left(qMax<qint64>(0, room));
            it->result.truncated = true;
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { complete(reply); });
    if (watchHttp2)
        watchHttp2Connection(reply, https);
}

// Where a redirect answer sends the request next, when its endpoint follows redirects: the same method, headers
// and body go there (as for 307 and 308; a webhook's payload is the point of the request), never from https to
// http (QNetworkRequest::NoLessSafeRedirectPolicy), and ten times at most.
std::optional<QUrl> HttpSender::redirectTarget(QNetworkReply *reply, const InFlight &entry) const
{
    constexpr int kMaxRedirects = 10;
    if (!entry.job.followRedirects || entry.timedOut || m_aborting || entry.redirects >= kMaxRedirects)
        return std::nullopt;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
        return std::nullopt;
    const QByteArray location = reply->rawHeader("Location");
    if (location.isEmpty())
        return std::nullopt;
    const QUrl from = reply->url();
    const QUrl to = from.resolved(QUrl::fromEncoded(location));
    const bool web = to.scheme() == QLatin1String("http") || to.scheme() == QLatin1String("https");
    if (!to.isValid() || !web || (from.scheme() == QLatin1String("https") && to.scheme() != QLatin1String("https")))
        return std::nullopt;
    return to;
}

// QNAM gives its sockets no TCP_NODELAY, and it writes an HTTP/2 request as several small writes: cleartext (h2c)
// as the DATA frame header, the payload and an empty END_STREAM frame; over TLS (h2 chosen by ALPN) in two writes
// too (strace of Qt 6.4.2 against nginx: 52 and 1,070 bytes per 1 KB POST, the second held ~40 ms). Each small
// write after the first waits for the peer's delayed ACK (~40 ms) under Nagle's algorithm. HTTP/1.1 is written
// as one buffer (strace, cleartext) and is left alone, over TLS too (not traced there): the check below skips a
// connection ALPN did not make HTTP/2.
// socketStartedConnecting is emitted once per connection QNAM opens (also when it reconnects), for the reply that
// made it connect; by that reply's answer the socket is connected and has a peer to match, so TCP_NODELAY is set
// then, once per connection rather than per request. The requests sent before that answer (at most the endpoint's
// limit) still go out under Nagle.
void HttpSender::watchHttp2Connection(QNetworkReply *reply, bool https)
{
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this, reply] {
        auto it = m_inFlight.find(reply);
        if (it != m_inFlight.end())
            it->lowDelayDue = true;
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, https] {
        auto it = m_inFlight.find(reply);
        if (it == m_inFlight.end() || !it->lowDelayDue)
            return;
        it->lowDelayDue = false;
        if (https && !reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
            return;
        const QUrl url = reply->url();
        // A host given by name is not resolved again here (QNAM did, on its own thread): any peer address on the
        // URL's port matches then, which at worst also speeds up another socket to that port.
        setLowDelayOnSocketsTo(QHostAddress(url.host()), quint16(url.port(https ? 443 : 80)));
    });
}

void HttpSender::complete(QNetworkReply *reply)
{
    auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    InFlight entry = std::move(it.value());
    m_inFlight.erase(it);
    if (const std::optional<QUrl> next = redirectTarget(reply, entry)) {
        reply->deleteLater();
        ++entry.redirects;
        entry.result.body.clear();
        entry.result.truncated = false;
        post(std::move(entry), *next);
        return;
    }
    SendResult &r = entry.result;
    // An aborted reply (timed out, or interrupted by stop) is closed: reading it only makes Qt warn on stderr.
    const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
    const qint64 room = entry.job.bodyCap - r.body.size();
    if (rest.size() <= room) {
        r.body += rest;
    } else {
        r.body += rest.left(qMax<qint64>(0, room));
        r.truncated = true;
    }
    r.finishedAt = QDateTime::currentDateTimeUtc();
    r.durationUs = (monotonicNs() - entry.startedNs) / 1000;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.status = status.isValid() ? status.toInt() : 0;
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append(Header {pair.first, pair.second});
    // A status line alone is not an answer: a reply that failed after it (body cut off, stalled, aborted) keeps
    // its status for the record but is reported as the failure it is.
    const QNetworkReply::NetworkError error = reply->error();
    if (entry.timedOut) {
        r.timedOut = true;
        r.networkError = QCoreApplication::translate("Engine", "timed out after %1 ms").arg(entry.job.timeoutMs);
    } else if (error != QNetworkReply::NoError && (r.status == 0 || answerIncomplete(error))) {
        if (m_aborting) {
            r.interrupted = true;
            r.networkError
                = QCoreApplication::translate("Engine", "interrupted: Hookbench stopped while waiting for the answer");
        } else if (error == QNetworkReply::TimeoutError) {
            r.timedOut = true;
            r.networkError = QCoreApplication::translate("Engine", "timed out after %1 ms").arg(entry.job.timeoutMs);
        } else {
            r.networkError = reply->errorString();
        }
    }
    reply->deleteLater();
    emit finished(r);
}

void HttpSender::abortAll()
{
    m_aborting = true;
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    for (QNetworkReply *reply : replies)
        reply->abort(); // emits finished synchronously, which reports the attempt as interrupted
    m_aborting = false;
}

namespace {

// Qt 6.4's QNAM opens at most this many connections to one host and queues the rest.
constexpr int kConnectionsPerHost = 6;

} // namespace

SenderPool::SenderPool(int size, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SendJob>();
    qRegisterMetaType<SendResult>();
    for (int i = 0; i < qMax(1, size); ++i) {
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("hookbench-sender-%1").arg(i));
        auto *sender = new HttpSender;
        sender->moveToThread(thread);
        connect(sender, &HttpSender::finished, this, &SenderPool::onFinished, Qt::QueuedConnection);
        thread->start();
        m_threads.append(thread);
        m_senders.append(sender);
    }
}

SenderPool::~SenderPool()
{
    for (qsizetype i = 0; i < m_senders.size(); ++i) {
        HttpSender *sender = m_senders[i];
        QMetaObject::invokeMethod(
            sender, [sender] { delete sender; }, Qt::BlockingQueuedConnection);
        m_threads[i]->quit();
        m_threads[i]->wait();
    }
}

void SenderPool::submit(const SendJob &job, qint64 endpointId)
{
    QList<int> &load = m_load[endpointId];
    if (load.isEmpty())
        load.fill(0, m_senders.size());
    int chosen = int(quint64(endpointId) % quint64(m_senders.size()));
    if (load.at(chosen) >= kConnectionsPerHost) {
        for (int i = 0; i < load.size(); ++i) {
            if (load.at(i) < load.at(chosen))
                chosen = i;
        }
    }
    ++load[chosen];
    m_assigned.insert(job.deliveryId, {endpointId, chosen});
    HttpSender *sender = m_senders.at(chosen);
    QMetaObject::invokeMethod(
        sender, [sender, job] { sender->send(job); }, Qt::QueuedConnection);
}

void SenderPool::onFinished(const SendResult &result)
{
    const auto assigned = m_assigned.take(result.deliveryId);
    auto load = m_load.find(assigned.first);
    if (load != m_load.end() && assigned.second < load->size()) {
        if (--(*load)[assigned.second] <= 0 && std::all_of(load->cbegin(), load->cend(), [](int n) { return n <= 0; }))
            m_load.erase(load);
    }
    emit finished(result);
}

void SenderPool::abortAll()
{
    for (HttpSender *sender : std::as_const(m_senders))
        QMetaObject::invokeMethod(
            sender, [sender] { sender->abortAll(); }, Qt::BlockingQueuedConnection);
}

} // namespace Hookbench::Engine
