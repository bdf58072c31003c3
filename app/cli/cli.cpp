#include "cli.h"

#include "storage/workspace.h"
#include "storage/workspacelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <atomic>
#include <cstdio>

namespace Hookbench::Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

// The default workspace as a user would type it: under the home folder it starts with "~".
namespace {
QString shownPath(const QString &path)
{
    const QString home = QDir::homePath();
    if (home.size() > 1 && path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
    return path;
}
} // namespace

void addCommonOptions(QCommandLineParser &parser, const QString &commandName, const QString &description,
                      const QString &workspaceHelp)
{
    QString about = QStringLiteral("hookbench %1 — %2").arg(commandName, description);
    // The default path goes on a line of its own: in the option's column, QCommandLineParser breaks a path that is
    // longer than the column in the middle of a name.
    if (workspaceHelp.isEmpty())
        about += QStringLiteral("\n\nDefault workspace: %1").arg(shownPath(Storage::defaultWorkspacePath()));
    parser.setApplicationDescription(about);
    parser.addOption(QCommandLineOption(
        QStringLiteral("workspace"),
        workspaceHelp.isEmpty() ? QStringLiteral("Workspace file to use instead of the default one (named above).")
                                : workspaceHelp,
        QStringLiteral("PATH")));
    parser.addHelpOption();
}

int parseOrExit(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments)) {
        err() << "hookbench " << arguments.value(0) << ": " << parser.errorText() << Qt::endl
              << "Try 'hookbench " << arguments.value(0) << " --help'." << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        // QCommandLineParser prints the program name; show the sub-command as users type it.
        help.replace(QStringLiteral("Usage: %1").arg(QCoreApplication::applicationFilePath()),
                     QStringLiteral("Usage: hookbench %1").arg(arguments.value(0)));
        help.replace(QStringLiteral("Usage: ") + arguments.value(0),
                     QStringLiteral("Usage: hookbench %1").arg(arguments.value(0)));
        out() << help;
        out().flush();
        return Ok;
    }
    return -1;
}

QString workspacePath(const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("workspace"));
    return path.isEmpty() ? Storage::defaultWorkspacePath() : path;
}

int fail(const QString &command, const QString &message, int code)
{
    err() << "hookbench " << command << ": " << message << Qt::endl;
    return code;
}

QString globalHelp()
{
    QString text = QStringLiteral("Usage: hookbench [--workspace PATH]                     open the desktop workbench\n"
                                  "       hookbench [--workspace PATH] COMMAND [OPTIONS]   run headless\n"
                                  "\n"
                                  "Hookbench builds, sends, receives and verifies webhooks, locally.\n"
                                  "\n"
                                  "Commands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n").arg(c.name.leftJustified(14), c.summary);
    text += QStringLiteral("\n"
                           "Options:\n"
                           "  --workspace PATH   workspace file (every command accepts it)\n"
                           "  -h, --help         show this help; 'hookbench COMMAND --help' for a command\n"
                           "  -v, --version      show the version\n");
    return text;
}

std::optional<QStringList> headlessArguments(const QStringList &arguments)
{
    QStringList global;
    qsizetype i = 0;
    while (i < arguments.size()) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--workspace") && i + 1 < arguments.size()) {
            global << a << arguments.at(i + 1);
            i += 2;
        } else if (a.startsWith(QLatin1String("--workspace="))) {
            global << a;
            ++i;
        } else {
            break;
        }
    }
    if (i == arguments.size())
        return std::nullopt; // `hookbench [--workspace PATH]` opens the workbench
    const QString first = arguments.at(i);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version")
        || first == QLatin1String("-v"))
        return arguments.mid(i);
    if (first.startsWith(QLatin1Char('-')))
        return std::nullopt;
    return QStringList {first} + global + arguments.mid(i + 1);
}

std::unique_ptr<Storage::Workspace> openWorkspace(const QCommandLineParser &parser, const QString &command,
                                                  int *exitCode, WorkspaceUse use)
{
    // A mistyped path must not become a new, empty workspace (and folders) that then answers "nothing here".
    const QString named = parser.value(QStringLiteral("workspace"));
    if (use == WorkspaceUse::Existing && !named.isEmpty() && !QFileInfo::exists(named)) {
        *exitCode = fail(command, QStringLiteral("No workspace at %1").arg(named), Error);
        return nullptr;
    }
    QString error;
    auto workspace = Storage::Workspace::open(workspacePath(parser), &error);
    if (!workspace)
        *exitCode = fail(command, error, Error);
    else
        reportWriteFailures(*workspace, command);
    return workspace;
}

bool isKnownEventType(Storage::Workspace &workspace, const QString &name)
{
    if (workspace.eventTypes().find(name))
        return true;
    Storage::DeliveryFilter filter;
    filter.eventType = name;
    return workspace.deliveries().count(filter) > 0;
}

namespace {
// Set on the writer's thread, read on the main thread once the command has returned.
std::atomic<bool> writeFailedFlag {false};
} // namespace

int exitCodeAfterWrites(int code)
{
    return code == Ok && writeFailedFlag.load() ? Failure : code;
}

void reportWriteFailures(Storage::Workspace &workspace, const QString &command)
{
    // Written from the writer's thread, in one call per line: the main thread may be busy or already leaving
    // its event loop when the last batch fails.
    QObject::connect(
        &workspace.writer(), &Storage::BatchWriter::writeFailed, &workspace.writer(),
        [command](const QString &error) {
            writeFailedFlag.store(true);
            const QByteArray line = (QStringLiteral("hookbench ") + command
                                     + QStringLiteral(": not saved to the workspace: ") + error + QLatin1Char('\n'))
                                        .toLocal8Bit();
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fflush(stderr);
        },
        Qt::DirectConnection);
}

QString readIntegerOption(const QCommandLineParser &parser, const char *option, qint64 min, qint64 max, qint64 *target)
{
    const QLatin1String name(option);
    if (!parser.isSet(name))
        return {};
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return QStringLiteral("--%1: '%2' is not a number from %3 to %4")
            .arg(name, parser.value(name))
            .arg(min)
            .arg(max);
    *target = v;
    return {};
}

QString readIntegerOption(const QCommandLineParser &parser, const char *option, int min, int max, int *target)
{
    qint64 v = *target;
    QString why = readIntegerOption(parser, option, qint64(min), qint64(max), &v);
    *target = int(v);
    return why;
}

bool readDataArgument(const QString &value, QByteArray *out, QString *error)
{
    if (!value.startsWith(QLatin1Char('@'))) {
        *out = value.toUtf8();
        return true;
    }
    const QString path = value.mid(1);
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *out = file.readAll();
    return true;
}

std::optional<RetryPolicy> retryPolicyFromOptions(const QCommandLineParser &parser, const QList<qint64> &base,
                                                  QString *error)
{
    const bool scheduleGiven = parser.isSet(QStringLiteral("retry-schedule"));
    const bool maxAttemptsGiven = parser.isSet(QStringLiteral("max-attempts"));
    const QString schedule = parser.value(QStringLiteral("retry-schedule"));
    const QString maxAttempts = parser.value(QStringLiteral("max-attempts"));
    if (scheduleGiven && maxAttemptsGiven) {
        *error = QStringLiteral("--retry-schedule and --max-attempts cannot be combined");
        return std::nullopt;
    }
    // An empty value (a script's unset variable) must not quietly mean the default policy.
    if (scheduleGiven && schedule.trimmed().isEmpty()) {
        *error = QStringLiteral("--retry-schedule: empty; give the delays before each attempt, such as 0s,5s,1m");
        return std::nullopt;
    }
    if (scheduleGiven) {
        QString why;
        const auto delays = parseDurationList(schedule, &why);
        if (!delays) {
            *error = QStringLiteral("--retry-schedule: ") + why;
            return std::nullopt;
        }
        return RetryPolicy::fromSchedule(*delays);
    }
    if (maxAttemptsGiven) {
        bool ok = false;
        const int n = maxAttempts.toInt(&ok);
        if (!ok || n < 1 || n > 100) {
            *error = QStringLiteral("--max-attempts: '%1' is not a number from 1 to 100").arg(maxAttempts);
            return std::nullopt;
        }
        QList<qint64> delays = base.mid(0, n);
        while (delays.size() < n)
            delays.append(base.isEmpty() ? 0 : base.last());
        return RetryPolicy::fromSchedule(delays);
    }
    return RetryPolicy::fromSchedule(base);
}

void printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], row[i].size());
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        out() << line << Qt::endl;
    }
}

void printJsonLine(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

QDateTime parseTimeArgument(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

} // namespace Hookbench::Cli
