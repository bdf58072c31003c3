#pragma once

#include <QStringList>

// Entry points of the sub-commands; each parses its own arguments (arguments[0] is the command name).
namespace Hookbench::Cli {

int runVersion(const QStringList &arguments);
int runEventType(const QStringList &arguments);
int runEndpoint(const QStringList &arguments);
int runDeliveries(const QStringList &arguments);
int runSend(const QStringList &arguments);
int runListen(const QStringList &arguments);
int runTrigger(const QStringList &arguments);
int runRun(const QStringList &arguments);
int runRedeliver(const QStringList &arguments);
int runPreset(const QStringList &arguments);
int runSchedule(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runApi(const QStringList &arguments);

} // namespace Hookbench::Cli
