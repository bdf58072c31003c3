#include "cronexpression.h"

#include <QStringList>

#include <array>
#include <bit>

namespace Hookbench::Scheduling {

namespace {

// Larger than any change of a zone's UTC offset (DST is an hour; a few zones have moved by two).
constexpr qint64 kMaxShiftSecs = 3 * 3600;
// Two 29 Februaries can be eight years apart (2096, 2104), so `0 0 29 2 *` needs that long a look.
constexpr int kSearchYears = 8;

struct Field
{
    QLatin1String name;
    int min;
    int max;
    // Three-letter names for values min, min+1, … (empty when the field has none).
    std::array<QLatin1String, 12> names;
    QLatin1String nameKind;
};

const std::array<Field, 5> kFields = {{
    {QLatin1String("minute"), 0, 59, {}, {}},
    {QLatin1String("hour"), 0, 23, {}, {}},
    {QLatin1String("day-of-month"), 1, 31, {}, {}},
    {QLatin1String("month"),
     1,
     12,
     {QLatin1String("JAN"), QLatin1String("FEB"), QLatin1String("MAR"), QLatin1String("APR"), QLatin1String("MAY"),
      QLatin1String("JUN"), QLatin1String("JUL"), QLatin1String("AUG"), QLatin1String("SEP"), QLatin1String("OCT"),
      QLatin1String("NOV"), QLatin1String("DEC")},
     QLatin1String("month")},
    {QLatin1String("day-of-week"),
     0,
     7,
     {QLatin1String("SUN"), QLatin1String("MON"), QLatin1String("TUE"), QLatin1String("WED"), QLatin1String("THU"),
      QLatin1String("FRI"), QLatin1String("SAT")},
     QLatin1String("day")},
}};

enum FieldIndex
{
    Minute,
    Hour,
    DayOfMonth,
    Month,
    DayOfWeek,
};

bool fail(QString *why, const QString &message)
{
    if (why)
        *why = message;
    return false;
}

bool isDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// One value of a field: a number in range, or (months, days of the week) a name.
bool parseValue(const Field &field, QStringView token, int *value, QString *why)
{
    if (isDigits(token)) {
        bool ok = false;
        const int v = token.toInt(&ok);
        if (!ok || v < field.min || v > field.max)
            return fail(why,
                        QStringLiteral("%1: %2 is out of range %3-%4")
                            .arg(field.name, token.toString())
                            .arg(field.min)
                            .arg(field.max));
        *value = v;
        return true;
    }
    if (!field.nameKind.isEmpty()) {
        for (int i = 0; i < int(field.names.size()) && !field.names[i].isEmpty(); ++i) {
            if (token.compare(field.names[i], Qt::CaseInsensitive) == 0) {
                *value = field.min + i;
                return true;
            }
        }
        return fail(why, QStringLiteral("%1: '%2' is not a %3 name").arg(field.name, token.toString(), field.nameKind));
    }
    return fail(why, QStringLiteral("%1: '%2' is not a number").arg(field.name, token.toString()));
}

// One comma-separated entry: `*`, `N`, `A-B`, each with an optional `/STEP`.
bool parseEntry(const Field &field, FieldIndex index, QStringView entry, quint64 *mask, QString *why)
{
    QStringView range = entry;
    int step = 1;
    const qsizetype slash = entry.indexOf(u'/');
    if (slash >= 0) {
        range = entry.left(slash);
        const QStringView stepText = entry.mid(slash + 1);
        bool ok = false;
        step = isDigits(stepText) ? stepText.toInt(&ok) : 0;
        if (!ok)
            return fail(why,
                        QStringLiteral("%1: step '%2' in '%3' is not a number")
                            .arg(field.name, stepText.toString(), entry.toString()));
        if (step < 1)
            return fail(why, QStringLiteral("%1: step 0 in '%2' must be at least 1").arg(field.name, entry.toString()));
    }
    int lo = field.min;
    int hi = field.max;
    if (range == u"*") {
        // A day-of-week `*` is Sunday to Saturday once, not Sunday twice.
        if (index == DayOfWeek)
            hi = 6;
    } else if (const qsizetype dash = range.indexOf(u'-'); dash >= 0) {
        if (!parseValue(field, range.left(dash), &lo, why) || !parseValue(field, range.mid(dash + 1), &hi, why))
            return false;
        // FRI-SUN: Sunday at the end of a range is day 7.
        if (index == DayOfWeek && hi == 0 && lo > 0)
            hi = 7;
        if (lo > hi)
            return fail(why, QStringLiteral("%1: range '%2' goes backwards").arg(field.name, range.toString()));
    } else {
        if (!parseValue(field, range, &lo, why))
            return false;
        // N/STEP runs from N to the end of the field; a plain N is just N.
        hi = slash >= 0 ? field.max : lo;
    }
    for (int v = lo; v <= hi; v += step)
        *mask |= quint64(1) << (index == DayOfWeek && v == 7 ? 0 : v);
    return true;
}

bool parseField(FieldIndex index, QStringView text, quint64 *mask, bool *star, QString *why)
{
    const Field &field = kFields[index];
    // Vixie cron's rule: a field "is *" when it starts with one (so `*/2` counts), which decides how the two day
    // fields combine.
    *star = text.startsWith(u'*');
    for (QStringView entry : text.split(u',')) {
        if (entry.isEmpty())
            return fail(why, QStringLiteral("%1: empty entry in '%2'").arg(field.name, text.toString()));
        if (!parseEntry(field, index, entry, mask, why))
            return false;
    }
    return true;
}

QString expandMacro(const QString &text)
{
    static const std::array<std::pair<QLatin1String, QLatin1String>, 7> macros = {{
        {QLatin1String("@yearly"), QLatin1String("0 0 1 1 *")},
        {QLatin1String("@annually"), QLatin1String("0 0 1 1 *")},
        {QLatin1String("@monthly"), QLatin1String("0 0 1 * *")},
        {QLatin1String("@weekly"), QLatin1String("0 0 * * 0")},
        {QLatin1String("@daily"), QLatin1String("0 0 * * *")},
        {QLatin1String("@midnight"), QLatin1String("0 0 * * *")},
        {QLatin1String("@hourly"), QLatin1String("0 * * * *")},
    }};
    for (const auto &[name, expansion] : macros) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return expansion;
    }
    return text;
}

// The lowest set bit at or above `from`, or -1.
int nextBit(quint64 mask, int from)
{
    const quint64 rest = mask >> from;
    return rest ? from + std::countr_zero(rest) : -1;
}

// The instants whose local time in `zone` is `wall` (a naive wall-clock time held in UTC): one, two while the
// clocks repeat an hour (earliest first), or none in a gap, with `gapEnd` the instant the gap ends.
struct WallInstants
{
    std::array<qint64, 2> ms {};
    int count = 0;
    qint64 gapEnd = 0;
};

WallInstants resolveWallTime(const QDateTime &wall, const QTimeZone &zone)
{
    const qint64 wallMs = wall.toMSecsSinceEpoch();
    auto offsetAt = [&zone](qint64 ms) { return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)); };
    // The offsets in force a little before and after: any instant showing this wall time has one of them.
    constexpr qint64 kProbeMs = 14 * 3600 * 1000;
    const int early = offsetAt(wallMs - kProbeMs);
    const int late = offsetAt(wallMs + kProbeMs);
    WallInstants w;
    for (int offset : {early, late}) {
        const qint64 ms = wallMs - qint64(offset) * 1000;
        if (offsetAt(ms) == offset && (w.count == 0 || w.ms[0] != ms))
            w.ms[w.count++] = ms;
        if (early == late)
            break;
    }
    if (w.count == 2 && w.ms[1] < w.ms[0])
        std::swap(w.ms[0], w.ms[1]);
    if (w.count == 0) {
        // Clocks went forward over this time: it ends where the later offset starts.
        const QTimeZone::OffsetData t
            = zone.nextTransition(QDateTime::fromMSecsSinceEpoch(wallMs - qint64(late) * 1000, Qt::UTC));
        w.gapEnd = t.atUtc.isValid() ? t.atUtc.toMSecsSinceEpoch() : wallMs - qint64(early) * 1000;
    }
    return w;
}

// Whether the zone changes its offset within kMaxShiftSecs of this instant.
bool transitionNear(const QTimeZone &zone, qint64 ms)
{
    if (!zone.hasTransitions())
        return false;
    const QTimeZone::OffsetData t
        = zone.nextTransition(QDateTime::fromMSecsSinceEpoch(ms - kMaxShiftSecs * 1000, Qt::UTC));
    return t.atUtc.isValid() && t.atUtc.toMSecsSinceEpoch() <= ms + kMaxShiftSecs * 1000;
}

int daysInMonthAtMost(int month)
{
    return month == 2 ? 29 : QDate(2001, month, 1).daysInMonth();
}

} // namespace

std::optional<CronExpression> CronExpression::parse(const QString &input, QString *why)
{
    const QString text = expandMacro(input.simplified());
    if (text.isEmpty()) {
        fail(why,
             QStringLiteral("the expression is empty; expected 5 fields: minute hour day-of-month month "
                            "day-of-week"));
        return std::nullopt;
    }
    const QStringList fields = text.split(QLatin1Char(' '));
    if (fields.size() != 5) {
        fail(why,
             QStringLiteral("expected 5 fields (minute hour day-of-month month day-of-week) but got %1 in '%2'")
                 .arg(fields.size())
                 .arg(text));
        return std::nullopt;
    }
    std::array<quint64, 5> masks {};
    std::array<bool, 5> stars {};
    for (int i = 0; i < 5; ++i) {
        if (!parseField(FieldIndex(i), fields.at(i), &masks[i], &stars[i], why))
            return std::nullopt;
    }
    CronExpression e;
    e.m_text = text;
    e.m_minutes = masks[Minute];
    e.m_hours = std::uint32_t(masks[Hour]);
    e.m_daysOfMonth = std::uint32_t(masks[DayOfMonth]);
    e.m_months = std::uint32_t(masks[Month]);
    e.m_daysOfWeek = std::uint32_t(masks[DayOfWeek]);
    e.m_minuteStar = stars[Minute];
    e.m_hourStar = stars[Hour];
    e.m_domStar = stars[DayOfMonth];
    e.m_dowStar = stars[DayOfWeek];

    // When the day of the week does not widen the choice, some selected day must exist in some selected month;
    // otherwise the expression would never fire and searching for its next firing would be in vain.
    if (e.m_domStar || e.m_dowStar) {
        bool possible = false;
        for (int month = 1; month <= 12 && !possible; ++month) {
            if (e.m_months >> month & 1)
                possible = nextBit(e.m_daysOfMonth, 1) <= daysInMonthAtMost(month);
        }
        if (!possible) {
            fail(why,
                 QStringLiteral("day-of-month: '%1' never occurs in month '%2', so the expression never fires")
                     .arg(fields.at(DayOfMonth), fields.at(Month)));
            return std::nullopt;
        }
    }
    return e;
}

bool CronExpression::dayMatches(const QDate &date) const
{
    const bool dom = m_daysOfMonth >> date.day() & 1;
    const bool dow = m_daysOfWeek >> (date.dayOfWeek() % 7) & 1; // Qt counts Monday 1 … Sunday 7
    if (m_domStar || m_dowStar)
        return dom && dow;
    return dom || dow;
}

bool CronExpression::matches(const QDate &date, int hour, int minute) const
{
    return (m_months >> date.month() & 1) && dayMatches(date) && (m_hours >> hour & 1) && (m_minutes >> minute & 1);
}

QDateTime CronExpression::nextWallTime(QDateTime from, const QDate &limit) const
{
    QDate date = from.date();
    int hour = from.time().hour();
    int minute = from.time().minute();
    // Each step moves to the next value of the coarsest field that does not match, so a search over years
    // visits a few hundred days at most, not every minute.
    while (date <= limit) {
        if (!(m_months >> date.month() & 1)) {
            int month = date.month();
            int year = date.year();
            do {
                if (++month > 12) {
                    month = 1;
                    ++year;
                }
            } while (!(m_months >> month & 1));
            date = QDate(year, month, 1);
            hour = minute = 0;
            continue;
        }
        if (!dayMatches(date)) {
            date = date.addDays(1);
            hour = minute = 0;
            continue;
        }
        const int h = nextBit(m_hours, hour);
        if (h < 0) {
            date = date.addDays(1);
            hour = minute = 0;
            continue;
        }
        if (h != hour) {
            hour = h;
            minute = 0;
        }
        const int m = nextBit(m_minutes, minute);
        if (m < 0) {
            minute = 0;
            if (++hour > 23) {
                date = date.addDays(1);
                hour = 0;
            }
            continue;
        }
        return QDateTime(date, QTime(hour, m), Qt::UTC);
    }
    return {};
}

QDateTime CronExpression::next(const QDateTime &after, const QTimeZone &zone) const
{
    if (!after.isValid() || !zone.isValid())
        return {};
    const bool byClock = m_minuteStar || m_hourStar;
    const qint64 afterMs = after.toMSecsSinceEpoch();
    const QDateTime local = after.toTimeZone(zone);
    const QDate limit = local.date().addYears(kSearchYears);
    QDateTime wall = QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC).addSecs(60);
    // Running by the clock, the second pass of an hour the clocks are about to repeat has wall times earlier than
    // `after`'s own: start early enough to see it.
    if (byClock && transitionNear(zone, afterMs))
        wall = wall.addSecs(-kMaxShiftSecs);

    std::optional<qint64> best;
    QDateTime bestWall;
    for (;;) {
        wall = nextWallTime(wall, limit);
        if (!wall.isValid())
            break;
        // A later wall time can only be an earlier instant across a change of offset, which is at most
        // kMaxShiftSecs.
        if (best && wall > bestWall.addSecs(kMaxShiftSecs))
            break;
        const WallInstants w = resolveWallTime(wall, zone);
        std::array<qint64, 2> candidates = w.ms;
        int count = w.count;
        if (!byClock) {
            // A fixed time of day fires once: at its first occurrence, or right after the gap that skips it.
            if (count == 0)
                candidates[0] = w.gapEnd;
            count = 1;
        }
        for (int i = 0; i < count; ++i) {
            if (candidates[i] > afterMs && (!best || candidates[i] < *best)) {
                best = candidates[i];
                bestWall = wall;
            }
        }
        // Fixed times map to instants in order; by the clock, only a nearby change of offset can reorder them.
        if (best && (!byClock || !transitionNear(zone, *best)))
            break;
        wall = wall.addSecs(60);
    }
    return best ? QDateTime::fromMSecsSinceEpoch(*best, Qt::UTC) : QDateTime();
}

} // namespace Hookbench::Scheduling
