#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace Hookbench::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("Hookbench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hookbench.svg")));
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Hookbench"), this, [this] {
        QMessageBox::about(this, tr("About Hookbench"),
                           tr("<b>Hookbench %1</b><p>A native workbench for building and testing webhook "
                              "integrations.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

} // namespace Hookbench::Ui
