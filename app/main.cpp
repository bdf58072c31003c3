#include "cli/cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hookbench"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hookbench.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("Hookbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKBENCH_VERSION));
}

// A first argument that is a sub-command (or a global flag) means headless: no display is touched.
bool isHeadless(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version")
        || first == QLatin1String("-v"))
        return true;
    return !first.startsWith(QLatin1Char('-'));
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    using namespace Hookbench::Cli;
    QStringList arguments = app.arguments().mid(1);
    const QString first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        if (arguments.size() > 1 && findCommand(arguments.at(1)))
            return findCommand(arguments.at(1))->run({arguments.at(1), QStringLiteral("--help")});
        out() << globalHelp();
        return Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v"))
        return findCommand(QStringLiteral("version"))->run({QStringLiteral("version")});
    const Command *command = findCommand(first);
    if (!command) {
        err() << "hookbench: unknown command '" << first << "'. Try 'hookbench --help'." << Qt::endl;
        return Usage;
    }
    return command->run(arguments);
}

} // namespace

int main(int argc, char **argv)
{
    if (isHeadless(argc, argv))
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Hookbench"));
    QApplication::setDesktopFileName(QStringLiteral(HOOKBENCH_APP_ID));
    Hookbench::Ui::MainWindow window;
    window.show();
    return app.exec();
}
