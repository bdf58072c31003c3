#pragma once

#include "domain/capturedrequest.h"
#include "domain/receiver.h"
#include "receiver/httpreceiver.h"

#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Hookbench::Storage {
class Workspace;
}
namespace Hookbench::Receiving {
class WorkspaceCaptureSink;
}

namespace Hookbench::Ui {

// The receivers running in this window: starts and stops core's HttpReceiver for a workspace receiver, captures
// into the workspace through the batching writer, and forwards a captured request on demand. Not a widget:
// the receivers section and the status bar only show what it reports.
class ReceiverHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverHost)

public:
    explicit ReceiverHost(Storage::Workspace &workspace, QObject *parent = nullptr);
    ~ReceiverHost() override;

    // Returns the reason it could not listen, or empty.
    QString start(const Receiver &receiver);
    void stop(qint64 receiverId);
    void stopAll();
    // Starts the workspace's receivers marked to start automatically; returns one line per failure.
    QStringList startAutoStart();
    bool isRunning(qint64 receiverId) const;
    // The URL senders use, while running; empty otherwise.
    QString baseUrl(qint64 receiverId) const;
    QList<qint64> running() const;
    // A receiver's settings changed: a running one picks up rules and secrets at once, and restarts when its
    // address or port changed.
    QString reconfigure(const Receiver &receiver);
    Receiving::HttpReceiver *receiver(qint64 receiverId) const;

    // Sends a captured request again, as it came, to `url`; the outcome is stored with the capture and reported
    // by forwardFinished.
    void forward(const CapturedRequest &capture, const QUrl &url);

signals:
    void runningChanged(qint64 receiverId);
    void requestCaptured(const Hookbench::CapturedRequest &request);
    void forwardFinished(qint64 captureId, int status, const QString &error);

private:
    Storage::Workspace &m_workspace;
    std::unique_ptr<Receiving::WorkspaceCaptureSink> m_sink;
    QHash<qint64, Receiving::HttpReceiver *> m_running;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace Hookbench::Ui
