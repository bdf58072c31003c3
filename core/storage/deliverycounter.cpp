#include "deliverycounter.h"

#include "sqlhistorystores.h"

#include <limits>
#include <memory>

namespace Hookbench::Storage {

namespace {
std::atomic<int> counterConnections {0};
}

class DeliveryCounterWorker final : public QObject
{
public:
    DeliveryCounterWorker(DeliveryCounter *owner, QString path)
        : m_owner(owner)
        , m_path(std::move(path))
        , m_connection(QStringLiteral("hookbench-counter-%1").arg(++counterConnections))
    { }

    ~DeliveryCounterWorker() override
    {
        {
            QMutexLocker lock(&m_owner->m_interrupterMutex);
            m_owner->m_interrupter = QueryInterrupter();
        }
        m_store.reset();
        if (m_opened)
            closeConnection(m_connection);
    }

    void count(quint64 request, const DeliveryFilter &filter)
    {
        if (isStale(request))
            return;
        if (!m_opened) {
            QString error;
            const QSqlDatabase db = openConnection(m_path, m_connection, &error);
            m_opened = db.isValid();
            if (!m_opened) {
                emit m_owner->counted(request, -1);
                return;
            }
            m_store = std::make_unique<SqlDeliveryStore>(m_connection);
            QMutexLocker lock(&m_owner->m_interrupterMutex);
            m_owner->m_interrupter = QueryInterrupter(db);
        }
        std::optional<qint64> count = m_store->tryCount(filter);
        if (isStale(request))
            return; // stopped part-way, or finished too late to matter
        // An interrupt meant for a count that had just ended can catch the next one: it is counted again.
        if (!count)
            count = m_store->tryCount(filter);
        emit m_owner->counted(request, count.value_or(-1));
    }

private:
    bool isStale(quint64 request) const { return request < m_owner->m_latest.load(); }

    DeliveryCounter *m_owner;
    QString m_path;
    QString m_connection;
    bool m_opened = false;
    std::unique_ptr<SqlDeliveryStore> m_store;
};

DeliveryCounter::DeliveryCounter(const QString &workspacePath, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("hookbench-counter"));
    m_worker = new DeliveryCounterWorker(this, workspacePath);
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

DeliveryCounter::~DeliveryCounter()
{
    // Newer than anything queued: the worker skips what is left, and the count running ends now.
    m_latest.store(std::numeric_limits<quint64>::max());
    interruptRunningCount();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 DeliveryCounter::request(const DeliveryFilter &filter)
{
    const quint64 number = ++m_latest;
    // Before this request is queued: the interrupt can only reach counts older than it.
    interruptRunningCount();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, number, filter] { worker->count(number, filter); }, Qt::QueuedConnection);
    return number;
}

void DeliveryCounter::interruptRunningCount()
{
    QMutexLocker lock(&m_interrupterMutex);
    m_interrupter.interrupt();
}

} // namespace Hookbench::Storage
