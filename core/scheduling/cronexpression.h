#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <optional>

namespace Hookbench::Scheduling {

// A standard 5-field cron expression: minute hour day-of-month month day-of-week.
//
// Each field is a comma-separated list of `*`, `N` or `A-B`, each optionally followed by `/STEP` (`N/STEP` means
// N up to the field's maximum). Months and days of the week may be given by their English three-letter names in
// any case (JAN-DEC, SUN-SAT); day-of-week 0 and 7 are both Sunday, and a range may end on SUN (`FRI-SUN`).
// `@yearly`, `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight` and `@hourly` stand for their usual
// expressions. As in Vixie cron, when both day-of-month and day-of-week are restricted (neither starts with `*`)
// a day matches if either does; otherwise both must.
//
// Daylight saving time, following cronie: an expression with `*` first in its minute or hour field runs by the
// clock — it fires at every instant whose local time matches, so in the repeated hour after clocks go back it
// fires in both passes (each a real, distinct instant), and local times that do not exist when clocks go forward
// are not made up. Any other expression names fixed times of day: one whose local time is repeated fires once, at
// the first occurrence; one whose local time is skipped by the clocks going forward fires once, at the first
// instant after the gap (several skipped times of one gap share that single firing).
class CronExpression
{
public:
    // Null, with *why naming the field and the token, when the text is not a valid expression. An expression
    // whose day-of-month can never occur in its months (`0 0 31 2 *`) is rejected too.
    static std::optional<CronExpression> parse(const QString &text, QString *why = nullptr);

    QString text() const { return m_text; }

    // The first firing strictly after `after`, in `zone`'s local time (pass QTimeZone::utc() for UTC). Invalid
    // when there is none within the next eight years (the longest gap between two 29 Februaries).
    QDateTime next(const QDateTime &after, const QTimeZone &zone) const;

    // Whether a local wall-clock minute matches every field.
    bool matches(const QDate &date, int hour, int minute) const;

private:
    CronExpression() = default;

    bool dayMatches(const QDate &date) const;
    // The first wall-clock minute at or after `from` (a naive local time held in UTC) that matches, or invalid
    // once past `limit`.
    QDateTime nextWallTime(QDateTime from, const QDate &limit) const;

    QString m_text;
    std::uint64_t m_minutes = 0; // bit n: minute n
    std::uint32_t m_hours = 0;
    std::uint32_t m_daysOfMonth = 0; // bit n: day n (1-31)
    std::uint32_t m_months = 0; // bit n: month n (1-12)
    std::uint32_t m_daysOfWeek = 0; // bit n: day n (0 = Sunday)
    bool m_minuteStar = false;
    bool m_hourStar = false;
    bool m_domStar = false;
    bool m_dowStar = false;
};

} // namespace Hookbench::Scheduling
