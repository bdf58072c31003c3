#include "sqlhistorystores.h"

#include "rowcodec.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Hookbench::Storage {

namespace {

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q;
}

} // namespace

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
    if (!f.text.isEmpty()) {
        conditions->append(QStringLiteral("(instr(url, ?) > 0 OR instr(endpoint_name, ?) > 0 OR uid = ?)"));
        values->append(f.text);
        values->append(f.text);
        values->append(f.text);
    }
}

QList<Delivery> SqlDeliveryStore::select(const QString &tail, const QVariantList &values) const
{
    QSqlQuery q = prepared(
        db(), QStringLiteral("SELECT %1 FROM deliveries ").arg(QLatin1String(RowCodec::kDeliveryColumns)) + tail,
        values);
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
    QStringList conditions;
    QVariantList values;
    deliveryFilterSql(filter, &conditions, &values);
    if (beforeId > 0) {
        conditions.append(QStringLiteral("id < ?"));
        values.append(beforeId);
    }
    values.append(limit);
    const QString where
        = conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    return select(where + QStringLiteral(" ORDER BY id DESC LIMIT ?"), values);
}

qint64 SqlDeliveryStore::count(const DeliveryFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    deliveryFilterSql(filter, &conditions, &values);
    const QString where
        = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery q = prepared(db(), QStringLiteral("SELECT count(*) FROM deliveries") + where, values);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<Delivery> SqlDeliveryStore::unfinished() const
{
    // Uses the partial index deliveries_due.
    return select(QStringLiteral("WHERE state IN (0, 1, 3) ORDER BY next_attempt_at"), {});
}

QList<DueDelivery> SqlDeliveryStore::unfinishedDue() const
{
    QSqlQuery q = prepared(db(),
                           QStringLiteral("SELECT id, endpoint_id, state, next_attempt_at FROM deliveries "
                                          "WHERE state IN (0, 1, 3) ORDER BY next_attempt_at"),
                           {});
    QList<DueDelivery> out;
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), DeliveryState(q.value(2).toInt()),
                        q.value(3).toLongLong()});
    }
    return out;
}

QList<Delivery> SqlDeliveryStore::unfinishedAfter(qint64 afterId) const
{
    return select(QStringLiteral("WHERE id > ? AND state IN (0, 1, 3) ORDER BY id"), {afterId});
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
