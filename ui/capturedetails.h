#pragma once

#include "domain/capturedrequest.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;
class QToolBar;

namespace Hookbench::Ui {

class HttpMessageView;

// A captured request: where it came from and how it was answered, the verdict of every verification secret, the
// request itself, and what the forward target answered.
class CaptureDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureDetails)

public:
    explicit CaptureDetails(QWidget *parent = nullptr);

    // An invalid capture (id 0) clears the pane. `receiverVerifies`: the receiver has verification secrets now
    // (a capture without verdicts arrived before they were added, or was a handshake).
    void showCapture(const CapturedRequest &capture, bool utc, bool receiverVerifies);
    const CapturedRequest &capture() const { return m_capture; }
    void addActions(const QList<QAction *> &actions);

private:
    CapturedRequest m_capture;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QTextBrowser *m_verdicts;
    QToolBar *m_actions;
    HttpMessageView *m_request;
};

} // namespace Hookbench::Ui
