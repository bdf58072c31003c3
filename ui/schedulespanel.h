#pragma once

#include "domain/schedule.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSettings;
class QTableView;
class QTimer;

namespace Hookbench::Ui {

class ScheduleModel;
class Session;

// The schedules part of the Trigger & schedules section: the workspace's schedules with their next firing times,
// and buttons to create, edit, enable or disable and remove them. Changes go through core's ScheduleStore and the
// session's schedule runner picks them up at once.
class SchedulesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulesPanel)

public:
    explicit SchedulesPanel(Session &session, QWidget *parent = nullptr);

    ScheduleModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Store operations behind the buttons; each returns the error, or empty.
    QString addSchedule(Schedule schedule);
    QString updateSchedule(Schedule schedule);
    QString setScheduleEnabled(qint64 id, bool enabled);
    QString removeSchedule(qint64 id);

    // Opens the editor on a new schedule (of `eventType` when given) or on the selected one.
    void createSchedule(const QString &eventType = {});
    void editSelected();
    // The list's column widths and order.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);
    // Reads the schedules again from the workspace (F5, the refresh timer): others may edit them too, such as
    // `hookbench schedule` on the command line.
    void reload();
    // False while the workspace has no event type: a new schedule cannot be made, and the panel says why.
    bool canCreate() const;

signals:
    void message(const QString &text);
    // The user asked to define the event type a schedule needs.
    void eventTypeNeeded();

private:
    qint64 selectedId() const;
    void updateButtons();
    void updateEventTypes();
    void edited();

    Session &m_session;
    ScheduleModel *m_model;
    QTableView *m_view;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_remove;
    QWidget *m_needsType;
    QLabel *m_leaseError;
    QTimer *m_refresh;
    bool m_hasEventTypes = false;
};

} // namespace Hookbench::Ui
