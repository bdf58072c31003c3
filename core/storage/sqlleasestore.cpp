#include "sqlleasestore.h"

#include "leaseformat.h"
#include "sqlbind.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Hookbench::Storage {

bool SqlLeaseStore::hold(const QString &key, const QString &holder, qint64 nowMs, qint64 ttlMs, QString *error)
{
    // One statement: the row is written only if it is new, already ours, or lapsed, and SQLite's write lock makes
    // the test and the write one step for every process on the file.
    QSqlQuery q
        = prepared(db(),
                   QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value "
                                  "WHERE " HOOKBENCH_LEASE_HOLDER("settings.value") " = ? OR " HOOKBENCH_LEASE_UNTIL(
                                      "settings.value") " <= ?"),
                   {key, QString(holder + QLatin1Char(' ') + QString::number(nowMs + ttlMs)), holder, nowMs});
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

void SqlLeaseStore::release(const QString &key, const QString &holder)
{
    QSqlQuery q = prepared(
        db(), QStringLiteral("DELETE FROM settings WHERE key = ? AND " HOOKBENCH_LEASE_HOLDER("value") " = ?"),
        {key, holder});
    q.exec();
}

QStringList SqlLeaseStore::holders(const QString &prefix, qint64 nowMs) const
{
    // A key range rather than LIKE, whose '_' and '%' a prefix could contain: the primary key's index answers it.
    QString end = prefix;
    end.append(QChar(0xFFFF));
    QSqlQuery q = prepared(db(),
                           QStringLiteral("SELECT " HOOKBENCH_LEASE_HOLDER(
                               "value") " FROM settings "
                                        "WHERE key >= ? AND key < ? AND " HOOKBENCH_LEASE_UNTIL("value") " > ?"),
                           {prefix, end, nowMs});
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

} // namespace Hookbench::Storage
