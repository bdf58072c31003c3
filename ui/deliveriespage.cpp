#include "deliveriespage.h"

#include "delivery/deliveryengine.h"
#include "deliverydetails.h"
#include "deliverylogmodel.h"
#include "emptystate.h"
#include "export/curl.h"
#include "export/deliveriesexport.h"
#include "icons.h"
#include "session.h"
#include "storage/deliverycounter.h"
#include "storage/workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStaticText>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hookbench::Ui {

namespace {

constexpr DeliveryState kStates[] = {DeliveryState::Pending,  DeliveryState::InFlight, DeliveryState::Succeeded,
                                     DeliveryState::Retrying, DeliveryState::Failed,   DeliveryState::Cancelled};

struct TimeRange
{
    const char *label;
    qint64 seconds;
};
constexpr TimeRange kTimeRanges[] = {
    {QT_TRANSLATE_NOOP("Hookbench::Ui::DeliveriesPage", "Any time"), 0},
    {QT_TRANSLATE_NOOP("Hookbench::Ui::DeliveriesPage", "Last 5 minutes"), 5 * 60},
    {QT_TRANSLATE_NOOP("Hookbench::Ui::DeliveriesPage", "Last hour"), 3600},
    {QT_TRANSLATE_NOOP("Hookbench::Ui::DeliveriesPage", "Last 24 hours"), 86400},
    {QT_TRANSLATE_NOOP("Hookbench::Ui::DeliveriesPage", "Last 7 days"), 7 * 86400},
};

// Paints a log cell as QStyledItemDelegate does (the style draws background, selection, icon and focus), but draws
// the text from a QStaticText kept per distinct string: event types, endpoints, states and status codes repeat on
// every row, and the style would lay out and shape each cell's text anew (three times over) on every repaint,
// which is most of what the first paint of the window and every scroll step cost.
class LogItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = std::exchange(opt.text, QString());
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        if (text.isEmpty())
            return;
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect
            = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                                : QPalette::Inactive;
        painter->save();
        painter->setClipRect(opt.rect);
        painter->setFont(opt.font);
        painter->setPen(
            opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        const QStaticText &shaped = staticText(text, opt.font);
        const QSize size = shaped.size().toSize();
        if (size.width() <= textRect.width()) {
            const QRect at = QStyle::alignedRect(opt.direction, opt.displayAlignment, size, textRect);
            painter->drawStaticText(at.topLeft(), shaped);
        } else {
            painter->drawText(textRect, int(opt.displayAlignment),
                              opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width()));
        }
        painter->restore();
    }

private:
    const QStaticText &staticText(const QString &text, const QFont &font) const
    {
        // Bounded: the time column brings a new string per row.
        if (m_texts.size() > 4096)
            m_texts.clear();
        auto it = m_texts.find(text);
        if (it == m_texts.end()) {
            QStaticText shaped(text);
            shaped.setTextFormat(Qt::PlainText);
            shaped.prepare(QTransform(), font);
            it = m_texts.insert(text, shaped);
        }
        return *it;
    }

    mutable QHash<QString, QStaticText> m_texts;
};

// The log's column titles are one line each, in one font, so the header is as high as any one section with the
// sort indicator. Qt's header measures every section for its size hint, laying each title out again whenever
// the hint is asked for anew, which was a few percent of what the window's start-up cost before its first paint.
class LogHeader final : public QHeaderView
{
public:
    explicit LogHeader(QWidget *parent)
        : QHeaderView(Qt::Horizontal, parent)
    {
        // As QTableView sets up its own header.
        setSectionsClickable(true);
    }

    QSize sizeHint() const override
    {
        if (count() == 0)
            return QHeaderView::sizeHint();
        const int sorted = sortIndicatorSection();
        return sectionSizeFromContents(isSortIndicatorShown() && sorted >= 0 && sorted < count() ? sorted : 0);
    }
};

} // namespace

DeliveriesPage::DeliveriesPage(Session &session, QWidget *parent)
    : Section(parent)
    , m_session(session)
    , m_model(new DeliveryLogModel(session.workspace().deliveries(), this,
                                   session.startingUp() ? DeliveryLogModel::FirstPage::Deferred
                                                        : DeliveryLogModel::FirstPage::Now))
    , m_text(new QLineEdit(this))
    , m_states(new QToolButton(this))
    , m_eventType(new QComboBox(this))
    , m_endpoint(new QComboBox(this))
    , m_time(new QComboBox(this))
    , m_status(new QLineEdit(this))
    , m_clear(new QToolButton(this))
    , m_eventFilter(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_hiddenNew(new QToolButton(this))
    , m_view(new QTableView(this))
    , m_tableStack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_details(new DeliveryDetails(session, this))
{
    m_model->setUtc(session.utcTimes());

    // Filters.
    m_text->setObjectName(QStringLiteral("deliverySearch"));
    m_text->setPlaceholderText(tr("Search id, URL, headers, body…"));
    m_text->setClearButtonEnabled(true);
    m_text->addAction(Icons::themed(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    m_text->setToolTip(tr("Words are matched in the delivery id, event type, URLs, headers and bodies, also as "
                          "word beginnings (Ctrl+F)"));
    m_text->setMinimumWidth(220);
    m_textDebounce.setSingleShot(true);
    m_textDebounce.setInterval(250);
    connect(m_text, &QLineEdit::textEdited, this, [this] { m_textDebounce.start(); });
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        m_textDebounce.stop();
        filterEdited();
    });
    connect(&m_textDebounce, &QTimer::timeout, this, &DeliveriesPage::filterEdited);

    auto *stateMenu = new QMenu(m_states);
    for (DeliveryState s : kStates) {
        QAction *a = stateMenu->addAction(Icons::deliveryState(s), deliveryStateDisplayName(s));
        a->setCheckable(true);
        a->setData(int(s));
        connect(a, &QAction::toggled, this, &DeliveriesPage::filterEdited);
    }
    m_states->setMenu(stateMenu);
    m_states->setPopupMode(QToolButton::InstantPopup);
    m_states->setText(tr("All states"));
    m_states->setToolTip(tr("Show only deliveries in these states"));

    m_eventType->setToolTip(tr("Show only deliveries of this event type"));
    m_endpoint->setToolTip(tr("Show only deliveries to this endpoint"));
    // Sized to their contents, and again when the choices change. Until the window's first paint they keep Qt's
    // default, which sizes them the same way when first shown: following changes makes each build its popup now.
    auto followChoices = [this] {
        m_eventType->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_endpoint->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    };
    if (session.startingUp())
        connect(&session, &Session::startUpFinished, this, followChoices, Qt::SingleShotConnection);
    else
        followChoices();
    // Before anything here measures text: at start-up that may wait for the fonts (FontPreloader), this does not.
    reloadChoices();
    for (const TimeRange &range : kTimeRanges)
        m_time->addItem(tr(range.label), range.seconds);
    m_time->setToolTip(tr("Show only deliveries created in this period"));
    m_status->setPlaceholderText(tr("Status"));
    m_status->setValidator(new QIntValidator(100, 599, m_status));
    m_status->setMaximumWidth(m_status->fontMetrics().horizontalAdvance(QStringLiteral("Status00")) + 16);
    m_status->setToolTip(tr("Show only deliveries whose last response had this HTTP status"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear every filter"));
    m_clear->setAutoRaise(true);
    connect(m_eventType, &QComboBox::currentIndexChanged, this, &DeliveriesPage::filterEdited);
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &DeliveriesPage::filterEdited);
    connect(m_time, &QComboBox::currentIndexChanged, this, &DeliveriesPage::filterEdited);
    connect(m_status, &QLineEdit::textEdited, this, [this] {
        if (m_status->text().isEmpty() || m_status->hasAcceptableInput())
            filterEdited();
    });
    connect(m_clear, &QToolButton::clicked, this, [this] { applyFilter({}); });
    m_eventFilter->setObjectName(QStringLiteral("eventFilter"));
    m_eventFilter->setIcon(Icons::themed(QStringLiteral("cancel")));
    m_eventFilter->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_eventFilter->setToolTip(tr("Showing the deliveries of one event; click to see them all"));
    m_eventFilter->hide();
    // Any change to the filter bar leaves the one-event view; this one changes nothing else.
    connect(m_eventFilter, &QToolButton::clicked, this, &DeliveriesPage::filterEdited);
    m_count->setObjectName(QStringLiteral("deliveryCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_hiddenNew->setAutoRaise(true);
    m_hiddenNew->setIcon(Icons::themed(QStringLiteral("refresh")));
    m_hiddenNew->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_hiddenNew->hide();
    connect(m_hiddenNew, &QToolButton::clicked, this, &DeliveriesPage::refresh);
    connect(m_model, &DeliveryLogModel::hiddenNewCountChanged, this, [this](int count) {
        m_hiddenNew->setVisible(count > 0);
        m_hiddenNew->setText(tr("%n new — show", nullptr, count));
    });

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(6, 6, 6, 2);
    filters->setSpacing(6);
    filters->addWidget(m_text, 2);
    filters->addWidget(m_states);
    filters->addWidget(m_eventType);
    filters->addWidget(m_endpoint);
    filters->addWidget(m_time);
    filters->addWidget(m_status);
    filters->addWidget(m_eventFilter);
    filters->addWidget(m_clear);
    filters->addStretch(1);
    filters->addWidget(m_hiddenNew);
    filters->addWidget(m_count);

    // Table. The vertical header is hidden and of fixed row height before the model arrives: no header sizes are
    // computed from contents, and rows loaded while scrolling cost no per-row header work.
    m_view->setHorizontalHeader(new LogHeader(m_view));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new LogItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(DeliveryLogModel::Time, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Delivery log"));
    // Wide enough for the header (with its sort arrow) and for typical content, whichever is wider.
    const QFontMetrics fm = m_view->fontMetrics();
    auto fit = [&](int column, const QString &sample, int extra = 0) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column,
                               qMax(fm.horizontalAdvance(header) + 28, fm.horizontalAdvance(sample) + 16 + extra));
    };
    fit(DeliveryLogModel::Time, QStringLiteral("2026-12-31 23:59:59"));
    fit(DeliveryLogModel::EventType, QStringLiteral("customer.subscription.updated"));
    fit(DeliveryLogModel::Endpoint, QStringLiteral("billing service (eu)"));
    // The widest of the states in this language ("Wird wiederholt", not "Erfolgreich"), beside its icon.
    QString widestState;
    for (DeliveryState state : {DeliveryState::Pending, DeliveryState::InFlight, DeliveryState::Succeeded,
                                DeliveryState::Retrying, DeliveryState::Failed, DeliveryState::Cancelled}) {
        const QString name = deliveryStateDisplayName(state);
        if (fm.horizontalAdvance(name) > fm.horizontalAdvance(widestState))
            widestState = name;
    }
    fit(DeliveryLogModel::State, widestState, 22);
    fit(DeliveryLogModel::Status, QStringLiteral("503"));
    fit(DeliveryLogModel::Attempts, QStringLiteral("10"));
    fit(DeliveryLogModel::Duration, QStringLiteral("1,234 ms"));
    connect(m_view, &QWidget::customContextMenuRequested, this, &DeliveriesPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_details->showDelivery(m_model->deliveryId(current.row())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DeliveriesPage::updateActions);
    // New rows at the top must not push what the user is reading out of view.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        // Lay the rows out now rather than on the view's delayed-layout timer: that timer fires after the repaint
        // the same flush already asked for, and each live flush would paint the log twice.
        m_view->doItemsLayout();
        QScrollBar *bar = m_view->verticalScrollBar();
        if (first == 0 && bar->value() > 0)
            bar->setValue(bar->value() + (last - first + 1));
        updateEmptyState();
    });
    connect(m_model, &DeliveryLogModel::reloaded, this, [this] {
        updateEmptyState();
        requestCount();
        const QModelIndex current = m_view->currentIndex();
        m_details->showDelivery(current.isValid() ? m_model->deliveryId(current.row()) : 0);
    });

    m_tableStack->addWidget(m_view);
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    // Actions.
    m_redeliver = new QAction(Icons::themed(QStringLiteral("redeliver")), tr("&Redeliver"), this);
    m_redeliver->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_redeliver->setToolTip(tr("Send the selected deliveries once more, with the same delivery id (Ctrl+R)"));
    connect(m_redeliver, &QAction::triggered, this, &DeliveriesPage::redeliver);
    m_replay = new QAction(Icons::themed(QStringLiteral("replay")), tr("Re&play event"), this);
    m_replay->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_replay->setToolTip(tr("Trigger the selected delivery's event again: new deliveries to today's subscribers "
                            "(Ctrl+Shift+R)"));
    connect(m_replay, &QAction::triggered, this, &DeliveriesPage::replay);
    m_cancel = new QAction(Icons::themed(QStringLiteral("cancel")), tr("&Stop retrying"), this);
    m_cancel->setToolTip(tr("Cancel the waiting retries of the selected deliveries"));
    connect(m_cancel, &QAction::triggered, this, &DeliveriesPage::cancelRetries);
    m_copyCurl = new QAction(Icons::themed(QStringLiteral("copy")), tr("Copy as c&URL"), this);
    m_copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurl->setToolTip(tr("Copy the selected attempt's request as a curl command (Ctrl+Shift+C)"));
    connect(m_copyCurl, &QAction::triggered, this, &DeliveriesPage::copyCurl);
    m_copyId = new QAction(tr("Copy delivery &id"), this);
    connect(m_copyId, &QAction::triggered, this, &DeliveriesPage::copyId);
    m_exportHar = new QAction(Icons::themed(QStringLiteral("export")), tr("Export selected as &HAR…"), this);
    m_exportHar->setToolTip(tr("Save the selected deliveries as an HTTP Archive (HAR 1.2) for browser tools"));
    connect(m_exportHar, &QAction::triggered, this, [this] { exportSelected(true); });
    m_exportJson = new QAction(tr("Export selected as &JSON…"), this);
    m_exportJson->setToolTip(tr("Save the selected deliveries with all their attempts as JSON"));
    connect(m_exportJson, &QAction::triggered, this, [this] { exportSelected(false); });
    m_toggleDetails = new QAction(tr("Show &details pane"), this);
    m_toggleDetails->setCheckable(true);
    m_toggleDetails->setChecked(true);
    m_toggleDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_toggleDetails, &QAction::toggled, this, &DeliveriesPage::updateEmptyState);
    for (QAction *a : {m_redeliver, m_replay, m_cancel, m_copyCurl, m_copyId, m_exportHar, m_exportJson})
        a->setShortcutContext(Qt::WindowShortcut);
    m_details->addActions({m_redeliver, m_replay, m_copyCurl, m_exportHar});
    connect(m_details, &DeliveryDetails::currentAttemptChanged, this, &DeliveriesPage::updateActions);

    // Live feed.
    connect(&session.engine(), &Engine::DeliveryEngine::deliveryChanged, m_model, &DeliveryLogModel::applyChange);
    connect(&session, &Session::eventTypesChanged, this, &DeliveriesPage::reloadChoices);
    connect(&session, &Session::endpointsChanged, this, &DeliveriesPage::reloadChoices);
    connect(&session, &Session::timeDisplayChanged, this, [this] { m_model->setUtc(m_session.utcTimes()); });
    connect(&session, &Session::showDeliveriesRequested, this, &DeliveriesPage::applyFilter);
    // The count follows live traffic, at most every two seconds.
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(2000);
    connect(&m_countTimer, &QTimer::timeout, this, &DeliveriesPage::requestCount);
    connect(&session.engine(), &Engine::DeliveryEngine::deliveryChanged, this, [this] {
        if (!m_countTimer.isActive())
            m_countTimer.start();
    });

    // The log the window opens on is read once the window is on screen: its first paint shows the filters and
    // the table's header, and the rows follow right after.
    if (!m_model->isLoaded()) {
        connect(
            &session, &Session::startUpFinished, this,
            [this] {
                if (!m_model->isLoaded())
                    m_model->reload();
            },
            Qt::SingleShotConnection);
    }
    updateEmptyState();
    updateActions();
    // The first count waits for the first paint (paintEvent), or comes with the first page when that waits too.
}

DeliveriesPage::~DeliveriesPage() = default;

QIcon DeliveriesPage::icon() const
{
    return Icons::themed(QStringLiteral("section-deliveries"));
}

QList<QAction *> DeliveriesPage::sectionActions() const
{
    return {m_redeliver, m_replay,    m_cancel,     nullptr, m_copyCurl,     m_copyId,
            nullptr,     m_exportHar, m_exportJson, nullptr, m_toggleDetails};
}

void DeliveriesPage::refresh()
{
    // Relative time ranges move with the clock.
    m_model->setFilter(currentFilter());
}

void DeliveriesPage::focusFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

Storage::DeliveryFilter DeliveriesPage::currentFilter() const
{
    Storage::DeliveryFilter f;
    f.text = m_text->text().trimmed();
    for (QAction *a : m_states->menu()->actions()) {
        if (a->isChecked())
            f.states.append(DeliveryState(a->data().toInt()));
    }
    f.eventType = m_eventType->currentData().toString();
    f.endpointId = m_endpoint->currentData().toLongLong();
    if (const qint64 seconds = m_time->currentData().toLongLong(); seconds > 0)
        f.from = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    if (m_status->hasAcceptableInput())
        f.status = m_status->text().toInt();
    f.eventId = m_model->filter().eventId;
    return f;
}

void DeliveriesPage::filterEdited()
{
    if (m_settingFilter)
        return;
    QStringList states;
    for (QAction *a : m_states->menu()->actions()) {
        if (a->isChecked())
            states << a->text();
    }
    m_states->setText(states.isEmpty() ? tr("All states") : states.join(QLatin1String(", ")));
    Storage::DeliveryFilter f = currentFilter();
    // Editing the filter bar leaves the "one event" view a replay or trigger opened.
    f.eventId = 0;
    m_model->setFilter(f);
    showEventFilter(0);
}

void DeliveriesPage::showEventFilter(qint64 eventId)
{
    m_eventFilter->setVisible(eventId != 0);
    if (!eventId)
        return;
    const auto event = m_session.workspace().events().find(eventId);
    m_eventFilter->setText(tr("Event %1").arg(event ? event->uid : QString::number(eventId)));
}

void DeliveriesPage::applyFilter(const Storage::DeliveryFilter &filter)
{
    m_settingFilter = true;
    m_text->setText(filter.text);
    for (QAction *a : m_states->menu()->actions())
        a->setChecked(filter.states.contains(DeliveryState(a->data().toInt())));
    reloadChoices();
    int typeIndex = m_eventType->findData(filter.eventType);
    if (typeIndex < 0) {
        m_eventType->addItem(filter.eventType, filter.eventType);
        typeIndex = m_eventType->count() - 1;
    }
    m_eventType->setCurrentIndex(typeIndex);
    m_endpoint->setCurrentIndex(qMax(0, m_endpoint->findData(filter.endpointId)));
    m_time->setCurrentIndex(0);
    m_status->setText(filter.status ? QString::number(filter.status) : QString());
    m_settingFilter = false;
    QStringList states;
    for (QAction *a : m_states->menu()->actions()) {
        if (a->isChecked())
            states << a->text();
    }
    m_states->setText(states.isEmpty() ? tr("All states") : states.join(QLatin1String(", ")));
    m_model->setFilter(filter);
    showEventFilter(filter.eventId);
}

void DeliveriesPage::reloadChoices()
{
    const bool was = m_settingFilter;
    m_settingFilter = true;
    const QString type = m_eventType->currentData().toString();
    const qint64 endpoint = m_endpoint->currentData().toLongLong();
    m_eventType->clear();
    m_eventType->addItem(tr("All event types"), QString());
    for (const EventType &t : m_session.workspace().eventTypes().list())
        m_eventType->addItem(t.name, t.name);
    if (!type.isEmpty() && m_eventType->findData(type) < 0)
        m_eventType->addItem(type, type);
    m_eventType->setCurrentIndex(qMax(0, m_eventType->findData(type)));
    m_endpoint->clear();
    m_endpoint->addItem(tr("All endpoints"), qint64(0));
    for (const Endpoint &e : m_session.workspace().endpoints().list())
        m_endpoint->addItem(e.name, e.id);
    m_endpoint->setCurrentIndex(qMax(0, m_endpoint->findData(endpoint)));
    m_settingFilter = was;
}

void DeliveriesPage::requestCount()
{
    if (!m_counter) {
        m_counter = std::make_unique<Storage::DeliveryCounter>(m_session.workspace().path());
        connect(m_counter.get(), &Storage::DeliveryCounter::counted, this, [this](quint64 request, qint64 count) {
            if (request != m_countRequest || count < 0)
                return;
            const int n = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
            m_count->setText(m_model->filter().isEmpty() ? tr("%Ln deliveries", nullptr, n)
                                                         : tr("%Ln matching", nullptr, n));
        });
    }
    m_countRequest = m_counter->request(m_model->filter());
}

void DeliveriesPage::paintEvent(QPaintEvent *event)
{
    Section::paintEvent(event);
    // Counting a large log takes a thread and a connection of its own, and the CPU it needs is better spent on
    // showing the window first: the count is asked for once the page has been painted.
    if (!m_counter && !m_countQueued && m_model->isLoaded()) {
        m_countQueued = true;
        QTimer::singleShot(0, this, [this] {
            if (!m_counter)
                requestCount();
        });
    }
}

// The empty states are built when first needed: a log with rows never shows them.
EmptyState *DeliveriesPage::emptyState()
{
    if (!m_empty) {
        m_empty = new EmptyState(QStringLiteral("section-deliveries"), tr("No deliveries yet"),
                                 tr("Every event you trigger is delivered to the endpoints that subscribe to it, and "
                                    "each delivery shows up here live: its state, every attempt, the request sent "
                                    "and the response received."),
                                 m_tableStack);
        connect(m_empty->addAction(tr("Trigger an event"), QStringLiteral("section-trigger")), &QPushButton::clicked,
                this, [this] { m_session.showSection(QStringLiteral("trigger")); });
        m_tableStack->addWidget(m_empty);
    }
    return m_empty;
}

EmptyState *DeliveriesPage::noMatchState()
{
    if (!m_noMatch) {
        m_noMatch = new EmptyState(QStringLiteral("filter"), tr("No deliveries match"),
                                   tr("Nothing in the log matches these filters."), m_tableStack);
        connect(m_noMatch->addAction(tr("Clear filters")), &QPushButton::clicked, this, [this] { applyFilter({}); });
        m_tableStack->addWidget(m_noMatch);
    }
    return m_noMatch;
}

void DeliveriesPage::updateEmptyState()
{
    // Until the first page is read, the log is shown as it most likely will be: a table and its details pane.
    const bool rows = m_model->rowCount() > 0 || !m_model->isLoaded();
    if (rows)
        m_tableStack->setCurrentWidget(m_view);
    else
        m_tableStack->setCurrentWidget(m_model->filter().isEmpty() ? emptyState() : noMatchState());
    // With nothing listed, the details pane has nothing to say.
    m_details->setVisible(rows && m_toggleDetails->isChecked());
}

QList<qint64> DeliveriesPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->deliveryId(index.row()));
    return ids;
}

void DeliveriesPage::updateActions()
{
    const QList<qint64> ids = selectedIds();
    const bool any = !ids.isEmpty();
    m_redeliver->setEnabled(any);
    m_replay->setEnabled(m_details->deliveryId() != 0);
    m_cancel->setEnabled(any);
    m_copyCurl->setEnabled(m_details->currentAttempt().id != 0);
    m_copyId->setEnabled(m_details->deliveryId() != 0);
    m_exportHar->setEnabled(any);
    m_exportJson->setEnabled(any);
}

void DeliveriesPage::redeliver()
{
    const QList<qint64> ids = selectedIds();
    QStringList problems;
    for (qint64 id : ids) {
        if (const QString why = m_session.engine().redeliver(id); !why.isEmpty())
            problems << why;
    }
    if (!problems.isEmpty())
        emit message(problems.constFirst());
    else
        emit message(tr("%n redelivery(s) queued", nullptr, int(ids.size())));
}

void DeliveriesPage::replay()
{
    const Hookbench::Delivery &d = m_details->delivery();
    if (!d.id)
        return;
    const Engine::TriggerResult result = m_session.engine().replay(d.eventId);
    if (!result.ok()) {
        emit message(result.error);
        return;
    }
    emit message(
        tr("Event replayed as %1: %n delivery(s)", nullptr, int(result.deliveries.size())).arg(result.event.uid));
}

void DeliveriesPage::cancelRetries()
{
    int cancelled = 0;
    QString last;
    for (qint64 id : selectedIds()) {
        const QString why = m_session.engine().cancel(id);
        if (why.isEmpty())
            ++cancelled;
        else
            last = why;
    }
    emit message(cancelled ? tr("Stopped retrying %n delivery(s)", nullptr, cancelled) : last);
}

void DeliveriesPage::copyCurl()
{
    const Attempt a = m_details->currentAttempt();
    if (!a.id)
        return;
    QApplication::clipboard()->setText(Export::curlCommand(a.method, a.url, a.requestHeaders, a.requestBody));
    emit message(tr("Copied attempt %1 as a curl command").arg(a.number));
}

void DeliveriesPage::copyId()
{
    if (m_details->deliveryId())
        QApplication::clipboard()->setText(m_details->delivery().uid);
}

void DeliveriesPage::exportSelected(bool har)
{
    QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString suggested = har ? QStringLiteral("deliveries.har") : QStringLiteral("deliveries.json");
    const QString path
        = QFileDialog::getSaveFileName(this, har ? tr("Export deliveries as HAR") : tr("Export deliveries as JSON"),
                                       suggested, har ? tr("HTTP Archive (*.har)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    // Oldest first, as things happened.
    std::sort(ids.begin(), ids.end());
    QList<Export::DeliveryRecord> records;
    for (qint64 id : std::as_const(ids)) {
        const auto d = m_session.delivery(id);
        if (!d)
            continue;
        Export::DeliveryRecord record;
        record.delivery = *d;
        const auto event = m_session.workspace().events().find(d->eventId);
        record.eventUid = event ? event->uid : QString();
        record.attempts = m_session.attempts(id);
        records.append(record);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(Export::renderDeliveries(records,
                                               har ? Export::DeliveriesFormat::Har : Export::DeliveriesFormat::Json,
                                               QCoreApplication::applicationVersion()))
            < 0
        || !file.commit()) {
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write “%1”: %2").arg(path, file.errorString()));
        return;
    }
    emit message(tr("Exported %n delivery(s) to %1", nullptr, int(records.size())).arg(path));
}

void DeliveriesPage::showContextMenu(const QPoint &position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addActions({m_redeliver, m_replay, m_cancel});
    menu.addSeparator();
    menu.addActions({m_copyCurl, m_copyId});
    menu.addSeparator();
    const QModelIndex index = m_view->indexAt(position);
    const QString type = m_model->data(m_model->index(index.row(), DeliveryLogModel::EventType)).toString();
    const qint64 endpointId = m_model->data(index, DeliveryLogModel::EndpointIdRole).toLongLong();
    menu.addAction(tr("Only this event type"), this, [this, type] {
        Storage::DeliveryFilter f = currentFilter();
        f.eventType = type;
        applyFilter(f);
    });
    menu.addAction(tr("Only this endpoint"), this, [this, endpointId] {
        Storage::DeliveryFilter f = currentFilter();
        f.endpointId = endpointId;
        applyFilter(f);
    });
    menu.addSeparator();
    menu.addActions({m_exportHar, m_exportJson});
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void DeliveriesPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("deliveries/header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("deliveries/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("deliveries/detailsSplitter"), m_details->splitterState());
    settings.setValue(QStringLiteral("deliveries/details"), m_toggleDetails->isChecked());
}

void DeliveriesPage::restoreState(const QSettings &settings)
{
    if (settings.contains(QStringLiteral("deliveries/header")))
        m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("deliveries/header")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("deliveries/splitter")).toByteArray());
    m_details->restoreSplitterState(settings.value(QStringLiteral("deliveries/detailsSplitter")).toByteArray());
    m_toggleDetails->setChecked(settings.value(QStringLiteral("deliveries/details"), true).toBool());
    // The restored header may sort by another column: let the model follow it.
    const QHeaderView *header = m_view->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

} // namespace Hookbench::Ui
