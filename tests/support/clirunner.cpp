#include "clirunner.h"

#include <QProcess>

namespace Hookbench::Test {

QString hookbenchBinary()
{
    return qEnvironmentVariable("HOOKBENCH_BINARY");
}

CliResult runCli(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.start(hookbenchBinary(), arguments);
    CliResult result;
    if (!process.waitForStarted(timeoutMs))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace Hookbench::Test
