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
// the shown delivery live. Until a delivery is first shown it holds only its placeholder: the timeline, tabs and
// message views are built then, which keeps them out of the window's start-up.
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
    // The timeline / tabs splitter, kept until the content is built.
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);
    // Builds the content if needed.
    QTabWidget *tabs();

signals:
    void currentAttemptChanged();

private:
    void deliveryUpdated(const Hookbench::Delivery &delivery);
    void attemptFinished(const Hookbench::Attempt &attempt);
    void showAttempt(int row);
    void updateTitle();
    void ensureContent();

    Session &m_session;
    Hookbench::Delivery m_delivery;
    QStackedWidget *m_stack;
    AttemptModel *m_attempts;
    QList<QAction *> m_actionList;
    QByteArray m_splitterState;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QToolBar *m_actions = nullptr;
    QListView *m_timeline = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    HttpMessageView *m_request = nullptr;
    HttpMessageView *m_response = nullptr;
    QTextBrowser *m_signature = nullptr;
};

} // namespace Hookbench::Ui
