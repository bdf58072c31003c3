#include "sqlhistorystores.h"

#include "leaseformat.h"
#include "rowcodec.h"
#include "sqlbind.h"
#include "textindex.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Hookbench::Storage {

// ---- events ------------------------------------------------------------------------------------------------

QList<Event> SqlEventStore::select(const QString &tail, const QVariantList &values) const
{
    QSqlQuery q = prepared(
        db(), QStringLiteral("SELECT %1 FROM events ").arg(QLatin1String(RowCodec::kEventColumns)) + tail, values);
    QList<Event> out;
    if (q.exec()) {
        while (q.next())
            out.append(RowCodec::event(q));
    }
    return out;
}

std::optional<Event> SqlEventStore::find(qint64 id) const
{
    const auto rows = select(QStringLiteral("WHERE id = ?"), {id});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<Event> SqlEventStore::findByUid(const QString &uid) const
{
    const auto rows = select(QStringLiteral("WHERE uid = ?"), {uid});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<Event> SqlEventStore::recent(int limit) const
{
    return select(QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
}

// ---- deliveries --------------------------------------------------------------------------------------------

void deliveryFilterSql(const DeliveryFilter &f, QStringList *conditions, QVariantList *values)
{
    if (!f.states.isEmpty()) {
        QStringList marks;
        for (DeliveryState s : f.states) {
            marks.append(QStringLiteral("?"));
            values->append(int(s));
        }
        conditions->append(QStringLiteral("state IN (%1)").arg(marks.join(QLatin1Char(','))));
    }
    if (!f.eventType.isEmpty()) {
        conditions->append(QStringLiteral("event_type = ?"));
        values->append(f.eventType);
    }
    if (f.endpointId) {
        conditions->append(QStringLiteral("endpoint_id = ?"));
        values->append(f.endpointId);
    }
    if (f.eventId) {
        conditions->append(QStringLiteral("event_id = ?"));
        values->append(f.eventId);
    }
    if (f.from.isValid()) {
        conditions->append(QStringLiteral("created_at >= ?"));
        values->append(f.from.toMSecsSinceEpoch());
    }
    if (f.to.isValid()) {
        conditions->append(QStringLiteral("created_at < ?"));
        values->append(f.to.toMSecsSinceEpoch());
    }
    if (f.status) {
        conditions->append(QStringLiteral("last_status = ?"));
        values->append(f.status);
    }
    // Text with nothing searchable in it (only punctuation) does not filter.
    if (const QString match = ftsMatchQuery(f.text); !match.isEmpty()) {
        conditions->append(QStringLiteral("id IN (SELECT rowid FROM delivery_text WHERE delivery_text MATCH ?)"));
        values->append(match);
    }
}

namespace {

// The sort column as an SQL expression matching its index exactly (deliveries_next_attempt is on the ifnull()).
QLatin1String orderExpression(DeliveryOrder::Column column)
{
    switch (column) {
    case DeliveryOrder::Column::Time:
        return QLatin1String("id");
    case DeliveryOrder::Column::EventType:
        return QLatin1String("event_type");
    case DeliveryOrder::Column::Endpoint:
        return QLatin1String("endpoint_name");
    case DeliveryOrder::Column::State:
        return QLatin1String("state");
    case DeliveryOrder::Column::Status:
        return QLatin1String("last_status");
    case DeliveryOrder::Column::Attempts:
        return QLatin1String("attempt_count");
    case DeliveryOrder::Column::Duration:
        return QLatin1String("last_duration_us");
    case DeliveryOrder::Column::NextAttempt:
        return QLatin1String("ifnull(next_attempt_at, 0)");
    }
    return QLatin1String("id");
}

} // namespace

QList<Delivery> SqlDeliveryStore::select(const QString &tail, const QVariantList &values, const QString &joined) const
{
    // With a join, the columns are qualified: both tables know `rowid`, and only deliveries has the rest.
    QString columns = QLatin1String(RowCodec::kDeliveryColumns);
    if (!joined.isEmpty())
        columns
            = QStringLiteral("deliveries.") + columns.split(QStringLiteral(", ")).join(QStringLiteral(", deliveries."));
    // The joined table comes first: SQLite's CROSS JOIN keeps the written order, and the full-text index must
    // be the outer loop (walked in rowid order, stopping after a page). With deliveries outside, every delivery
    // re-ran the MATCH: seconds per page even on a small log.
    const QString from
        = joined.isEmpty() ? QStringLiteral("deliveries") : joined + QStringLiteral(" CROSS JOIN deliveries");
    QSqlQuery q = prepared(db(), QStringLiteral("SELECT %1 FROM %2 ").arg(columns, from) + tail, values);
    QList<Delivery> out;
    if (q.exec()) {
        while (q.next())
            out.append(RowCodec::delivery(q));
    }
    return out;
}

std::optional<Delivery> SqlDeliveryStore::find(qint64 id) const
{
    const auto rows = select(QStringLiteral("WHERE id = ?"), {id});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<Delivery> SqlDeliveryStore::findByUid(const QString &uid) const
{
    const auto rows = select(QStringLiteral("WHERE uid = ?"), {uid});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<Delivery> SqlDeliveryStore::page(const DeliveryFilter &filter, qint64 beforeId, int limit) const
{
    return page(filter, DeliveryOrder {}, DeliveryPageKey {QVariant(), beforeId}, limit);
}

QList<Delivery> SqlDeliveryStore::page(const DeliveryFilter &filter, const DeliveryOrder &order,
                                       const DeliveryPageKey &after, int limit) const
{
    const QLatin1String direction = order.descending ? QLatin1String("DESC") : QLatin1String("ASC");
    const QLatin1String beyond = order.descending ? QLatin1String("<") : QLatin1String(">");
    const QString matchQuery = ftsMatchQuery(filter.text);
    QStringList conditions;
    QVariantList values;

    // Newest or oldest first with a text filter: walk the full-text index in rowid order and stop after one page,
    // instead of collecting every match first (a common word matches most of the log).
    if (order.column == DeliveryOrder::Column::Time && !matchQuery.isEmpty()) {
        DeliveryFilter rest = filter;
        rest.text.clear();
        values.append(matchQuery);
        conditions.append(QStringLiteral("delivery_text MATCH ?"));
        if (!after.isNull()) {
            conditions.append(QStringLiteral("delivery_text.rowid %1 ?").arg(beyond));
            values.append(after.id);
        }
        deliveryFilterSql(rest, &conditions, &values);
        values.append(limit);
        return select(QStringLiteral("ON deliveries.id = delivery_text.rowid WHERE ")
                          + conditions.join(QStringLiteral(" AND "))
                          + QStringLiteral(" ORDER BY delivery_text.rowid %1 LIMIT ?").arg(direction),
                      values, QStringLiteral("delivery_text"));
    }

    deliveryFilterSql(filter, &conditions, &values);
    const QString expression = orderExpression(order.column);
    if (!after.isNull()) {
        if (order.column == DeliveryOrder::Column::Time) {
            conditions.append(QStringLiteral("id %1 ?").arg(beyond));
            values.append(after.id);
        } else {
            conditions.append(QStringLiteral("(%1, id) %2 (?, ?)").arg(expression, beyond));
            values.append(after.value);
            values.append(after.id);
        }
    }
    values.append(limit);
    const QString where
        = conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    const QString orderBy = order.column == DeliveryOrder::Column::Time
        ? QStringLiteral(" ORDER BY id %1").arg(direction)
        : QStringLiteral(" ORDER BY %1 %2, id %2").arg(expression, direction);
    return select(where + orderBy + QStringLiteral(" LIMIT ?"), values);
}

qint64 SqlDeliveryStore::count(const DeliveryFilter &filter) const
{
    return tryCount(filter).value_or(0);
}

std::optional<qint64> SqlDeliveryStore::tryCount(const DeliveryFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    deliveryFilterSql(filter, &conditions, &values);
    const QString where
        = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery q = prepared(db(), QStringLiteral("SELECT count(*) FROM deliveries") + where, values);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<Delivery> SqlDeliveryStore::unfinished() const
{
    // Uses the partial index deliveries_due.
    return select(QStringLiteral("WHERE state IN (0, 1, 3) ORDER BY next_attempt_at"), {});
}

namespace {

// Whom an engine may take a delivery from (see DeliveryStore::unfinishedDue): its own, none's, and those whose
// owner's liveness lease is gone or lapsed. Bound as (self, kEngineLivePrefix, now).
const char kAdoptable[]
    = " AND (owner IS NULL OR owner = ? OR NOT EXISTS (SELECT 1 FROM settings WHERE key = ? || owner"
      " AND " HOOKBENCH_LEASE_UNTIL("value") " > ?))";

} // namespace

QList<DueDelivery> SqlDeliveryStore::unfinishedDue(qint64 self, qint64 nowMs) const
{
    QSqlQuery q = prepared(db(),
                           QStringLiteral("SELECT id, endpoint_id, state, next_attempt_at FROM deliveries "
                                          "WHERE state IN (0, 1, 3)")
                               + QLatin1String(kAdoptable) + QLatin1String(" ORDER BY next_attempt_at"),
                           {self, QString::fromLatin1(kEngineLivePrefix), nowMs});
    QList<DueDelivery> out;
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), DeliveryState(q.value(2).toInt()),
                        q.value(3).toLongLong()});
    }
    return out;
}

QList<Delivery> SqlDeliveryStore::addedAfter(qint64 afterId, bool unfinishedOnly, int limit) const
{
    return select(unfinishedOnly ? QStringLiteral("WHERE id > ? AND state IN (0, 1, 3) ORDER BY id LIMIT ?")
                                 : QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"),
                  {afterId, limit});
}

QList<Delivery> SqlDeliveryStore::findMany(const QList<qint64> &ids) const
{
    // In slices, so a statement never nears SQLite's limit on bound values.
    constexpr qsizetype kSlice = 500;
    QList<Delivery> out;
    for (qsizetype from = 0; from < ids.size(); from += kSlice) {
        const qsizetype n = qMin(kSlice, ids.size() - from);
        QVariantList values;
        values.reserve(n);
        for (qsizetype i = from; i < from + n; ++i)
            values.append(ids.at(i));
        QString marks = QStringLiteral("?");
        marks += QStringLiteral(", ?").repeated(n - 1);
        out += select(QStringLiteral("WHERE id IN (%1) ORDER BY id").arg(marks), values);
    }
    return out;
}

QList<Attempt> SqlDeliveryStore::attempts(qint64 deliveryId) const
{
    QSqlQuery q = prepared(db(),
                           QStringLiteral("SELECT %1 FROM attempts WHERE delivery_id = ? ORDER BY number, id")
                               .arg(QLatin1String(RowCodec::kAttemptColumns)),
                           {deliveryId});
    QList<Attempt> out;
    if (q.exec()) {
        while (q.next())
            out.append(RowCodec::attempt(q));
    }
    return out;
}

QList<Delivery> SqlDeliveryStore::forEvent(qint64 eventId) const
{
    return select(QStringLiteral("WHERE event_id = ? ORDER BY id"), {eventId});
}

// ---- captured requests -------------------------------------------------------------------------------------

QList<CapturedRequest> SqlCaptureStore::select(const QString &tail, const QVariantList &values) const
{
    QSqlQuery q = prepared(
        db(), QStringLiteral("SELECT %1 FROM captured_requests ").arg(QLatin1String(RowCodec::kCaptureColumns)) + tail,
        values);
    QList<CapturedRequest> out;
    if (q.exec()) {
        while (q.next())
            out.append(RowCodec::capture(q));
    }
    return out;
}

std::optional<CapturedRequest> SqlCaptureStore::find(qint64 id) const
{
    const auto rows = select(QStringLiteral("WHERE id = ?"), {id});
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<CapturedRequest> SqlCaptureStore::page(qint64 receiverId, qint64 beforeId, int limit) const
{
    QStringList conditions;
    QVariantList values;
    if (receiverId) {
        conditions.append(QStringLiteral("receiver_id = ?"));
        values.append(receiverId);
    }
    if (beforeId > 0) {
        conditions.append(QStringLiteral("id < ?"));
        values.append(beforeId);
    }
    values.append(limit);
    const QString where
        = conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    return select(where + QStringLiteral(" ORDER BY id DESC LIMIT ?"), values);
}

qint64 SqlCaptureStore::count(qint64 receiverId) const
{
    QSqlQuery q = receiverId
        ? prepared(db(), QStringLiteral("SELECT count(*) FROM captured_requests WHERE receiver_id = ?"), {receiverId})
        : prepared(db(), QStringLiteral("SELECT count(*) FROM captured_requests"), {});
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

WriteResult SqlCaptureStore::clear(qint64 receiverId)
{
    QSqlQuery q = prepared(db(), QStringLiteral("DELETE FROM captured_requests WHERE receiver_id = ?"), {receiverId});
    if (!q.exec())
        return {q.lastError().text()};
    return {};
}

} // namespace Hookbench::Storage
