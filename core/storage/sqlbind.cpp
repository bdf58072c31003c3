#include "sqlbind.h"

#include <QSqlResult>

namespace Hookbench::Storage {

namespace {

// Names QSqlResult's protected boundValues() so that it can be called on the query's result. A pointer to the
// inherited member has QSqlResult's type, so calling it on any QSqlResult is well-defined; the class itself is
// never instantiated.
struct BoundValuesAccess : QSqlResult
{
    using QSqlResult::boundValues;
};

} // namespace

bool bindAll(QSqlQuery &query, QVariantList values)
{
    return bindAll(query, std::move(values), placeholderCount(query));
}

qsizetype placeholderCount(const QSqlQuery &query)
{
    // Statements here use only "?" placeholders and never a literal "?", so counting them is exact.
    return query.lastQuery().count(QLatin1Char('?'));
}

bool bindAll(QSqlQuery &query, QVariantList values, qsizetype placeholders)
{
    auto *result = const_cast<QSqlResult *>(query.result());
    if (!result)
        return false;
    QVariantList &bound = (result->*(&BoundValuesAccess::boundValues))();
    // Qt 6.4's driver crashes on more values than placeholders (it looks them up as named ones); with none bound,
    // exec() fails cleanly with "Parameter count mismatch".
    if (values.size() != placeholders) {
        bound.clear();
        return false;
    }
    bound = std::move(values);
    return true;
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q;
}

bool execWith(QSqlQuery &query, QVariantList values)
{
    // Runs even when the count is wrong, so that the query reports the mismatch as its error.
    bindAll(query, std::move(values));
    return query.exec();
}

} // namespace Hookbench::Storage
