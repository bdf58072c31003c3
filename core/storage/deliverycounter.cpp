#include "deliverycounter.h"

#include "database.h"
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
        m_store.reset();
        if (m_opened)
            closeConnection(m_connection);
    }

    void count(quint64 request, const DeliveryFilter &filter)
    {
        if (request < m_owner->m_latest.load())
            return;
        if (!m_opened) {
            QString error;
            m_opened = openConnection(m_path, m_connection, &error).isValid();
            if (!m_opened) {
                emit m_owner->counted(request, -1);
                return;
            }
            m_store = std::make_unique<SqlDeliveryStore>(m_connection);
        }
        emit m_owner->counted(request, m_store->count(filter));
    }

private:
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
    // Newer than anything queued: the worker skips what is left.
    m_latest.store(std::numeric_limits<quint64>::max());
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 DeliveryCounter::request(const DeliveryFilter &filter)
{
    const quint64 number = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, number, filter] { worker->count(number, filter); }, Qt::QueuedConnection);
    return number;
}

} // namespace Hookbench::Storage
