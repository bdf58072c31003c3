#pragma once

#include <QObject>

class QSocketNotifier;

namespace Hookbench::Cli {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe trick), so long-running commands stop cleanly from
// the event loop instead of dying inside a handler.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Hookbench::Cli
