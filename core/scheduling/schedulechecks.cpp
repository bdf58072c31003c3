#include "schedulechecks.h"

#include "cronexpression.h"
#include "domain/retrypolicy.h"
#include "schedulecalculator.h"

#include <QCoreApplication>

namespace Hookbench::Scheduling {

namespace {

// Shorter intervals would turn the workbench into a load generator; the benchmarks do that job.
constexpr qint64 kMinIntervalMs = 100;

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookbench::Scheduling", text);
}

} // namespace

ValidationErrors validate(const Schedule &s, const QDateTime &now)
{
    ValidationErrors errors;
    auto add = [&errors](const char *field, const QString &message) { errors.append({QLatin1String(field), message}); };
    if (QString why = Validation::checkEventTypeName(s.eventType); !why.isEmpty())
        add("event_type", why);
    switch (s.kind) {
    case Schedule::Kind::Once:
        if (!s.at.isValid())
            add("at", tr("Enter a date and time such as 2026-12-31T18:00:00."));
        else if (s.at <= now)
            add("at", tr("This time is in the past."));
        break;
    case Schedule::Kind::Interval:
        if (s.intervalMs < kMinIntervalMs)
            add("interval", tr("The interval must be at least %1.").arg(formatDurationMs(kMinIntervalMs)));
        break;
    case Schedule::Kind::Cron: {
        QString why;
        if (!CronExpression::parse(s.cron, &why))
            add("cron", why);
        break;
    }
    }
    if (s.jitterMs < 0)
        add("jitter", tr("The jitter cannot be negative."));
    // A firing delayed to the next one's time or beyond makes the runner skip that one (it does not make up
    // firings that are already past), so "every 1m with up to 5m jitter" would fire every few minutes.
    else if (s.kind == Schedule::Kind::Interval && s.intervalMs >= kMinIntervalMs && s.jitterMs >= s.intervalMs)
        add("jitter",
            tr("The jitter must be shorter than the interval (%1), or firings would be skipped.")
                .arg(formatDurationMs(s.intervalMs)));
    if (s.limit < 0)
        add("limit", tr("The limit cannot be negative (0 means no limit)."));
    if (s.until.isValid() && s.until <= now)
        add("until", tr("The end time is in the past."));
    if (!s.payload.isEmpty()) {
        if (QString why = Validation::checkPayloadTemplate(s.payload); !why.isEmpty())
            add("payload", why);
    }
    if (errors.isEmpty() && !nextFiringWithin(s, now).isValid())
        add("schedule", tr("This schedule would never fire: nothing is due before its end time."));
    return errors;
}

QDateTime upcomingFiring(const Schedule &s, const QDateTime &now)
{
    if (!s.enabled)
        return {};
    if (s.nextFireAt.isValid() && s.nextFireAt >= now)
        return s.nextFireAt;
    return nextFiringWithin(s, now);
}

} // namespace Hookbench::Scheduling
