#pragma once

#include "domain/capturedrequest.h"
#include "section.h"

class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Hookbench::Ui {

class CaptureDetails;
class CaptureModel;
class EmptyState;
class ReceiverEditor;
class ReceiverModel;
class Session;

// Receivers: Hookbench's own HTTP endpoints. Start and stop them, copy their URL, watch the requests they capture
// live with the verdict of each signature check, and edit how they answer (rules), what they verify and where
// they forward. A captured request can be copied as cURL, forwarded, or replayed to an endpoint.
class ReceiversPage final : public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiversPage)

public:
    explicit ReceiversPage(Session &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Receivers"); }
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("receivers"); }
    bool canCreate() const override { return true; }
    void create() override;
    void refresh() override;
    QList<QAction *> sectionActions() const override;
    QString menuTitle() const override { return tr("&Receiver"); }
    bool confirmLeave() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;

    ReceiverModel *model() const { return m_model; }
    CaptureModel *captures() const { return m_captures; }
    ReceiverEditor *editor() const { return m_editor; }
    QTableView *view() const { return m_view; }
    QTableView *captureView() const { return m_captureView; }
    // Creates a loopback receiver on any free port and starts it; returns its id (0 on failure).
    qint64 quickStart();

private:
    qint64 currentId() const;
    void currentChanged();
    void selectId(qint64 id);
    void save();
    void remove();
    void toggleRunning();
    void copyUrl();
    void captureSelected();
    void showCapture(const Hookbench::CapturedRequest &capture);
    void copyCurl();
    void forward();
    void replayToEndpoint();
    void clearCaptures();
    void updateActions();
    void updateEmptyState();

    Session &m_session;
    ReceiverModel *m_model;
    CaptureModel *m_captures;
    QTableView *m_view;
    QTableView *m_captureView;
    CaptureDetails *m_details;
    ReceiverEditor *m_editor;
    QTabWidget *m_tabs;
    QStackedWidget *m_stack;
    QStackedWidget *m_rightStack;
    EmptyState *m_empty;
    QSplitter *m_splitter;
    QSplitter *m_captureSplitter;
    QAction *m_startStop;
    QAction *m_copyUrl;
    QAction *m_copyCurl;
    QAction *m_forward;
    QAction *m_replay;
    QAction *m_clear;
    qint64 m_shownId = -1;
    bool m_selecting = false;
};

} // namespace Hookbench::Ui
