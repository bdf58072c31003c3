#pragma once

#include "header.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Hookbench {

enum class DeliveryState
{
    Pending,
    InFlight,
    Succeeded,
    Retrying,
    Failed,
    Cancelled,
};

// One event sent to one endpoint, across all its attempts. `uid` is the idempotency key receivers see
// (`webhook-id`, `X-GitHub-Delivery`): the same on every retry and redelivery.
struct Delivery
{
    qint64 id = 0;
    QString uid;
    qint64 eventId = 0;
    qint64 endpointId = 0;
    // Denormalised so that the log can be listed and filtered without joins.
    QString eventType;
    QString endpointName;
    QString url;
    DeliveryState state = DeliveryState::Pending;
    int attemptCount = 0;
    QDateTime nextAttemptAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    int lastStatus = 0;
    qint64 lastDurationUs = 0;
    QString lastError;
    // The engine (one per process, see DeliveryEngine) that sends it; 0: none. Another process takes over a
    // delivery only when its owner is gone, so that two processes on one workspace never send it both.
    qint64 owner = 0;

    bool isFinal() const
    {
        return state == DeliveryState::Succeeded || state == DeliveryState::Failed || state == DeliveryState::Cancelled;
    }

    friend bool operator==(const Delivery &, const Delivery &) = default;
};

// One HTTP exchange of a delivery: what was sent, what came back, how long it took.
struct Attempt
{
    qint64 id = 0;
    qint64 deliveryId = 0;
    int number = 0;
    QByteArray method;
    QString url;
    HeaderList requestHeaders;
    QByteArray requestBody;
    int status = 0; // 0 when no response arrived
    HeaderList responseHeaders;
    QByteArray responseBody;
    bool responseTruncated = false;
    qint64 durationUs = 0;
    QString error;
    QDateTime startedAt;
    QDateTime finishedAt;

    friend bool operator==(const Attempt &, const Attempt &) = default;
};

QString deliveryStateName(DeliveryState state);
std::optional<DeliveryState> deliveryStateFromName(const QString &name);
QString deliveryStateDisplayName(DeliveryState state);

} // namespace Hookbench
