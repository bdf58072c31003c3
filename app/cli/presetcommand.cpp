// `hookbench preset list|apply`: provider presets on the command line.
#include "cli.h"
#include "commands.h"
#include "domain/validation.h"
#include "presets/presets.h"
#include "signalwatcher.h"
#include "storage/workspace.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSet>
#include <QTimer>

namespace Hookbench::Cli {

namespace {

const QString kCommand = QStringLiteral("preset");

int presetList(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("json"))) {
        for (const Presets::Preset &p : Presets::presets()) {
            QJsonArray types;
            for (const EventType &t : p.eventTypes)
                types.append(t.name);
            printJsonLine(QJsonObject {{QLatin1String("name"), p.name},
                                       {QLatin1String("title"), p.title},
                                       {QLatin1String("description"), p.description},
                                       {QLatin1String("event_types"), types}});
        }
        return Ok;
    }
    QList<QStringList> rows {{QStringLiteral("NAME"), QStringLiteral("EVENT TYPES"), QStringLiteral("DESCRIPTION")}};
    for (const Presets::Preset &p : Presets::presets()) {
        QStringList types;
        for (const EventType &t : p.eventTypes)
            types.append(t.name);
        rows.append({p.name, types.join(QLatin1Char(',')), p.description});
    }
    printTable(rows);
    return Ok;
}

// Waits until the preset's first messages are final, the deadline passes or the user interrupts.
QList<Hookbench::Delivery> waitForInitialMessages(Engine::DeliveryEngine &engine,
                                                  const QList<Hookbench::Delivery> &deliveries, int timeoutSeconds)
{
    QHash<qint64, Hookbench::Delivery> latest;
    for (const Hookbench::Delivery &d : deliveries)
        latest.insert(d.id, d);
    auto allFinal = [&] {
        return std::all_of(latest.cbegin(), latest.cend(), [](const Hookbench::Delivery &d) { return d.isFinal(); });
    };
    QEventLoop loop;
    QObject::connect(&engine, &Engine::DeliveryEngine::deliveryChanged, &loop, [&](const Hookbench::Delivery &d) {
        if (!latest.contains(d.id))
            return;
        latest.insert(d.id, d);
        if (allFinal())
            loop.quit();
    });
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutSeconds * 1000, &loop, &QEventLoop::quit);
    if (!allFinal())
        loop.exec();
    QList<Hookbench::Delivery> out;
    for (const Hookbench::Delivery &d : deliveries)
        out.append(latest.value(d.id));
    return out;
}

int presetApply(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() != 2)
        return fail(kCommand,
                    QStringLiteral("usage: hookbench preset apply NAME --url URL [--secret S] "
                                   "[--endpoint-name N]; see 'hookbench preset list'"));
    Presets::ApplyOptions options;
    options.preset = positional.at(1);
    if (!Presets::findPreset(options.preset))
        return fail(kCommand, QStringLiteral("no preset named '%1'; see 'hookbench preset list'").arg(options.preset));
    if (!parser.isSet(QStringLiteral("url")))
        return fail(kCommand, QStringLiteral("--url is required: where the preset's endpoint sends"));
    if (QString why = Validation::checkUrl(parser.value(QStringLiteral("url"))); !why.isEmpty())
        return fail(kCommand, QStringLiteral("--url: ") + why);
    options.url = QUrl(parser.value(QStringLiteral("url")).trimmed(), QUrl::StrictMode);
    options.secret = parser.value(QStringLiteral("secret"));
    options.endpointName = parser.value(QStringLiteral("endpoint-name"));
    options.source = EventSource::Cli;
    if (parser.isSet(QStringLiteral("expires"))) {
        if (options.preset != QLatin1String("google-calendar"))
            return fail(kCommand, QStringLiteral("--expires applies to the google-calendar preset only"));
        const QString text = parser.value(QStringLiteral("expires"));
        options.expiresAt = parseTimeArgument(text);
        if (!options.expiresAt.isValid()) {
            const auto ms = parseDurationMs(text);
            if (!ms || *ms <= 0)
                return fail(
                    kCommand,
                    QStringLiteral("--expires: '%1' is neither an ISO 8601 time nor a duration such as 1h").arg(text));
            options.expiresAt = QDateTime::currentDateTimeUtc().addMSecs(*ms);
        }
        // An expired channel would receive nothing, not even its sync message.
        if (options.expiresAt <= QDateTime::currentDateTimeUtc())
            return fail(kCommand, QStringLiteral("--expires: '%1' is in the past").arg(text));
    }
    if (parser.isSet(QStringLiteral("mode"))) {
        const QString mode = parser.value(QStringLiteral("mode"));
        if (options.preset != QLatin1String("cloudevents"))
            return fail(kCommand, QStringLiteral("--mode applies to the cloudevents preset only"));
        if (mode != QLatin1String("binary") && mode != QLatin1String("structured"))
            return fail(kCommand, QStringLiteral("--mode: '%1' is not binary or structured").arg(mode));
        options.cloudEventsStructured = mode == QLatin1String("structured");
    }
    int timeout = 30;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeout < 1)
            return fail(kCommand,
                        QStringLiteral("--timeout: '%1' is not a positive number of seconds")
                            .arg(parser.value(QStringLiteral("timeout"))));
    }

    int code = Ok;
    auto ws = openWorkspace(parser, kCommand, &code);
    if (!ws)
        return code;
    Engine::DeliveryEngine engine(*ws);
    engine.start();
    const Presets::ApplyResult result = Presets::applyPreset(options, *ws, engine);
    if (result.endpoint.id == 0)
        return fail(kCommand, result.error, Failure);

    const bool json = parser.isSet(QStringLiteral("json"));
    if (!json) {
        for (const QString &t : result.createdEventTypes)
            out() << "added event type " << t << Qt::endl;
        for (const QString &t : result.keptEventTypes)
            out() << "kept existing event type " << t << Qt::endl;
        out() << "added endpoint " << result.endpoint.name << " -> " << result.endpoint.url.toString()
              << " (events: " << result.endpoint.subscriptions.join(QLatin1Char(','))
              << ", scheme: " << schemeName(result.endpoint.scheme) << ")" << Qt::endl;
        if (result.generatedSecret)
            out() << "generated secret: " << result.endpoint.secrets.first() << Qt::endl;
        if (result.endpoint.expiresAt.isValid())
            out() << "channel expires at " << result.endpoint.expiresAt.toUTC().toString(Qt::ISODate) << Qt::endl;
    }
    if (!result.ok())
        return fail(kCommand, result.error, Failure);

    QList<Hookbench::Delivery> initial;
    for (const Engine::TriggerResult &t : result.initialMessages)
        initial += t.deliveries;
    initial = waitForInitialMessages(engine, initial, timeout);
    engine.stop();

    int failed = 0;
    QJsonArray sent;
    for (const Hookbench::Delivery &d : std::as_const(initial)) {
        failed += d.state == DeliveryState::Failed || d.state == DeliveryState::Cancelled;
        if (json) {
            sent.append(QJsonObject {{QLatin1String("event_type"), d.eventType},
                                     {QLatin1String("delivery_id"), d.uid},
                                     {QLatin1String("state"), deliveryStateName(d.state)},
                                     {QLatin1String("status"), d.lastStatus},
                                     {QLatin1String("error"), d.lastError}});
            continue;
        }
        out() << "sent " << d.eventType << ": " << deliveryStateName(d.state) << "  " << d.uid << "  "
              << (d.lastStatus ? QString::number(d.lastStatus) : QStringLiteral("---"));
        if (!d.isFinal())
            out() << "  (not final yet; 'hookbench run' goes on retrying)";
        else if (!d.lastError.isEmpty() && d.state != DeliveryState::Succeeded)
            out() << "  " << d.lastError;
        out() << Qt::endl;
    }
    if (json) {
        QJsonObject o {{QLatin1String("endpoint"), result.endpoint.name},
                       {QLatin1String("url"), result.endpoint.url.toString()},
                       {QLatin1String("created_event_types"), QJsonArray::fromStringList(result.createdEventTypes)},
                       {QLatin1String("kept_event_types"), QJsonArray::fromStringList(result.keptEventTypes)},
                       {QLatin1String("sent"), sent}};
        if (result.generatedSecret)
            o[QLatin1String("secret")] = result.endpoint.secrets.first();
        printJsonLine(o);
    }
    return failed ? Failure : Ok;
}

} // namespace

int runPreset(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, kCommand,
                     QStringLiteral("list provider presets, or apply one: its event types and an endpoint that "
                                    "sends as the provider does."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | apply NAME"));
    parser.addOptions({
        {QStringLiteral("url"), QStringLiteral("apply: the URL the preset's endpoint sends to."),
         QStringLiteral("URL")},
        {QStringLiteral("secret"),
         QStringLiteral("apply: signing secret (generated when omitted); Google's channel token; a CloudEvents "
                        "bearer token."),
         QStringLiteral("S")},
        {QStringLiteral("endpoint-name"), QStringLiteral("apply: name of the endpoint (default: the preset's name)."),
         QStringLiteral("N")},
        {QStringLiteral("expires"),
         QStringLiteral("apply google-calendar: when the channel expires, an ISO 8601 time or a duration such as 2h "
                        "(default 7 days)."),
         QStringLiteral("WHEN")},
        {QStringLiteral("mode"), QStringLiteral("apply cloudevents: binary (default) or structured."),
         QStringLiteral("M")},
        {QStringLiteral("timeout"),
         QStringLiteral("apply: seconds to wait for the first message (GitHub ping, Google sync; default 30)."),
         QStringLiteral("S")},
        {QStringLiteral("json"), QStringLiteral("Print JSON.")},
    });
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == QLatin1String("list") && positional.size() == 1)
        return presetList(parser);
    if (positional.value(0) == QLatin1String("apply"))
        return presetApply(parser, positional);
    return fail(kCommand, QStringLiteral("usage: hookbench preset list | apply NAME --url URL; see --help"));
}

} // namespace Hookbench::Cli
