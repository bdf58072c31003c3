#include "schedule.h"

namespace Hookbench {

QString scheduleKindName(Schedule::Kind kind)
{
    switch (kind) {
    case Schedule::Kind::Once:
        return QStringLiteral("once");
    case Schedule::Kind::Interval:
        return QStringLiteral("interval");
    case Schedule::Kind::Cron:
        return QStringLiteral("cron");
    }
    return QStringLiteral("interval");
}

Schedule::Kind scheduleKindFromName(const QString &name)
{
    if (name == QLatin1String("once"))
        return Schedule::Kind::Once;
    if (name == QLatin1String("cron"))
        return Schedule::Kind::Cron;
    return Schedule::Kind::Interval;
}

} // namespace Hookbench
