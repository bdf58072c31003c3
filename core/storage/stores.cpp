#include "stores.h"

#include <algorithm>

namespace Hookbench::Storage {

DeliveryPageKey deliveryPageKey(const Delivery &d, const DeliveryOrder &order)
{
    QVariant value;
    switch (order.column) {
    case DeliveryOrder::Column::Time:
        value = d.id;
        break;
    case DeliveryOrder::Column::EventType:
        value = d.eventType;
        break;
    case DeliveryOrder::Column::Endpoint:
        value = d.endpointName;
        break;
    case DeliveryOrder::Column::State:
        value = int(d.state);
        break;
    case DeliveryOrder::Column::Status:
        value = d.lastStatus;
        break;
    case DeliveryOrder::Column::Attempts:
        value = d.attemptCount;
        break;
    case DeliveryOrder::Column::Duration:
        value = d.lastDurationUs;
        break;
    case DeliveryOrder::Column::NextAttempt:
        value = d.nextAttemptAt.isValid() ? d.nextAttemptAt.toMSecsSinceEpoch() : qint64(0);
        break;
    }
    return {value, d.id};
}

bool deliveryMatches(const DeliveryFilter &f, const Delivery &d)
{
    if (!f.states.isEmpty() && !f.states.contains(d.state))
        return false;
    if (!f.eventType.isEmpty() && f.eventType != d.eventType)
        return false;
    if (f.endpointId && f.endpointId != d.endpointId)
        return false;
    if (f.eventId && f.eventId != d.eventId)
        return false;
    if (f.from.isValid() && d.createdAt < f.from)
        return false;
    if (f.to.isValid() && d.createdAt >= f.to)
        return false;
    if (f.status && f.status != d.lastStatus)
        return false;
    const QStringList words = f.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&d](const QString &word) {
        return d.uid.contains(word, Qt::CaseInsensitive) || d.eventType.contains(word, Qt::CaseInsensitive)
            || d.endpointName.contains(word, Qt::CaseInsensitive) || d.url.contains(word, Qt::CaseInsensitive);
    });
}

} // namespace Hookbench::Storage
