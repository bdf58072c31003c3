#include "cli/cli.h"
#include "delivery/deliveryengine.h"
#include "fontpreloader.h"
#include "mainwindow.h"
#include "session.h"
#include "storage/workspace.h"
#include "storage/workspacelocation.h"
#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hookbench"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("hookbench.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("Hookbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKBENCH_VERSION));
}

// A sub-command (after any global options) or a global flag means headless: no display is touched.
bool isHeadless(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return Hookbench::Cli::headlessArguments(arguments).has_value();
}

int runHeadless(int argc, char **argv)
{
    // Headless runs need no GLib integration, and Qt's own UNIX event dispatcher costs less per socket event:
    // `hookbench listen` printing every request went from 0.61× to 0.78× nginx's requests/s with it
    // (benchmarks/receiver/run.sh, same run). It is chosen when the application object is made; a user's own
    // QT_NO_GLIB setting wins.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    describeApplication();
    using namespace Hookbench::Cli;
    const QStringList arguments = *headlessArguments(app.arguments().mid(1));
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
    // What the workspace's writer could not save was said on stderr as it happened; the exit status says it too.
    return exitCodeAfterWrites(command->run(arguments));
}

// Shows each section in turn and saves what the window looks like, one step per timer tick so the event loop
// keeps delivering and painting in between.
struct ScreenshotTour
{
    Hookbench::Ui::MainWindow &window;
    QString directory;
    int delayMs = 1500;
    QStringList remaining;

    void start()
    {
        QDir().mkpath(directory);
        remaining = window.sectionKeys();
        QTimer::singleShot(delayMs, &window, [this] {
            window.selectFirstRows();
            next();
        });
    }

    void next()
    {
        if (remaining.isEmpty()) {
            window.close();
            return;
        }
        const QString key = remaining.takeFirst();
        window.showSection(key);
        QTimer::singleShot(500, &window, [this, key] {
            const QString file = QDir(directory).filePath(key + QStringLiteral(".png"));
            if (!window.grab().save(file))
                qWarning("could not write %s", qPrintable(file));
            next();
        });
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (isHeadless(argc, argv))
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    const Hookbench::Ui::FontPreloader fonts;
    describeApplication();
    Hookbench::Ui::installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Hookbench"));
    QApplication::setDesktopFileName(QStringLiteral(HOOKBENCH_APP_ID));

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("Workspace file to open."), QStringLiteral("PATH")});
    // Hidden: scripts/screenshots.sh saves each section to DIR/<section>.png after DELAY ms, then quits.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("DIR"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"), QString(), QStringLiteral("MS"),
                                       QStringLiteral("1500"));
    screenshotDelay.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.addOption(screenshotDelay);
    parser.parse(app.arguments());
    const QString path = parser.value(QStringLiteral("workspace")).isEmpty()
        ? Hookbench::Storage::defaultWorkspacePath()
        : parser.value(QStringLiteral("workspace"));
    QString error;
    auto workspace = Hookbench::Storage::Workspace::open(path, &error);
    if (!workspace) {
        // Never a silent re-create: the user decides what to do with a file Hookbench cannot read.
        QMessageBox::critical(nullptr, QObject::tr("Cannot open the workspace"), error);
        return 3;
    }
    // The window's log shows what other processes (`hookbench run`, `send --workspace`) send on this workspace as
    // it happens.
    Hookbench::Engine::DeliveryEngine::Options engineOptions;
    engineOptions.followsOthers = true;
    Hookbench::Engine::DeliveryEngine engine(*workspace, engineOptions);
    Hookbench::Ui::MainWindow window(workspace.get(), &engine);
    // The outbox resumes once the window is on screen: reading a long list of pending retries must not hold it up.
    QObject::connect(&window.session(), &Hookbench::Ui::Session::startUpFinished, &engine,
                     &Hookbench::Engine::DeliveryEngine::start, Qt::SingleShotConnection);
    window.show();
    ScreenshotTour tour {window, parser.value(screenshot), parser.value(screenshotDelay).toInt()};
    if (!tour.directory.isEmpty())
        tour.start();
    const int status = app.exec();
    engine.stop();
    return status;
}
