#include "capturedetails.h"

#include "export/har.h"
#include "httpmessageview.h"
#include "receiver/handshakes.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace Hookbench::Ui {

namespace {
// The receiver answers handshakes itself and never verifies them, secrets or not.
bool isHandshake(const CapturedRequest &c)
{
    Http::Request request;
    request.method = c.method;
    request.target = c.target;
    request.headers = c.headers;
    request.body = c.body;
    return Receiving::handshakeResponse(request).has_value();
}
} // namespace

CaptureDetails::CaptureDetails(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_verdicts(new QTextBrowser(this))
    , m_actions(new QToolBar(this))
    , m_request(new HttpMessageView(this))
{
    auto *placeholder = new QLabel(tr("Select a captured request to see it whole."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdicts->setMaximumHeight(m_verdicts->fontMetrics().height() * 3 + 12);
    m_verdicts->setFrameShape(QFrame::NoFrame);
    m_verdicts->setObjectName(QStringLiteral("verdicts"));
    m_actions->setIconSize(QSize(16, 16));
    m_actions->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *content = new QWidget(this);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_actions, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(header);
    layout->addWidget(m_verdicts);
    layout->addWidget(m_request, 1);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

void CaptureDetails::addActions(const QList<QAction *> &actions)
{
    m_actions->addActions(actions);
}

void CaptureDetails::showCapture(const CapturedRequest &c, bool utc, bool receiverVerifies)
{
    m_capture = c;
    if (!c.id) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const QDateTime received = utc ? c.receivedAt.toUTC() : c.receivedAt.toLocalTime();
    QString answered = c.responseStatus
        ? tr("answered %1 %2").arg(c.responseStatus).arg(Export::reasonPhrase(c.responseStatus))
        : tr("not answered");
    m_title->setText(tr("<b>%1 %2</b><br>%3 · from %4 · %5")
                         .arg(QString::fromLatin1(c.method), QString::fromUtf8(c.target).toHtmlEscaped(),
                              received.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                              c.remoteAddress.toHtmlEscaped(), answered.toHtmlEscaped()));
    QString html;
    if (c.verdicts.isEmpty() && !receiverVerifies) {
        html = tr("<span style=\"color:gray\">No verification secret configured: signatures were not checked. "
                  "Add the sender's secret in the receiver's settings.</span>");
    } else if (c.verdicts.isEmpty() && isHandshake(c)) {
        html = tr("<span style=\"color:gray\">A provider handshake: answered automatically and not verified, "
                  "since handshakes are not signed.</span>");
    } else if (c.verdicts.isEmpty()) {
        // Verdicts are stored with the capture and secrets carry no date: the request can only have come in
        // before the receiver had a secret, which is all this text claims.
        html = tr("<span style=\"color:gray\">Not verified when captured: the receiver had no verification secret "
                  "when this request arrived. Requests received since then are checked.</span>");
    } else {
        for (const Verdict &v : c.verdicts) {
            const bool ok = v.result == Verdict::Result::Valid;
            html += QStringLiteral("<div><b style=\"color:%1\">%2</b> %3 — %4</div>")
                        .arg(ok ? QStringLiteral("#2e9e58") : QStringLiteral("#d3373c"),
                             ok ? tr("✓ valid") : tr("✗ %1").arg(verdictResultDisplayName(v.result)),
                             schemeDisplayName(v.scheme).toHtmlEscaped(), v.detail.toHtmlEscaped());
        }
    }
    if (!c.forwardedTo.isEmpty()) {
        const QString outcome = c.forwardStatus ? QString::number(c.forwardStatus)
                                                : (c.forwardError.isEmpty() ? tr("waiting…") : c.forwardError);
        html += tr("<div>Forwarded to %1: <b>%2</b></div>").arg(c.forwardedTo.toHtmlEscaped(), outcome.toHtmlEscaped());
    }
    m_verdicts->setHtml(html);
    m_request->setMessage(tr("<b>%1</b> %2 %3")
                              .arg(QString::fromLatin1(c.method), QString::fromUtf8(c.target).toHtmlEscaped(),
                                   QString::fromLatin1(c.httpVersion)),
                          c.headers, c.body);
}

} // namespace Hookbench::Ui
