#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace Hookbench::Test {

// Runs the built `hookbench` binary (HOOKBENCH_BINARY, set by CTest) and collects what it printed.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

QString hookbenchBinary();
CliResult runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 30000);

} // namespace Hookbench::Test
