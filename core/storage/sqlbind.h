#pragma once

#include <QSqlQuery>
#include <QVariantList>

namespace Hookbench::Storage {

// Sets all of a prepared statement's positional values at once, in placeholder order. QSqlQuery::addBindValue
// costs Qt 6.4 a formatted placeholder name (QString::arg) and a hash insert per value — about 2,000
// instructions each, a fifth of a captured request's write (callgrind) — while the SQLite driver reads nothing
// but the positional list. Statements must use "?" placeholders only (and no "?" in a literal). A count that does
// not match the statement returns false and leaves nothing bound, so exec() fails with "Parameter count
// mismatch": a mistake can never write a shifted row.
bool bindAll(QSqlQuery &query, QVariantList values);

// How many "?" placeholders the prepared statement has: what bindAll() counts on every call.
qsizetype placeholderCount(const QSqlQuery &query);
// bindAll() for a statement run many times whose placeholders were counted once, when it was prepared: counting
// the 5,000 characters of the 64-row capture insert on every execution cost about 800 instructions per row
// (callgrind). `placeholders` must be placeholderCount() of this statement.
bool bindAll(QSqlQuery &query, QVariantList values, qsizetype placeholders);

// A forward-only statement on `db`, prepared, with its values bound in placeholder order; exec() runs it.
QSqlQuery prepared(const QSqlDatabase &db, const QString &sql, const QVariantList &values);

// Runs the prepared statement with the given values: bindAll() then exec().
bool execWith(QSqlQuery &query, QVariantList values);

} // namespace Hookbench::Storage
