#include "cli.h"

#include "storage/workspacelocation.h"

#include <QCoreApplication>

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

void addCommonOptions(QCommandLineParser &parser, const QString &commandName, const QString &description)
{
    parser.setApplicationDescription(QStringLiteral("hookbench %1 — %2").arg(commandName, description));
    parser.addOption(
        QCommandLineOption(QStringLiteral("workspace"),
                           QStringLiteral("Workspace file to use (default: %1).").arg(Storage::defaultWorkspacePath()),
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
    QString text = QStringLiteral("Usage: hookbench [--workspace PATH]            open the desktop workbench\n"
                                  "       hookbench COMMAND [OPTIONS]             run headless\n"
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

} // namespace Hookbench::Cli
