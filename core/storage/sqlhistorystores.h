#pragma once

#include "sqldefinitionstores.h"

// SQLite implementations of the read side of the history: events, deliveries with their attempts, and
// captured requests. Their rows are written by the BatchWriter.
namespace Hookbench::Storage {

class SqlEventStore final : public EventStore, private SqlStore
{
public:
    explicit SqlEventStore(QString connectionName)
        : SqlStore(std::move(connectionName))
    { }
    std::optional<Event> find(qint64 id) const override;
    std::optional<Event> findByUid(const QString &uid) const override;
    QList<Event> recent(int limit) const override;

private:
    QList<Event> select(const QString &tail, const QVariantList &values) const;
};

class SqlDeliveryStore final : public DeliveryStore, private SqlStore
{
public:
    explicit SqlDeliveryStore(QString connectionName)
        : SqlStore(std::move(connectionName))
    { }
    std::optional<Delivery> find(qint64 id) const override;
    std::optional<Delivery> findByUid(const QString &uid) const override;
    QList<Delivery> page(const DeliveryFilter &filter, qint64 beforeId, int limit) const override;
    QList<Delivery> page(const DeliveryFilter &filter, const DeliveryOrder &order, const DeliveryPageKey &after,
                         int limit) const override;
    qint64 count(const DeliveryFilter &filter) const override;
    // The count, or nothing when the statement failed (interrupted, for one).
    std::optional<qint64> tryCount(const DeliveryFilter &filter) const;
    QList<Delivery> unfinished() const override;
    QList<DueDelivery> unfinishedDue(qint64 self, qint64 nowMs) const override;
    QList<Delivery> addedAfter(qint64 afterId, bool unfinishedOnly, int limit) const override;
    QList<Delivery> findMany(const QList<qint64> &ids) const override;
    QList<Attempt> attempts(qint64 deliveryId) const override;
    QList<Delivery> forEvent(qint64 eventId) const override;

private:
    // `joined` names a table listed before deliveries (`FROM joined CROSS JOIN deliveries`, the join condition
    // starting `tail`); the selected columns are then qualified.
    QList<Delivery> select(const QString &tail, const QVariantList &values, const QString &joined = {}) const;
};

class SqlCaptureStore final : public CaptureStore, private SqlStore
{
public:
    explicit SqlCaptureStore(QString connectionName)
        : SqlStore(std::move(connectionName))
    { }
    std::optional<CapturedRequest> find(qint64 id) const override;
    QList<CapturedRequest> page(qint64 receiverId, qint64 beforeId, int limit) const override;
    qint64 count(qint64 receiverId) const override;
    WriteResult clear(qint64 receiverId) override;

private:
    QList<CapturedRequest> select(const QString &tail, const QVariantList &values) const;
};

// Builds the WHERE clause (without the keyword) and its bound values for a delivery filter.
void deliveryFilterSql(const DeliveryFilter &filter, QStringList *conditions, QVariantList *values);

} // namespace Hookbench::Storage
