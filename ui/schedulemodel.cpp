#include "schedulemodel.h"

#include "domain/retrypolicy.h"
#include "format.h"
#include "scheduling/schedulechecks.h"
#include "storage/stores.h"

#include <QBrush>

namespace Hookbench::Ui {

namespace {

QString timeText(const QDateTime &t, bool utc)
{
    const QDateTime shown = utc ? t.toUTC() : t.toLocalTime();
    return shown.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + (utc ? QStringLiteral(" UTC") : QString());
}

} // namespace

ScheduleModel::ScheduleModel(Storage::ScheduleStore &store, QObject *parent)
    : SyncedTableModel(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_rows = store.list();
}

int ScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime ScheduleModel::now() const
{
    return m_clock();
}

void ScheduleModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshTimes();
}

void ScheduleModel::setUtcTimes(bool utc)
{
    if (utc == m_utc)
        return;
    m_utc = utc;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString ScheduleModel::describe(const Schedule &s, bool utc)
{
    QString text;
    switch (s.kind) {
    case Schedule::Kind::Once:
        text = tr("at %1").arg(s.at.isValid() ? timeText(s.at, utc) : QStringLiteral("-"));
        break;
    case Schedule::Kind::Interval:
        text = tr("every %1").arg(formatDurationMs(s.intervalMs));
        break;
    case Schedule::Kind::Cron:
        text = s.utc ? tr("cron %1 (UTC)").arg(s.cron) : tr("cron %1 (local time)").arg(s.cron);
        break;
    }
    if (s.jitterMs > 0)
        text += tr(", up to %1 late").arg(formatDurationMs(s.jitterMs));
    if (s.limit > 0)
        text += s.limit == 1 ? tr(", at most once") : tr(", at most %1 times").arg(s.limit);
    if (s.until.isValid())
        text += tr(", until %1").arg(timeText(s.until, utc));
    return text;
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Schedule &s = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case EnabledRole:
        return s.enabled;
    case NextFiringRole:
        return Scheduling::upcomingFiring(s, now());
    case Qt::ForegroundRole:
        if (index.column() == State && !s.enabled)
            return QBrush(QColor(0x88, 0x88, 0x88));
        if (index.column() == State && m_failures.contains(s.id))
            return QBrush(QColor(0xd3, 0x37, 0x3c));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Fired)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == When && !s.payload.isEmpty())
            return tr("Sends its own payload instead of the event type's template");
        if (index.column() == State && s.enabled && m_failures.contains(s.id))
            return tr("The last firing failed: %1").arg(m_failures.value(s.id));
        if (index.column() == Fired && s.lastFiredAt.isValid())
            return tr("Last fired %1").arg(timeText(s.lastFiredAt, m_utc));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QDateTime t = now();
    switch (index.column()) {
    case EventType:
        return s.eventType;
    case When:
        return describe(s, m_utc);
    case NextFiring: {
        const QDateTime next = Scheduling::upcomingFiring(s, t);
        if (!next.isValid())
            return QString();
        return tr("%1 (%2)").arg(timeText(next, m_utc), Format::relative(next, t));
    }
    case Fired:
        return s.limit > 0 ? tr("%1 of %2").arg(s.firedCount).arg(s.limit) : QString::number(s.firedCount);
    case State:
        if (!s.enabled)
            return tr("Disabled");
        if (m_failures.contains(s.id))
            return tr("Failing");
        if (!Scheduling::upcomingFiring(s, t).isValid())
            return tr("Finished");
        return tr("Enabled");
    }
    return {};
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EventType:
        return tr("Event type");
    case When:
        return tr("When");
    case NextFiring:
        return tr("Next firing");
    case Fired:
        return tr("Fired");
    case State:
        return tr("State");
    }
    return {};
}

void ScheduleModel::reload()
{
    syncRows(m_store.list());
}

void ScheduleModel::scheduleChanged(const Hookbench::Schedule &schedule)
{
    const int row = rowOf(schedule.id);
    if (row < 0 || m_rows.at(row) == schedule)
        return;
    m_rows[row] = schedule;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ScheduleModel::setFailure(qint64 scheduleId, const QString &error)
{
    if (m_failures.value(scheduleId) == error)
        return;
    if (error.isEmpty())
        m_failures.remove(scheduleId);
    else
        m_failures.insert(scheduleId, error);
    if (const int row = rowOf(scheduleId); row >= 0)
        emit dataChanged(index(row, State), index(row, State));
}

void ScheduleModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NextFiring), index(int(m_rows.size()) - 1, State));
}

} // namespace Hookbench::Ui
