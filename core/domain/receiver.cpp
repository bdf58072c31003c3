#include "receiver.h"

#include <QHostAddress>

namespace Hookbench {

bool Receiver::isLoopbackOnly() const
{
    if (bindAddress.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(bindAddress);
    return !address.isNull() && address.isLoopback();
}

QString behaviourName(ResponseRule::Behaviour behaviour)
{
    using B = ResponseRule::Behaviour;
    switch (behaviour) {
    case B::Respond:
        return QStringLiteral("respond");
    case B::FailFirst:
        return QStringLiteral("fail-first");
    case B::FailPercent:
        return QStringLiteral("fail-percent");
    case B::RateLimit:
        return QStringLiteral("rate-limit");
    case B::Timeout:
        return QStringLiteral("timeout");
    case B::CloseMidResponse:
        return QStringLiteral("close-mid-response");
    }
    return QStringLiteral("respond");
}

ResponseRule::Behaviour behaviourFromName(const QString &name)
{
    using B = ResponseRule::Behaviour;
    for (B b : {B::Respond, B::FailFirst, B::FailPercent, B::RateLimit, B::Timeout, B::CloseMidResponse}) {
        if (behaviourName(b) == name)
            return b;
    }
    return B::Respond;
}

} // namespace Hookbench
