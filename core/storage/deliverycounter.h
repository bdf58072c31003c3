#pragma once

#include "database.h"
#include "stores.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>

namespace Hookbench::Storage {

class DeliveryCounterWorker;

// Counts the deliveries that match a filter on a thread of its own, with a connection of its own: a count over a
// large log (or over a common word: seconds on a million deliveries) takes far longer than a page, and the log
// shows it without holding up the GUI. Only the newest request matters: a newer request stops the count running
// (SQLite's interrupt) and older ones still waiting are skipped, so typing a search or closing the window never
// waits for a count nobody will see.
class DeliveryCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryCounter)

public:
    explicit DeliveryCounter(const QString &workspacePath, QObject *parent = nullptr);
    ~DeliveryCounter() override;

    // Returns the request's number, which counted() reports.
    quint64 request(const DeliveryFilter &filter);

signals:
    // count is -1 when the workspace could not be read.
    void counted(quint64 request, qint64 count);

private:
    friend class DeliveryCounterWorker;
    void interruptRunningCount();

    QThread m_thread;
    DeliveryCounterWorker *m_worker = nullptr;
    std::atomic<quint64> m_latest {0};
    // Guards the interrupter against the connection closing while another thread uses it.
    QMutex m_interrupterMutex;
    QueryInterrupter m_interrupter;
};

} // namespace Hookbench::Storage
