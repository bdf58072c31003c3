#include "delivery.h"

#include <QCoreApplication>

namespace Hookbench {

QString deliveryStateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        return QStringLiteral("pending");
    case DeliveryState::InFlight:
        return QStringLiteral("in_flight");
    case DeliveryState::Succeeded:
        return QStringLiteral("succeeded");
    case DeliveryState::Retrying:
        return QStringLiteral("retrying");
    case DeliveryState::Failed:
        return QStringLiteral("failed");
    case DeliveryState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("pending");
}

std::optional<DeliveryState> deliveryStateFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (DeliveryState s : {DeliveryState::Pending, DeliveryState::InFlight, DeliveryState::Succeeded,
                            DeliveryState::Retrying, DeliveryState::Failed, DeliveryState::Cancelled}) {
        if (deliveryStateName(s) == n)
            return s;
    }
    return std::nullopt;
}

QString deliveryStateDisplayName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        return QCoreApplication::translate("Hookbench", "Pending");
    case DeliveryState::InFlight:
        return QCoreApplication::translate("Hookbench", "In flight");
    case DeliveryState::Succeeded:
        return QCoreApplication::translate("Hookbench", "Succeeded");
    case DeliveryState::Retrying:
        return QCoreApplication::translate("Hookbench", "Retrying");
    case DeliveryState::Failed:
        return QCoreApplication::translate("Hookbench", "Failed");
    case DeliveryState::Cancelled:
        return QCoreApplication::translate("Hookbench", "Cancelled");
    }
    return {};
}

} // namespace Hookbench
