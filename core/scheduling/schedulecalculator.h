#pragma once

#include "domain/schedule.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QTimeZone>

namespace Hookbench::Scheduling {

// Pure functions over a Schedule: when it fires, what a restart does about firings it missed, and how far
// jitter moves one firing. Local time means `localZone`, the system's zone unless a caller (a test) says otherwise.

// The schedule's next nominal firing strictly after `after`, ignoring its limit and end time (see
// nextFiringWithin() for those). Once: its time, if still ahead. Interval: the next point of the grid that starts
// at its creation time, so firings do not drift however late each one runs. Cron: the expression's next match in
// UTC or local time. Invalid when there is none (or the cron expression does not parse).
QDateTime nextFiring(const Schedule &schedule, const QDateTime &after,
                     const QTimeZone &localZone = QTimeZone::systemTimeZone());

// nextFiring() within the schedule's limit (counting the firings it has had) and end time: invalid once over.
QDateTime nextFiringWithin(const Schedule &schedule, const QDateTime &after,
                           const QTimeZone &localZone = QTimeZone::systemTimeZone());

// Up to `count` nominal firings after `after` within the schedule's limit and end time, for previews.
QList<QDateTime> nextFirings(const Schedule &schedule, const QDateTime &after, int count,
                             const QTimeZone &localZone = QTimeZone::systemTimeZone());

// What to do at start-up about a schedule whose stored next firing (`storedNext`) has already passed `now`.
struct MissedFirings
{
    bool missed = false; // at least one firing was due while nothing ran
    bool fireNow = false; // the policy is to catch up: fire once now for all of them
};
MissedFirings resolveMissedFirings(const Schedule &schedule, const QDateTime &storedNext, const QDateTime &now);

// How late this firing runs: uniformly 0…jitterMs, so that many clients do not all fire in the same millisecond.
qint64 jitterOffsetMs(const Schedule &schedule, QRandomGenerator &random);

} // namespace Hookbench::Scheduling
