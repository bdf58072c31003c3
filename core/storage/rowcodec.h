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
