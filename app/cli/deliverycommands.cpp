// `hookbench send`, `trigger`, `run` and `redeliver`: the delivery engine on the command line.
#include "apicommand.h"
#include "cli.h"
#include "commands.h"
#include "delivery/deliveryengine.h"
#include "domain/validation.h"
#include "receiver/workspacecapturesink.h"
#include "scheduling/schedulerunner.h"
#include "scheduling/templatefiring.h"
#include "scheduling/templaterenderer.h"
#include "signalwatcher.h"
#include "signing/signer.h"
#include "storage/workspace.h"
#include "subscriptions/apisettings.h"
#include "subscriptions/managementserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

namespace Hookbench::Cli {

namespace {

// Prints one line per delivery as it reaches a final state, and the closing summary.
class DeliveryReporter final : public QObject
{
public:
    DeliveryReporter(Engine::DeliveryEngine &engine, Storage::Workspace &ws, bool json)
        : m_ws(ws)
        , m_json(json)
    {
        connect(&engine, &Engine::DeliveryEngine::deliveryChanged, this, [this](const Hookbench::Delivery &d) {
            if (m_watchAll)
                m_watched.insert(d.id);
            if (!m_watched.contains(d.id) || !d.isFinal() || m_reported.contains(d.id))
                return;
            m_reported.insert(d.id);
            report(d);
            if (d.state == DeliveryState::Succeeded)
                ++m_delivered;
            else
                ++m_failed;
            if (m_onProgress)
                m_onProgress();
        });
    }

    void watch(const QList<Hookbench::Delivery> &deliveries)
    {
        for (const auto &d : deliveries)
            m_watched.insert(d.id);
    }
    void watchEverything() { m_watchAll = true; }
    void onProgress(std::function<void()> callback) { m_onProgress = std::move(callback); }
    bool allDone() const { return m_reported.size() == m_watched.size(); }
    int delivered() const { return m_delivered; }
    int failed() const { return m_failed; }
    int pending() const
    {
        return m_pendingOverride ? int(*m_pendingOverride) : int(m_watched.size() - m_reported.size());
    }
    // `run` watches whatever the engine reports; what stays unfinished is only known from the workspace.
    void countPendingAs(qint64 unfinished) { m_pendingOverride = unfinished; }

    void summary(bool withPending) const
    {
        if (m_json) {
            QJsonObject o {{QLatin1String("delivered"), m_delivered}, {QLatin1String("failed"), m_failed}};
            if (withPending)
                o[QLatin1String("pending")] = pending();
            printJsonLine(o);
        } else if (withPending) {
            out() << m_delivered << " delivered, " << m_failed << " failed, " << pending() << " pending" << Qt::endl;
        } else {
            out() << m_delivered << " delivered, " << m_failed << " failed" << Qt::endl;
        }
    }

private:
    void report(const Hookbench::Delivery &d)
    {
        const double ms = double(d.lastDurationUs) / 1000.0;
        if (m_json) {
            printJsonLine(QJsonObject {
                {QLatin1String("delivery_id"), d.uid},
                {QLatin1String("event_id"),
                 m_ws.events().find(d.eventId) ? m_ws.events().find(d.eventId)->uid : QString::number(d.eventId)},
                {QLatin1String("url"), d.url},
                {QLatin1String("status"), d.lastStatus},
                {QLatin1String("attempts"), d.attemptCount},
                {QLatin1String("duration_ms"), qRound(ms * 10) / 10.0},
                {QLatin1String("state"), deliveryStateName(d.state)},
                {QLatin1String("error"), d.lastError},
            });
            return;
        }
        out() << deliveryStateName(d.state) << "  " << d.uid << "  " << d.url << "  "
              << (d.lastStatus ? QString::number(d.lastStatus) : QStringLiteral("---")) << "  "
              << QString::number(ms, 'f', 1) << " ms  " << d.attemptCount
              << (d.attemptCount == 1 ? " attempt" : " attempts");
        if (!d.lastError.isEmpty() && d.state != DeliveryState::Succeeded)
            out() << "  " << d.lastError;
        out() << Qt::endl;
    }

    Storage::Workspace &m_ws;
    bool m_json;
    bool m_watchAll = false;
    QSet<qint64> m_watched;
    QSet<qint64> m_reported;
    int m_delivered = 0;
    int m_failed = 0;
    std::optional<qint64> m_pendingOverride;
    std::function<void()> m_onProgress;
};

QList<QCommandLineOption> payloadOptions(const QString &jsonHelp)
{
    return {{QStringLiteral("data"), QStringLiteral("JSON payload, or @FILE (@- for standard input)."),
             QStringLiteral("JSON")},
            {QStringLiteral("json"), jsonHelp}};
}

// `send`, `trigger --wait` and `redeliver` send what they create (or redeliver) and nothing else: the rest of the
// workspace's unfinished deliveries belong to `hookbench run` or the window, or wait for them.
Engine::DeliveryEngine::Options ownDeliveriesOnly()
{
    Engine::DeliveryEngine::Options options;
    options.takesOver = false;
    return options;
}

int waitForEngine(Engine::DeliveryEngine &engine, DeliveryReporter &reporter, int timeoutSeconds, bool withPending)
{
    SignalWatcher watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &loop, [&] { loop.quit(); });
    reporter.onProgress([&] {
        if (reporter.allDone())
            loop.quit();
    });
    QTimer deadline;
    if (timeoutSeconds > 0) {
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        deadline.start(timeoutSeconds * 1000);
    }
    if (!reporter.allDone())
        loop.exec();
    engine.stop();
    reporter.summary(withPending);
    return reporter.failed() == 0 && reporter.pending() == 0 ? Ok : Failure;
}

} // namespace

int runSend(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("send"),
                     QStringLiteral("send signed deliveries of an event to URL, with retries, and report each."),
                     QStringLiteral("Workspace to send through: every delivery is kept there, and one that a stopped "
                                    "send left unfinished is finished by 'hookbench run' (default: a temporary "
                                    "workspace, removed at the end)."));
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("Absolute http:// or https:// URL."));
    parser.addOptions(payloadOptions(QStringLiteral("One JSON object per line (for scripts).")));
    parser.addOptions({
        {QStringLiteral("event"), QStringLiteral("Event type (default ping)."), QStringLiteral("TYPE")},
        {QStringLiteral("method"), QStringLiteral("POST (default), PUT, PATCH, GET or DELETE."), QStringLiteral("M")},
        {QStringLiteral("header"), QStringLiteral("Extra header \"Name: value\"; repeatable."),
         QStringLiteral("HEADER")},
        {QStringLiteral("scheme"), QStringLiteral("none (default), standard, github, stripe or hmac."),
         QStringLiteral("S")},
        {QStringLiteral("secret"), QStringLiteral("Signing secret; repeat for rotation (generated when omitted)."),
         QStringLiteral("S")},
        {QStringLiteral("count"), QStringLiteral("Number of deliveries (default 1)."), QStringLiteral("N")},
        {QStringLiteral("concurrency"), QStringLiteral("Requests in flight at once (default 4)."), QStringLiteral("K")},
        {QStringLiteral("timeout"), QStringLiteral("Per-attempt timeout in milliseconds (default 15000)."),
         QStringLiteral("MS")},
        {QStringLiteral("retry-schedule"), QStringLiteral("Delays before each attempt (default 0s,1s,5s)."),
         QStringLiteral("LIST")},
        {QStringLiteral("max-attempts"), QStringLiteral("Attempts, from the default schedule."), QStringLiteral("N")},
        {QStringLiteral("insecure"), QStringLiteral("Do not verify TLS certificates.")},
    });
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QString command = QStringLiteral("send");
    if (parser.positionalArguments().size() != 1)
        return fail(command, QStringLiteral("expected exactly one URL; see 'hookbench send --help'"));
    const QString url = parser.positionalArguments().first();
    if (QString why = Validation::checkUrl(url); !why.isEmpty())
        return fail(command, why);

    Endpoint e;
    e.url = QUrl(url.trimmed(), QUrl::StrictMode);
    e.name = QStringLiteral("send %1").arg(e.url.toString());
    e.origin = EndpointOrigin::Cli;
    e.circuitBreakerThreshold = 0;
    const QString eventType = parser.value(QStringLiteral("event")).isEmpty() ? QStringLiteral("ping")
                                                                              : parser.value(QStringLiteral("event"));
    if (QString why = Validation::checkEventTypeName(eventType); !why.isEmpty())
        return fail(command, QStringLiteral("--event: ") + why);
    e.subscriptions = {eventType};
    QByteArray payload = "{}";
    if (parser.isSet(QStringLiteral("data"))) {
        QString why;
        if (!readDataArgument(parser.value(QStringLiteral("data")), &payload, &why))
            return fail(command, QStringLiteral("--data: ") + why);
        if (QString bad = Validation::checkJson(payload); !bad.isEmpty())
            return fail(command, QStringLiteral("--data: ") + bad);
    }
    if (parser.isSet(QStringLiteral("method")))
        e.method = parser.value(QStringLiteral("method")).toUpper().toLatin1();
    for (const QString &line : parser.values(QStringLiteral("header"))) {
        Header h;
        if (QString why = Validation::parseHeaderLine(line, &h); !why.isEmpty())
            return fail(command, QStringLiteral("--header: ") + why);
        e.headers.append(h);
    }
    if (parser.isSet(QStringLiteral("scheme"))) {
        const auto scheme = schemeFromName(parser.value(QStringLiteral("scheme")));
        if (!scheme)
            return fail(command,
                        QStringLiteral("--scheme: '%1' is not one of none, standard, github, stripe, hmac")
                            .arg(parser.value(QStringLiteral("scheme"))));
        e.scheme = *scheme;
    }
    e.secrets = parser.values(QStringLiteral("secret"));
    if (e.scheme != SigningScheme::None && e.secrets.isEmpty()) {
        e.secrets = {Signing::generateSecret(e.scheme)};
        err() << "hookbench send: signing with generated secret " << e.secrets.first() << Qt::endl;
    }
    int count = 1;
    for (const QString &why : {readIntegerOption(parser, "count", 1, 1'000'000, &count),
                               readIntegerOption(parser, "concurrency", 1, 256, &e.concurrency),
                               readIntegerOption(parser, "timeout", 1, 600'000, &e.timeoutMs)}) {
        if (!why.isEmpty())
            return fail(command, why);
    }
    QString why;
    const auto retry = retryPolicyFromOptions(parser, {0, 1000, 5000}, &why);
    if (!retry)
        return fail(command, why);
    e.retry = *retry;
    e.verifyTls = !parser.isSet(QStringLiteral("insecure"));
    if (const auto errors = Validation::validate(e); !errors.isEmpty())
        return fail(command, Validation::describe(errors));

    // Without --workspace the deliveries live in a throw-away workspace; with it they are durable there, so a
    // killed `send` is finished by a later `hookbench run`.
    QTemporaryDir scratch;
    QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty()) {
        if (!scratch.isValid())
            return fail(command, QStringLiteral("cannot create a temporary workspace: ") + scratch.errorString(),
                        Error);
        path = scratch.filePath(QStringLiteral("send.hookbench"));
    }
    QString error;
    auto ws = Storage::Workspace::open(path, &error);
    if (!ws)
        return fail(command, error, Error);
    reportWriteFailures(*ws, command);
    if (const auto existing = ws->endpoints().findByName(e.name)) {
        e.id = existing->id;
        e.createdAt = existing->createdAt;
        if (const auto r = ws->endpoints().update(e); !r)
            return fail(command, r.error, Error);
    } else if (const auto r = ws->endpoints().add(e); !r) {
        return fail(command, r.error, Error);
    }

    Engine::DeliveryEngine engine(*ws, ownDeliveriesOnly());
    DeliveryReporter reporter(engine, *ws, parser.isSet(QStringLiteral("json")));
    engine.start();
    for (int i = 0; i < count; ++i) {
        const Engine::TriggerResult t = engine.trigger(eventType, payload, EventSource::Cli, e.id);
        if (!t.ok())
            return fail(command, t.error, Error);
        reporter.watch(t.deliveries);
    }
    return waitForEngine(engine, reporter, 0, false);
}

int runTrigger(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("trigger"),
                     QStringLiteral("create an event and fan it out to every subscribed endpoint of the workspace."));
    parser.addPositionalArgument(QStringLiteral("type"), QStringLiteral("Event type, e.g. issues.opened."));
    parser.addOptions(payloadOptions(
        QStringLiteral("One JSON object per line (for scripts). Without --wait: the event (event_id, event_type, "
                       "delivery_ids), then delivered, failed, pending. With --wait: each delivery as it ends "
                       "(delivery_id, event_id, url, status, attempts, duration_ms, state, error), then the same "
                       "summary.")));
    parser.addOptions({
        {QStringLiteral("wait"), QStringLiteral("Deliver now and wait until every delivery is final.")},
        {QStringLiteral("timeout"), QStringLiteral("With --wait: give up waiting after S seconds."),
         QStringLiteral("S")},
        {QStringLiteral("endpoint"), QStringLiteral("Send only to the endpoint with this name."),
         QStringLiteral("NAME")},
    });
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QString command = QStringLiteral("trigger");
    if (parser.positionalArguments().size() != 1)
        return fail(command, QStringLiteral("expected exactly one event type; see 'hookbench trigger --help'"));
    const QString type = parser.positionalArguments().first();
    if (QString why = Validation::checkEventTypeName(type); !why.isEmpty())
        return fail(command, why);
    int timeout = 0;
    if (parser.isSet(QStringLiteral("timeout")) && !parser.isSet(QStringLiteral("wait")))
        return fail(command, QStringLiteral("--timeout only applies with --wait"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeout < 1)
            return fail(command,
                        QStringLiteral("--timeout: '%1' is not a positive number of seconds")
                            .arg(parser.value(QStringLiteral("timeout"))));
    }
    // A new workspace has no endpoint to deliver to: a mistyped path is refused rather than created.
    int code = Ok;
    auto ws = openWorkspace(parser, command, &code, WorkspaceUse::Existing);
    if (!ws)
        return code;

    qint64 onlyEndpoint = 0;
    if (parser.isSet(QStringLiteral("endpoint"))) {
        const auto e = ws->endpoints().findByName(parser.value(QStringLiteral("endpoint")));
        if (!e)
            return fail(
                command,
                QStringLiteral("--endpoint: no endpoint named '%1'").arg(parser.value(QStringLiteral("endpoint"))),
                Usage);
        onlyEndpoint = e->id;
    }
    QByteArray payload;
    std::optional<QByteArray> payloadTemplate;
    if (parser.isSet(QStringLiteral("data"))) {
        QString why;
        if (!readDataArgument(parser.value(QStringLiteral("data")), &payload, &why))
            return fail(command, QStringLiteral("--data: ") + why);
        if (QString bad = Validation::checkJson(payload); !bad.isEmpty())
            return fail(command, QStringLiteral("--data: ") + bad);
    } else {
        const auto eventType = ws->eventTypes().find(type);
        if (!eventType)
            return fail(
                command,
                QStringLiteral("no event type named '%1': define it with 'hookbench event-type add %1' or pass --data")
                    .arg(type),
                Usage);
        payloadTemplate = eventType->payloadTemplate;
    }

    Engine::DeliveryEngine engine(*ws, ownDeliveriesOnly());
    DeliveryReporter reporter(engine, *ws, parser.isSet(QStringLiteral("json")));
    const bool wait = parser.isSet(QStringLiteral("wait"));
    if (wait)
        engine.start();
    // The type's template, like a schedule's firing: one event per endpoint when it names {{endpoint.name}}.
    QList<Engine::TriggerResult> triggered;
    if (payloadTemplate) {
        TemplateContext context;
        context.eventType = type;
        context.seq = ws->eventTypes().nextSequence(type);
        const Scheduling::TemplateFiring firing
            = Scheduling::fireTemplate(engine, *ws, type, *payloadTemplate, context, EventSource::Cli, onlyEndpoint);
        if (!firing.renderError.isEmpty() && firing.triggered.isEmpty())
            return fail(command, QStringLiteral("the template of '%1': %2").arg(type, firing.renderError), Failure);
        if (!firing.triggerError.isEmpty() && firing.triggered.isEmpty())
            return fail(command, firing.triggerError, Failure);
        triggered = firing.triggered;
    } else {
        const Engine::TriggerResult t = engine.trigger(type, payload, EventSource::Cli, onlyEndpoint);
        if (!t.ok())
            return fail(command, t.error, Failure);
        triggered = {t};
    }
    for (const Engine::TriggerResult &t : std::as_const(triggered)) {
        reporter.watch(t.deliveries);
        if (!parser.isSet(QStringLiteral("json"))) {
            out() << "event " << t.event.uid << " (" << type << "): " << t.deliveries.size()
                  << (t.deliveries.size() == 1 ? " delivery" : " deliveries") << Qt::endl;
            if (!t.event.fanoutNote.isEmpty())
                out() << "not sent to: " << QString(t.event.fanoutNote).replace(QLatin1Char('\n'), QStringLiteral("; "))
                      << Qt::endl;
        }
    }
    if (!wait) {
        if (parser.isSet(QStringLiteral("json"))) {
            // Without --wait nothing reports the deliveries later: say what was created (a line per event), for
            // scripts to follow.
            for (const Engine::TriggerResult &t : std::as_const(triggered)) {
                QJsonArray ids;
                for (const Hookbench::Delivery &d : t.deliveries)
                    ids.append(d.uid);
                printJsonLine({{QLatin1String("event_id"), t.event.uid},
                               {QLatin1String("event_type"), type},
                               {QLatin1String("delivery_ids"), ids}});
            }
        }
        ws->writer().flush();
        reporter.summary(true);
        return Ok;
    }
    return waitForEngine(engine, reporter, timeout, true);
}

int runRun(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("run"),
                     QStringLiteral("run the workspace headless — deliveries and their retries, including those other "
                                    "processes add, and its schedules — until SIGINT or SIGTERM."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("One JSON object per finished delivery.")});
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    // A new workspace has nothing to run (no deliveries, schedules or receivers): a mistyped path is refused rather
    // than served empty until stopped.
    int code = Ok;
    auto ws = openWorkspace(parser, QStringLiteral("run"), &code, WorkspaceUse::Existing);
    if (!ws)
        return code;
    Engine::DeliveryEngine engine(*ws);
    DeliveryReporter reporter(engine, *ws, parser.isSet(QStringLiteral("json")));
    reporter.watchEverything();
    QObject::connect(&engine, &Engine::DeliveryEngine::takingOverChanged, &engine, [](bool takingOver) {
        err() << "hookbench run: "
              << (takingOver ? "now sends the workspace's other deliveries too"
                             : "another process now sends the workspace's other deliveries")
              << Qt::endl;
    });
    engine.start();
    const Engine::DeliveryEngine::Stats stats = engine.stats();
    err() << "hookbench run: " << ws->path() << ": " << stats.pending + stats.retryWaiting
          << " unfinished deliveries; stop with Ctrl+C" << Qt::endl;
    if (!engine.isTakingOver())
        err() << "hookbench run: another process (the Hookbench window or another `hookbench run`) sends this "
                 "workspace's deliveries; this one sends what it creates, and takes over the rest when that one "
                 "stops"
              << Qt::endl;

    // The workspace's receivers marked to start automatically capture into the workspace while running.
    Receiving::WorkspaceCaptureSink sink(ws->writer());
    std::vector<std::unique_ptr<Receiving::HttpReceiver>> receivers;
    for (const Receiver &r : ws->receivers().list()) {
        if (!r.autoStart)
            continue;
        auto receiver = std::make_unique<Receiving::HttpReceiver>(r, &sink);
        QString why;
        if (!receiver->start(&why)) {
            err() << "hookbench run: receiver " << r.name << ": " << why << Qt::endl;
            continue;
        }
        err() << "hookbench run: receiver " << r.name << " listening on " << receiver->baseUrl() << Qt::endl;
        receivers.push_back(std::move(receiver));
    }
    // The workspace's schedules fire here too, unless the GUI or another `run` already holds them.
    Scheduling::ScheduleRunner schedules(*ws, engine);
    QObject::connect(&schedules, &Scheduling::ScheduleRunner::fired, &schedules,
                     [](const Hookbench::Schedule &s, const QList<Hookbench::Event> &events) {
                         for (const Event &e : events)
                             err() << "hookbench run: schedule " << s.id << " fired " << s.eventType << " as " << e.uid
                                   << Qt::endl;
                     });
    QObject::connect(&schedules, &Scheduling::ScheduleRunner::firingFailed, &schedules,
                     [](const Hookbench::Schedule &s, const QString &why) {
                         err() << "hookbench run: schedule " << s.id << ": " << why << Qt::endl;
                     });
    QObject::connect(&schedules, &Scheduling::ScheduleRunner::leaseNotSaved, &schedules,
                     [](const QString &why) { err() << "hookbench run: " << why << Qt::endl; });
    schedules.start();
    if (!schedules.isActive())
        err() << "hookbench run: another process runs this workspace's schedules; they fire there" << Qt::endl;
    // The subscription APIs, when the workspace serves them (`hookbench api --enable`).
    std::unique_ptr<Subscriptions::ManagementServer> api;
    if (Subscriptions::loadApiSettings(ws->settings()).enabled)
        api = serveSubscriptionApis(*ws, engine, 0, {}, QStringLiteral("run"));

    SignalWatcher watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &loop, &QEventLoop::quit);
    loop.exec();
    schedules.stop();
    api.reset();
    receivers.clear();
    engine.stop();
    // Pending: whatever the workspace still holds unfinished (due later, waiting to retry, interrupted), not only
    // what this run happened to touch.
    ws->writer().flush();
    Storage::DeliveryFilter unfinished;
    unfinished.states = {DeliveryState::Pending, DeliveryState::InFlight, DeliveryState::Retrying};
    reporter.countPendingAs(ws->deliveries().count(unfinished));
    reporter.summary(true);
    return reporter.failed() == 0 ? Ok : Failure;
}

int runRedeliver(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("redeliver"),
                     QStringLiteral("send a delivery again, with the same delivery id, and wait for the result."));
    parser.addPositionalArgument(QStringLiteral("id"),
                                 QStringLiteral("Delivery id (msg_… or the GUID shown by 'hookbench deliveries')."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the result as JSON.")});
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QString command = QStringLiteral("redeliver");
    if (parser.positionalArguments().size() != 1)
        return fail(command, QStringLiteral("expected exactly one delivery id"));
    int code = Ok;
    auto ws = openWorkspace(parser, command, &code, WorkspaceUse::Existing);
    if (!ws)
        return code;
    const QString id = parser.positionalArguments().first();
    auto delivery = ws->deliveries().findByUid(id);
    if (!delivery) {
        bool numeric = false;
        const qint64 n = id.toLongLong(&numeric);
        if (numeric)
            delivery = ws->deliveries().find(n);
    }
    if (!delivery)
        return fail(command, QStringLiteral("no delivery with id '%1'").arg(id), Usage);
    Engine::DeliveryEngine engine(*ws, ownDeliveriesOnly());
    DeliveryReporter reporter(engine, *ws, parser.isSet(QStringLiteral("json")));
    reporter.watch({*delivery});
    engine.start();
    if (QString why = engine.redeliver(delivery->id); !why.isEmpty())
        return fail(command, why, Failure);
    return waitForEngine(engine, reporter, 0, false);
}

} // namespace Hookbench::Cli
