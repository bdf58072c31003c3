#include "commands.h"

#include "cli.h"

#include <QCoreApplication>

namespace Hookbench::Cli {

int runVersion(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("version"), QStringLiteral("print the version."),
                     QStringLiteral("Accepted, as by every command; the version does not depend on it."));
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    out() << "hookbench " << QCoreApplication::applicationVersion() << Qt::endl;
    return Ok;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("send"), QStringLiteral("send signed deliveries to a URL and report each"), runSend},
        {QStringLiteral("listen"), QStringLiteral("receive webhooks on a local URL and print them"), runListen},
        {QStringLiteral("trigger"), QStringLiteral("create an event and fan it out to its subscribers"), runTrigger},
        {QStringLiteral("run"), QStringLiteral("run the workspace's engine headless until stopped"), runRun},
        {QStringLiteral("redeliver"), QStringLiteral("send a delivery again with the same id"), runRedeliver},
        {QStringLiteral("event-type"), QStringLiteral("add, list or remove event types"), runEventType},
        {QStringLiteral("endpoint"), QStringLiteral("add, list, remove, enable or disable endpoints"), runEndpoint},
        {QStringLiteral("schedule"), QStringLiteral("add, list, remove, enable or disable schedules"), runSchedule},
        {QStringLiteral("deliveries"), QStringLiteral("list deliveries and their attempts"), runDeliveries},
        {QStringLiteral("preset"), QStringLiteral("list provider presets or apply one"), runPreset},
        {QStringLiteral("export"), QStringLiteral("export definitions, or the delivery log as HAR or JSON Lines"),
         runExport},
        {QStringLiteral("import"), QStringLiteral("import definitions or an OpenAPI document's webhooks"), runImport},
        {QStringLiteral("api"), QStringLiteral("serve GitHub-, Google- and WebSub-compatible subscription APIs"),
         runApi},
        {QStringLiteral("version"), QStringLiteral("print the version"), runVersion},
    };
    return list;
}

} // namespace Hookbench::Cli
