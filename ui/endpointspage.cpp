#include "endpointspage.h"

#include "charts.h"
#include "delivery/deliveryengine.h"
#include "editorsupport.h"
#include "emptystate.h"
#include "endpointeditor.h"
#include "endpointmodel.h"
#include "endpointstats.h"
#include "export/har.h"
#include "format.h"
#include "icons.h"
#include "presetdialog.h"
#include "session.h"
#include "storage/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hookbench::Ui {

namespace {
const QString kTestEventType = QStringLiteral("hookbench.test");
}

EndpointsPage::EndpointsPage(Session &session, QWidget *parent)
    : Section(parent)
    , m_session(session)
    , m_model(new EndpointModel(session.workspace().endpoints(), session.stats(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_listStack(new QStackedWidget(this))
    , m_editorStack(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("section-endpoints"), tr("No endpoints yet"),
                             tr("An endpoint is a URL that receives the event types it subscribes to, signed and "
                                "retried the way you choose. Point one at your handler, or at one of Hookbench's "
                                "receivers to see exactly what gets sent."),
                             this))
    , m_latency(new LatencyChart(this))
    , m_success(new SuccessRateChart(this))
    , m_editor(new EndpointEditor(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_filter->setPlaceholderText(tr("Filter endpoints"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::themed(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(EndpointModel::Activity, new SparklineDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EndpointModel::Name, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    applyDefaultColumnWidths();
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    fitColumnsToWidth();
    m_view->setAccessibleName(tr("Endpoints"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EndpointsPage::currentChanged);

    m_newFromPreset = new QAction(Icons::themed(QStringLiteral("add")), tr("New from &preset…"), this);
    m_newFromPreset->setToolTip(tr("GitHub, Stripe, Standard Webhooks, Google Calendar, CloudEvents: event types "
                                   "and an endpoint sent to the way the provider sends"));
    connect(m_newFromPreset, &QAction::triggered, this, &EndpointsPage::createFromPreset);
    m_sendTest = new QAction(Icons::themed(QStringLiteral("send")), tr("Send &test"), this);
    m_sendTest->setToolTip(tr("Deliver a test event to the selected endpoint (Ctrl+Enter)"));
    connect(m_sendTest, &QAction::triggered, this, &EndpointsPage::sendTest);
    m_showDeliveries = new QAction(Icons::themed(QStringLiteral("section-deliveries")), tr("Show &deliveries"), this);
    m_showDeliveries->setToolTip(tr("Open the delivery log filtered to this endpoint"));
    connect(m_showDeliveries, &QAction::triggered, this, [this] {
        Storage::DeliveryFilter f;
        f.endpointId = m_shownId > 0 ? m_shownId : 0;
        m_session.showDeliveries(f);
    });

    auto *newButton = new QToolButton(this);
    newButton->setIcon(Icons::themed(QStringLiteral("add")));
    newButton->setToolTip(tr("New endpoint (Ctrl+N)"));
    newButton->setAutoRaise(true);
    connect(newButton, &QToolButton::clicked, this, &EndpointsPage::create);
    auto *presetButton = new QToolButton(this);
    presetButton->setDefaultAction(m_newFromPreset);
    presetButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    presetButton->setAutoRaise(true);

    connect(m_empty->addAction(tr("New endpoint"), QStringLiteral("add")), &QPushButton::clicked, this,
            &EndpointsPage::create);
    connect(m_empty->addAction(tr("From a provider preset…")), &QPushButton::clicked, this,
            &EndpointsPage::createFromPreset);

    auto *left = new QWidget(this);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(newButton);
    tools->addWidget(presetButton);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_latency);
    charts->addWidget(m_success);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addLayout(tools);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(charts);
    m_listStack->addWidget(left);
    m_listStack->addWidget(m_empty);

    auto *placeholder = new QLabel(tr("Select an endpoint to see its activity and edit it, or press Ctrl+N to add "
                                      "one."),
                                   this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_editorStack->addWidget(placeholder);
    m_editorStack->addWidget(m_editor);

    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_editorStack);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({680, 470});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_editor->setNameOwner([this](const QString &name) { return m_model->idNamed(name); });
    connect(m_editor, &EndpointEditor::saveRequested, this, &EndpointsPage::save);
    connect(m_editor, &EndpointEditor::deleteRequested, this, &EndpointsPage::remove);
    connect(m_editor, &EndpointEditor::sendTestRequested, this, &EndpointsPage::sendTest);
    connect(m_editor, &EndpointEditor::stateChanged, this, &Section::commandsChanged);
    connect(&session, &Session::endpointsChanged, this, &EndpointsPage::refresh);
    connect(&session, &Session::eventTypesChanged, this, &EndpointsPage::reloadEventTypes);
    connect(&session.stats(), &EndpointStats::updated, this, [this](const QSet<qint64> &ids) {
        if (ids.contains(m_shownId))
            updateCharts();
    });
    connect(&session.engine(), &Engine::DeliveryEngine::deliveryChanged, this, &EndpointsPage::testDeliveryChanged);
    reloadEventTypes();
    updateEmptyState();
}

QIcon EndpointsPage::icon() const
{
    return Icons::themed(QStringLiteral("section-endpoints"));
}

QList<QAction *> EndpointsPage::sectionActions() const
{
    return {m_newFromPreset, m_sendTest, m_showDeliveries};
}

void EndpointsPage::reloadEventTypes()
{
    QStringList names;
    for (const EventType &t : m_session.workspace().eventTypes().list())
        names << t.name;
    m_editor->setEventTypes(names);
}

void EndpointsPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && m_shownId != 0;
    m_listStack->setCurrentIndex(empty ? 1 : 0);
    if (empty)
        m_editorStack->setCurrentIndex(0);
    m_sendTest->setEnabled(canSend());
    m_showDeliveries->setEnabled(m_shownId > 0);
}

void EndpointsPage::updateCharts()
{
    const QList<EndpointSample> samples
        = m_shownId > 0 ? m_session.stats().samples(m_shownId) : QList<EndpointSample>();
    m_latency->setSamples(samples);
    m_success->setSamples(samples);
    m_latency->setVisible(m_shownId > 0);
    m_success->setVisible(m_shownId > 0);
}

bool EndpointsPage::canSend() const
{
    return m_shownId > 0 && m_editorStack->currentIndex() == 1 && !m_editor->isDirty();
}

void EndpointsPage::send()
{
    sendTest();
}

bool EndpointsPage::confirmLeave()
{
    if (m_editorStack->currentIndex() != 1)
        return true;
    return EditorSupport::confirmLeave(this, m_editor, tr("Unsaved endpoint"),
                                       tr("Save the changes to “%1”?").arg(m_editor->endpoint().name),
                                       tr("Fix the marked fields first."), [this] { save(); });
}

void EndpointsPage::currentChanged()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const qint64 id = current.isValid() ? m_model->itemAt(current.row()).id : -1;
    if (id == m_shownId)
        return;
    if (!confirmLeave()) {
        selectId(m_shownId);
        return;
    }
    m_shownId = id;
    m_testDelivery = 0;
    if (id < 0) {
        m_editorStack->setCurrentIndex(0);
    } else {
        m_editor->setEndpoint(m_model->itemAt(current.row()));
        m_editorStack->setCurrentIndex(1);
    }
    updateCharts();
    updateEmptyState();
    emit commandsChanged();
}

void EndpointsPage::selectId(qint64 id)
{
    m_selecting = true;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    else
        m_view->clearSelection();
    m_selecting = false;
}

void EndpointsPage::create()
{
    if (!confirmLeave())
        return;
    m_shownId = 0;
    m_testDelivery = 0;
    m_selecting = true;
    m_view->clearSelection();
    m_view->setCurrentIndex({});
    m_selecting = false;
    Endpoint fresh;
    fresh.subscriptions = {QStringLiteral("*")};
    m_editor->setEndpoint(fresh);
    m_editorStack->setCurrentIndex(1);
    m_listStack->setCurrentIndex(0);
    updateCharts();
    m_editor->tabs()->setCurrentIndex(0);
    m_editor->nameEdit()->setFocus();
    emit commandsChanged();
}

void EndpointsPage::createFromPreset()
{
    if (!confirmLeave())
        return;
    PresetDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Presets::ApplyResult result
        = Presets::applyPreset(dialog.options(), m_session.workspace(), m_session.engine());
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Preset not applied"), result.error);
        return;
    }
    m_session.eventTypesEdited();
    m_session.endpointsEdited();
    selectId(result.endpoint.id);
    m_shownId = -1;
    currentChanged();
    QString text = tr("Created endpoint %1").arg(result.endpoint.name);
    if (!result.createdEventTypes.isEmpty())
        text += tr(" and %n event type(s)", nullptr, int(result.createdEventTypes.size()));
    emit message(text);
}

void EndpointsPage::save()
{
    Endpoint e = m_editor->endpoint();
    const bool enabledChanged = e.id && m_session.workspace().endpoints().find(e.id)
        && m_session.workspace().endpoints().find(e.id)->enabled != e.enabled;
    Storage::WriteResult result
        = e.id ? m_session.workspace().endpoints().update(e) : m_session.workspace().endpoints().add(e);
    // Enabling through the store also clears the breaker's streak and the reason Hookbench disabled it for.
    if (result && enabledChanged)
        result = m_session.workspace().endpoints().setEnabled(e.id, e.enabled);
    if (!result) {
        m_editor->showSaveError(result.error);
        return;
    }
    if (const auto stored = m_session.workspace().endpoints().find(e.id))
        e = *stored;
    m_editor->setEndpoint(e);
    m_shownId = e.id;
    m_session.endpointsEdited();
    selectId(e.id);
    updateEmptyState();
    emit commandsChanged();
    emit message(tr("Saved endpoint %1").arg(e.name));
}

void EndpointsPage::remove()
{
    const Endpoint e = m_editor->endpoint();
    if (!e.id)
        return;
    if (QMessageBox::question(this, tr("Delete endpoint"),
                              tr("Delete “%1”? Deliveries waiting for it are not sent; past deliveries stay in the "
                                 "log.")
                                  .arg(e.name))
        != QMessageBox::Yes)
        return;
    if (const Storage::WriteResult result = m_session.workspace().endpoints().remove(e.id); !result) {
        m_editor->showSaveError(result.error);
        return;
    }
    m_shownId = -1;
    m_editorStack->setCurrentIndex(0);
    m_session.endpointsEdited();
    emit message(tr("Deleted endpoint %1").arg(e.name));
}

void EndpointsPage::sendTest()
{
    if (!canSend())
        return;
    const Endpoint e = m_editor->endpoint();
    const QJsonObject payload {
        {QStringLiteral("type"), kTestEventType},
        {QStringLiteral("message"), tr("Test delivery from Hookbench")},
        {QStringLiteral("endpoint"), e.name},
        {QStringLiteral("sent_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    const Engine::TriggerResult result = m_session.engine().trigger(
        kTestEventType, QJsonDocument(payload).toJson(QJsonDocument::Compact), EventSource::Manual, e.id);
    if (!result.ok()) {
        m_editor->showTestResult(
            QStringLiteral("<span style=\"color:#d3373c\">%1</span>").arg(result.error.toHtmlEscaped()));
        return;
    }
    if (result.deliveries.isEmpty()) {
        m_editor->showTestResult(QStringLiteral("<span style=\"color:#d3373c\">%1</span>")
                                     .arg(tr("Not sent: %1").arg(result.event.fanoutNote).toHtmlEscaped()));
        return;
    }
    m_testDelivery = result.deliveries.constFirst().id;
    m_editor->showTestResult(tr("Sending…"));
}

void EndpointsPage::testDeliveryChanged(const Hookbench::Delivery &d)
{
    if (!m_testDelivery || d.id != m_testDelivery)
        return;
    if (d.state == DeliveryState::InFlight || d.state == DeliveryState::Pending)
        return;
    // A test is one attempt: it should not keep retrying in the background.
    const bool stopped = d.state == DeliveryState::Retrying && m_session.engine().cancel(d.id).isEmpty();
    m_testDelivery = 0;
    const bool ok = d.state == DeliveryState::Succeeded;
    QString outcome = d.lastStatus
        ? QStringLiteral("%1 %2").arg(d.lastStatus).arg(Export::reasonPhrase(d.lastStatus)).trimmed()
        : d.lastError;
    QString html
        = QStringLiteral("<b style=\"color:%1\">%2</b> %3")
              .arg(ok ? QStringLiteral("#2e9e58") : QStringLiteral("#d3373c"), ok ? tr("Delivered") : tr("Failed"),
                   tr("%1 in %2").arg(outcome, Format::duration(d.lastDurationUs)).toHtmlEscaped());
    if (!ok && d.lastStatus && !d.lastError.isEmpty())
        html += QStringLiteral(" — ") + d.lastError.toHtmlEscaped();
    if (stopped)
        html += tr(" (not retried)");
    m_editor->showTestResult(html);
}

void EndpointsPage::refresh()
{
    const qint64 shown = m_shownId;
    m_selecting = true;
    m_model->reload();
    m_selecting = false;
    if (shown > 0 && m_model->rowOf(shown) < 0) {
        m_shownId = -1;
        m_editorStack->setCurrentIndex(0);
    } else if (shown > 0) {
        selectId(shown);
        if (!m_editor->isDirty())
            m_editor->setEndpoint(m_model->itemAt(m_model->rowOf(shown)));
    }
    updateCharts();
    updateEmptyState();
}

void EndpointsPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void EndpointsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("endpoints/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("endpoints/header"), m_view->horizontalHeader()->saveState());
}

void EndpointsPage::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("endpoints/splitter")).toByteArray());
    if (settings.contains(QStringLiteral("endpoints/header")))
        m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("endpoints/header")).toByteArray());
    // A header saved by an older version stretched its last column, with widths that pushed it out of view: its
    // order and sorting are kept, its widths are not.
    if (m_view->horizontalHeader()->stretchLastSection())
        applyDefaultColumnWidths();
    fitColumnsToWidth();
}

void EndpointsPage::applyDefaultColumnWidths()
{
    const QFontMetrics fm = m_view->fontMetrics();
    auto fit = [&](int column, const QString &sample) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column, qMax(fm.horizontalAdvance(header) + 28, fm.horizontalAdvance(sample) + 16));
    };
    fit(EndpointModel::Name, QStringLiteral("billing serv"));
    fit(EndpointModel::Events, QStringLiteral("invoice.*, c"));
    fit(EndpointModel::Signing, QStringLiteral("Standard W"));
    fit(EndpointModel::State, QStringLiteral("Disabled"));
    fit(EndpointModel::Success, QStringLiteral("100%"));
    fit(EndpointModel::Activity, QStringLiteral("Latency"));
}

void EndpointsPage::fitColumnsToWidth()
{
    // The URL column takes the width the others leave, so every column, the latency sparkline last, stays in view
    // at any width of the list; the others keep the widths they were given (or that the user dragged).
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < EndpointModel::ColumnCount; ++column)
        header->setSectionResizeMode(column,
                                     column == EndpointModel::Url ? QHeaderView::Stretch : QHeaderView::Interactive);
}

} // namespace Hookbench::Ui
