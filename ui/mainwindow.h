#pragma once

#include <QIcon>
#include <QMainWindow>
#include <QTimer>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Hookbench::Storage {
class Workspace;
}
namespace Hookbench::Engine {
class DeliveryEngine;
}

namespace Hookbench::Ui {

class DeliveriesPage;
class EndpointsPage;
class EventTypesPage;
class ReceiversPage;
class Section;
class Session;
class TriggerPage;

// The workbench over one workspace and its delivery engine (both owned by the caller): a side bar of sections —
// event types, endpoints, trigger, the live delivery log, receivers — and a status bar with the running
// receivers, deliveries in flight, retries waiting and the last minute's success rate. Window geometry, splitters,
// columns and the last section are remembered; every command is in the menus with its shortcut.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Storage::Workspace *workspace, Engine::DeliveryEngine *engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session &session() const { return *m_session; }
    QStringList sectionKeys() const;
    // Builds the section if needed; null for an unknown key.
    Section *section(const QString &key);
    Section *currentSection();
    void showSection(const QString &key);

    // Each builds its section if it has not been shown yet.
    EventTypesPage *eventTypesPage();
    EndpointsPage *endpointsPage();
    TriggerPage *triggerPage();
    DeliveriesPage *deliveriesPage();
    ReceiversPage *receiversPage();

    // Every command in the menus that has a shortcut, menu by menu, the section menus built so far included:
    // what the Keyboard shortcuts dialog lists.
    QList<QAction *> shortcutActions() const;
    // A menu command as a sentence shows it: "Trigger && &schedules" -> "Trigger & schedules".
    static QString commandText(const QString &menuText);

    // Builds every section and selects the first row of every list that has nothing selected, so each section
    // opens on a detail view (used for the README's screenshots).
    void selectFirstRows();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // A section is built the first time it is shown (start-up builds only the one shown first); until then the
    // side bar and the View menu know it by its key, title and icon.
    struct Entry
    {
        QString key;
        QString title;
        QIcon icon;
        std::function<Section *()> make;
        Section *section = nullptr;
        QWidget *placeholder = nullptr;
        QMenu *menu = nullptr;
    };

    void addSection(const QString &key, const QString &title, const QIcon &icon, std::function<Section *()> make);
    Section *build(int index);
    void createActions();
    void createMenus();
    void createStatusBar();
    void updateStatus();
    void updateCommands();
    void sectionChanged(int index);
    void showShortcuts();
    void showWriteFailure(const QString &error);
    void saveSettings() const;
    void restoreSettings();
    // The side bar's row of a section, or -1.
    int sectionIndex(const QString &key) const;
    // The section shown at start-up: the last one shown.
    QString restoredSection() const;

    Session *m_session;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QList<Entry> m_entries;
    EventTypesPage *m_eventTypes = nullptr;
    EndpointsPage *m_endpoints = nullptr;
    TriggerPage *m_trigger = nullptr;
    DeliveriesPage *m_deliveries = nullptr;
    ReceiversPage *m_receivers = nullptr;
    QAction *m_new = nullptr;
    QAction *m_send = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_find = nullptr;
    QAction *m_utc = nullptr;
    QMenu *m_helpMenu = nullptr;
    QLabel *m_receiverStatus = nullptr;
    QLabel *m_flightStatus = nullptr;
    QLabel *m_successStatus = nullptr;
    QLabel *m_writeFailure = nullptr; // made on the first failure to save
    QLabel *m_leaseFailure = nullptr; // hidden while the schedule runner can record its lease
    QTimer m_statusTimer;
    bool m_startUpQueued = false;
};

} // namespace Hookbench::Ui
