// `hookbench export` and `hookbench import`: definitions between workspaces, OpenAPI webhooks in, and the
// delivery log out as HAR or JSON Lines.
#include "cli.h"
#include "commands.h"
#include "export/definitions.h"
#include "export/deliveriesexport.h"
#include "export/openapi.h"
#include "storage/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Hookbench::Cli {

namespace {

// Writes everything `write` produces to FILE (atomically, replacing it only when complete) or to stdout.
bool writeOutput(const QString &path, const std::function<QString(QIODevice &)> &write, QString *error)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile file;
        if (!file.open(stdout, QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
        *error = write(file);
        return error->isEmpty();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    *error = write(file);
    if (error->isEmpty() && !file.commit())
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return error->isEmpty();
}

int exportDeliveries(const QCommandLineParser &parser, Storage::Workspace &ws)
{
    const QString command = QStringLiteral("export");
    Export::DeliveriesFormat format = Export::DeliveriesFormat::Har;
    const QString formatName = parser.value(QStringLiteral("format"));
    if (formatName == QLatin1String("jsonl"))
        format = Export::DeliveriesFormat::JsonLines;
    else if (!formatName.isEmpty() && formatName != QLatin1String("har"))
        return fail(command, QStringLiteral("--format: '%1' is not har or jsonl").arg(formatName));

    Storage::DeliveryFilter filter;
    for (const QString &name : parser.value(QStringLiteral("state")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto state = deliveryStateFromName(name);
        if (!state)
            return fail(
                command,
                QStringLiteral("--state: '%1' is not one of pending, in_flight, succeeded, retrying, failed, cancelled")
                    .arg(name));
        filter.states.append(*state);
    }
    filter.eventType = parser.value(QStringLiteral("event-type"));
    if (parser.isSet(QStringLiteral("endpoint"))) {
        const auto e = ws.endpoints().findByName(parser.value(QStringLiteral("endpoint")));
        if (!e)
            return fail(
                command,
                QStringLiteral("--endpoint: no endpoint named '%1'").arg(parser.value(QStringLiteral("endpoint"))),
                Usage);
        filter.endpointId = e->id;
    }
    if (!filter.eventType.isEmpty() && !isKnownEventType(ws, filter.eventType))
        return fail(command, QStringLiteral("--event-type: no event type named '%1'").arg(filter.eventType), Usage);
    int limit = 0;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return fail(
                command,
                QStringLiteral("--limit: '%1' is not a positive number").arg(parser.value(QStringLiteral("limit"))));
    }
    Export::DeliveriesExportResult result;
    QString error;
    const QString path = parser.value(QStringLiteral("output"));
    if (!writeOutput(
            path,
            [&](QIODevice &device) {
                result = Export::exportDeliveries(ws, filter, limit, format, device);
                return result.error;
            },
            &error))
        return fail(command, error, Error);
    if (!path.isEmpty() && path != QLatin1String("-"))
        err() << "hookbench export: " << result.deliveries << " deliveries, " << result.attempts << " attempts to "
              << path << Qt::endl;
    return Ok;
}

void printReport(const Export::ImportReport &report, bool json)
{
    using Action = Export::ImportItem::Action;
    for (const Export::ImportItem &item : report.items) {
        if (json) {
            QJsonObject o {{QLatin1String("kind"), item.kind},
                           {QLatin1String("name"), item.name},
                           {QLatin1String("action"), Export::actionName(item.action)}};
            if (!item.newName.isEmpty())
                o[QLatin1String("new_name")] = item.newName;
            if (!item.detail.isEmpty())
                o[QLatin1String("detail")] = item.detail;
            printJsonLine(o);
        } else {
            out() << Export::describe(item) << Qt::endl;
        }
    }
    if (json)
        return;
    out() << report.count(Action::Added) << " added, " << report.count(Action::Renamed) << " renamed, "
          << report.count(Action::Unchanged) << " unchanged, " << report.count(Action::Skipped) << " skipped, "
          << report.count(Action::Failed) << " failed" << Qt::endl;
    if (report.refused)
        out() << "nothing was imported: the file holds definitions this workspace refuses (failed above)" << Qt::endl;
    if (report.count(Action::Skipped))
        out() << "(skipped definitions conflict with existing ones of the same name; '--rename' imports them under "
                 "free names)"
              << Qt::endl;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("export"),
                     QStringLiteral("write the workspace's definitions (event types, endpoints, receivers, schedules) "
                                    "as JSON, or with --deliveries its delivery log as HAR 1.2 or JSON Lines."));
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("Write to FILE instead of standard output."),
         QStringLiteral("FILE")},
        {QStringLiteral("secrets"), QStringLiteral("Include signing secrets and access tokens (omitted by default).")},
        {QStringLiteral("deliveries"), QStringLiteral("Export the delivery log instead of the definitions.")},
        {QStringLiteral("format"), QStringLiteral("With --deliveries: har (default) or jsonl."), QStringLiteral("F")},
        {QStringLiteral("state"), QStringLiteral("With --deliveries: only these states (comma separated)."),
         QStringLiteral("S")},
        {QStringLiteral("event-type"), QStringLiteral("With --deliveries: only this event type."), QStringLiteral("T")},
        {QStringLiteral("endpoint"), QStringLiteral("With --deliveries: only this endpoint."), QStringLiteral("NAME")},
        {QStringLiteral("limit"), QStringLiteral("With --deliveries: only the newest N."), QStringLiteral("N")},
    });
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QString command = QStringLiteral("export");
    if (!parser.positionalArguments().isEmpty())
        return fail(command, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const bool deliveries = parser.isSet(QStringLiteral("deliveries"));
    for (const char *option : {"format", "state", "event-type", "endpoint", "limit"}) {
        if (!deliveries && parser.isSet(QLatin1String(option)))
            return fail(command, QStringLiteral("--%1 needs --deliveries").arg(QLatin1String(option)));
    }
    if (deliveries && parser.isSet(QStringLiteral("secrets")))
        return fail(command, QStringLiteral("--secrets applies to definitions, not to --deliveries"));
    int code = Ok;
    auto ws = openWorkspace(parser, command, &code, WorkspaceUse::Existing);
    if (!ws)
        return code;
    if (deliveries)
        return exportDeliveries(parser, *ws);

    const Export::Definitions definitions = Export::loadDefinitions(*ws);
    const QJsonObject json = Export::definitionsToJson(
        definitions, parser.isSet(QStringLiteral("secrets")) ? Json::Secrets::Include : Json::Secrets::Omit,
        QDateTime::currentDateTimeUtc());
    QString error;
    const QString path = parser.value(QStringLiteral("output"));
    if (!writeOutput(
            path,
            [&](QIODevice &device) {
                return device.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 ? device.errorString()
                                                                                             : QString();
            },
            &error))
        return fail(command, error, Error);
    if (!path.isEmpty() && path != QLatin1String("-"))
        err() << "hookbench export: " << definitions.eventTypes.size() << " event types, "
              << definitions.endpoints.size() << " endpoints, " << definitions.receivers.size() << " receivers, "
              << definitions.schedules.size() << " schedules to " << path
              << (parser.isSet(QStringLiteral("secrets")) ? " (with secrets)" : " (without secrets)") << Qt::endl;
    return Ok;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("import"),
                     QStringLiteral("add definitions from a 'hookbench export' file, or event types from the webhooks "
                                    "of an OpenAPI 3.1 document, to the workspace; existing definitions are never "
                                    "overwritten."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("JSON file to import ('-' for stdin)."));
    parser.addOptions({
        {QStringLiteral("openapi"), QStringLiteral("The file is an OpenAPI 3.1 document (JSON): import its webhooks.")},
        {QStringLiteral("rename"),
         QStringLiteral("Import definitions whose name is taken under a free name instead of skipping them.")},
        {QStringLiteral("json"), QStringLiteral("One JSON object per imported definition.")},
    });
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QString command = QStringLiteral("import");
    if (parser.positionalArguments().size() != 1)
        return fail(command, QStringLiteral("expected exactly one file; see 'hookbench import --help'"));
    QByteArray content;
    QString error;
    const QString file = parser.positionalArguments().first();
    if (!readDataArgument(QLatin1Char('@') + file, &content, &error))
        return fail(command, error, Error);

    Export::Definitions definitions;
    QStringList warnings;
    if (parser.isSet(QStringLiteral("openapi"))) {
        const Export::OpenApiImport imported = Export::eventTypesFromOpenApi(content);
        if (!imported.ok())
            return fail(command, QStringLiteral("%1: %2").arg(file, imported.error), Failure);
        definitions.eventTypes = imported.eventTypes;
        warnings = imported.warnings;
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
        if (!doc.isObject())
            return fail(command,
                        QStringLiteral("%1 is not a JSON object (%2); an OpenAPI document needs --openapi")
                            .arg(file, parseError.errorString()),
                        Failure);
        definitions = Export::definitionsFromJson(doc.object(), &error);
        if (!error.isEmpty())
            return fail(command, QStringLiteral("%1: %2").arg(file, error), Failure);
    }
    for (const QString &w : std::as_const(warnings))
        err() << "hookbench import: warning: " << w << Qt::endl;
    if (definitions.isEmpty()) {
        out() << "nothing to import" << Qt::endl;
        return Ok;
    }

    int code = Ok;
    auto ws = openWorkspace(parser, command, &code);
    if (!ws)
        return code;
    const Export::ImportReport report = Export::importDefinitions(
        *ws, definitions,
        parser.isSet(QStringLiteral("rename")) ? Export::ConflictPolicy::Rename : Export::ConflictPolicy::Skip);
    printReport(report, parser.isSet(QStringLiteral("json")));
    return report.hasFailures() ? Failure : Ok;
}

} // namespace Hookbench::Cli
