#include "schedulecalculator.h"

#include "cronexpression.h"

namespace Hookbench::Scheduling {

namespace {

QDateTime nextIntervalFiring(const Schedule &s, const QDateTime &after)
{
    if (s.intervalMs <= 0)
        return {};
    const qint64 afterMs = after.toMSecsSinceEpoch();
    // A schedule not saved yet has no creation time: its grid starts now.
    const qint64 anchorMs = s.createdAt.isValid() ? s.createdAt.toMSecsSinceEpoch() : afterMs;
    // Creation itself is not a firing, so the first one is a whole interval later.
    const qint64 steps = afterMs < anchorMs ? 1 : (afterMs - anchorMs) / s.intervalMs + 1;
    return QDateTime::fromMSecsSinceEpoch(anchorMs + steps * s.intervalMs, Qt::UTC);
}

} // namespace

QDateTime nextFiring(const Schedule &schedule, const QDateTime &after, const QTimeZone &localZone)
{
    if (!after.isValid())
        return {};
    switch (schedule.kind) {
    case Schedule::Kind::Once:
        return schedule.at.isValid() && schedule.at > after ? schedule.at.toUTC() : QDateTime();
    case Schedule::Kind::Interval:
        return nextIntervalFiring(schedule, after);
    case Schedule::Kind::Cron:
        if (const auto cron = CronExpression::parse(schedule.cron))
            return cron->next(after, schedule.utc ? QTimeZone::utc() : localZone);
        return {};
    }
    return {};
}

QDateTime nextFiringWithin(const Schedule &schedule, const QDateTime &after, const QTimeZone &localZone)
{
    if (schedule.limit > 0 && schedule.firedCount >= schedule.limit)
        return {};
    const QDateTime next = nextFiring(schedule, after, localZone);
    if (!next.isValid() || (schedule.until.isValid() && next > schedule.until))
        return {};
    return next;
}

QList<QDateTime> nextFirings(const Schedule &schedule, const QDateTime &after, int count, const QTimeZone &localZone)
{
    QList<QDateTime> firings;
    Schedule s = schedule;
    QDateTime t = after;
    while (firings.size() < count) {
        t = nextFiringWithin(s, t, localZone);
        if (!t.isValid())
            break;
        firings.append(t);
        ++s.firedCount;
    }
    return firings;
}

MissedFirings resolveMissedFirings(const Schedule &schedule, const QDateTime &storedNext, const QDateTime &now)
{
    MissedFirings m;
    // The stored next firing was computed within the limit and end time when it was recorded, so one that has
    // passed was a real, missed firing.
    m.missed = schedule.enabled && storedNext.isValid() && storedNext <= now
        && (schedule.limit <= 0 || schedule.firedCount < schedule.limit)
        && (!schedule.until.isValid() || storedNext <= schedule.until);
    m.fireNow = m.missed && schedule.catchUp;
    return m;
}

qint64 jitterOffsetMs(const Schedule &schedule, QRandomGenerator &random)
{
    return schedule.jitterMs > 0 ? random.bounded(schedule.jitterMs + 1) : 0;
}

} // namespace Hookbench::Scheduling
