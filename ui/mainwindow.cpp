#include "mainwindow.h"

#include "apipage.h"
#include "deliveriespage.h"
#include "delivery/deliveryengine.h"
#include "editorsupport.h"
#include "endpointspage.h"
#include "endpointstats.h"
#include "eventtypespage.h"
#include "icons.h"
#include "jsonhighlighter.h"
#include "receiverhost.h"
#include "receiverspage.h"
#include "session.h"
#include "settingsdialog.h"
#include "storage/workspace.h"
#include "subscriptions/apisettings.h"
#include "triggerpage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

namespace Hookbench::Ui {

MainWindow::MainWindow(Storage::Workspace *workspace, Engine::DeliveryEngine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session(*workspace, *engine, this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    // Until the first paint: the section shown first is built after it, and the engine starts then
    // (Session::startUpFinished). A window not shown half a second after it is made (a tool's, a test's) ends its
    // start-up then; one shown ends it when painted, or two seconds after it was made at the latest: a window that
    // starts minimised may not be painted until it is restored, and deliveries must not wait for that.
    m_session->setStartingUp(true);
    QTimer::singleShot(500, this, [this] {
        if (!isVisible())
            m_session->setStartingUp(false);
    });
    QTimer::singleShot(2000, this, [this] { m_session->setStartingUp(false); });
    // The menu bar first: making it loads its overflow button's image, which needs no font, so it costs nothing
    // while the fonts are still being read (FontPreloader).
    menuBar();
    setWindowTitle(tr("%1 — Hookbench").arg(QFileInfo(workspace->path()).completeBaseName()));
    setWindowIcon(Icons::coloured(QStringLiteral("hookbench")));

    m_sidebar->setObjectName(QStringLiteral("sections"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(1);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The side bar is a quieter surface than the content it switches.
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_sidebar->viewport()->setBackgroundRole(QPalette::Window);

    addSection(QStringLiteral("event-types"), EventTypesPage::tr("Event types"),
               Icons::themed(QStringLiteral("section-event-types")),
               [this] { return m_eventTypes = new EventTypesPage(*m_session, this); });
    addSection(QStringLiteral("endpoints"), EndpointsPage::tr("Endpoints"),
               Icons::themed(QStringLiteral("section-endpoints")),
               [this] { return m_endpoints = new EndpointsPage(*m_session, this); });
    addSection(QStringLiteral("trigger"), TriggerPage::tr("Trigger & schedules"),
               Icons::themed(QStringLiteral("section-trigger")),
               [this] { return m_trigger = new TriggerPage(*m_session, this); });
    addSection(QStringLiteral("deliveries"), DeliveriesPage::tr("Deliveries"),
               Icons::themed(QStringLiteral("section-deliveries")),
               [this] { return m_deliveries = new DeliveriesPage(*m_session, this); });
    addSection(QStringLiteral("receivers"), ReceiversPage::tr("Receivers"),
               Icons::themed(QStringLiteral("section-receivers")),
               [this] { return m_receivers = new ReceiversPage(*m_session, this); });
    addSection(QStringLiteral("api"), ApiPage::tr("Subscription APIs"), Icons::themed(QStringLiteral("link")),
               [this] { return new ApiPage(*m_session, this); });
    createActions();
    createMenus();
    // Nothing so far has measured text, and the fonts may still be being read (FontPreloader). What needs no font
    // comes first: the side bar's icons, drawn as its first paint draws them (the section shown first selected).
    const QString shown = restoredSection();
    for (const Entry &e : std::as_const(m_entries))
        e.icon.pixmap(m_sidebar->iconSize(), e.key == shown ? QIcon::Selected : QIcon::Normal);
    const int rowHeight = m_sidebar->fontMetrics().height() + 16;
    for (int row = 0; row < m_sidebar->count(); ++row)
        m_sidebar->item(row)->setSizeHint(QSize(0, rowHeight));
    int width = 0;
    for (const Entry &e : std::as_const(m_entries))
        width = qMax(width, m_sidebar->fontMetrics().horizontalAdvance(e.title));
    width += m_sidebar->iconSize().width() + 40;
    m_sidebar->setFixedWidth(width);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createStatusBar();
    // The subscription APIs are served by their section: when the workspace has them on, it is built now.
    if (Subscriptions::loadApiSettings(workspace->settings()).enabled)
        section(QStringLiteral("api"));
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::sectionChanged);
    connect(m_session, &Session::showDeliveriesRequested, this, [this](const Storage::DeliveryFilter &filter) {
        // A log built just now missed this signal (connections made while it is emitted are not called).
        const bool built = m_deliveries;
        showSection(QStringLiteral("deliveries"));
        if (!built)
            m_deliveries->applyFilter(filter);
    });
    connect(m_session, &Session::showTriggerRequested, this, [this](const QString &type) {
        showSection(QStringLiteral("trigger"));
        m_trigger->selectEventType(type);
    });
    connect(m_session, &Session::sectionRequested, this, [this](const QString &key, bool create) {
        showSection(key);
        if (create && currentSection()->canCreate())
            currentSection()->create();
    });

    resize(1280, 800);
    restoreSettings();
    const QStringList failures = m_session->receivers().startAutoStart();
    if (!failures.isEmpty())
        statusBar()->showMessage(tr("Receivers not started: %1").arg(failures.join(QLatin1String("; "))), 10000);
    updateStatus();
    m_statusTimer.setInterval(500);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start();
}

MainWindow::~MainWindow()
{
    m_session->receivers().stopAll();
}

void MainWindow::addSection(const QString &key, const QString &title, const QIcon &icon,
                            std::function<Section *()> make)
{
    Entry e;
    e.key = key;
    e.title = title;
    e.icon = icon;
    e.make = std::move(make);
    e.placeholder = new QWidget(m_pages);
    m_pages->addWidget(e.placeholder);
    m_entries.append(e);
    auto *item = new QListWidgetItem(icon, title, m_sidebar);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(m_entries.size()));
}

Section *MainWindow::build(int index)
{
    Entry &e = m_entries[index];
    if (e.section)
        return e.section;
    Section *section = e.make();
    e.section = section;
    // In the placeholder's place in the stack, which keeps the indexes of the side bar.
    m_pages->insertWidget(index, section);
    m_pages->removeWidget(e.placeholder);
    delete std::exchange(e.placeholder, nullptr);
    connect(section, &Section::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(section, &Section::commandsChanged, this, &MainWindow::updateCommands);
    section->restoreState(QSettings());

    const QList<QAction *> actions = section->sectionActions();
    if (!actions.isEmpty() && !section->menuTitle().isEmpty()) {
        e.menu = new QMenu(section->menuTitle(), this);
        menuBar()->insertMenu(m_helpMenu->menuAction(), e.menu);
        for (QAction *a : actions) {
            if (!a) {
                e.menu->addSeparator();
                continue;
            }
            e.menu->addAction(a);
            // The shortcut works where the section is: Ctrl+R in another section must not redeliver unseen rows.
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            section->addAction(a);
        }
        e.menu->menuAction()->setVisible(m_sidebar->currentRow() == index);
    }
    return section;
}

EventTypesPage *MainWindow::eventTypesPage()
{
    section(QStringLiteral("event-types"));
    return m_eventTypes;
}

EndpointsPage *MainWindow::endpointsPage()
{
    section(QStringLiteral("endpoints"));
    return m_endpoints;
}

TriggerPage *MainWindow::triggerPage()
{
    section(QStringLiteral("trigger"));
    return m_trigger;
}

DeliveriesPage *MainWindow::deliveriesPage()
{
    section(QStringLiteral("deliveries"));
    return m_deliveries;
}

ReceiversPage *MainWindow::receiversPage()
{
    section(QStringLiteral("receivers"));
    return m_receivers;
}

QStringList MainWindow::sectionKeys() const
{
    QStringList keys;
    for (const Entry &e : m_entries)
        keys << e.key;
    return keys;
}

int MainWindow::sectionIndex(const QString &key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return i;
    }
    return -1;
}

Section *MainWindow::section(const QString &key)
{
    const int index = sectionIndex(key);
    return index >= 0 ? build(index) : nullptr;
}

Section *MainWindow::currentSection()
{
    const int index = m_sidebar->currentRow();
    return index >= 0 && index < m_entries.size() ? build(index) : nullptr;
}

void MainWindow::showSection(const QString &key)
{
    if (const int index = sectionIndex(key); index >= 0)
        m_sidebar->setCurrentRow(index);
}

void MainWindow::sectionChanged(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    Section *current = build(index);
    m_pages->setCurrentIndex(index);
    for (int i = 0; i < m_entries.size(); ++i) {
        if (QMenu *menu = m_entries.at(i).menu)
            menu->menuAction()->setVisible(i == index);
    }
    // Keyboard users land in the section's main list, ready for the arrow keys.
    if (auto *view = current->findChild<QAbstractItemView *>(); view && view->isVisible())
        view->setFocus(Qt::OtherFocusReason);
    updateCommands();
}

void MainWindow::createActions()
{
    m_new = new QAction(Icons::themed(QStringLiteral("add")), tr("&New"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Create an item in the current section (Ctrl+N)"));
    connect(m_new, &QAction::triggered, this, [this] {
        if (currentSection()->canCreate())
            currentSection()->create();
    });
    m_send = new QAction(Icons::themed(QStringLiteral("send")), tr("&Send"), this);
    m_send->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_send->setToolTip(tr("Send the event in Trigger, or a test to the endpoint in Endpoints (Ctrl+Enter)"));
    connect(m_send, &QAction::triggered, this, [this] {
        if (currentSection()->canSend())
            currentSection()->send();
        else if (!m_trigger || currentSection() != m_trigger)
            showSection(QStringLiteral("trigger"));
    });
    m_refresh = new QAction(Icons::themed(QStringLiteral("refresh")), tr("&Refresh"), this);
    // Not QKeySequence::Refresh: on Linux that includes Ctrl+R, which redelivers.
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Read the current section again from the workspace (F5)"));
    connect(m_refresh, &QAction::triggered, this, [this] { currentSection()->refresh(); });
    m_find = new QAction(Icons::themed(QStringLiteral("filter")), tr("&Find"), this);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setToolTip(tr("Filter the current list (Ctrl+F)"));
    connect(m_find, &QAction::triggered, this, [this] { currentSection()->focusFilter(); });
    m_utc = new QAction(tr("Times in &UTC"), this);
    m_utc->setCheckable(true);
    m_utc->setChecked(m_session->utcTimes());
    connect(m_utc, &QAction::toggled, m_session, &Session::setUtcTimes);
    connect(m_session, &Session::timeDisplayChanged, this, [this] { m_utc->setChecked(m_session->utcTimes()); });
    addActions({m_new, m_send, m_refresh, m_find});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_new);
    file->addSeparator();
    QAction *settings = file->addAction(Icons::themed(QStringLiteral("settings")), tr("S&ettings…"), this,
                                        [this] { SettingsDialog(*m_session, this).exec(); });
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_find);
    edit->addAction(m_send);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        const QString key = e.key;
        // A title's "&" ("Trigger & schedules") is text, not the mark of a shortcut letter.
        QAction *go = view->addAction(e.icon, QString(e.title).replace(QLatin1Char('&'), QLatin1String("&&")), this,
                                      [this, key] { showSection(key); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        addAction(go);
    }
    view->addSeparator();
    view->addAction(m_refresh);
    view->addAction(m_utc);

    // Each section's own menu goes before Help when the section is built.
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QMenu *help = m_helpMenu;
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts)
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Hookbench"), this, [this] {
        QMessageBox::about(this, tr("About Hookbench"),
                           tr("<b>Hookbench %1</b><p>A native workbench for building and testing webhook "
                              "integrations.</p><p>Workspace: %2</p>")
                               .arg(QApplication::applicationVersion(), m_session->workspace().path().toHtmlEscaped()));
    });
}

QList<QAction *> MainWindow::shortcutActions() const
{
    // The menu bar's own actions: the section menus are the window's children, not the menu bar's, and are found
    // only this way (hidden while their section is not shown, but listed all the same).
    QList<QAction *> actions;
    std::function<void(const QMenu *)> collect = [&](const QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                collect(a->menu());
            else if (!a->shortcut().isEmpty() && !actions.contains(a))
                actions.append(a);
        }
    };
    for (const QAction *menuAction : menuBar()->actions()) {
        if (menuAction->menu())
            collect(menuAction->menu());
    }
    return actions;
}

QString MainWindow::commandText(const QString &menuText)
{
    QString text;
    for (qsizetype i = 0; i < menuText.size(); ++i) {
        if (menuText.at(i) == QLatin1Char('&')) {
            // "&&" is one "&"; a single one marks the next letter.
            if (i + 1 < menuText.size() && menuText.at(i + 1) == QLatin1Char('&'))
                text += menuText.at(++i);
            continue;
        }
        text += menuText.at(i);
    }
    return text;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    const QList<QAction *> actions = shortcutActions();
    table->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(actions.at(row)->icon(), commandText(actions.at(row)->text())));
        QStringList keys;
        for (const QKeySequence &k : actions.at(row)->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        table->setItem(row, 1, new QTableWidgetItem(keys.join(QLatin1String(", "))));
    }
    table->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(480, 520);
    dialog.exec();
}

void MainWindow::createStatusBar()
{
    m_receiverStatus = new QLabel(this);
    m_receiverStatus->setObjectName(QStringLiteral("receiverStatus"));
    m_receiverStatus->setTextFormat(Qt::RichText);
    m_receiverStatus->setToolTip(tr("Click a URL to copy it"));
    connect(m_receiverStatus, &QLabel::linkActivated, this, [this](const QString &url) {
        QApplication::clipboard()->setText(url);
        statusBar()->showMessage(tr("Copied %1").arg(url), 4000);
    });
    m_flightStatus = new QLabel(this);
    m_flightStatus->setObjectName(QStringLiteral("flightStatus"));
    m_successStatus = new QLabel(this);
    m_successStatus->setObjectName(QStringLiteral("successStatus"));
    m_successStatus->setToolTip(tr("Deliveries that succeeded among those that finished in the last minute"));
    for (QLabel *label : {m_receiverStatus, m_flightStatus, m_successStatus})
        label->setContentsMargins(10, 0, 10, 0);
    statusBar()->addPermanentWidget(m_receiverStatus);
    statusBar()->addPermanentWidget(m_flightStatus);
    statusBar()->addPermanentWidget(m_successStatus);
    connect(&m_session->receivers(), &ReceiverHost::runningChanged, this, &MainWindow::updateStatus);
    // The log writer works on a thread of its own: a failure to save (a full disk, a file another program locked)
    // would otherwise go unnoticed while deliveries and captures go on.
    connect(&m_session->workspace().writer(), &Storage::BatchWriter::writeFailed, this, &MainWindow::showWriteFailure);
    // Schedules fire whichever section is shown; a firing that cannot happen is said where the user looks first.
    // The schedules list keeps showing it ("Failing") until a firing succeeds.
    connect(m_session, &Session::scheduleFailureChanged, this,
            [this](const Hookbench::Schedule &schedule, const QString &error) {
                if (!error.isEmpty())
                    statusBar()->showMessage(
                        tr("Schedule %1 (%2) could not fire: %3").arg(schedule.id).arg(schedule.eventType, error),
                        15000);
            });
    // A lease that cannot be saved stops every schedule in this window, for as long as it lasts: it stays in view
    // (the runner reports it before the window exists, so the current state is shown at once).
    m_leaseFailure = EditorSupport::errorLabel(this, QStringLiteral("scheduleLeaseFailure"));
    m_leaseFailure->setWordWrap(false);
    m_leaseFailure->setContentsMargins(10, 0, 10, 0);
    statusBar()->insertPermanentWidget(0, m_leaseFailure);
    auto showLeaseFailure = [this](const QString &error) {
        const QString text = error.isEmpty() ? QString() : tr("No schedule fires from this window: %1").arg(error);
        EditorSupport::setError(m_leaseFailure, m_leaseFailure->fontMetrics().elidedText(text, Qt::ElideRight, 480));
        m_leaseFailure->setToolTip(text);
    };
    showLeaseFailure(m_session->scheduleLeaseFailure());
    connect(m_session, &Session::scheduleLeaseFailureChanged, this, showLeaseFailure);
}

void MainWindow::showWriteFailure(const QString &error)
{
    if (!m_writeFailure) {
        // In the editors' error colour, on one line.
        m_writeFailure = EditorSupport::errorLabel(this, QStringLiteral("writeFailure"));
        m_writeFailure->setWordWrap(false);
        m_writeFailure->setContentsMargins(10, 0, 10, 0);
        statusBar()->insertPermanentWidget(0, m_writeFailure);
    }
    const QString text = tr("Not saved to the workspace (%1): %2")
                             .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), error);
    // The latest failure stays in view; the whole text is in the tooltip when the status bar is narrow.
    EditorSupport::setError(m_writeFailure, m_writeFailure->fontMetrics().elidedText(text, Qt::ElideRight, 480));
    m_writeFailure->setToolTip(text);
    qWarning("%s", qPrintable(text));
}

void MainWindow::updateStatus()
{
    QStringList receivers;
    for (qint64 id : m_session->receivers().running()) {
        const QString url = m_session->receivers().baseUrl(id);
        const auto r = m_session->workspace().receivers().find(id);
        receivers << QStringLiteral("%1 <a href=\"%2\">%2</a>")
                         .arg((r ? r->name : QString()).toHtmlEscaped(), url.toHtmlEscaped());
    }
    m_receiverStatus->setText(receivers.isEmpty() ? tr("No receiver running") : receivers.join(QStringLiteral(" · ")));
    const Engine::DeliveryEngine::Stats stats = m_session->engine().stats();
    m_flightStatus->setText(tr("%Ln in flight · %1 retrying · %2 pending", nullptr, stats.inFlight)
                                .arg(QLocale().toString(stats.retryWaiting), QLocale().toString(stats.pending)));
    const auto [ok, total] = m_session->stats().recentOutcomes(QDateTime::currentMSecsSinceEpoch());
    m_successStatus->setText(
        total ? tr("%1% succeeded (last minute)").arg(QLocale().toString(100.0 * ok / total, 'f', total < 100 ? 0 : 1))
              : tr("— succeeded (last minute)"));
}

void MainWindow::updateCommands()
{
    Section *current = currentSection();
    if (!current)
        return;
    m_new->setEnabled(current->canCreate());
    m_send->setEnabled(current->canSend() || current != m_trigger);
}

void MainWindow::selectFirstRows()
{
    for (int i = 0; i < m_entries.size(); ++i)
        build(i);
    // Twice: selecting in one list (a receiver) fills another (its captured requests).
    for (int pass = 0; pass < 2; ++pass) {
        for (QTableView *view : findChildren<QTableView *>()) {
            if (view->model() && view->model()->rowCount() > 0 && !view->currentIndex().isValid()
                && view->selectionBehavior() == QAbstractItemView::SelectRows)
                view->setCurrentIndex(view->model()->index(0, 0));
        }
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (JsonHighlighter *highlighter : findChildren<JsonHighlighter *>())
            highlighter->updateColors();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // The window paints before its children: start-up is over once this whole paint is on screen.
    if (m_session->startingUp() && !m_startUpQueued) {
        m_startUpQueued = true;
        QTimer::singleShot(0, this, [this] { m_session->setStartingUp(false); });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.section && !e.section->confirmLeave()) {
            showSection(e.key);
            event->ignore();
            return;
        }
    }
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (const int index = m_sidebar->currentRow(); index >= 0 && index < m_entries.size())
        settings.setValue(QStringLiteral("window/section"), m_entries.at(index).key);
    // Sections never built keep what they saved last time.
    for (const Entry &e : m_entries) {
        if (e.section)
            e.section->saveState(settings);
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // The section the window opens on is selected now and built once the window has been painted
    // (Session::startUpFinished): the window is on screen with its menus, side bar and status bar that much sooner,
    // and the section follows in the next pass of the event loop. It restores its own state then, as the others
    // will when first shown; any section asked for before then (a command, a test) is built at once.
    if (const int index = sectionIndex(restoredSection()); index >= 0) {
        const QSignalBlocker notYet(m_sidebar);
        m_sidebar->setCurrentRow(index);
        m_pages->setCurrentIndex(index);
    }
    connect(
        m_session, &Session::startUpFinished, this, [this] { sectionChanged(m_sidebar->currentRow()); },
        Qt::SingleShotConnection);
}

QString MainWindow::restoredSection() const
{
    const QString last = QSettings().value(QStringLiteral("window/section"), QStringLiteral("deliveries")).toString();
    return sectionKeys().contains(last) ? last : QStringLiteral("deliveries");
}

} // namespace Hookbench::Ui
