#include "commands.h"

#include "cli.h"

#include <QCoreApplication>

namespace Hookbench::Cli {

int runVersion(const QStringList &)
{
    out() << "hookbench " << QCoreApplication::applicationVersion() << Qt::endl;
    return Ok;
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("version"), QStringLiteral("print the version"), runVersion},
    };
    return list;
}

} // namespace Hookbench::Cli
