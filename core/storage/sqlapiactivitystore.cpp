#include "sqlapiactivitystore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Hookbench::Storage {

QString outcomeName(ApiActivity::Outcome outcome)
{
    switch (outcome) {
    case ApiActivity::Outcome::Ok:
        return QStringLiteral("ok");
    case ApiActivity::Outcome::Refused:
        return QStringLiteral("refused");
    case ApiActivity::Outcome::Error:
        break;
    }
    return QStringLiteral("error");
}

ApiActivity::Outcome outcomeFromName(const QString &name)
{
    if (name == QLatin1String("ok"))
        return ApiActivity::Outcome::Ok;
    if (name == QLatin1String("refused"))
        return ApiActivity::Outcome::Refused;
    return ApiActivity::Outcome::Error;
}

WriteResult SqlApiActivityStore::add(ApiActivity &activity)
{
    if (!activity.at.isValid())
        activity.at = QDateTime::currentDateTimeUtc();
    QSqlDatabase database = db();
    if (!database.transaction())
        return {database.lastError().text()};
    QSqlQuery q(database);
    q.prepare(QStringLiteral("INSERT INTO api_activity (at, api, action, subject, outcome, status, message) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(activity.at.toMSecsSinceEpoch());
    q.addBindValue(activity.api);
    q.addBindValue(activity.action);
    q.addBindValue(activity.subject);
    q.addBindValue(outcomeName(activity.outcome));
    q.addBindValue(activity.status);
    q.addBindValue(activity.message);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        database.rollback();
        return {QCoreApplication::translate("Storage", "Could not save the API activity: %1").arg(why)};
    }
    const qint64 id = q.lastInsertId().toLongLong();
    // Ids grow, so everything below the kept window's lowest id goes.
    QSqlQuery prune(database);
    prune.prepare(QStringLiteral("DELETE FROM api_activity WHERE id <= ?"));
    prune.addBindValue(id - kApiActivityKept);
    if (!prune.exec() || !database.commit()) {
        const QString why = prune.lastError().isValid() ? prune.lastError().text() : database.lastError().text();
        database.rollback();
        return {QCoreApplication::translate("Storage", "Could not save the API activity: %1").arg(why)};
    }
    activity.id = id;
    return {};
}

QList<ApiActivity> SqlApiActivityStore::recent(int limit) const
{
    QList<ApiActivity> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, at, api, action, subject, outcome, status, message FROM api_activity "
                             "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(qMax(0, limit));
    if (!q.exec())
        return out;
    while (q.next()) {
        ApiActivity a;
        a.id = q.value(0).toLongLong();
        a.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        a.api = q.value(2).toString();
        a.action = q.value(3).toString();
        a.subject = q.value(4).toString();
        a.outcome = outcomeFromName(q.value(5).toString());
        a.status = q.value(6).toInt();
        a.message = q.value(7).toString();
        out.append(a);
    }
    return out;
}

} // namespace Hookbench::Storage
