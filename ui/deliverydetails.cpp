#include "deliverydetails.h"

#include "attemptmodel.h"
#include "delivery/deliveryengine.h"
#include "export/har.h"
#include "format.h"
#include "httpmessageview.h"
#include "icons.h"
#include "session.h"
#include "signing/explain.h"

#include <QCoreApplication>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace Hookbench::Ui {

namespace {

// Draws an attempt as a stop on a vertical line: a coloured dot, what happened, and when.
class AttemptDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = QIcon();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRect r = option.rect;
        const int x = r.left() + 14;
        const int rows = index.model()->rowCount();
        const QColor line = option.palette.color(QPalette::Mid);
        painter->setPen(QPen(line, 2));
        if (index.row() > 0)
            painter->drawLine(x, r.top(), x, r.center().y());
        if (index.row() < rows - 1)
            painter->drawLine(x, r.center().y(), x, r.bottom() + 1);
        const bool ok = index.data(AttemptModel::SucceededRole).toBool();
        const int status = index.data(AttemptModel::StatusRole).toInt();
        const QColor dot = ok
            ? QColor(0x2e, 0x9e, 0x58)
            : (status >= 400 && status < 500 && status != 408 && status != 429 ? QColor(0xd3, 0x37, 0x3c)
                                                                               : QColor(0xd4, 0x8a, 0x14));
        painter->setPen(QPen(option.palette.color(QPalette::Base), 2));
        painter->setBrush(dot);
        painter->drawEllipse(QPointF(x, r.center().y()), 6, 6);

        const bool selected = option.state & QStyle::State_Selected;
        const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = selected ? text : option.palette.color(QPalette::PlaceholderText);
        const QRect textRect = r.adjusted(30, 3, -4, -3);
        const int n = index.data(AttemptModel::NumberRole).toInt();
        const QString outcome = status ? QStringLiteral("%1 %2").arg(status).arg(Export::reasonPhrase(status)).trimmed()
                                       : QCoreApplication::translate("Hookbench::Ui::DeliveryDetails", "no response");
        const QString first = QCoreApplication::translate("Hookbench::Ui::DeliveryDetails", "#%1  %2  ·  %3")
                                  .arg(n)
                                  .arg(outcome, Format::duration(index.data(AttemptModel::DurationRole).toLongLong()));
        QString second
            = index.data(AttemptModel::StartedRole).toDateTime().toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        const qint64 gap = index.data(AttemptModel::GapRole).toLongLong();
        if (gap > 0)
            second += QCoreApplication::translate("Hookbench::Ui::DeliveryDetails", "  ·  +%1 after #%2")
                          .arg(Format::duration(gap * 1000))
                          .arg(n - 1);
        const QString error = index.data(AttemptModel::ErrorRole).toString();
        if (!error.isEmpty())
            second += QStringLiteral("  ·  ") + error;
        QFont bold = option.font;
        bold.setWeight(QFont::DemiBold);
        painter->setFont(bold);
        painter->setPen(text);
        const QFontMetrics fm(bold);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignTop,
                          fm.elidedText(first, Qt::ElideRight, textRect.width()));
        painter->setFont(option.font);
        painter->setPen(muted);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignBottom,
                          option.fontMetrics.elidedText(second, Qt::ElideRight, textRect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {220, option.fontMetrics.height() * 2 + 10};
    }
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

DeliveryDetails::DeliveryDetails(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_attempts(new AttemptModel(this))
{
    auto *placeholder = new QLabel(tr("Select a delivery to see its attempts, the request sent and the response "
                                      "received."),
                                   this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(placeholder);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(&session.engine(), &Engine::DeliveryEngine::deliveryChanged, this, &DeliveryDetails::deliveryUpdated);
    connect(&session.engine(), &Engine::DeliveryEngine::attemptFinished, this, &DeliveryDetails::attemptFinished);
    connect(&session, &Session::timeDisplayChanged, this, &DeliveryDetails::updateTitle);
}

void DeliveryDetails::ensureContent()
{
    if (m_tabs)
        return;
    m_title = new QLabel(this);
    m_subtitle = new QLabel(this);
    m_actions = new QToolBar(this);
    m_timeline = new QListView(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_tabs = new QTabWidget(this);
    m_request = new HttpMessageView(this);
    m_response = new HttpMessageView(this);
    m_signature = new QTextBrowser(this);

    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);
    m_actions->setIconSize(QSize(16, 16));
    m_actions->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->addActions(m_actionList);

    m_timeline->setModel(m_attempts);
    m_timeline->setItemDelegate(new AttemptDelegate(m_timeline));
    m_timeline->setUniformItemSizes(true);
    m_timeline->setMinimumWidth(180);
    m_timeline->setAccessibleName(tr("Attempts"));
    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showAttempt(current.row()); });

    m_signature->setOpenLinks(false);
    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(m_response, tr("Response"));
    m_tabs->addTab(m_signature, tr("Signature"));
    m_tabs->setDocumentMode(true);

    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 600});
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitterState.isEmpty())
        m_splitter->restoreState(m_splitterState);

    auto *content = new QWidget(this);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(1);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    header->addWidget(m_actions, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);
    m_stack->addWidget(content);
}

void DeliveryDetails::addActions(const QList<QAction *> &actions)
{
    m_actionList += actions;
    if (m_actions)
        m_actions->addActions(actions);
}

QByteArray DeliveryDetails::splitterState() const
{
    return m_splitter ? m_splitter->saveState() : m_splitterState;
}

void DeliveryDetails::restoreSplitterState(const QByteArray &state)
{
    m_splitterState = state;
    if (m_splitter)
        m_splitter->restoreState(state);
}

QTabWidget *DeliveryDetails::tabs()
{
    ensureContent();
    return m_tabs;
}

void DeliveryDetails::showDelivery(qint64 deliveryId)
{
    const std::optional<Hookbench::Delivery> d = deliveryId ? m_session.delivery(deliveryId) : std::nullopt;
    if (!d) {
        m_delivery = {};
        m_attempts->setAttempts({});
        m_stack->setCurrentIndex(0);
        emit currentAttemptChanged();
        return;
    }
    ensureContent();
    const bool same = d->id == m_delivery.id;
    m_delivery = *d;
    updateTitle();
    m_stack->setCurrentIndex(1);
    const int previous = m_timeline->currentIndex().row();
    m_attempts->setAttempts(m_session.attempts(d->id));
    // A different delivery opens on its newest attempt; the same one keeps the attempt the user picked.
    const int row = same && previous >= 0 ? previous : m_attempts->rowCount() - 1;
    if (row >= 0)
        m_timeline->setCurrentIndex(m_attempts->index(row));
    else
        showAttempt(-1);
}

Attempt DeliveryDetails::currentAttempt() const
{
    const int row = m_timeline ? m_timeline->currentIndex().row() : -1;
    return row >= 0 ? m_attempts->attemptAt(row) : Attempt {};
}

void DeliveryDetails::updateTitle()
{
    if (!m_delivery.id)
        return;
    const Hookbench::Delivery &d = m_delivery;
    QString state = deliveryStateDisplayName(d.state);
    if (d.state == DeliveryState::Retrying && d.nextAttemptAt.isValid())
        state += tr(", next %1").arg(Format::relative(d.nextAttemptAt, QDateTime::currentDateTimeUtc()));
    m_title->setText(tr("<b>%1</b> → <b>%2</b> &nbsp;·&nbsp; %3")
                         .arg(escaped(d.eventType), escaped(d.endpointName), escaped(state)));
    const QDateTime created = m_session.utcTimes() ? d.createdAt.toUTC() : d.createdAt.toLocalTime();
    QString subtitle
        = tr("%1 · %2 · created %3").arg(d.uid, d.url, created.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    if (!d.lastError.isEmpty())
        subtitle += QStringLiteral("\n") + d.lastError;
    m_subtitle->setText(subtitle);
}

void DeliveryDetails::showAttempt(int row)
{
    emit currentAttemptChanged();
    if (row < 0 || row >= m_attempts->rowCount()) {
        const QString waiting = m_delivery.state == DeliveryState::Pending
            ? tr("Waiting to be sent.")
            : (m_delivery.state == DeliveryState::InFlight ? tr("Being sent…") : tr("No attempts."));
        m_request->setMessage(waiting, {}, {});
        m_response->setMessage(waiting, {}, {});
        m_signature->setHtml(QString());
        return;
    }
    const Attempt a = m_attempts->attemptAt(row);
    m_request->setMessage(QStringLiteral("<b>%1</b> %2").arg(QString::fromLatin1(a.method), escaped(a.url)),
                          a.requestHeaders, a.requestBody);
    QString status;
    if (a.status) {
        const QString color = a.status < 300 ? QStringLiteral("#2e9e58")
                                             : (a.status < 500 ? QStringLiteral("#d48a14") : QStringLiteral("#d3373c"));
        status = QStringLiteral("<b style=\"color:%1\">%2 %3</b>")
                     .arg(color)
                     .arg(a.status)
                     .arg(escaped(Export::reasonPhrase(a.status)));
    } else {
        status = tr("<b style=\"color:#d3373c\">No response</b>");
    }
    status += tr(" &nbsp;·&nbsp; %1").arg(Format::duration(a.durationUs));
    if (!a.error.isEmpty())
        status += QStringLiteral(" &nbsp;·&nbsp; ") + escaped(a.error);
    m_response->setMessage(status, a.responseHeaders, a.responseBody,
                           a.responseTruncated ? tr("truncated") : QString());

    const QStringList explained = Signing::explainSignatureHeaders(a.requestHeaders);
    if (explained.isEmpty()) {
        m_signature->setHtml(tr("<p>This request carries no signature headers: the endpoint does not sign.</p>"
                                "<p>Choose a signing scheme in the endpoint's <i>Signing</i> tab so receivers "
                                "can check that requests come from you.</p>"));
    } else {
        QString html = tr("<p>What each signature header of this attempt means:</p><ul>");
        for (const QString &line : explained)
            html += QStringLiteral("<li style=\"margin-bottom:6px\">%1</li>").arg(escaped(line));
        html += QStringLiteral("</ul><p><b>%1</b></p><pre>").arg(tr("As sent"));
        for (const Header &h : a.requestHeaders) {
            const QString name = QString::fromLatin1(h.name);
            if (std::any_of(explained.cbegin(), explained.cend(), [&name](const QString &line) {
                    return line.startsWith(name + QLatin1Char(':'), Qt::CaseInsensitive);
                }))
                html += escaped(name + QLatin1String(": ") + QString::fromUtf8(h.value)) + QLatin1Char('\n');
        }
        html += QStringLiteral("</pre>");
        m_signature->setHtml(html);
    }
}

void DeliveryDetails::deliveryUpdated(const Hookbench::Delivery &delivery)
{
    if (delivery.id != m_delivery.id)
        return;
    m_delivery = delivery;
    updateTitle();
}

void DeliveryDetails::attemptFinished(const Hookbench::Attempt &attempt)
{
    if (attempt.deliveryId != m_delivery.id)
        return;
    const int previous = m_timeline->currentIndex().row();
    const bool followNewest = previous < 0 || previous == m_attempts->rowCount() - 1;
    m_attempts->setAttempts(m_session.attempts(m_delivery.id));
    if (followNewest && m_attempts->rowCount() > 0)
        m_timeline->setCurrentIndex(m_attempts->index(m_attempts->rowCount() - 1));
}

} // namespace Hookbench::Ui
