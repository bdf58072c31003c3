#pragma once

#include "section.h"
#include "storage/stores.h"

#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Hookbench::Storage {
class DeliveryCounter;
}

namespace Hookbench::Ui {

class DeliveryDetails;
class DeliveryLogModel;
class EmptyState;
class Session;

// The live delivery log: filters (state, event type, endpoint, time, status, text), the table, and the details
// pane of the selected delivery, with redeliver, replay, copy as cURL and export.
class DeliveriesPage final : public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveriesPage)

public:
    explicit DeliveriesPage(Session &session, QWidget *parent = nullptr);
    ~DeliveriesPage() override;

    QString title() const override { return tr("Deliveries"); }
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("deliveries"); }
    void refresh() override;
    void focusFilter() override;
    QList<QAction *> sectionActions() const override;
    QString menuTitle() const override { return tr("&Delivery"); }
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;

    // Shows the log with this filter, the filter bar set to match.
    void applyFilter(const Storage::DeliveryFilter &filter);
    Storage::DeliveryFilter currentFilter() const;
    DeliveryLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    DeliveryDetails *details() const { return m_details; }
    QAction *redeliverAction() const { return m_redeliver; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<qint64> selectedIds() const;
    void filterEdited();
    void showEventFilter(qint64 eventId);
    void updateActions();
    void updateEmptyState();
    EmptyState *emptyState();
    EmptyState *noMatchState();
    void requestCount();
    void reloadChoices();
    void redeliver();
    void replay();
    void cancelRetries();
    void copyCurl();
    void copyId();
    void exportSelected(bool har);
    void showContextMenu(const QPoint &position);

    Session &m_session;
    DeliveryLogModel *m_model;
    std::unique_ptr<Storage::DeliveryCounter> m_counter;
    quint64 m_countRequest = 0;
    bool m_countQueued = false;
    QTimer m_countTimer;
    QTimer m_textDebounce;
    QLineEdit *m_text;
    QToolButton *m_states;
    QComboBox *m_eventType;
    QComboBox *m_endpoint;
    QComboBox *m_time;
    QLineEdit *m_status;
    QToolButton *m_clear;
    // Shown while the log shows one event's deliveries ("show in the log", replay): that filter has no field of
    // its own in the bar, so it says so here and a click drops it.
    QToolButton *m_eventFilter;
    QLabel *m_count;
    QToolButton *m_hiddenNew;
    QTableView *m_view;
    QStackedWidget *m_tableStack;
    EmptyState *m_empty = nullptr;
    EmptyState *m_noMatch = nullptr;
    QSplitter *m_splitter;
    DeliveryDetails *m_details;
    QAction *m_redeliver;
    QAction *m_replay;
    QAction *m_cancel;
    QAction *m_copyCurl;
    QAction *m_copyId;
    QAction *m_exportHar;
    QAction *m_exportJson;
    QAction *m_toggleDetails;
    bool m_settingFilter = false;
};

} // namespace Hookbench::Ui
