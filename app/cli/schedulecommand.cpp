// `hookbench schedule add|list|remove|enable|disable`: schedules on the command line. They fire wherever the
// engine runs with its schedule runner (the GUI, `hookbench run`).
#include "cli.h"
#include "commands.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "scheduling/schedulechecks.h"
#include "scheduling/schedulerunner.h"
#include "storage/workspace.h"

#include <QTimeZone>

namespace Hookbench::Cli {

namespace {

const QString kCommand = QStringLiteral("schedule");

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QString whenText(const Schedule &s)
{
    QString text;
    switch (s.kind) {
    case Schedule::Kind::Once:
        text = QStringLiteral("at %1").arg(timeText(s.at));
        break;
    case Schedule::Kind::Interval:
        text = QStringLiteral("every %1").arg(formatDurationMs(s.intervalMs));
        break;
    case Schedule::Kind::Cron:
        text = QStringLiteral("cron \"%1\"%2").arg(s.cron, s.utc ? QStringLiteral(" UTC") : QStringLiteral(" local"));
        break;
    }
    if (s.jitterMs > 0)
        text += QStringLiteral(" ±jitter %1").arg(formatDurationMs(s.jitterMs));
    if (s.limit > 0)
        text += QStringLiteral(", at most %1 times").arg(s.limit);
    if (s.until.isValid())
        text += QStringLiteral(", until %1").arg(timeText(s.until));
    return text;
}

// The next firing a runner would use: the stored one while it is ahead, else the first one from now on.
QDateTime upcoming(const Schedule &s, const QDateTime &now)
{
    return Scheduling::upcomingFiring(s, now);
}

QString stateText(const Schedule &s, const QDateTime &now)
{
    if (!s.enabled)
        return QStringLiteral("disabled");
    // Asked before "finished": a one-shot missed while nothing ran has no firing ahead, yet with --catch-up the next
    // runner still fires it.
    const Scheduling::MissedFirings missed = Scheduling::resolveMissedFirings(s, s.nextFireAt, now);
    if (missed.fireNow)
        return QStringLiteral("missed (catches up once)");
    if (!upcoming(s, now).isValid())
        return QStringLiteral("finished");
    if (missed.missed)
        return QStringLiteral("missed (skipped)");
    return QStringLiteral("enabled");
}

QDateTime parseTime(const QString &text, bool utc)
{
    QDateTime t = parseTimeArgument(text);
    // --utc: a time written without an offset is UTC, like the cron fields.
    if (t.isValid() && utc && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    if (utc || (t.isValid() && t.timeSpec() != Qt::LocalTime))
        return t;
    // A local time is read as a cron expression's fixed time of day is: one the clocks repeat when they go back is
    // its first occurrence (Qt takes the second), and one they skip when they go forward (which Qt does not parse)
    // is the first instant after the gap.
    const QDateTime wall = parseTimeArgument(text + QLatin1Char('Z'));
    const QTimeZone zone = QTimeZone::systemTimeZone();
    if (!wall.isValid() || !zone.hasTransitions())
        return t;
    constexpr qint64 kWidestOffsetSecs = 14 * 3600;
    std::optional<QDateTime> first;
    for (const QDateTime &probe : {wall.addSecs(-kWidestOffsetSecs), wall.addSecs(kWidestOffsetSecs)}) {
        const int offset = zone.offsetFromUtc(probe);
        const QDateTime instant = wall.addSecs(-offset);
        if (zone.offsetFromUtc(instant) == offset && (!first || instant < *first))
            first = instant;
    }
    if (first)
        return *first;
    const QTimeZone::OffsetData gap = zone.nextTransition(wall.addSecs(-kWidestOffsetSecs));
    return gap.atUtc.isValid() && gap.atUtc <= wall.addSecs(kWidestOffsetSecs) ? gap.atUtc : t;
}

int scheduleAdd(const QCommandLineParser &parser, Storage::Workspace &ws, const QStringList &positional)
{
    if (positional.size() != 2)
        return fail(kCommand,
                    QStringLiteral("usage: hookbench schedule add TYPE (--at ISO_TIME | --every DURATION | "
                                   "--cron \"EXPR\") [options]; see --help"));
    // The options are parsed here; what makes a schedule valid is decided once, by Scheduling::validate, which
    // the schedule editor uses too.
    Schedule s;
    s.eventType = positional.at(1);
    const bool utc = parser.isSet(QStringLiteral("utc"));
    s.utc = utc;
    const int kinds = int(parser.isSet(QStringLiteral("at"))) + int(parser.isSet(QStringLiteral("every")))
        + int(parser.isSet(QStringLiteral("cron")));
    if (kinds != 1)
        return fail(kCommand, QStringLiteral("give exactly one of --at, --every and --cron"));
    if (parser.isSet(QStringLiteral("at"))) {
        s.kind = Schedule::Kind::Once;
        s.at = parseTime(parser.value(QStringLiteral("at")), utc);
        if (!s.at.isValid())
            return fail(kCommand,
                        QStringLiteral("--at: '%1' is not an ISO 8601 time such as 2026-12-31T18:00:00")
                            .arg(parser.value(QStringLiteral("at"))));
    } else if (parser.isSet(QStringLiteral("every"))) {
        s.kind = Schedule::Kind::Interval;
        QString why;
        const auto ms = parseDurationMs(parser.value(QStringLiteral("every")), &why);
        if (!ms)
            return fail(kCommand, QStringLiteral("--every: ") + why);
        s.intervalMs = *ms;
    } else {
        s.kind = Schedule::Kind::Cron;
        s.cron = parser.value(QStringLiteral("cron")).simplified();
    }
    if (parser.isSet(QStringLiteral("jitter"))) {
        QString why;
        const auto ms = parseDurationMs(parser.value(QStringLiteral("jitter")), &why);
        if (!ms)
            return fail(kCommand, QStringLiteral("--jitter: ") + why);
        s.jitterMs = *ms;
    }
    // Leaving --limit out means no limit, so an explicit one must be a positive count; the message gives the
    // range, since a number too large for the count is positive too.
    if (QString why = readIntegerOption(parser, "limit", 1, 1'000'000'000, &s.limit); !why.isEmpty())
        return fail(kCommand, why);
    if (parser.isSet(QStringLiteral("until"))) {
        s.until = parseTime(parser.value(QStringLiteral("until")), utc);
        if (!s.until.isValid())
            return fail(
                kCommand,
                QStringLiteral("--until: '%1' is not an ISO 8601 time").arg(parser.value(QStringLiteral("until"))));
    }
    s.catchUp = parser.isSet(QStringLiteral("catch-up"));
    // Options that would be stored and change nothing are refused. --jitter and --catch-up do change a one-shot
    // (its firing is delayed; a time missed while nothing ran still fires), so they stay.
    if (s.kind == Schedule::Kind::Once && parser.isSet(QStringLiteral("limit")))
        return fail(kCommand, QStringLiteral("--limit has no effect with --at: a one-shot fires once"));
    const auto readsLocalTime = [](const QDateTime &t) { return t.isValid() && t.timeSpec() == Qt::LocalTime; };
    if (utc && s.kind != Schedule::Kind::Cron && !readsLocalTime(parseTimeArgument(parser.value(QStringLiteral("at"))))
        && !readsLocalTime(parseTimeArgument(parser.value(QStringLiteral("until")))))
        return fail(kCommand,
                    QStringLiteral("--utc has no effect with %1: it applies to --cron and to --at and --until times "
                                   "written without an offset")
                        .arg(s.kind == Schedule::Kind::Once ? QStringLiteral("--at") : QStringLiteral("--every")));
    if (parser.isSet(QStringLiteral("data"))) {
        QString why;
        if (!readDataArgument(parser.value(QStringLiteral("data")), &s.payload, &why))
            return fail(kCommand, QStringLiteral("--data: ") + why);
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const ValidationErrors errors = Scheduling::validate(s, now); !errors.isEmpty()) {
        // Each message is named by the argument it is about, with the time it was given where that helps.
        const QHash<QString, QString> argument {
            {QStringLiteral("event_type"), QStringLiteral("TYPE")},
            {QStringLiteral("at"), QStringLiteral("--at")},
            {QStringLiteral("interval"), QStringLiteral("--every")},
            {QStringLiteral("cron"), QStringLiteral("--cron")},
            {QStringLiteral("jitter"), QStringLiteral("--jitter")},
            {QStringLiteral("limit"), QStringLiteral("--limit")},
            {QStringLiteral("until"), QStringLiteral("--until")},
            {QStringLiteral("payload"), QStringLiteral("--data")},
        };
        QStringList lines;
        for (const ValidationError &e : errors) {
            QString where = argument.value(e.field);
            if (e.field == QLatin1String("at"))
                where += QLatin1Char(' ') + timeText(s.at);
            else if (e.field == QLatin1String("until"))
                where += QLatin1Char(' ') + timeText(s.until);
            lines.append(where.isEmpty() ? e.message : where + QStringLiteral(": ") + e.message);
        }
        return fail(kCommand, lines.join(QStringLiteral("\n")));
    }
    if (s.payload.isEmpty() && !ws.eventTypes().find(s.eventType)) {
        return fail(kCommand,
                    QStringLiteral("no event type named '%1': define it with 'hookbench event-type add %1' or pass "
                                   "--data")
                        .arg(s.eventType));
    }
    // The interval grid starts here, so the stored next firing and the runner's agree to the millisecond.
    s.createdAt = now;
    s.nextFireAt = Scheduling::nextFiringWithin(s, now);
    if (const auto r = ws.schedules().add(s); !r)
        return fail(kCommand, r.error, Failure);
    out() << "added schedule " << s.id << ": " << s.eventType << " " << whenText(s) << "; next firing at "
          << timeText(s.nextFireAt) << Qt::endl;
    return Ok;
}

int scheduleList(const QCommandLineParser &parser, Storage::Workspace &ws)
{
    const QList<Schedule> schedules = ws.schedules().list();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("json"))) {
        for (const Schedule &s : schedules) {
            QJsonObject o = Json::scheduleToJson(s);
            o[QLatin1String("id")] = s.id;
            o[QLatin1String("fired_count")] = s.firedCount;
            o[QLatin1String("last_fired_at")] = Json::timeToJson(s.lastFiredAt);
            o[QLatin1String("next_fire_at")] = Json::timeToJson(upcoming(s, now));
            o[QLatin1String("state")] = stateText(s, now);
            printJsonLine(o);
        }
        return Ok;
    }
    if (schedules.isEmpty()) {
        out() << "no schedules (add one with: hookbench schedule add TYPE --every 1m)" << Qt::endl;
        return Ok;
    }
    QList<QStringList> rows {{QStringLiteral("ID"), QStringLiteral("EVENT TYPE"), QStringLiteral("NEXT FIRING"),
                              QStringLiteral("FIRED"), QStringLiteral("STATE"), QStringLiteral("WHEN")}};
    for (const Schedule &s : schedules)
        rows.append({QString::number(s.id), s.eventType, timeText(upcoming(s, now)), QString::number(s.firedCount),
                     stateText(s, now), whenText(s)});
    printTable(rows);
    return Ok;
}

int scheduleChange(Storage::Workspace &ws, const QStringList &positional)
{
    const QString action = positional.value(0);
    if (positional.size() != 2)
        return fail(kCommand, QStringLiteral("usage: hookbench schedule %1 ID").arg(action));
    bool ok = false;
    const qint64 id = positional.at(1).toLongLong(&ok);
    auto s = ok ? ws.schedules().find(id) : std::nullopt;
    if (!s)
        return fail(kCommand,
                    QStringLiteral("no schedule with id '%1' (see 'hookbench schedule list')").arg(positional.at(1)),
                    Usage);
    Storage::WriteResult result;
    if (action == QLatin1String("remove")) {
        result = ws.schedules().remove(id);
    } else if (s->enabled == (action == QLatin1String("enable"))) {
        // Already so: nothing is stored, and a firing it missed (which --catch-up still makes up) is kept.
        s->nextFireAt = upcoming(*s, QDateTime::currentDateTimeUtc());
    } else {
        s->enabled = action == QLatin1String("enable");
        // Enabling starts afresh from now: the time it was disabled is not "missed".
        s->nextFireAt = s->enabled ? Scheduling::nextFiringWithin(*s, QDateTime::currentDateTimeUtc()) : QDateTime();
        result = ws.schedules().update(*s);
    }
    if (!result)
        return fail(kCommand, result.error, Failure);
    out() << (action == QLatin1String("remove")       ? "removed"
                  : action == QLatin1String("enable") ? "enabled"
                                                      : "disabled")
          << " schedule " << id;
    if (action == QLatin1String("enable"))
        out() << "; next firing at " << timeText(s->nextFireAt);
    out() << Qt::endl;
    return Ok;
}

} // namespace

int runSchedule(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, kCommand,
                     QStringLiteral("add, list, remove, enable or disable schedules that fire an event type at a "
                                    "time, every interval or by a cron expression."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("add TYPE | list | remove ID | enable ID | disable ID"));
    parser.addOptions({
        {QStringLiteral("at"), QStringLiteral("add: fire once at this ISO 8601 time."), QStringLiteral("TIME")},
        {QStringLiteral("every"), QStringLiteral("add: fire every DURATION (e.g. 30s, 5m, 1h30m)."),
         QStringLiteral("DURATION")},
        {QStringLiteral("cron"),
         QStringLiteral("add: fire by a 5-field cron expression (minute hour day-of-month month day-of-week)."),
         QStringLiteral("EXPR")},
        {QStringLiteral("data"),
         QStringLiteral("add: payload template for this schedule, or @FILE (default: the event type's template)."),
         QStringLiteral("JSON")},
        {QStringLiteral("utc"),
         QStringLiteral("add: read the cron expression, and times without an offset, in UTC (default: local time).")},
        {QStringLiteral("jitter"), QStringLiteral("add: delay each firing by a random time up to DURATION."),
         QStringLiteral("DURATION")},
        {QStringLiteral("limit"), QStringLiteral("add: fire at most N times."), QStringLiteral("N")},
        {QStringLiteral("until"), QStringLiteral("add: fire no more after this ISO 8601 time."),
         QStringLiteral("TIME")},
        {QStringLiteral("catch-up"),
         QStringLiteral("add: after a restart, fire once for firings missed meanwhile (default: skip them).")},
        {QStringLiteral("json"), QStringLiteral("list: one JSON object per line.")},
    });
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList actions {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove"),
                               QStringLiteral("enable"), QStringLiteral("disable")};
    if (!actions.contains(action))
        return fail(kCommand, QStringLiteral("usage: hookbench schedule add|list|remove|enable|disable; see --help"));
    int code = Ok;
    auto ws = openWorkspace(parser, kCommand, &code,
                            action == QLatin1String("add") ? WorkspaceUse::MayCreate : WorkspaceUse::Existing);
    if (!ws)
        return code;
    if (action == QLatin1String("add"))
        return scheduleAdd(parser, *ws, positional);
    if (action == QLatin1String("list"))
        return scheduleList(parser, *ws);
    return scheduleChange(*ws, positional);
}

} // namespace Hookbench::Cli
