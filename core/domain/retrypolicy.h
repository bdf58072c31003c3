#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Hookbench {

// How often and when a failed delivery is tried again. Either an explicit list of delays (each counted from
// the previous attempt; the first entry is the delay before the first attempt, normally 0) or exponential
// backoff with full jitter: delay(n) = random(0, min(cap, base * factor^n)).
struct RetryPolicy
{
    enum class Kind
    {
        Schedule,
        Exponential,
    };

    Kind kind = Kind::Schedule;
    // Svix's documented default: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h.
    QList<qint64> scheduleMs = defaultScheduleMs();
    qint64 baseMs = 1000;
    double factor = 2.0;
    qint64 capMs = 3600 * 1000;
    int maxAttempts = 8;

    static QList<qint64> defaultScheduleMs();
    static RetryPolicy fromSchedule(const QList<qint64> &delaysMs);
    static RetryPolicy exponential(qint64 baseMs, double factor, qint64 capMs, int maxAttempts);

    // Total attempts this policy allows, the first one included.
    int attemptLimit() const;

    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

// Durations as users write them: "0", "500ms", "5s", "1m", "2h", "1d", combinations like "1h30m".
std::optional<qint64> parseDurationMs(const QString &text, QString *error = nullptr);
QString formatDurationMs(qint64 ms);
// "0s,5s,1m" -> {0, 5000, 60000}; the error names the entry that is wrong.
std::optional<QList<qint64>> parseDurationList(const QString &text, QString *error = nullptr);

} // namespace Hookbench
