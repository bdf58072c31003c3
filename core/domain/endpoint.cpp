#include "endpoint.h"

namespace Hookbench {

bool subscriptionMatches(const QString &pattern, const QString &eventType)
{
    if (pattern == QLatin1String("*"))
        return true;
    if (pattern.endsWith(QLatin1String(".*")))
        return eventType.startsWith(pattern.left(pattern.size() - 1));
    return pattern == eventType;
}

bool Endpoint::subscribesTo(const QString &eventType) const
{
    for (const QString &pattern : subscriptions) {
        if (subscriptionMatches(pattern, eventType))
            return true;
    }
    return false;
}

QString bodyEncodingName(BodyEncoding encoding)
{
    return encoding == BodyEncoding::Form ? QStringLiteral("form") : QStringLiteral("json");
}

QString originName(EndpointOrigin origin)
{
    switch (origin) {
    case EndpointOrigin::Manual:
        return QStringLiteral("manual");
    case EndpointOrigin::GitHubHook:
        return QStringLiteral("github-hook");
    case EndpointOrigin::GoogleChannel:
        return QStringLiteral("google-channel");
    case EndpointOrigin::WebSub:
        return QStringLiteral("websub");
    case EndpointOrigin::Generic:
        return QStringLiteral("generic");
    case EndpointOrigin::Cli:
        return QStringLiteral("cli");
    }
    return QStringLiteral("manual");
}

EndpointOrigin originFromName(const QString &name)
{
    for (EndpointOrigin o : {EndpointOrigin::Manual, EndpointOrigin::GitHubHook, EndpointOrigin::GoogleChannel,
                             EndpointOrigin::WebSub, EndpointOrigin::Generic, EndpointOrigin::Cli}) {
        if (originName(o) == name)
            return o;
    }
    return EndpointOrigin::Manual;
}

} // namespace Hookbench
