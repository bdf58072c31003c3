#include "deliveriesexport.h"

#include "domain/jsoncodec.h"
#include "har.h"
#include "storage/workspace.h"
#include "util/utf8.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>

namespace Hookbench::Export {

namespace {

constexpr int kPageSize = 500;

// Bodies are text in the export when they are UTF-8, base64 otherwise (`*_base64` instead of `*`).
void putBody(QJsonObject &o, const char *key, const QByteArray &body)
{
    if (Utf8::isUtf8(body))
        o[QLatin1String(key)] = Utf8::fromUtf8Exact(body);
    else
        o[QLatin1String(key) + QLatin1String("_base64")] = QString::fromLatin1(body.toBase64());
}

QJsonObject attemptToJson(const Attempt &a)
{
    QJsonObject request {
        {QLatin1String("method"), QString::fromLatin1(a.method)},
        {QLatin1String("url"), a.url},
        {QLatin1String("headers"), Json::headersToJson(a.requestHeaders)},
    };
    putBody(request, "body", a.requestBody);
    QJsonObject o {
        {QLatin1String("number"), a.number},
        {QLatin1String("started_at"), Json::timeToJson(a.startedAt)},
        {QLatin1String("finished_at"), Json::timeToJson(a.finishedAt)},
        {QLatin1String("duration_ms"), double(a.durationUs) / 1000.0},
        {QLatin1String("status"), a.status},
        {QLatin1String("error"), a.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.error)},
        {QLatin1String("request"), request},
    };
    if (a.status) {
        QJsonObject response {
            {QLatin1String("headers"), Json::headersToJson(a.responseHeaders)},
            {QLatin1String("truncated"), a.responseTruncated},
        };
        putBody(response, "body", a.responseBody);
        o[QLatin1String("response")] = response;
    } else {
        o[QLatin1String("response")] = QJsonValue::Null;
    }
    return o;
}

QList<Delivery> matching(Storage::DeliveryStore &store, const Storage::DeliveryFilter &filter, int limit)
{
    QList<Delivery> out;
    qint64 before = 0;
    while (limit <= 0 || out.size() < limit) {
        const int want = limit > 0 ? qMin<int>(kPageSize, limit - int(out.size())) : kPageSize;
        const QList<Delivery> page = store.page(filter, before, want);
        out += page;
        if (page.size() < want)
            break;
        before = page.last().id;
    }
    // Pages come newest first; exports read in the order things happened.
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace

QJsonObject deliveryToJson(const DeliveryRecord &r)
{
    const Delivery &d = r.delivery;
    QJsonArray attempts;
    for (const Attempt &a : r.attempts)
        attempts.append(attemptToJson(a));
    return QJsonObject {
        {QLatin1String("delivery_id"), d.uid},
        {QLatin1String("event_id"), r.eventUid},
        {QLatin1String("event_type"), d.eventType},
        {QLatin1String("endpoint"), d.endpointName},
        {QLatin1String("url"), d.url},
        {QLatin1String("state"), deliveryStateName(d.state)},
        {QLatin1String("created_at"), Json::timeToJson(d.createdAt)},
        {QLatin1String("updated_at"), Json::timeToJson(d.updatedAt)},
        {QLatin1String("next_attempt_at"), Json::timeToJson(d.nextAttemptAt)},
        {QLatin1String("last_status"), d.lastStatus},
        {QLatin1String("last_error"), d.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.lastError)},
        {QLatin1String("attempts"), attempts},
    };
}

QByteArray renderDeliveries(const QList<DeliveryRecord> &records, DeliveriesFormat format,
                            const QString &creatorVersion)
{
    if (format == DeliveriesFormat::JsonLines) {
        QByteArray out;
        for (const DeliveryRecord &r : records)
            out += QJsonDocument(deliveryToJson(r)).toJson(QJsonDocument::Compact) + '\n';
        return out;
    }
    if (format == DeliveriesFormat::Json) {
        QJsonArray array;
        for (const DeliveryRecord &r : records)
            array.append(deliveryToJson(r));
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    QJsonArray entries;
    for (const DeliveryRecord &r : records) {
        for (const Attempt &a : r.attempts)
            entries.append(harEntry(r.delivery, a));
    }
    return QJsonDocument(harLog(entries, creatorVersion)).toJson(QJsonDocument::Indented);
}

DeliveriesExportResult exportDeliveries(Storage::Workspace &workspace, const Storage::DeliveryFilter &filter, int limit,
                                        DeliveriesFormat format, QIODevice &out)
{
    DeliveriesExportResult result;
    QHash<qint64, QString> eventUids;
    QJsonArray entries;
    for (const Delivery &d : matching(workspace.deliveries(), filter, limit)) {
        DeliveryRecord record;
        record.delivery = d;
        auto uid = eventUids.find(d.eventId);
        if (uid == eventUids.end()) {
            const auto event = workspace.events().find(d.eventId);
            uid = eventUids.insert(d.eventId, event ? event->uid : QString());
        }
        record.eventUid = *uid;
        record.attempts = workspace.deliveries().attempts(d.id);
        ++result.deliveries;
        result.attempts += int(record.attempts.size());
        if (format == DeliveriesFormat::JsonLines) {
            if (out.write(QJsonDocument(deliveryToJson(record)).toJson(QJsonDocument::Compact) + '\n') < 0) {
                result.error = out.errorString();
                return result;
            }
        } else if (format == DeliveriesFormat::Json) {
            entries.append(deliveryToJson(record));
        } else {
            for (const Attempt &a : std::as_const(record.attempts))
                entries.append(harEntry(d, a));
        }
    }
    if (format == DeliveriesFormat::Har
        && out.write(QJsonDocument(harLog(entries, QStringLiteral(HOOKBENCH_VERSION))).toJson(QJsonDocument::Indented))
            < 0)
        result.error = out.errorString();
    if (format == DeliveriesFormat::Json && out.write(QJsonDocument(entries).toJson(QJsonDocument::Indented)) < 0)
        result.error = out.errorString();
    return result;
}

} // namespace Hookbench::Export
