#include "event.h"

namespace Hookbench {

QString eventSourceName(EventSource source)
{
    switch (source) {
    case EventSource::Manual:
        return QStringLiteral("manual");
    case EventSource::Schedule:
        return QStringLiteral("schedule");
    case EventSource::Cli:
        return QStringLiteral("cli");
    case EventSource::Replay:
        return QStringLiteral("replay");
    case EventSource::Api:
        return QStringLiteral("api");
    }
    return QStringLiteral("manual");
}

EventSource eventSourceFromName(const QString &name)
{
    for (EventSource s :
         {EventSource::Manual, EventSource::Schedule, EventSource::Cli, EventSource::Replay, EventSource::Api}) {
        if (eventSourceName(s) == name)
            return s;
    }
    return EventSource::Manual;
}

} // namespace Hookbench
