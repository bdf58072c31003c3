#pragma once

#include "section.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace Hookbench::Ui {

class EmptyState;
class SchedulesPanel;
class Session;

// Trigger: pick an event type, edit its payload (it starts from the type's template and may keep placeholders),
// and send it now to every subscriber or to one endpoint. What was sent from here is listed, each entry opening
// the delivery log on that event. A second tab lists the workspace's schedules, which fire event types later or
// repeatedly.
class TriggerPage final : public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriggerPage)

public:
    explicit TriggerPage(Session &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Trigger & schedules"); }
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("trigger"); }
    void refresh() override;
    bool canSend() const override;
    void send() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;

    // Selects an event type and loads its template.
    bool selectEventType(const QString &name);
    // Sends what the form holds; returns the error, or empty.
    QString sendNow();
    SchedulesPanel *schedulesPanel() const { return m_schedules; }
    QTabWidget *tabs() const { return m_tabs; }
    // The Send now tab's empty state, shown while the workspace has no event type.
    EmptyState *emptyState() const { return m_empty; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadChoices();
    void eventTypeChanged();
    void resetPayload();
    void validate();
    void updateTargets();

    Session &m_session;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QComboBox *m_type;
    QLabel *m_description;
    QComboBox *m_target;
    QLabel *m_targets;
    QPlainTextEdit *m_payload;
    QLabel *m_payloadError;
    QPlainTextEdit *m_preview;
    QPushButton *m_reset;
    QPushButton *m_send;
    QLabel *m_result;
    QListWidget *m_sent;
    QSplitter *m_splitter;
    SchedulesPanel *m_schedules;
    QTabWidget *m_tabs;
    QString m_loadedType;
};

} // namespace Hookbench::Ui
