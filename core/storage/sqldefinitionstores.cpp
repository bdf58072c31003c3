#include "sqldefinitionstores.h"

#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "nametaken.h"
#include "rowcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Hookbench::Storage {

namespace {

// lupdate files the tr() strings of a function outside any class under its namespace: the context here must be
// that namespace, or the translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Hookbench::Storage", text);
}

// What a definition store says about one kind of row, each in a whole sentence of its own rather than a noun put
// into a shared one: translations need the article and agreement that go with each noun ("An endpoint", "Ein
// Endpunkt"). nameTaken is null for rows without a unique name.
struct KindMessages
{
    const char *saveFailed; // %1: SQLite's reason
    const char *nameTaken; // %1: the name
    const char *notFound; // %1: the id
};

constexpr KindMessages kEventType {
    QT_TRANSLATE_NOOP("Hookbench::Storage", "Could not save the event type: %1"),
    QT_TRANSLATE_NOOP("Hookbench::Storage", "An event type named “%1” already exists; choose another name."),
    QT_TRANSLATE_NOOP("Hookbench::Storage", "There is no event type with id %1.")};
constexpr KindMessages kEndpoint {
    QT_TRANSLATE_NOOP("Hookbench::Storage", "Could not save the endpoint: %1"),
    QT_TRANSLATE_NOOP("Hookbench::Storage", "An endpoint named “%1” already exists; choose another name."),
    QT_TRANSLATE_NOOP("Hookbench::Storage", "There is no endpoint with id %1.")};
constexpr KindMessages kReceiver {
    QT_TRANSLATE_NOOP("Hookbench::Storage", "Could not save the receiver: %1"),
    QT_TRANSLATE_NOOP("Hookbench::Storage", "A receiver named “%1” already exists; choose another name."),
    QT_TRANSLATE_NOOP("Hookbench::Storage", "There is no receiver with id %1.")};
constexpr KindMessages kSchedule {QT_TRANSLATE_NOOP("Hookbench::Storage", "Could not save the schedule: %1"), nullptr,
                                  QT_TRANSLATE_NOOP("Hookbench::Storage", "There is no schedule with id %1.")};
constexpr KindMessages kSetting {QT_TRANSLATE_NOOP("Hookbench::Storage", "Could not save the setting: %1"), nullptr,
                                 nullptr};

// Runs a prepared statement; turns a UNIQUE violation into a message about the name.
WriteResult run(QSqlQuery &query, const KindMessages &kind, const QString &name = {})
{
    if (query.exec())
        return {};
    const QString error = query.lastError().text();
    if (kind.nameTaken && error.contains(QLatin1String("UNIQUE constraint failed")))
        return {tr(kind.nameTaken).arg(name)};
    return {tr(kind.saveFailed).arg(error)};
}

WriteResult notFound(const KindMessages &kind, qint64 id)
{
    Q_ASSERT(kind.notFound);
    return {tr(kind.notFound).arg(id)};
}

WriteResult invalid(const ValidationErrors &errors)
{
    return {Validation::describe(errors)};
}

// The schedules that fire event type `eventTypeId` from its template, by id, and the type's name. Those with a
// payload of their own do not need the type, so they do not keep it.
QList<qint64> schedulesNeedingEventType(const QSqlDatabase &db, qint64 eventTypeId, QString *name)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, s.config, t.name FROM schedules s JOIN event_types t ON t.name = "
                             "s.event_type WHERE t.id = ? ORDER BY s.id"));
    q.addBindValue(eventTypeId);
    QList<qint64> ids;
    if (!q.exec())
        return ids;
    while (q.next()) {
        if (!Json::scheduleFromJson(RowCodec::json(q.value(1))).payload.isEmpty())
            continue;
        ids.append(q.value(0).toLongLong());
        *name = q.value(2).toString();
    }
    return ids;
}

QString secretsJson(const QStringList &secrets)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(secrets)).toJson(QJsonDocument::Compact));
}

} // namespace

QString nameTakenMessage(NamedKind kind, const QString &name)
{
    switch (kind) {
    case NamedKind::EventType:
        return tr(kEventType.nameTaken).arg(name);
    case NamedKind::Endpoint:
        return tr(kEndpoint.nameTaken).arg(name);
    case NamedKind::Receiver:
        return tr(kReceiver.nameTaken).arg(name);
    }
    return {};
}

QSqlDatabase SqlStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

// ---- event types -------------------------------------------------------------------------------------------

QList<EventType> SqlEventTypeStore::select(const QString &where, const QVariant &value) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, name, description, payload_template, created_at FROM event_types ") + where
              + QStringLiteral(" ORDER BY name"));
    if (value.isValid())
        q.addBindValue(value);
    QList<EventType> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        EventType t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.description = q.value(2).toString();
        t.payloadTemplate = q.value(3).toByteArray();
        t.createdAt = RowCodec::time(q.value(4));
        out.append(t);
    }
    return out;
}

QList<EventType> SqlEventTypeStore::list() const
{
    return select({}, {});
}

std::optional<EventType> SqlEventTypeStore::find(const QString &name) const
{
    const auto rows = select(QStringLiteral("WHERE name = ?"), name);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<EventType> SqlEventTypeStore::findById(qint64 id) const
{
    const auto rows = select(QStringLiteral("WHERE id = ?"), id);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

WriteResult SqlEventTypeStore::add(EventType &t)
{
    if (const auto errors = Validation::validate(t); !errors.isEmpty())
        return invalid(errors);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO event_types (name, description, payload_template, created_at) "
                             "VALUES (?, ?, ?, ?)"));
    q.addBindValue(t.name);
    q.addBindValue(t.description);
    q.addBindValue(t.payloadTemplate);
    q.addBindValue(RowCodec::time(now));
    if (WriteResult r = run(q, kEventType, t.name); !r)
        return r;
    t.id = q.lastInsertId().toLongLong();
    t.createdAt = now;
    return {};
}

WriteResult SqlEventTypeStore::update(const EventType &t)
{
    if (const auto errors = Validation::validate(t); !errors.isEmpty())
        return invalid(errors);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE event_types SET name = ?, description = ?, payload_template = ? WHERE id = ?"));
    q.addBindValue(t.name);
    q.addBindValue(t.description);
    q.addBindValue(t.payloadTemplate);
    q.addBindValue(t.id);
    if (WriteResult r = run(q, kEventType, t.name); !r)
        return r;
    return q.numRowsAffected() == 1 ? WriteResult {} : notFound(kEventType, t.id);
}

WriteResult SqlEventTypeStore::remove(qint64 id)
{
    // Removing it would leave these schedules failing at every firing: the user decides what becomes of them.
    QString name;
    if (const QList<qint64> ids = schedulesNeedingEventType(db(), id, &name); !ids.isEmpty()) {
        QStringList numbers;
        for (qint64 n : ids)
            numbers.append(QString::number(n));
        // Named context: inside a member function lupdate files a bare tr() under the class, which has none.
        return {ids.size() == 1 ? QCoreApplication::translate("Hookbench::Storage",
                                                              "Schedule %1 fires “%2”; remove or change it first.")
                                      .arg(numbers.first(), name)
                                : QCoreApplication::translate("Hookbench::Storage",
                                                              "Schedules %1 fire “%2”; remove or change them first.")
                                      .arg(numbers.join(QStringLiteral(", ")), name)};
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM event_types WHERE id = ?"));
    q.addBindValue(id);
    if (WriteResult r = run(q, kEventType); !r)
        return r;
    return q.numRowsAffected() == 1 ? WriteResult {} : notFound(kEventType, id);
}

qint64 SqlEventTypeStore::nextSequence(const QString &name)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE event_types SET seq = seq + 1 WHERE name = ? RETURNING seq"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

// ---- endpoints ---------------------------------------------------------------------------------------------

QList<Endpoint> SqlEndpointStore::select(const QString &where, const QVariant &value) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, name, url, enabled, disabled_reason, consecutive_failures, expires_at, "
                             "origin, config, secrets, created_at FROM endpoints ")
              + where + QStringLiteral(" ORDER BY name"));
    if (value.isValid())
        q.addBindValue(value);
    QList<Endpoint> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Endpoint e = Json::endpointFromJson(RowCodec::json(q.value(8)));
        e.id = q.value(0).toLongLong();
        e.name = q.value(1).toString();
        e.url = QUrl(q.value(2).toString(), QUrl::StrictMode);
        e.enabled = q.value(3).toBool();
        e.disabledReason = q.value(4).toString();
        e.consecutiveFailures = q.value(5).toInt();
        e.expiresAt = RowCodec::time(q.value(6));
        e.origin = originFromName(q.value(7).toString());
        const QJsonArray secrets = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array();
        e.secrets.clear();
        for (const QJsonValue &s : secrets)
            e.secrets.append(s.toString());
        e.createdAt = RowCodec::time(q.value(10));
        out.append(e);
    }
    return out;
}

QList<Endpoint> SqlEndpointStore::list() const
{
    return select({}, {});
}

std::optional<Endpoint> SqlEndpointStore::find(qint64 id) const
{
    const auto rows = select(QStringLiteral("WHERE id = ?"), id);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<Endpoint> SqlEndpointStore::findByName(const QString &name) const
{
    const auto rows = select(QStringLiteral("WHERE name = ?"), name);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

WriteResult SqlEndpointStore::add(Endpoint &e)
{
    ++m_revision;
    if (const auto errors = Validation::validate(e); !errors.isEmpty())
        return invalid(errors);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO endpoints (name, url, enabled, disabled_reason, consecutive_failures, "
                             "expires_at, origin, config, secrets, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.name);
    q.addBindValue(e.url.toString());
    q.addBindValue(e.enabled);
    q.addBindValue(e.disabledReason);
    q.addBindValue(e.consecutiveFailures);
    q.addBindValue(RowCodec::time(e.expiresAt));
    q.addBindValue(originName(e.origin));
    q.addBindValue(RowCodec::json(Json::endpointToJson(e, Json::Secrets::Omit)));
    q.addBindValue(secretsJson(e.secrets));
    q.addBindValue(RowCodec::time(now));
    if (WriteResult r = run(q, kEndpoint, e.name); !r)
        return r;
    e.id = q.lastInsertId().toLongLong();
    e.createdAt = now;
    return {};
}

WriteResult SqlEndpointStore::update(const Endpoint &e)
{
    ++m_revision;
    if (const auto errors = Validation::validate(e); !errors.isEmpty())
        return invalid(errors);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE endpoints SET name = ?, url = ?, enabled = ?, disabled_reason = ?, "
                             "consecutive_failures = ?, expires_at = ?, origin = ?, config = ?, secrets = ? "
                             "WHERE id = ?"));
    q.addBindValue(e.name);
    q.addBindValue(e.url.toString());
    q.addBindValue(e.enabled);
    q.addBindValue(e.disabledReason);
    q.addBindValue(e.consecutiveFailures);
    q.addBindValue(RowCodec::time(e.expiresAt));
    q.addBindValue(originName(e.origin));
    q.addBindValue(RowCodec::json(Json::endpointToJson(e, Json::Secrets::Omit)));
    q.addBindValue(secretsJson(e.secrets));
    q.addBindValue(e.id);
    if (WriteResult r = run(q, kEndpoint, e.name); !r)
        return r;
    return q.numRowsAffected() == 1 ? WriteResult {} : notFound(kEndpoint, e.id);
}

WriteResult SqlEndpointStore::remove(qint64 id)
{
    ++m_revision;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM endpoints WHERE id = ?"));
    q.addBindValue(id);
    if (WriteResult r = run(q, kEndpoint); !r)
        return r;
    return q.numRowsAffected() == 1 ? WriteResult {} : notFound(kEndpoint, id);
}

WriteResult SqlEndpointStore::setEnabled(qint64 id, bool enabled, const QString &reason)
{
    ++m_revision;
    QSqlQuery q(db());
    if (enabled)
        q.prepare(QStringLiteral("UPDATE endpoints SET enabled = 1, disabled_reason = '', consecutive_failures = 0 "
                                 "WHERE id = ?"));
    else
        q.prepare(QStringLiteral("UPDATE endpoints SET enabled = 0, disabled_reason = ? WHERE id = ?"));
    if (!enabled)
        q.addBindValue(reason);
    q.addBindValue(id);
    if (WriteResult r = run(q, kEndpoint); !r)
        return r;
    return q.numRowsAffected() == 1 ? WriteResult {} : notFound(kEndpoint, id);
}

WriteResult SqlEndpointStore::setConsecutiveFailures(qint64 id, int failures)
{
    ++m_revision;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE endpoints SET consecutive_failures = ? WHERE id = ?"));
    q.addBindValue(failures);
    q.addBindValue(id);
    return run(q, kEndpoint);
}

// ---- receivers ---------------------------------------------------------------------------------------------

QList<Receiver> SqlReceiverStore::select(const QString &where, const QVariant &value) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, name, config, secrets, created_at FROM receivers ") + where
              + QStringLiteral(" ORDER BY name"));
    if (value.isValid())
        q.addBindValue(value);
    QList<Receiver> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        // Secrets live in their own column so that the config column never carries them.
        QJsonObject config = RowCodec::json(q.value(2));
        const QJsonObject secrets = RowCodec::json(q.value(3));
        config[QLatin1String("access_token")] = secrets.value(QLatin1String("access_token"));
        QJsonArray verification = config.value(QLatin1String("verification")).toArray();
        const QJsonArray secretValues = secrets.value(QLatin1String("verification")).toArray();
        for (qsizetype i = 0; i < verification.size(); ++i) {
            QJsonObject v = verification.at(i).toObject();
            v[QLatin1String("secret")] = secretValues.at(i).toString();
            verification[i] = v;
        }
        config[QLatin1String("verification")] = verification;
        Receiver r = Json::receiverFromJson(config);
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.createdAt = RowCodec::time(q.value(4));
        out.append(r);
    }
    return out;
}

static QString receiverSecrets(const Receiver &r)
{
    QJsonArray verification;
    for (const VerificationSecret &s : r.secrets)
        verification.append(s.secret);
    return RowCodec::json(
        QJsonObject {{QLatin1String("access_token"), r.accessToken}, {QLatin1String("verification"), verification}});
}

QList<Receiver> SqlReceiverStore::list() const
{
    return select({}, {});
}

std::optional<Receiver> SqlReceiverStore::find(qint64 id) const
{
    const auto rows = select(QStringLiteral("WHERE id = ?"), id);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<Receiver> SqlReceiverStore::findByName(const QString &name) const
{
    const auto rows = select(QStringLiteral("WHERE name = ?"), name);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

WriteResult SqlReceiverStore::add(Receiver &r)
{
    if (const auto errors = Validation::validate(r); !errors.isEmpty())
        return invalid(errors);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO receivers (name, config, secrets, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(r.name);
    q.addBindValue(RowCodec::json(Json::receiverToJson(r, Json::Secrets::Omit)));
    q.addBindValue(receiverSecrets(r));
    q.addBindValue(RowCodec::time(now));
    if (WriteResult result = run(q, kReceiver, r.name); !result)
        return result;
    r.id = q.lastInsertId().toLongLong();
    r.createdAt = now;
    return {};
}

WriteResult SqlReceiverStore::update(const Receiver &r)
{
    if (const auto errors = Validation::validate(r); !errors.isEmpty())
        return invalid(errors);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE receivers SET name = ?, config = ?, secrets = ? WHERE id = ?"));
    q.addBindValue(r.name);
    q.addBindValue(RowCodec::json(Json::receiverToJson(r, Json::Secrets::Omit)));
    q.addBindValue(receiverSecrets(r));
    q.addBindValue(r.id);
    if (WriteResult result = run(q, kReceiver, r.name); !result)
        return result;
    return q.numRowsAffected() == 1 ? WriteResult {} : notFound(kReceiver, r.id);
}

WriteResult SqlReceiverStore::remove(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM receivers WHERE id = ?"));
    q.addBindValue(id);
    if (WriteResult r = run(q, kReceiver); !r)
        return r;
    return q.numRowsAffected() == 1 ? WriteResult {} : notFound(kReceiver, id);
}

// ---- schedules ---------------------------------------------------------------------------------------------

QList<Schedule> SqlScheduleStore::select(const QString &where, const QVariant &value) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, config, enabled, fired_count, last_fired_at, next_fire_at, created_at "
                             "FROM schedules ")
              + where + QStringLiteral(" ORDER BY id"));
    if (value.isValid())
        q.addBindValue(value);
    QList<Schedule> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Schedule s = Json::scheduleFromJson(RowCodec::json(q.value(1)));
        s.id = q.value(0).toLongLong();
        s.enabled = q.value(2).toBool();
        s.firedCount = q.value(3).toInt();
        s.lastFiredAt = RowCodec::time(q.value(4));
        s.nextFireAt = RowCodec::time(q.value(5));
        s.createdAt = RowCodec::time(q.value(6));
        out.append(s);
    }
    return out;
}

QList<Schedule> SqlScheduleStore::list() const
{
    return select({}, {});
}

std::optional<Schedule> SqlScheduleStore::find(qint64 id) const
{
    const auto rows = select(QStringLiteral("WHERE id = ?"), id);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

WriteResult SqlScheduleStore::add(Schedule &s)
{
    if (QString error = Validation::checkEventTypeName(s.eventType); !error.isEmpty())
        return {error};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!s.createdAt.isValid())
        s.createdAt = now;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO schedules (event_type, config, enabled, fired_count, last_fired_at, "
                             "next_fire_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(s.eventType);
    q.addBindValue(RowCodec::json(Json::scheduleToJson(s)));
    q.addBindValue(s.enabled);
    q.addBindValue(s.firedCount);
    q.addBindValue(RowCodec::time(s.lastFiredAt));
    q.addBindValue(RowCodec::time(s.nextFireAt));
    q.addBindValue(RowCodec::time(s.createdAt));
    if (WriteResult r = run(q, kSchedule); !r)
        return r;
    s.id = q.lastInsertId().toLongLong();
    return {};
}

WriteResult SqlScheduleStore::update(const Schedule &s)
{
    if (QString error = Validation::checkEventTypeName(s.eventType); !error.isEmpty())
        return {error};
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE schedules SET event_type = ?, config = ?, enabled = ?, fired_count = ?, "
                             "last_fired_at = ?, next_fire_at = ? WHERE id = ?"));
    q.addBindValue(s.eventType);
    q.addBindValue(RowCodec::json(Json::scheduleToJson(s)));
    q.addBindValue(s.enabled);
    q.addBindValue(s.firedCount);
    q.addBindValue(RowCodec::time(s.lastFiredAt));
    q.addBindValue(RowCodec::time(s.nextFireAt));
    q.addBindValue(s.id);
    if (WriteResult r = run(q, kSchedule); !r)
        return r;
    return q.numRowsAffected() == 1 ? WriteResult {} : notFound(kSchedule, s.id);
}

WriteResult SqlScheduleStore::remove(qint64 id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM schedules WHERE id = ?"));
    q.addBindValue(id);
    if (WriteResult r = run(q, kSchedule); !r)
        return r;
    return q.numRowsAffected() == 1 ? WriteResult {} : notFound(kSchedule, id);
}

WriteResult SqlScheduleStore::recordFiring(qint64 id, int firedCount, const QDateTime &lastFiredAt,
                                           const QDateTime &nextFireAt)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE schedules SET fired_count = ?, last_fired_at = ?, next_fire_at = ? WHERE id = ?"));
    q.addBindValue(firedCount);
    q.addBindValue(RowCodec::time(lastFiredAt));
    q.addBindValue(RowCodec::time(nextFireAt));
    q.addBindValue(id);
    return run(q, kSchedule);
}

// ---- settings ----------------------------------------------------------------------------------------------

QString SqlSettingsStore::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

WriteResult SqlSettingsStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return run(q, kSetting);
}

} // namespace Hookbench::Storage
