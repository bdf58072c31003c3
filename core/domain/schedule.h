#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Hookbench {

// Fires an event type at one time, every interval, or by a 5-field cron expression.
struct Schedule
{
    enum class Kind
    {
        Once,
        Interval,
        Cron,
    };

    qint64 id = 0;
    QString eventType;
    Kind kind = Kind::Interval;
    QDateTime at;
    qint64 intervalMs = 60'000;
    QString cron;
    bool utc = false;
    qint64 jitterMs = 0;
    int limit = 0; // 0: unlimited
    QDateTime until;
    // After a restart, fire once for missed firings (true) or skip them (false).
    bool catchUp = false;
    bool enabled = true;
    // Overrides the event type's template when not empty.
    QByteArray payload;
    int firedCount = 0;
    QDateTime lastFiredAt;
    QDateTime nextFireAt;
    QDateTime createdAt;

    friend bool operator==(const Schedule &, const Schedule &) = default;
};

QString scheduleKindName(Schedule::Kind kind);
Schedule::Kind scheduleKindFromName(const QString &name);

} // namespace Hookbench
