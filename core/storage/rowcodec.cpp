#include "rowcodec.h"

#include "domain/jsoncodec.h"
#include "util/bytewriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Hookbench::Storage::RowCodec {

const char kDeliveryColumns[]
    = "id, uid, event_id, endpoint_id, event_type, endpoint_name, url, state, attempt_count, "
      "next_attempt_at, created_at, updated_at, last_status, last_duration_us, last_error, owner";
const char kAttemptColumns[] = "id, delivery_id, number, method, url, request_headers, request_body, status, "
                               "response_headers, response_body, response_truncated, duration_us, error, "
                               "started_at, finished_at";
const char kEventColumns[] = "id, uid, type, payload, source, fanout_note, created_at";
const char kCaptureColumns[] = "id, receiver_id, received_at, remote, method, target, http_version, headers, body, "
                               "verdicts, response_status, forwarded_to, forward_status, forward_error, "
                               "forward_response_body";

QVariant time(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime time(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QByteArray headers(const HeaderList &list)
{
    // Sized first and filled by plain copies: appending piece by piece cost about 400 instructions per header,
    // a twentieth of a capture's write (callgrind).
    qsizetype size = 0;
    for (const Header &h : list)
        size += h.name.size() + h.value.size() + 4;
    QByteArray out(size, Qt::Uninitialized);
    ByteWriter w(out.data());
    for (const Header &h : list)
        w << h.name << ": " << h.value << "\r\n";
    return out;
}

HeaderList headers(const QByteArray &blob)
{
    HeaderList out;
    qsizetype pos = 0;
    while (pos < blob.size()) {
        qsizetype end = blob.indexOf("\r\n", pos);
        if (end < 0)
            end = blob.size();
        const QByteArray line = blob.mid(pos, end - pos);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            // One space follows the colon as written; values may themselves start with spaces.
            const qsizetype valueStart = (colon + 1 < line.size() && line[colon + 1] == ' ') ? colon + 2 : colon + 1;
            out.append(Header {line.left(colon), line.mid(valueStart)});
        }
        pos = end + 2;
    }
    return out;
}

QByteArray latin1AsUtf8(const QByteArray &text)
{
    for (char c : text) {
        if (uchar(c) >= 0x80)
            return QString::fromLatin1(text).toUtf8();
    }
    return text;
}

QString captureInsertSql(int rows, bool forwardColumns)
{
    // Without spaces: bindAll() counts the placeholders of the whole statement on every execution.
    const QLatin1String row(forwardColumns
                                ? "(?,?,?,CAST(? AS TEXT),CAST(? AS TEXT),?,CAST(? AS TEXT),?,?,CAST(? AS TEXT),"
                                  "?,?,?,?,?)"
                                : "(?,?,?,CAST(? AS TEXT),CAST(? AS TEXT),?,CAST(? AS TEXT),?,?,CAST(? AS TEXT),"
                                  "?,NULL,0,NULL,NULL)");
    QString sql = QLatin1String("INSERT OR REPLACE INTO captured_requests (") + QLatin1String(kCaptureColumns)
        + QLatin1String(") VALUES ");
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += row;
    }
    return sql;
}

void appendCaptureValues(QVariantList &values, const CapturedRequest &c, bool forwardColumns)
{
    values.append(c.id);
    values.append(c.receiverId);
    values.append(time(c.receivedAt));
    // A null string stays NULL (a null QByteArray binds as NULL, as a null QString did), an empty one ''.
    values.append(c.remoteAddress.toUtf8());
    values.append(latin1AsUtf8(c.method));
    values.append(c.target);
    values.append(latin1AsUtf8(c.httpVersion));
    values.append(headers(c.headers));
    values.append(c.body);
    // Most captures carry no verdict (no secret configured): spare them a JSON document.
    values.append(c.verdicts.isEmpty()
                      ? QByteArrayLiteral("[]")
                      : QJsonDocument(Json::verdictsToJson(c.verdicts)).toJson(QJsonDocument::Compact));
    values.append(c.responseStatus);
    if (forwardColumns) {
        values.append(c.forwardedTo);
        values.append(c.forwardStatus);
        values.append(c.forwardError);
        values.append(c.forwardResponseBody);
    }
}

bool hasForwardResult(const CapturedRequest &c)
{
    return !c.forwardedTo.isNull() || c.forwardStatus != 0 || !c.forwardError.isNull()
        || !c.forwardResponseBody.isNull();
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject json(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

Delivery delivery(const QSqlQuery &q)
{
    Delivery d;
    d.id = q.value(0).toLongLong();
    d.uid = q.value(1).toString();
    d.eventId = q.value(2).toLongLong();
    d.endpointId = q.value(3).toLongLong();
    d.eventType = q.value(4).toString();
    d.endpointName = q.value(5).toString();
    d.url = q.value(6).toString();
    d.state = DeliveryState(q.value(7).toInt());
    d.attemptCount = q.value(8).toInt();
    d.nextAttemptAt = time(q.value(9));
    d.createdAt = time(q.value(10));
    d.updatedAt = time(q.value(11));
    d.lastStatus = q.value(12).toInt();
    d.lastDurationUs = q.value(13).toLongLong();
    d.lastError = q.value(14).toString();
    d.owner = q.value(15).toLongLong();
    return d;
}

Attempt attempt(const QSqlQuery &q)
{
    Attempt a;
    a.id = q.value(0).toLongLong();
    a.deliveryId = q.value(1).toLongLong();
    a.number = q.value(2).toInt();
    a.method = q.value(3).toString().toLatin1();
    a.url = q.value(4).toString();
    a.requestHeaders = headers(q.value(5).toByteArray());
    a.requestBody = q.value(6).toByteArray();
    a.status = q.value(7).toInt();
    a.responseHeaders = headers(q.value(8).toByteArray());
    a.responseBody = q.value(9).toByteArray();
    a.responseTruncated = q.value(10).toBool();
    a.durationUs = q.value(11).toLongLong();
    a.error = q.value(12).toString();
    a.startedAt = time(q.value(13));
    a.finishedAt = time(q.value(14));
    return a;
}

Event event(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.uid = q.value(1).toString();
    e.type = q.value(2).toString();
    e.payload = q.value(3).toByteArray();
    e.source = eventSourceFromName(q.value(4).toString());
    e.fanoutNote = q.value(5).toString();
    e.createdAt = time(q.value(6));
    return e;
}

CapturedRequest capture(const QSqlQuery &q)
{
    CapturedRequest c;
    c.id = q.value(0).toLongLong();
    c.receiverId = q.value(1).toLongLong();
    c.receivedAt = time(q.value(2));
    c.remoteAddress = q.value(3).toString();
    c.method = q.value(4).toString().toLatin1();
    c.target = q.value(5).toByteArray();
    c.httpVersion = q.value(6).toString().toLatin1();
    c.headers = headers(q.value(7).toByteArray());
    c.body = q.value(8).toByteArray();
    c.verdicts = Json::verdictsFromJson(QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array());
    c.responseStatus = q.value(10).toInt();
    c.forwardedTo = q.value(11).toString();
    c.forwardStatus = q.value(12).toInt();
    c.forwardError = q.value(13).toString();
    c.forwardResponseBody = q.value(14).toByteArray();
    return c;
}

} // namespace Hookbench::Storage::RowCodec
