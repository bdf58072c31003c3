#pragma once

#include "capturedrequest.h"
#include "endpoint.h"
#include "eventtype.h"
#include "receiver.h"
#include "schedule.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Hookbench::Json {

// JSON shapes of the definitions, shared by storage (config columns), export/import and the subscription APIs,
// so a field is spelled the same everywhere. Secrets are written only when asked.
enum class Secrets
{
    Omit,
    Include,
};

QJsonArray headersToJson(const HeaderList &headers);
HeaderList headersFromJson(const QJsonArray &array);

QJsonObject retryPolicyToJson(const RetryPolicy &policy);
RetryPolicy retryPolicyFromJson(const QJsonObject &object);

QJsonObject customHmacToJson(const CustomHmacOptions &options);
CustomHmacOptions customHmacFromJson(const QJsonObject &object);

QJsonObject eventTypeToJson(const EventType &eventType);
EventType eventTypeFromJson(const QJsonObject &object);

QJsonObject endpointToJson(const Endpoint &endpoint, Secrets secrets);
Endpoint endpointFromJson(const QJsonObject &object);

QJsonObject responseRuleToJson(const ResponseRule &rule);
ResponseRule responseRuleFromJson(const QJsonObject &object);

QJsonObject receiverToJson(const Receiver &receiver, Secrets secrets);
Receiver receiverFromJson(const QJsonObject &object);

QJsonObject scheduleToJson(const Schedule &schedule);
Schedule scheduleFromJson(const QJsonObject &object);

QJsonArray verdictsToJson(const QList<Verdict> &verdicts);
QList<Verdict> verdictsFromJson(const QJsonArray &array);

// Times travel as ISO 8601 UTC with milliseconds; invalid times as null.
QJsonValue timeToJson(const QDateTime &time);
QDateTime timeFromJson(const QJsonValue &value);

} // namespace Hookbench::Json
