#include "apicommand.h"

#include "cli.h"
#include "commands.h"
#include "delivery/deliveryengine.h"
#include "signalwatcher.h"
#include "storage/workspace.h"
#include "subscriptions/apisettings.h"
#include "subscriptions/managementserver.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace Hookbench::Cli {

std::unique_ptr<Subscriptions::ManagementServer> serveSubscriptionApis(Storage::Workspace &workspace,
                                                                       Engine::DeliveryEngine &engine, quint16 port,
                                                                       QString token, const QString &command)
{
    const Subscriptions::ApiSettings settings = Subscriptions::loadApiSettings(workspace.settings());
    if (token.isEmpty())
        token = Subscriptions::ensureApiToken(workspace.settings());
    auto server = std::make_unique<Subscriptions::ManagementServer>(workspace, engine);
    QString why;
    if (!server->start(port ? port : settings.port, token, &why)) {
        err() << "hookbench " << command << ": subscription APIs: " << why << Qt::endl;
        return nullptr;
    }
    out() << "Subscription APIs: " << server->baseUrl() << Qt::endl;
    out() << "Token: " << token << Qt::endl;
    QObject::connect(server.get(), &Subscriptions::ManagementServer::requestHandled, server.get(),
                     [command](const QByteArray &method, const QString &path, int status) {
                         err() << "hookbench " << command << ": " << method << ' ' << path << " -> " << status
                               << Qt::endl;
                     });
    QObject::connect(server.get(), &Subscriptions::ManagementServer::verificationFinished, server.get(),
                     [command](const Subscriptions::VerificationRecord &r) {
                         err() << "hookbench " << command << ": WebSub " << r.intent.mode << " (" << r.intent.topic
                               << "): " << r.detail << Qt::endl;
                     });
    // Why a request was refused, which the status line alone does not say (verifications are printed above).
    QObject::connect(server.get(), &Subscriptions::ManagementServer::activityRecorded, server.get(),
                     [command](const Storage::ApiActivity &a) {
                         if (a.outcome != Storage::ApiActivity::Outcome::Ok && a.action != QLatin1String("verify"))
                             err() << "hookbench " << command << ": " << a.message << Qt::endl;
                     });
    return server;
}

namespace {

// `hookbench api --activity`: the workspace's API activity log, newest first.
int printActivity(Storage::Workspace &workspace, int limit, bool json)
{
    const QList<Storage::ApiActivity> activities = workspace.apiActivity().recent(limit);
    if (!json && activities.isEmpty()) {
        out() << QCoreApplication::translate("Hookbench::Cli::Api", "No subscription API activity yet.") << Qt::endl;
        return Ok;
    }
    QList<QStringList> rows;
    rows.append({QCoreApplication::translate("Hookbench::Cli::Api", "TIME"),
                 QCoreApplication::translate("Hookbench::Cli::Api", "API"),
                 QCoreApplication::translate("Hookbench::Cli::Api", "ACTION"),
                 QCoreApplication::translate("Hookbench::Cli::Api", "OUTCOME"),
                 QCoreApplication::translate("Hookbench::Cli::Api", "STATUS"),
                 QCoreApplication::translate("Hookbench::Cli::Api", "SUBJECT"),
                 QCoreApplication::translate("Hookbench::Cli::Api", "MESSAGE")});
    for (const Storage::ApiActivity &a : activities) {
        const QString time = a.at.toUTC().toString(Qt::ISODate);
        const QString outcome = Storage::outcomeName(a.outcome);
        if (json)
            printJsonLine({{QStringLiteral("time"), time},
                           {QStringLiteral("api"), a.api},
                           {QStringLiteral("action"), a.action},
                           {QStringLiteral("outcome"), outcome},
                           {QStringLiteral("status"), a.status},
                           {QStringLiteral("subject"), a.subject},
                           {QStringLiteral("message"), a.message}});
        else
            rows.append({time, a.api, a.action, outcome, a.status ? QString::number(a.status) : QStringLiteral("-"),
                         a.subject, a.message});
    }
    if (!json)
        printTable(rows);
    return Ok;
}

} // namespace

int runApi(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("api"),
                     QStringLiteral("serve the subscription APIs (GitHub-compatible hooks, Google push channels, a "
                                    "WebSub hub, generic /hooks) on loopback until SIGINT or SIGTERM, delivering what "
                                    "applications subscribe to. With --enable or --disable, only change whether "
                                    "`hookbench run` and the GUI serve them; with --activity, print what the APIs "
                                    "did and refused, and why."));
    parser.addOptions({
        {QStringLiteral("port"),
         QStringLiteral("Port on 127.0.0.1 and ::1 (default: the workspace's, else a free one)."), QStringLiteral("P")},
        {QStringLiteral("token"),
         QStringLiteral("Bearer token the APIs require (default: the workspace's, generated once)."),
         QStringLiteral("T")},
        {QStringLiteral("enable"),
         QStringLiteral("Serve the APIs in `hookbench run` and the GUI (with --port, on that "
                        "port) and exit.")},
        {QStringLiteral("disable"), QStringLiteral("Stop serving them in `hookbench run` and the GUI, and exit.")},
        {QStringLiteral("new-token"),
         QStringLiteral("Replace the workspace's token with a new one, print it, and exit.")},
        {QStringLiteral("activity"),
         QCoreApplication::translate("Hookbench::Cli::Api",
                                     "Print the recent API activity (registrations, refusals with their reason, WebSub "
                                     "verifications), newest first, and exit.")},
        {QStringLiteral("limit"),
         QCoreApplication::translate("Hookbench::Cli::Api", "With --activity: how many records (default 20)."),
         QStringLiteral("N")},
        {QStringLiteral("json"),
         QCoreApplication::translate("Hookbench::Cli::Api", "With --activity: one JSON object per line.")},
    });
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QString command = QStringLiteral("api");
    if (!parser.positionalArguments().isEmpty())
        return fail(command, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    quint16 port = 0;
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint p = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || p > 65535)
            return fail(command,
                        QStringLiteral("--port: '%1' is not a port").arg(parser.value(QStringLiteral("port"))));
        port = quint16(p);
    }
    const QString token = parser.value(QStringLiteral("token"));
    if (parser.isSet(QStringLiteral("token")) && token.size() < 16)
        return fail(command, QStringLiteral("--token must be at least 16 characters long"));
    const bool enable = parser.isSet(QStringLiteral("enable"));
    const bool disable = parser.isSet(QStringLiteral("disable"));
    const bool newToken = parser.isSet(QStringLiteral("new-token"));
    if (enable && disable)
        return fail(command, QStringLiteral("--enable and --disable exclude each other"));
    const bool activity = parser.isSet(QStringLiteral("activity"));
    int limit = 20;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return fail(command,
                        QCoreApplication::translate("Hookbench::Cli::Api", "--limit: '%1' is not a positive number")
                            .arg(parser.value(QStringLiteral("limit"))));
    }
    if (!activity && (parser.isSet(QStringLiteral("limit")) || parser.isSet(QStringLiteral("json"))))
        return fail(
            command,
            QCoreApplication::translate("Hookbench::Cli::Api", "--limit and --json only apply with --activity"));
    if (activity && (enable || disable || newToken))
        return fail(
            command,
            QCoreApplication::translate("Hookbench::Cli::Api",
                                        "--activity only prints; use it without --enable, --disable or --new-token"));
    // Serving may start a new workspace: clients register their subscriptions (endpoints) into it through the APIs.
    int code = Ok;
    auto ws = openWorkspace(parser, command, &code, activity ? WorkspaceUse::Existing : WorkspaceUse::MayCreate);
    if (!ws)
        return code;
    if (activity)
        return printActivity(*ws, limit, parser.isSet(QStringLiteral("json")));

    if (enable || disable || newToken) {
        Subscriptions::ApiSettings settings = Subscriptions::loadApiSettings(ws->settings());
        if (enable || disable)
            settings.enabled = enable;
        if (parser.isSet(QStringLiteral("port")))
            settings.port = port;
        if (!token.isEmpty())
            settings.token = token;
        if (newToken || settings.token.isEmpty())
            settings.token = Subscriptions::generateApiToken();
        QString why;
        if (!Subscriptions::saveApiSettings(ws->settings(), settings, &why))
            return fail(command, why, Error);
        out() << "Subscription APIs " << (settings.enabled ? "enabled" : "disabled") << " for " << ws->path()
              << (settings.port ? QStringLiteral(" on port %1").arg(settings.port) : QString()) << Qt::endl;
        out() << "Token: " << settings.token << Qt::endl;
        return Ok;
    }

    Engine::DeliveryEngine engine(*ws);
    QObject::connect(&engine, &Engine::DeliveryEngine::deliveryChanged, &engine, [](const Hookbench::Delivery &d) {
        if (d.isFinal())
            err() << "hookbench api: " << deliveryStateName(d.state) << ' ' << d.eventType << " -> " << d.url << " ("
                  << d.uid << (d.lastStatus ? QStringLiteral(", HTTP %1").arg(d.lastStatus) : QString())
                  << (d.lastError.isEmpty() ? QString() : QStringLiteral(", ") + d.lastError) << ')' << Qt::endl;
    });
    engine.start();
    auto server = serveSubscriptionApis(*ws, engine, port, token, command);
    if (!server) {
        engine.stop();
        return Error;
    }
    err() << "hookbench api: " << ws->path() << "; stop with Ctrl+C" << Qt::endl;
    SignalWatcher watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &loop, &QEventLoop::quit);
    loop.exec();
    server.reset();
    engine.stop();
    return Ok;
}

} // namespace Hookbench::Cli
