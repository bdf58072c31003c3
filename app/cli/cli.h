#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Hookbench::Cli {

// Exit statuses shared by every sub-command, so scripts can tell "it ran and something failed" from
// "you called it wrong".
enum ExitCode
{
    Ok = 0,
    Failure = 1, // ran, and something failed (a delivery, a verification…)
    Usage = 2, // bad arguments: the message says which
    Error = 3, // could not run (workspace unreadable, port busy…)
};

struct Command
{
    QString name;
    QString summary;
    // Receives the arguments after the sub-command name (argv[0] style first element is the command name).
    std::function<int(const QStringList &arguments)> run;
};

QTextStream &out();
QTextStream &err();

// The sub-commands, in the order `hookbench --help` lists them.
const QList<Command> &commands();
const Command *findCommand(const QString &name);

// Standard options every sub-command has: --workspace PATH and --help.
void addCommonOptions(QCommandLineParser &parser, const QString &commandName, const QString &description);
// Parses, handles --help (printing and returning Ok), reports unknown options. Returns -1 to go on.
int parseOrExit(QCommandLineParser &parser, const QStringList &arguments);
// The workspace the user named with --workspace, or the default one.
QString workspacePath(const QCommandLineParser &parser);
// Prints "hookbench CMD: message" to stderr and returns code.
int fail(const QString &command, const QString &message, int code = Usage);

QString globalHelp();

} // namespace Hookbench::Cli
