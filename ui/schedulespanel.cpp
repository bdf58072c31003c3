#include "schedulespanel.h"

#include "editorsupport.h"
#include "format.h"
#include "icons.h"
#include "scheduleeditor.h"
#include "schedulemodel.h"
#include "scheduling/schedulecalculator.h"
#include "scheduling/schedulechecks.h"
#include "scheduling/schedulerunner.h"
#include "session.h"
#include "storage/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Hookbench::Ui {

namespace {
// Often enough for "in 4 min 30 s" to stay true, and to notice schedules edited by `hookbench schedule`.
constexpr int kRefreshMs = 5000;
} // namespace

SchedulesPanel::SchedulesPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ScheduleModel(session.workspace().schedules(), this))
    , m_view(new QTableView(this))
    , m_new(new QPushButton(Icons::themed(QStringLiteral("add")), tr("&New schedule…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_toggle(new QPushButton(tr("&Disable"), this))
    , m_remove(new QPushButton(Icons::themed(QStringLiteral("remove")), tr("&Remove"), this))
    , m_needsType(new QWidget(this))
    , m_leaseError(EditorSupport::errorLabel(this, QStringLiteral("scheduleLeaseError")))
    , m_refresh(new QTimer(this))
{
    m_model->setUtcTimes(session.utcTimes());
    m_view->setObjectName(QStringLiteral("scheduleList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // The rule takes the room there is: the next firing and the count have widths of their own, and the state is
    // one short word.
    const QFontMetrics fm = m_view->fontMetrics();
    QHeaderView *header = m_view->horizontalHeader();
    auto fit = [&](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column, qMax(fm.horizontalAdvance(title) + 28, fm.horizontalAdvance(sample) + 16));
    };
    fit(ScheduleModel::EventType, QStringLiteral("customer.subscription.updated"));
    // Samples in the model's own words, so each language is measured with its own texts.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    fit(ScheduleModel::NextFiring,
        ScheduleModel::tr("%1 (%2)").arg(QStringLiteral("2026-12-31 23:59:59 UTC"),
                                         Format::relative(now.addSecs(59 * 60 + 59), now)));
    fit(ScheduleModel::Fired, ScheduleModel::tr("%1 of %2").arg(9999).arg(9999));
    QString widestState;
    for (const char *state : {"Enabled", "Disabled", "Finished", "Failing"}) {
        const QString text = ScheduleModel::tr(state);
        widestState = fm.horizontalAdvance(text) > fm.horizontalAdvance(widestState) ? text : widestState;
    }
    fit(ScheduleModel::State, widestState);
    header->setSectionResizeMode(ScheduleModel::When, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Schedules"));
    m_view->setToolTip(tr("Double-click a schedule to edit it"));
    m_new->setObjectName(QStringLiteral("newSchedule"));
    m_toggle->setObjectName(QStringLiteral("toggleSchedule"));
    m_remove->setObjectName(QStringLiteral("removeSchedule"));

    auto *title = new QLabel(tr("Schedules"), this);
    auto *hint = new QLabel(tr("Fire an event type at a time, every interval or by cron, while this window or "
                               "<tt>hookbench run</tt> is running."),
                            this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    m_needsType->setObjectName(QStringLiteral("scheduleNeedsEventType"));
    auto *needsText = new QLabel(tr("A schedule fires one of your event types, and this workspace has none yet. "
                                    "Define an event type first, then add schedules here."),
                                 m_needsType);
    needsText->setObjectName(QStringLiteral("scheduleNeedsEventTypeText"));
    needsText->setWordWrap(true);
    auto *defineType = new QPushButton(Icons::themed(QStringLiteral("section-event-types")), tr("Define an event type"),
                                       m_needsType);
    connect(defineType, &QPushButton::clicked, this, &SchedulesPanel::eventTypeNeeded);
    auto *needsLayout = new QHBoxLayout(m_needsType);
    needsLayout->setContentsMargins(0, 4, 0, 4);
    needsLayout->addWidget(needsText, 1);
    needsLayout->addWidget(defineType, 0, Qt::AlignVCenter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_needsType);
    layout->addWidget(m_leaseError);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, [this] { createSchedule(); });
    connect(m_edit, &QPushButton::clicked, this, &SchedulesPanel::editSelected);
    connect(m_view, &QTableView::activated, this, &SchedulesPanel::editSelected);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        const QModelIndex current = m_view->currentIndex();
        if (const QString error = setScheduleEnabled(id, !current.data(ScheduleModel::EnabledRole).toBool());
            !error.isEmpty())
            emit message(error);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (!id)
            return;
        if (QMessageBox::question(this, tr("Remove schedule"), tr("Remove this schedule? It will not fire again."))
            != QMessageBox::Yes)
            return;
        if (const QString error = removeSchedule(id); !error.isEmpty())
            emit message(error);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SchedulesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SchedulesPanel::updateButtons);
    connect(&session, &Session::schedulesChanged, m_model, &ScheduleModel::reload);
    connect(&session, &Session::eventTypesChanged, this, &SchedulesPanel::updateEventTypes);
    connect(&session, &Session::timeDisplayChanged, this, [this] { m_model->setUtcTimes(m_session.utcTimes()); });
    connect(&session.schedules(), &Scheduling::ScheduleRunner::scheduleChanged, m_model,
            &ScheduleModel::scheduleChanged);
    for (auto it = session.scheduleFailures().cbegin(); it != session.scheduleFailures().cend(); ++it)
        m_model->setFailure(it.key(), it.value());
    connect(
        &session, &Session::scheduleFailureChanged, this,
        [this](const Hookbench::Schedule &schedule, const QString &error) { m_model->setFailure(schedule.id, error); });
    // Not one schedule's failure but all of theirs: the runner fires none while it cannot record that it runs them.
    auto showLeaseFailure = [this](const QString &error) {
        EditorSupport::setError(m_leaseError,
                                error.isEmpty() ? QString() : tr("No schedule fires from this window: %1").arg(error));
    };
    showLeaseFailure(session.scheduleLeaseFailure());
    connect(&session, &Session::scheduleLeaseFailureChanged, this, showLeaseFailure);
    connect(m_refresh, &QTimer::timeout, this, &SchedulesPanel::reload);
    m_refresh->start(kRefreshMs);
    updateEventTypes();
}

void SchedulesPanel::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("schedules/header"), m_view->horizontalHeader()->saveState());
}

void SchedulesPanel::restoreState(const QSettings &settings)
{
    if (settings.contains(QStringLiteral("schedules/header")))
        m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("schedules/header")).toByteArray());
}

void SchedulesPanel::reload()
{
    m_session.pruneScheduleFailures();
    m_model->reload();
    m_model->refreshTimes();
    updateEventTypes();
}

bool SchedulesPanel::canCreate() const
{
    return m_hasEventTypes;
}

void SchedulesPanel::updateEventTypes()
{
    m_hasEventTypes = !m_session.workspace().eventTypes().list().isEmpty();
    m_needsType->setVisible(!m_hasEventTypes);
    updateButtons();
}

qint64 SchedulesPanel::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ScheduleModel::IdRole).toLongLong() : 0;
}

void SchedulesPanel::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_new->setEnabled(m_hasEventTypes);
    m_new->setToolTip(m_hasEventTypes ? tr("Add a schedule that fires an event type later or repeatedly")
                                      : tr("A schedule needs an event type: define one first"));
    m_edit->setEnabled(current.isValid());
    m_remove->setEnabled(current.isValid());
    m_toggle->setEnabled(current.isValid());
    m_toggle->setText(current.isValid() && !current.data(ScheduleModel::EnabledRole).toBool() ? tr("&Enable")
                                                                                              : tr("&Disable"));
}

void SchedulesPanel::edited()
{
    m_session.schedulesEdited();
    updateButtons();
}

QString SchedulesPanel::addSchedule(Schedule s)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.id = 0;
    s.firedCount = 0;
    s.lastFiredAt = {};
    // The interval grid starts now, and the runner takes the stored next firing as its first.
    s.createdAt = now;
    s.nextFireAt = Scheduling::nextFiringWithin(s, now);
    if (const auto r = m_session.workspace().schedules().add(s); !r)
        return r.error;
    edited();
    const int row = m_model->rowOf(s.id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    emit message(tr("Schedule for %1 added").arg(s.eventType));
    return {};
}

QString SchedulesPanel::updateSchedule(Schedule s)
{
    // An edited schedule starts afresh from now: the old next firing belonged to the old definition.
    s.nextFireAt = s.enabled ? Scheduling::nextFiringWithin(s, QDateTime::currentDateTimeUtc()) : QDateTime();
    if (const auto r = m_session.workspace().schedules().update(s); !r)
        return r.error;
    edited();
    return {};
}

QString SchedulesPanel::setScheduleEnabled(qint64 id, bool enabled)
{
    auto s = m_session.workspace().schedules().find(id);
    if (!s)
        return tr("The schedule no longer exists.");
    s->enabled = enabled;
    // Enabling starts afresh from now: the time it was disabled is not "missed".
    return updateSchedule(*s);
}

QString SchedulesPanel::removeSchedule(qint64 id)
{
    if (const auto r = m_session.workspace().schedules().remove(id); !r)
        return r.error;
    edited();
    return {};
}

void SchedulesPanel::createSchedule(const QString &eventType)
{
    if (!m_hasEventTypes) {
        emit message(tr("A schedule needs an event type: define one first."));
        return;
    }
    QStringList types;
    for (const EventType &t : m_session.workspace().eventTypes().list())
        types << t.name;
    ScheduleEditor editor(types, this);
    if (!eventType.isEmpty()) {
        Schedule s;
        s.eventType = eventType;
        editor.setSchedule(s);
    }
    while (editor.exec() == QDialog::Accepted) {
        const QString error = addSchedule(editor.schedule());
        if (error.isEmpty())
            return;
        QMessageBox::warning(this, tr("Schedule not saved"), error);
    }
}

void SchedulesPanel::editSelected()
{
    const auto s = m_session.workspace().schedules().find(selectedId());
    if (!s)
        return;
    QStringList types;
    for (const EventType &t : m_session.workspace().eventTypes().list())
        types << t.name;
    ScheduleEditor editor(types, this);
    editor.setSchedule(*s);
    while (editor.exec() == QDialog::Accepted) {
        const QString error = updateSchedule(editor.schedule());
        if (error.isEmpty())
            return;
        QMessageBox::warning(this, tr("Schedule not saved"), error);
    }
}

} // namespace Hookbench::Ui
