#pragma once

#include "domain/capturedrequest.h"
#include "domain/delivery.h"
#include "domain/event.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

// How values become columns and back. Private to core/storage.
namespace Hookbench::Storage::RowCodec {

// Times are stored as UTC milliseconds since the epoch; invalid times as NULL.
QVariant time(const QDateTime &t);
QDateTime time(const QVariant &v);

// Headers are stored as "Name: value\r\n" lines: compact, in order, and readable in a database browser.
QByteArray headers(const HeaderList &list);
HeaderList headers(const QByteArray &blob);

// Inserting captured requests. captureInsertSql() is an INSERT OR REPLACE of `rows` rows (one VALUES group each);
// appendCaptureValues() appends one capture's values in the order of a group's placeholders. Without
// `forwardColumns` the forward result columns are written as a fresh capture has them (NULL, 0, NULL, NULL: it
// is saved by an update later), which spares four values per row.
// The text columns (remote, method, http_version, verdicts) are bound as their UTF-8 bytes and cast to TEXT in
// the statement: Qt's SQLite driver binds a QString as UTF-16, which SQLite then converts back value by value.
// The stored values are the same TEXT either way.
QString captureInsertSql(int rows, bool forwardColumns);
// Latin-1 text (a method, a version, a header name) as UTF-8 bytes, what QString::fromLatin1(text).toUtf8() gives;
// ASCII, the usual case, is returned as it is, without a copy.
QByteArray latin1AsUtf8(const QByteArray &text);
void appendCaptureValues(QVariantList &values, const CapturedRequest &capture, bool forwardColumns);
bool hasForwardResult(const CapturedRequest &capture);

QString json(const QJsonObject &object);
QJsonObject json(const QVariant &text);

Delivery delivery(const QSqlQuery &q); // columns in kDeliveryColumns order
Attempt attempt(const QSqlQuery &q); // columns in kAttemptColumns order
Event event(const QSqlQuery &q); // columns in kEventColumns order
CapturedRequest capture(const QSqlQuery &q); // columns in kCaptureColumns order

extern const char kDeliveryColumns[];
extern const char kAttemptColumns[];
extern const char kEventColumns[];
extern const char kCaptureColumns[];

} // namespace Hookbench::Storage::RowCodec
