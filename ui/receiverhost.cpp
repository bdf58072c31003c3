#include "receiverhost.h"

#include "receiver/httpreceiver.h"
#include "receiver/workspacecapturesink.h"
#include "storage/workspace.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Hookbench::Ui {

namespace {
constexpr qint64 kForwardBodyCap = 64 * 1024;
}

ReceiverHost::ReceiverHost(Storage::Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_sink(std::make_unique<Receiving::WorkspaceCaptureSink>(workspace.writer()))
{
    qRegisterMetaType<Hookbench::CapturedRequest>();
}

ReceiverHost::~ReceiverHost()
{
    stopAll();
}

QString ReceiverHost::start(const Receiver &config)
{
    if (m_running.contains(config.id))
        return {};
    auto *receiver = new Receiving::HttpReceiver(config, m_sink.get(), this);
    QString error;
    if (!receiver->start(&error)) {
        delete receiver;
        return error;
    }
    connect(receiver, &Receiving::HttpReceiver::requestCaptured, this, &ReceiverHost::requestCaptured);
    connect(receiver, &Receiving::HttpReceiver::requestForwarded, this, &ReceiverHost::forwardFinished);
    m_running.insert(config.id, receiver);
    emit runningChanged(config.id);
    return {};
}

void ReceiverHost::stop(qint64 receiverId)
{
    Receiving::HttpReceiver *receiver = m_running.take(receiverId);
    if (!receiver)
        return;
    receiver->stop();
    delete receiver;
    emit runningChanged(receiverId);
}

void ReceiverHost::stopAll()
{
    const QList<qint64> ids = m_running.keys();
    for (qint64 id : ids)
        stop(id);
}

QStringList ReceiverHost::startAutoStart()
{
    QStringList failures;
    for (const Receiver &r : m_workspace.receivers().list()) {
        if (!r.autoStart)
            continue;
        if (const QString why = start(r); !why.isEmpty())
            failures << tr("%1: %2").arg(r.name, why);
    }
    return failures;
}

bool ReceiverHost::isRunning(qint64 receiverId) const
{
    return m_running.contains(receiverId);
}

QString ReceiverHost::baseUrl(qint64 receiverId) const
{
    const Receiving::HttpReceiver *receiver = m_running.value(receiverId);
    return receiver ? receiver->baseUrl() : QString();
}

QList<qint64> ReceiverHost::running() const
{
    return m_running.keys();
}

Receiving::HttpReceiver *ReceiverHost::receiver(qint64 receiverId) const
{
    return m_running.value(receiverId);
}

QString ReceiverHost::reconfigure(const Receiver &config)
{
    Receiving::HttpReceiver *receiver = m_running.value(config.id);
    if (!receiver)
        return {};
    const Receiver &current = receiver->config();
    if (current.bindAddress == config.bindAddress && current.port == config.port
        && current.accessToken == config.accessToken && current.tlsCertificatePath == config.tlsCertificatePath
        && current.tlsKeyPath == config.tlsKeyPath) {
        receiver->setConfig(config);
        return {};
    }
    stop(config.id);
    return start(config);
}

void ReceiverHost::forward(const CapturedRequest &capture, const QUrl &url)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setTransferTimeout(30'000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const Header &h : capture.headers) {
        const QByteArray name = h.name.toLower();
        // Hop-by-hop and framing headers belong to the original connection.
        if (name == "host" || name == "content-length" || name == "connection" || name == "transfer-encoding"
            || name == "keep-alive" || name == "expect")
            continue;
        request.setRawHeader(h.name, h.value);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, capture.method, capture.body);
    const qint64 captureId = capture.id;
    const QString to = url.toString();
    connect(reply, &QNetworkReply::readyRead, reply, [reply] {
        // Nothing is read before the end, so what is buffered is the whole body so far.
        if (reply->bytesAvailable() > kForwardBodyCap)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, captureId, to] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString error = reply->error() == QNetworkReply::NoError || status ? QString() : reply->errorString();
        const QByteArray body = reply->readAll().left(kForwardBodyCap);
        m_workspace.writer().saveForwardResult({captureId, to, status, error, body});
        emit forwardFinished(captureId, status, error);
    });
}

} // namespace Hookbench::Ui
