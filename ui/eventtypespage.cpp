#include "eventtypespage.h"

#include "editorsupport.h"
#include "emptystate.h"
#include "eventtypeeditor.h"
#include "eventtypemodel.h"
#include "icons.h"
#include "schedulemodel.h"
#include "session.h"
#include "storage/workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Hookbench::Ui {

namespace {
const QByteArray kNewTemplate = QByteArrayLiteral("{\n  \"id\": \"{{uuid}}\",\n  \"type\": \"{{event.type}}\",\n"
                                                  "  \"created_at\": \"{{now}}\",\n  \"data\": {}\n}");
}

EventTypesPage::EventTypesPage(Session &session, QWidget *parent)
    : Section(parent)
    , m_session(session)
    , m_model(new EventTypeModel(session.workspace().eventTypes(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_listStack(new QStackedWidget(this))
    , m_editorStack(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("section-event-types"), tr("No event types yet"),
                             tr("An event type names something that happens in your application, like "
                                "<b>invoice.paid</b>, with the JSON payload its webhooks carry. Define one, then "
                                "add an endpoint that subscribes to it."),
                             this))
    , m_editor(new EventTypeEditor(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_filter->setPlaceholderText(tr("Filter event types"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(Icons::themed(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventTypeModel::Name, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(EventTypeModel::Name, m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_view->setAccessibleName(tr("Event types"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventTypesPage::currentChanged);

    connect(m_empty->addAction(tr("New event type"), QStringLiteral("add")), &QPushButton::clicked, this,
            &EventTypesPage::create);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_view, 1);
    m_listStack->addWidget(left);
    m_listStack->addWidget(m_empty);

    auto *placeholder = new QLabel(tr("Select an event type to edit it, or press Ctrl+N to define a new one."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_editorStack->addWidget(placeholder);
    m_editorStack->addWidget(m_editor);

    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_editorStack);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_editor->setNameOwner([this](const QString &name) { return m_model->idNamed(name); });
    connect(m_editor, &EventTypeEditor::saveRequested, this, &EventTypesPage::save);
    connect(m_editor, &EventTypeEditor::deleteRequested, this, &EventTypesPage::remove);
    connect(m_editor, &EventTypeEditor::triggerRequested, this,
            [this] { m_session.showTrigger(m_editor->eventType().name); });
    connect(&session, &Session::eventTypesChanged, this, &EventTypesPage::refresh);
    updateEmptyState();
}

QIcon EventTypesPage::icon() const
{
    return Icons::themed(QStringLiteral("section-event-types"));
}

void EventTypesPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && m_shownId != 0;
    m_listStack->setCurrentIndex(empty ? 1 : 0);
    if (empty)
        m_editorStack->setCurrentIndex(0);
}

bool EventTypesPage::confirmLeave()
{
    if (m_editorStack->currentIndex() != 1)
        return true;
    return EditorSupport::confirmLeave(this, m_editor, tr("Unsaved event type"),
                                       tr("Save the changes to “%1”?").arg(m_editor->eventType().name),
                                       tr("Fix the messages above first."), [this] { save(); });
}

void EventTypesPage::currentChanged()
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
    if (id < 0) {
        m_editorStack->setCurrentIndex(0);
        return;
    }
    m_editor->setEventType(m_model->itemAt(current.row()));
    m_editorStack->setCurrentIndex(1);
}

void EventTypesPage::selectId(qint64 id)
{
    m_selecting = true;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    else
        m_view->clearSelection();
    m_selecting = false;
}

void EventTypesPage::create()
{
    if (!confirmLeave())
        return;
    EventType fresh;
    fresh.payloadTemplate = kNewTemplate;
    m_shownId = 0;
    m_selecting = true;
    m_view->clearSelection();
    m_view->setCurrentIndex({});
    m_selecting = false;
    m_editor->setEventType(fresh);
    m_editorStack->setCurrentIndex(1);
    m_listStack->setCurrentIndex(0);
    m_editor->nameEdit()->setFocus();
}

bool EventTypesPage::open(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->itemAt(row).name == name) {
            m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
            return true;
        }
    }
    return false;
}

void EventTypesPage::save()
{
    EventType t = m_editor->eventType();
    Storage::WriteResult result
        = t.id ? m_session.workspace().eventTypes().update(t) : m_session.workspace().eventTypes().add(t);
    if (!result) {
        m_editor->showSaveError(result.error);
        return;
    }
    m_editor->setEventType(t);
    m_shownId = t.id;
    m_session.eventTypesEdited();
    selectId(t.id);
    emit message(tr("Saved event type %1").arg(t.name));
}

void EventTypesPage::remove()
{
    const EventType t = m_editor->eventType();
    if (!t.id)
        return;
    if (QMessageBox::question(this, tr("Delete event type"), removalQuestion(t)) != QMessageBox::Yes)
        return;
    if (const Storage::WriteResult result = m_session.workspace().eventTypes().remove(t.id); !result) {
        // Next to the Delete button and in the status bar; the event type stays shown, as it stays stored.
        m_editor->showSaveError(result.error);
        emit message(result.error);
        return;
    }
    m_shownId = -1;
    m_editorStack->setCurrentIndex(0);
    m_session.eventTypesEdited();
    emit message(tr("Deleted event type %1").arg(t.name));
}

QString EventTypesPage::removalQuestion(const EventType &t) const
{
    QStringList schedules;
    for (const Schedule &s : m_session.workspace().schedules().list()) {
        if (s.eventType == t.name)
            schedules << tr("#%1 (%2)").arg(s.id).arg(ScheduleModel::describe(s, m_session.utcTimes()));
    }
    if (schedules.isEmpty())
        return tr("Delete “%1”? Its past deliveries stay in the log.").arg(t.name);
    return tr("Delete “%1”? %n schedule(s) fire it and cannot fire without it: %2. Its past deliveries stay in the "
              "log.",
              nullptr, int(schedules.size()))
        .arg(t.name, schedules.join(QLatin1String(", ")));
}

void EventTypesPage::refresh()
{
    const qint64 shown = m_shownId;
    m_selecting = true;
    m_model->reload();
    m_selecting = false;
    if (shown > 0 && m_model->rowOf(shown) < 0) {
        // Deleted elsewhere (another window, the command line).
        m_shownId = -1;
        m_editorStack->setCurrentIndex(0);
    } else if (shown > 0) {
        selectId(shown);
        if (!m_editor->isDirty())
            m_editor->setEventType(m_model->itemAt(m_model->rowOf(shown)));
    }
    updateEmptyState();
}

void EventTypesPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void EventTypesPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("eventTypes/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("eventTypes/header"), m_view->horizontalHeader()->saveState());
}

void EventTypesPage::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("eventTypes/splitter")).toByteArray());
    if (settings.contains(QStringLiteral("eventTypes/header")))
        m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("eventTypes/header")).toByteArray());
}

} // namespace Hookbench::Ui
