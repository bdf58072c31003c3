#include "sqlleasestore.h"

#include "sqlbind.h"

#include <QSqlQuery>

namespace Hookbench::Storage {

namespace {

// The parts of a lease's value, "HOLDER UNTIL_MS", in SQL.
#define LEASE_HOLDER(column) "substr(" column ", 1, instr(" column ", ' ') - 1)"
#define LEASE_UNTIL(column) "CAST(substr(" column ", instr(" column ", ' ') + 1) AS INTEGER)"

} // namespace

bool SqlLeaseStore::hold(const QString &key, const QString &holder, qint64 nowMs, qint64 ttlMs)
{
    // One statement: the row is written only if it is new, already ours, or lapsed, and SQLite's write lock makes
    // the test and the write one step for every process on the file.
    QSqlQuery q = prepared(
        db(),
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value "
                       "WHERE " LEASE_HOLDER("settings.value") " = ? OR " LEASE_UNTIL("settings.value") " <= ?"),
        {key, QString(holder + QLatin1Char(' ') + QString::number(nowMs + ttlMs)), holder, nowMs});
    return q.exec() && q.numRowsAffected() == 1;
}

void SqlLeaseStore::release(const QString &key, const QString &holder)
{
    QSqlQuery q = prepared(db(), QStringLiteral("DELETE FROM settings WHERE key = ? AND " LEASE_HOLDER("value") " = ?"),
                           {key, holder});
    q.exec();
}

QStringList SqlLeaseStore::holders(const QString &prefix, qint64 nowMs) const
{
    // A key range rather than LIKE, whose '_' and '%' a prefix could contain: the primary key's index answers it.
    QString end = prefix;
    end.append(QChar(0xFFFF));
    QSqlQuery q = prepared(
        db(),
        QStringLiteral("SELECT " LEASE_HOLDER("value") " FROM settings "
                                                       "WHERE key >= ? AND key < ? AND " LEASE_UNTIL("value") " > ?"),
        {prefix, end, nowMs});
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

#undef LEASE_HOLDER
#undef LEASE_UNTIL

} // namespace Hookbench::Storage
