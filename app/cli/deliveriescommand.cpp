// `hookbench deliveries`: the delivery log on the command line, newest first, with each delivery's attempts.
#include "cli.h"
#include "commands.h"
#include "storage/workspace.h"

#include <QHash>
#include <QJsonArray>

namespace Hookbench::Cli {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

QJsonObject deliveryJson(const Hookbench::Delivery &d, const QString &eventUid, const QList<Attempt> &attempts)
{
    QJsonArray list;
    for (const Attempt &a : attempts) {
        QJsonObject o {{QLatin1String("number"), a.number},
                       {QLatin1String("started_at"), timeText(a.startedAt)},
                       {QLatin1String("status"), a.status},
                       {QLatin1String("duration_ms"), double(a.durationUs) / 1000.0},
                       {QLatin1String("error"), a.error}};
        list.append(o);
    }
    return QJsonObject {
        {QLatin1String("delivery_id"), d.uid},
        {QLatin1String("event_id"), eventUid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(eventUid)},
        {QLatin1String("event_type"), d.eventType},
        {QLatin1String("endpoint"), d.endpointName},
        {QLatin1String("url"), d.url},
        {QLatin1String("state"), deliveryStateName(d.state)},
        {QLatin1String("status"), d.lastStatus},
        {QLatin1String("attempts"), d.attemptCount},
        {QLatin1String("duration_ms"), double(d.lastDurationUs) / 1000.0},
        {QLatin1String("created_at"), timeText(d.createdAt)},
        {QLatin1String("next_attempt_at"),
         d.isFinal() ? QJsonValue(QJsonValue::Null) : QJsonValue(timeText(d.nextAttemptAt))},
        {QLatin1String("error"), d.lastError},
        {QLatin1String("attempt_log"), list},
    };
}

} // namespace

int runDeliveries(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("deliveries"),
                     QStringLiteral("list deliveries with their attempts, newest first."));
    parser.addOptions({
        {QStringLiteral("state"),
         QStringLiteral("Only this state: pending, in_flight, succeeded, retrying, failed, cancelled (comma separated "
                        "for several)."),
         QStringLiteral("S")},
        {QStringLiteral("event-type"), QStringLiteral("Only deliveries of this event type."), QStringLiteral("T")},
        {QStringLiteral("endpoint"), QStringLiteral("Only deliveries to the endpoint with this name."),
         QStringLiteral("NAME")},
        {QStringLiteral("status"), QStringLiteral("Only deliveries whose last HTTP status is this."),
         QStringLiteral("CODE")},
        {QStringLiteral("limit"), QStringLiteral("At most N deliveries (default 50)."), QStringLiteral("N")},
        {QStringLiteral("json"), QStringLiteral("One JSON object per line.")},
    });
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("deliveries"),
                    QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    Storage::DeliveryFilter filter;
    for (const QString &name : parser.value(QStringLiteral("state")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto state = deliveryStateFromName(name);
        if (!state)
            return fail(
                QStringLiteral("deliveries"),
                QStringLiteral("--state: '%1' is not one of pending, in_flight, succeeded, retrying, failed, cancelled")
                    .arg(name));
        filter.states.append(*state);
    }
    filter.eventType = parser.value(QStringLiteral("event-type"));
    int limit = 50;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return fail(
                QStringLiteral("deliveries"),
                QStringLiteral("--limit: '%1' is not a positive number").arg(parser.value(QStringLiteral("limit"))));
    }
    if (parser.isSet(QStringLiteral("status"))) {
        bool ok = false;
        filter.status = parser.value(QStringLiteral("status")).toInt(&ok);
        if (!ok || filter.status < 100 || filter.status > 599)
            return fail(
                QStringLiteral("deliveries"),
                QStringLiteral("--status: '%1' is not an HTTP status").arg(parser.value(QStringLiteral("status"))));
    }
    int code = Ok;
    auto ws = openWorkspace(parser, QStringLiteral("deliveries"), &code, WorkspaceUse::Existing);
    if (!ws)
        return code;
    if (parser.isSet(QStringLiteral("endpoint"))) {
        const auto endpoint = ws->endpoints().findByName(parser.value(QStringLiteral("endpoint")));
        if (!endpoint)
            return fail(
                QStringLiteral("deliveries"),
                QStringLiteral("--endpoint: no endpoint named '%1'").arg(parser.value(QStringLiteral("endpoint"))),
                Usage);
        filter.endpointId = endpoint->id;
    }
    if (!filter.eventType.isEmpty() && !isKnownEventType(*ws, filter.eventType))
        return fail(QStringLiteral("deliveries"),
                    QStringLiteral("--event-type: no event type named '%1'").arg(filter.eventType), Usage);

    const QList<Hookbench::Delivery> deliveries = ws->deliveries().page(filter, 0, limit);
    const bool json = parser.isSet(QStringLiteral("json"));
    // The evt_… id that send, trigger and run print, so scripts can join the outputs; the row number is internal.
    QHash<qint64, QString> eventUids;
    auto eventUid = [&](qint64 eventId) {
        if (!eventUids.contains(eventId)) {
            const auto event = ws->events().find(eventId);
            eventUids.insert(eventId, event ? event->uid : QString());
        }
        return eventUids.value(eventId);
    };
    if (!json && deliveries.isEmpty()) {
        out() << "no deliveries" << Qt::endl;
        return Ok;
    }
    for (const Hookbench::Delivery &d : deliveries) {
        const QList<Attempt> attempts = ws->deliveries().attempts(d.id);
        if (json) {
            printJsonLine(deliveryJson(d, eventUid(d.eventId), attempts));
            continue;
        }
        out() << timeText(d.createdAt) << "  " << d.uid << "  " << deliveryStateName(d.state) << "  " << d.eventType
              << " -> " << d.endpointName << " " << d.url;
        if (d.lastStatus)
            out() << "  " << d.lastStatus;
        if (!d.isFinal() && d.nextAttemptAt.isValid())
            out() << "  next " << timeText(d.nextAttemptAt);
        out() << Qt::endl;
        for (const Attempt &a : attempts) {
            out() << "    #" << a.number << "  " << timeText(a.startedAt) << "  "
                  << (a.status ? QString::number(a.status) : QStringLiteral("---")) << "  "
                  << QString::number(double(a.durationUs) / 1000.0, 'f', 1) << " ms";
            if (!a.error.isEmpty())
                out() << "  " << a.error;
            out() << Qt::endl;
        }
    }
    return Ok;
}

} // namespace Hookbench::Cli
