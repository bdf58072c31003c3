#include "retrypolicy.h"

#include <QCoreApplication>
#include <QStringList>

namespace Hookbench {

QList<qint64> RetryPolicy::defaultScheduleMs()
{
    constexpr qint64 s = 1000;
    constexpr qint64 m = 60 * s;
    constexpr qint64 h = 60 * m;
    return {0, 5 * s, 5 * m, 30 * m, 2 * h, 5 * h, 10 * h, 10 * h};
}

RetryPolicy RetryPolicy::fromSchedule(const QList<qint64> &delaysMs)
{
    RetryPolicy p;
    p.kind = Kind::Schedule;
    p.scheduleMs = delaysMs;
    p.maxAttempts = int(delaysMs.size());
    return p;
}

RetryPolicy RetryPolicy::exponential(qint64 baseMs, double factor, qint64 capMs, int maxAttempts)
{
    RetryPolicy p;
    p.kind = Kind::Exponential;
    p.baseMs = baseMs;
    p.factor = factor;
    p.capMs = capMs;
    p.maxAttempts = maxAttempts;
    return p;
}

int RetryPolicy::attemptLimit() const
{
    if (kind == Kind::Schedule)
        return qMax(1, int(scheduleMs.size()));
    return qMax(1, maxAttempts);
}

std::optional<qint64> parseDurationMs(const QString &text, QString *error)
{
    const QString t = text.trimmed().toLower();
    auto fail = [&](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (t.isEmpty())
        return fail(QCoreApplication::translate("Hookbench", "empty duration"));

    qint64 total = 0;
    qsizetype i = 0;
    bool sawUnit = false;
    while (i < t.size()) {
        const qsizetype start = i;
        while (i < t.size() && t.at(i).isDigit())
            ++i;
        if (start == i)
            return fail(
                QCoreApplication::translate("Hookbench", "“%1” is not a duration (use e.g. 500ms, 5s, 1m, 2h, 1d)")
                    .arg(text));
        // "1.5s" would otherwise be reported as an unknown unit "" in it.
        if (i < t.size() && t.at(i) == QLatin1Char('.'))
            return fail(
                QCoreApplication::translate(
                    "Hookbench", "“%1” has a fraction: durations are whole numbers, e.g. 1500ms rather than 1.5s")
                    .arg(text));
        bool ok = false;
        const qint64 value = t.mid(start, i - start).toLongLong(&ok);
        if (!ok || value > 1'000'000'000LL)
            return fail(QCoreApplication::translate("Hookbench", "“%1” is too large").arg(text));
        const qsizetype unitStart = i;
        while (i < t.size() && t.at(i).isLetter())
            ++i;
        const QString unit = t.mid(unitStart, i - unitStart);
        qint64 factor = 0;
        if (unit == QLatin1String("ms"))
            factor = 1;
        else if (unit == QLatin1String("s") || (unit.isEmpty() && !sawUnit && i == t.size() && start == 0))
            factor = 1000;
        else if (unit == QLatin1String("m") || unit == QLatin1String("min"))
            factor = 60'000;
        else if (unit == QLatin1String("h"))
            factor = 3'600'000;
        else if (unit == QLatin1String("d"))
            factor = 86'400'000;
        else
            return fail(QCoreApplication::translate("Hookbench", "unknown unit “%1” in “%2” (use ms, s, m, h or d)")
                            .arg(unit, text));
        sawUnit = true;
        total += value * factor;
    }
    return total;
}

QString formatDurationMs(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("0s");
    if (ms % 1000 != 0)
        return QString::number(ms) + QStringLiteral("ms");
    qint64 s = ms / 1000;
    QString out;
    const qint64 d = s / 86400;
    s %= 86400;
    const qint64 h = s / 3600;
    s %= 3600;
    const qint64 m = s / 60;
    s %= 60;
    if (d)
        out += QString::number(d) + QLatin1Char('d');
    if (h)
        out += QString::number(h) + QLatin1Char('h');
    if (m)
        out += QString::number(m) + QLatin1Char('m');
    if (s)
        out += QString::number(s) + QLatin1Char('s');
    return out;
}

std::optional<QList<qint64>> parseDurationList(const QString &text, QString *error)
{
    QList<qint64> out;
    const QStringList parts = text.split(QLatin1Char(','));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString why;
        const auto ms = parseDurationMs(parts.at(i), &why);
        if (!ms) {
            if (error)
                *error = QCoreApplication::translate("Hookbench", "entry %1 of the retry schedule: %2")
                             .arg(i + 1)
                             .arg(why);
            return std::nullopt;
        }
        out.append(*ms);
    }
    return out;
}

} // namespace Hookbench
