// `hookbench event-type …` and `hookbench endpoint …`: define a workspace entirely from the command line.
#include "cli.h"
#include "commands.h"
#include "domain/jsoncodec.h"
#include "domain/validation.h"
#include "signing/signer.h"
#include "storage/workspace.h"

#include <QJsonArray>

namespace Hookbench::Cli {

namespace {

int eventTypeAdd(QCommandLineParser &parser, Storage::Workspace &ws, const QStringList &positional)
{
    if (positional.size() != 2)
        return fail(
            QStringLiteral("event-type"),
            QStringLiteral("usage: hookbench event-type add NAME [--template JSON|@FILE] [--description TEXT]"));
    EventType type;
    type.name = positional.at(1);
    type.description = parser.value(QStringLiteral("description"));
    if (parser.isSet(QStringLiteral("template"))) {
        QString error;
        if (!readDataArgument(parser.value(QStringLiteral("template")), &type.payloadTemplate, &error))
            return fail(QStringLiteral("event-type"), QStringLiteral("--template: ") + error);
    }
    const auto errors = Validation::validate(type);
    if (!errors.isEmpty()) {
        for (const ValidationError &e : errors)
            err() << "hookbench event-type: "
                  << (e.field == QLatin1String("template") ? QStringLiteral("--template") : e.field) << ": "
                  << e.message << Qt::endl;
        return Usage;
    }
    if (const auto result = ws.eventTypes().add(type); !result)
        return fail(QStringLiteral("event-type"), result.error, Failure);
    out() << "added event type " << type.name << Qt::endl;
    return Ok;
}

int eventTypeList(QCommandLineParser &parser, Storage::Workspace &ws)
{
    const QList<EventType> types = ws.eventTypes().list();
    if (parser.isSet(QStringLiteral("json"))) {
        for (const EventType &t : types)
            printJsonLine(Json::eventTypeToJson(t));
        return Ok;
    }
    if (types.isEmpty()) {
        out() << "no event types (add one with: hookbench event-type add NAME)" << Qt::endl;
        return Ok;
    }
    QList<QStringList> rows {{QStringLiteral("NAME"), QStringLiteral("DESCRIPTION")}};
    for (const EventType &t : types)
        rows.append({t.name, t.description});
    printTable(rows);
    return Ok;
}

int eventTypeRemove(Storage::Workspace &ws, const QStringList &positional)
{
    if (positional.size() != 2)
        return fail(QStringLiteral("event-type"), QStringLiteral("usage: hookbench event-type remove NAME"));
    const auto type = ws.eventTypes().find(positional.at(1));
    if (!type)
        return fail(QStringLiteral("event-type"), QStringLiteral("no event type named '%1'").arg(positional.at(1)),
                    Usage);
    if (const auto result = ws.eventTypes().remove(type->id); !result)
        return fail(QStringLiteral("event-type"), result.error, Failure);
    out() << "removed event type " << type->name << Qt::endl;
    return Ok;
}

QString endpointState(const Endpoint &e)
{
    if (!e.enabled)
        return e.disabledReason.isEmpty() ? QStringLiteral("disabled")
                                          : QStringLiteral("disabled (%1)").arg(e.disabledReason);
    if (e.isExpired(QDateTime::currentDateTimeUtc()))
        return QStringLiteral("expired");
    return QStringLiteral("enabled");
}

// Applies the endpoint options shared by `endpoint add` to e; returns an error message naming the option.
QString applyEndpointOptions(const QCommandLineParser &parser, Endpoint &e, bool *generatedSecret)
{
    if (parser.isSet(QStringLiteral("name")))
        e.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("events"))) {
        e.subscriptions.clear();
        for (const QString &s : parser.value(QStringLiteral("events")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            e.subscriptions.append(s.trimmed());
        for (const QString &s : std::as_const(e.subscriptions)) {
            if (QString why = Validation::checkSubscription(s); !why.isEmpty())
                return QStringLiteral("--events: ") + why;
        }
    }
    if (parser.isSet(QStringLiteral("scheme"))) {
        const auto scheme = schemeFromName(parser.value(QStringLiteral("scheme")));
        if (!scheme)
            return QStringLiteral("--scheme: '%1' is not one of none, standard, github, stripe, hmac")
                .arg(parser.value(QStringLiteral("scheme")));
        e.scheme = *scheme;
    }
    e.secrets = parser.values(QStringLiteral("secret"));
    if (e.scheme != SigningScheme::None && e.secrets.isEmpty()) {
        e.secrets = {Signing::generateSecret(e.scheme)};
        *generatedSecret = true;
    }
    for (const QString &line : parser.values(QStringLiteral("header"))) {
        Header h;
        if (QString why = Validation::parseHeaderLine(line, &h); !why.isEmpty())
            return QStringLiteral("--header: ") + why;
        e.headers.append(h);
    }
    if (parser.isSet(QStringLiteral("method")))
        e.method = parser.value(QStringLiteral("method")).toUpper().toLatin1();
    if (parser.isSet(QStringLiteral("content-type"))) {
        const QString ct = parser.value(QStringLiteral("content-type"));
        if (ct != QLatin1String("json") && ct != QLatin1String("form"))
            return QStringLiteral("--content-type: '%1' is not json or form").arg(ct);
        e.bodyEncoding = ct == QLatin1String("form") ? BodyEncoding::Form : BodyEncoding::Json;
    }
    for (const QString &why :
         {readIntegerOption(parser, "timeout", 1, 600'000, &e.timeoutMs),
          readIntegerOption(parser, "concurrency", 1, 256, &e.concurrency),
          readIntegerOption(parser, "circuit-breaker", 0, 1'000'000, &e.circuitBreakerThreshold)}) {
        if (!why.isEmpty())
            return why;
    }
    QString why;
    const auto retry = retryPolicyFromOptions(parser, RetryPolicy::defaultScheduleMs(), &why);
    if (!retry)
        return why;
    e.retry = *retry;
    if (parser.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        e.ratePerSecond = parser.value(QStringLiteral("rate")).toDouble(&ok);
        if (!ok || e.ratePerSecond <= 0)
            return QStringLiteral("--rate: '%1' is not a positive number of requests per second")
                .arg(parser.value(QStringLiteral("rate")));
    }
    if (parser.isSet(QStringLiteral("expires"))) {
        e.expiresAt = parseTimeArgument(parser.value(QStringLiteral("expires")));
        if (!e.expiresAt.isValid())
            return QStringLiteral("--expires: '%1' is not an ISO 8601 time such as 2026-12-31T18:00:00Z")
                .arg(parser.value(QStringLiteral("expires")));
    }
    if (parser.isSet(QStringLiteral("insecure")))
        e.verifyTls = false;
    if (parser.isSet(QStringLiteral("follow-redirects")))
        e.followRedirects = true;
    if (parser.isSet(QStringLiteral("h2c")))
        e.http2PriorKnowledge = true;
    if (parser.isSet(QStringLiteral("disabled")))
        e.enabled = false;
    return {};
}

int endpointAdd(QCommandLineParser &parser, Storage::Workspace &ws, const QStringList &positional)
{
    if (positional.size() != 2)
        return fail(QStringLiteral("endpoint"),
                    QStringLiteral("usage: hookbench endpoint add URL [options]; see --help"));
    Endpoint e;
    const QString url = positional.at(1);
    if (QString why = Validation::checkUrl(url); !why.isEmpty())
        return fail(QStringLiteral("endpoint"), why);
    e.url = QUrl(url.trimmed(), QUrl::StrictMode);
    e.name = e.url.host() + (e.url.port() > 0 ? QStringLiteral(":%1").arg(e.url.port()) : QString()) + e.url.path();
    bool generated = false;
    if (QString why = applyEndpointOptions(parser, e, &generated); !why.isEmpty())
        return fail(QStringLiteral("endpoint"), why);
    const auto errors = Validation::validate(e);
    if (!errors.isEmpty()) {
        for (const ValidationError &error : errors)
            err() << "hookbench endpoint: " << error.field << ": " << error.message << Qt::endl;
        return Usage;
    }
    if (const auto result = ws.endpoints().add(e); !result)
        return fail(QStringLiteral("endpoint"), result.error, Failure);
    out() << "added endpoint " << e.name << " -> " << e.url.toString()
          << " (events: " << e.subscriptions.join(QLatin1Char(',')) << ", scheme: " << schemeName(e.scheme) << ")"
          << Qt::endl;
    if (generated)
        out() << "generated secret: " << e.secrets.first() << Qt::endl;
    return Ok;
}

int endpointList(QCommandLineParser &parser, Storage::Workspace &ws)
{
    const QList<Endpoint> endpoints = ws.endpoints().list();
    const bool withSecrets = parser.isSet(QStringLiteral("show-secrets"));
    if (parser.isSet(QStringLiteral("json"))) {
        for (const Endpoint &e : endpoints) {
            QJsonObject o = Json::endpointToJson(e, withSecrets ? Json::Secrets::Include : Json::Secrets::Omit);
            o[QLatin1String("id")] = double(e.id);
            printJsonLine(o);
        }
        return Ok;
    }
    if (endpoints.isEmpty()) {
        out() << "no endpoints (add one with: hookbench endpoint add URL --events TYPE)" << Qt::endl;
        return Ok;
    }
    QList<QStringList> rows {{QStringLiteral("NAME"), QStringLiteral("URL"), QStringLiteral("EVENTS"),
                              QStringLiteral("SCHEME"), QStringLiteral("STATE")}};
    for (const Endpoint &e : endpoints) {
        QString scheme = schemeName(e.scheme);
        if (withSecrets && !e.secrets.isEmpty())
            scheme += QStringLiteral(" ") + e.secrets.join(QLatin1Char(' '));
        rows.append({e.name, e.url.toString(), e.subscriptions.join(QLatin1Char(',')), scheme, endpointState(e)});
    }
    printTable(rows);
    return Ok;
}

int endpointChange(const QString &action, Storage::Workspace &ws, const QStringList &positional)
{
    if (positional.size() != 2)
        return fail(QStringLiteral("endpoint"), QStringLiteral("usage: hookbench endpoint %1 NAME").arg(action));
    const auto e = ws.endpoints().findByName(positional.at(1));
    if (!e)
        return fail(QStringLiteral("endpoint"), QStringLiteral("no endpoint named '%1'").arg(positional.at(1)), Usage);
    Storage::WriteResult result;
    if (action == QLatin1String("remove"))
        result = ws.endpoints().remove(e->id);
    else
        result = ws.endpoints().setEnabled(e->id, action == QLatin1String("enable"),
                                           action == QLatin1String("disable") ? QStringLiteral("disabled by the user")
                                                                              : QString());
    if (!result)
        return fail(QStringLiteral("endpoint"), result.error, Failure);
    const QString past = action == QLatin1String("remove") ? QStringLiteral("removed")
        : action == QLatin1String("enable")                ? QStringLiteral("enabled")
                                                           : QStringLiteral("disabled");
    out() << past << " endpoint " << e->name << Qt::endl;
    return Ok;
}

} // namespace

int runEventType(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("event-type"),
                     QStringLiteral("define event types.\n\n"
                                    "  hookbench event-type add NAME [--template JSON|@FILE] [--description TEXT]\n"
                                    "  hookbench event-type list [--json]\n"
                                    "  hookbench event-type remove NAME"));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, list or remove"));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("dotted lowercase name, e.g. issues.opened"));
    parser.addOption(
        {QStringLiteral("template"), QStringLiteral("JSON payload template, or @FILE."), QStringLiteral("JSON")});
    parser.addOption({QStringLiteral("description"), QStringLiteral("What the event means."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("list: one JSON object per line.")});
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("add") && action != QLatin1String("list") && action != QLatin1String("remove"))
        return fail(QStringLiteral("event-type"),
                    action.isEmpty() ? QStringLiteral("missing action: add, list or remove")
                                     : QStringLiteral("unknown action '%1': use add, list or remove").arg(action));
    int code = Ok;
    auto ws = openWorkspace(parser, QStringLiteral("event-type"), &code,
                            action == QLatin1String("add") ? WorkspaceUse::MayCreate : WorkspaceUse::Existing);
    if (!ws)
        return code;
    if (action == QLatin1String("add"))
        return eventTypeAdd(parser, *ws, positional);
    if (action == QLatin1String("list"))
        return eventTypeList(parser, *ws);
    return eventTypeRemove(*ws, positional);
}

int runEndpoint(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(
        parser, QStringLiteral("endpoint"),
        QStringLiteral("define the URLs events are delivered to.\n\n"
                       "  hookbench endpoint add URL [--name NAME] [--events TYPE,…] [--scheme S] [--secret S]…\n"
                       "                         [--header \"Name: value\"]… [--method M] [--timeout MS]\n"
                       "                         [--retry-schedule LIST | --max-attempts N] [--concurrency N]\n"
                       "                         [--rate PER_SECOND] [--expires ISO_TIME] [--insecure]\n"
                       "  hookbench endpoint list [--json] [--show-secrets]\n"
                       "  hookbench endpoint remove|enable|disable NAME"));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, list, remove, enable or disable"));
    parser.addPositionalArgument(QStringLiteral("target"), QStringLiteral("URL for add, NAME otherwise"));
    parser.addOptions({
        {QStringLiteral("name"), QStringLiteral("Endpoint name (default: host:port/path)."), QStringLiteral("NAME")},
        {QStringLiteral("events"),
         QStringLiteral("Subscribed event types, comma separated; wildcards like issues.* or * (default *)."),
         QStringLiteral("TYPES")},
        {QStringLiteral("scheme"),
         QStringLiteral("Signing scheme: none, standard, github, stripe, hmac (default none)."), QStringLiteral("S")},
        {QStringLiteral("secret"),
         QStringLiteral("Signing secret; repeat for rotation. Generated when a scheme is set without one."),
         QStringLiteral("S")},
        {QStringLiteral("header"), QStringLiteral("Custom header \"Name: value\"; repeatable."),
         QStringLiteral("HEADER")},
        {QStringLiteral("method"), QStringLiteral("POST (default), PUT, PATCH, GET or DELETE."), QStringLiteral("M")},
        {QStringLiteral("content-type"), QStringLiteral("json (default) or form (payload=… as GitHub's form type)."),
         QStringLiteral("TYPE")},
        {QStringLiteral("timeout"), QStringLiteral("Per-attempt timeout in milliseconds (default 15000)."),
         QStringLiteral("MS")},
        {QStringLiteral("retry-schedule"),
         QStringLiteral("Delays before each attempt, e.g. 0s,5s,5m (default 0s,5s,5m,30m,2h,5h,10h,10h)."),
         QStringLiteral("LIST")},
        {QStringLiteral("max-attempts"), QStringLiteral("Attempts from the default schedule."), QStringLiteral("N")},
        {QStringLiteral("concurrency"), QStringLiteral("Requests in flight at once (default 4)."), QStringLiteral("N")},
        {QStringLiteral("rate"), QStringLiteral("At most this many requests per second."),
         QStringLiteral("PER_SECOND")},
        {QStringLiteral("circuit-breaker"),
         QStringLiteral("Disable after this many consecutive failed deliveries (default 20, 0 = never)."),
         QStringLiteral("N")},
        {QStringLiteral("expires"), QStringLiteral("Stop delivering after this time (ISO 8601)."),
         QStringLiteral("ISO_TIME")},
        {QStringLiteral("insecure"), QStringLiteral("Do not verify TLS certificates (self-signed test servers).")},
        {QStringLiteral("follow-redirects"), QStringLiteral("Follow 3xx answers instead of failing.")},
        {QStringLiteral("h2c"), QStringLiteral("Speak HTTP/2 over cleartext with prior knowledge.")},
        {QStringLiteral("disabled"), QStringLiteral("Create the endpoint disabled.")},
        {QStringLiteral("json"), QStringLiteral("list: one JSON object per line.")},
        {QStringLiteral("show-secrets"), QStringLiteral("list: include secrets.")},
    });
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList actions = {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove"),
                                        QStringLiteral("enable"), QStringLiteral("disable")};
    if (!actions.contains(action))
        return fail(QStringLiteral("endpoint"),
                    action.isEmpty()
                        ? QStringLiteral("missing action: add, list, remove, enable or disable")
                        : QStringLiteral("unknown action '%1': use add, list, remove, enable or disable").arg(action));
    int code = Ok;
    auto ws = openWorkspace(parser, QStringLiteral("endpoint"), &code,
                            action == QLatin1String("add") ? WorkspaceUse::MayCreate : WorkspaceUse::Existing);
    if (!ws)
        return code;
    if (action == QLatin1String("add"))
        return endpointAdd(parser, *ws, positional);
    if (action == QLatin1String("list"))
        return endpointList(parser, *ws);
    return endpointChange(action, *ws, positional);
}

} // namespace Hookbench::Cli
