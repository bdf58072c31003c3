#pragma once

#include "domain/retrypolicy.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace Hookbench::Storage {
class Workspace;
}

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

// Standard options every sub-command has: --workspace PATH and --help. A command that does not use the default
// workspace when --workspace is left out (send uses a temporary one, listen stores nothing) says what it does
// instead in `workspaceHelp`; the others show the default workspace's path in their help.
void addCommonOptions(QCommandLineParser &parser, const QString &commandName, const QString &description,
                      const QString &workspaceHelp = {});
// Parses, handles --help (printing and returning Ok), reports unknown options. Returns -1 to go on.
int parseOrExit(QCommandLineParser &parser, const QStringList &arguments);
// The workspace the user named with --workspace, or the default one.
QString workspacePath(const QCommandLineParser &parser);
// Prints "hookbench CMD: message" to stderr and returns code.
int fail(const QString &command, const QString &message, int code = Usage);

QString globalHelp();

// The arguments after the program name, arranged for a headless run: global options written before the command
// (`--workspace PATH`, `--workspace=PATH`) move after its name, where the command reads them. Nothing when they
// open the desktop workbench instead (no command, or only the GUI's own options).
std::optional<QStringList> headlessArguments(const QStringList &arguments);

// Says on stderr, as it happens, whatever the workspace's log writer could not save (it writes on a thread of its
// own, so nothing else would): "hookbench COMMAND: not saved to the workspace: REASON".
void reportWriteFailures(Storage::Workspace &workspace, const QString &command);
// `code`, or Failure when it is Ok and a write was reported failed since the program started: a script must not
// take captures or deliveries for stored when they are not.
int exitCodeAfterWrites(int code);

// What a command does with a workspace that is not there yet.
enum class WorkspaceUse
{
    MayCreate, // it defines or sends things: a new workspace is made
    Existing, // it only reads or changes what is there: a path given with --workspace must exist
};

// Opens the workspace named by --workspace (or the default one). On failure prints why and sets *exitCode; what
// its writer fails to save later is reported (reportWriteFailures).
std::unique_ptr<Storage::Workspace> openWorkspace(const QCommandLineParser &parser, const QString &command,
                                                  int *exitCode, WorkspaceUse use = WorkspaceUse::MayCreate);

// Whether `name` is an event type a filter may name: one defined in the workspace, or one its stored deliveries
// carry (fired with --data without a definition, or whose definition was removed since).
bool isKnownEventType(Storage::Workspace &workspace, const QString &name);

// Reads --OPTION as a whole number from min to max into *target, which is left as it is when the option is absent.
// Returns what is wrong with the value ("--timeout: 'x' is not a number from 1 to 600000"), or nothing.
QString readIntegerOption(const QCommandLineParser &parser, const char *option, qint64 min, qint64 max, qint64 *target);
QString readIntegerOption(const QCommandLineParser &parser, const char *option, int min, int max, int *target);

// Reads a --data / --template argument: inline text, or @FILE for a file's contents ("@-" reads stdin).
bool readDataArgument(const QString &value, QByteArray *out, QString *error);

// Builds a retry policy from --retry-schedule LIST or --max-attempts N (the first N delays of `base`, the last
// delay repeated when N is longer). Neither given: `base`. An option given with an empty value is an error.
std::optional<RetryPolicy> retryPolicyFromOptions(const QCommandLineParser &parser, const QList<qint64> &base,
                                                  QString *error);

// Prints rows as aligned columns; the first row is the heading.
void printTable(const QList<QStringList> &rows);
// Prints one compact JSON object on its own line.
void printJsonLine(const QJsonObject &object);

// Parses an ISO 8601 time as typed on a command line; times without an offset are local time.
QDateTime parseTimeArgument(const QString &text);

} // namespace Hookbench::Cli
