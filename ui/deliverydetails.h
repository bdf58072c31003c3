#pragma once

#include "domain/delivery.h"

#include <QWidget>

class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QToolBar;

namespace Hookbench::Ui {

class AttemptModel;
class HttpMessageView;
class Session;

// The details pane of the delivery log: the delivery in one line, its attempts as a timeline, and for the
// selected attempt the request sent and the response received, plus what each signature header means. Follows
// the shown delivery live.
class DeliveryDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryDetails)

public:
    explicit DeliveryDetails(Session &session, QWidget *parent = nullptr);

    // 0 clears the pane.
    void showDelivery(qint64 deliveryId);
    qint64 deliveryId() const { return m_delivery.id; }
    const Hookbench::Delivery &delivery() const { return m_delivery; }
    // The attempt selected in the timeline (the newest by default); id 0 when there is none.
    Attempt currentAttempt() const;
    // Buttons for the log's actions (redeliver, replay, copy as cURL, export) next to the title.
    void addActions(const QList<QAction *> &actions);
    QSplitter *splitter() const { return m_splitter; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void currentAttemptChanged();

private:
    void deliveryUpdated(const Hookbench::Delivery &delivery);
    void attemptFinished(const Hookbench::Attempt &attempt);
    void showAttempt(int row);
    void updateTitle();

    Session &m_session;
    Hookbench::Delivery m_delivery;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_subtitle;
    QToolBar *m_actions;
    AttemptModel *m_attempts;
    QListView *m_timeline;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    HttpMessageView *m_request;
    HttpMessageView *m_response;
    QTextBrowser *m_signature;
};

} // namespace Hookbench::Ui
