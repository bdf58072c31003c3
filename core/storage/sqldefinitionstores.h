#pragma once

#include "stores.h"

#include <QSqlDatabase>

// SQLite implementations of the definition stores. Each works on the named connection of the thread that
// uses it (the GUI thread or the command line's main thread).
namespace Hookbench::Storage {

class SqlStore
{
protected:
    explicit SqlStore(QString connectionName)
        : m_connection(std::move(connectionName))
    { }
    QSqlDatabase db() const;
    QString m_connection;
};

class SqlEventTypeStore final : public EventTypeStore, private SqlStore
{
public:
    explicit SqlEventTypeStore(QString connectionName)
        : SqlStore(std::move(connectionName))
    { }
    QList<EventType> list() const override;
    std::optional<EventType> find(const QString &name) const override;
    std::optional<EventType> findById(qint64 id) const override;
    WriteResult add(EventType &eventType) override;
    WriteResult update(const EventType &eventType) override;
    WriteResult remove(qint64 id) override;
    qint64 nextSequence(const QString &name) override;

private:
    QList<EventType> select(const QString &where, const QVariant &value) const;
};

class SqlEndpointStore final : public EndpointStore, private SqlStore
{
public:
    explicit SqlEndpointStore(QString connectionName)
        : SqlStore(std::move(connectionName))
    { }
    QList<Endpoint> list() const override;
    std::optional<Endpoint> find(qint64 id) const override;
    std::optional<Endpoint> findByName(const QString &name) const override;
    WriteResult add(Endpoint &endpoint) override;
    WriteResult update(const Endpoint &endpoint) override;
    WriteResult remove(qint64 id) override;
    WriteResult setEnabled(qint64 id, bool enabled, const QString &reason) override;
    WriteResult setConsecutiveFailures(qint64 id, int failures) override;
    quint64 revision() const override { return m_revision; }

private:
    QList<Endpoint> select(const QString &where, const QVariant &value) const;
    WriteResult changed(WriteResult result)
    {
        ++m_revision;
        return result;
    }
    quint64 m_revision = 1;
};

class SqlReceiverStore final : public ReceiverStore, private SqlStore
{
public:
    explicit SqlReceiverStore(QString connectionName)
        : SqlStore(std::move(connectionName))
    { }
    QList<Receiver> list() const override;
    std::optional<Receiver> find(qint64 id) const override;
    std::optional<Receiver> findByName(const QString &name) const override;
    WriteResult add(Receiver &receiver) override;
    WriteResult update(const Receiver &receiver) override;
    WriteResult remove(qint64 id) override;

private:
    QList<Receiver> select(const QString &where, const QVariant &value) const;
};

class SqlScheduleStore final : public ScheduleStore, private SqlStore
{
public:
    explicit SqlScheduleStore(QString connectionName)
        : SqlStore(std::move(connectionName))
    { }
    QList<Schedule> list() const override;
    std::optional<Schedule> find(qint64 id) const override;
    WriteResult add(Schedule &schedule) override;
    WriteResult update(const Schedule &schedule) override;
    WriteResult remove(qint64 id) override;
    WriteResult recordFiring(qint64 id, int firedCount, const QDateTime &lastFiredAt,
                             const QDateTime &nextFireAt) override;

private:
    QList<Schedule> select(const QString &where, const QVariant &value) const;
};

class SqlSettingsStore final : public SettingsStore, private SqlStore
{
public:
    explicit SqlSettingsStore(QString connectionName)
        : SqlStore(std::move(connectionName))
    { }
    QString value(const QString &key, const QString &fallback) const override;
    WriteResult setValue(const QString &key, const QString &value) override;
};

} // namespace Hookbench::Storage
