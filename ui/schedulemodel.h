#pragma once

#include "domain/schedule.h"
#include "listsync.h"

#include <QDateTime>
#include <QHash>

#include <functional>

namespace Hookbench::Storage {
class ScheduleStore;
}

namespace Hookbench::Ui {

// The workspace's schedules with what they fire, when, how often they have fired, their state and their next
// firing. Rows follow the store on reload() and a running schedule's progress through scheduleChanged(); the next
// firing column is refreshed by refreshTimes() (the page calls it on a timer) so "in 4 min" stays true.
class ScheduleModel final : public SyncedTableModel<Schedule>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleModel)

public:
    enum Column
    {
        EventType,
        When,
        NextFiring,
        Fired,
        State,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        // The next firing as a QDateTime (UTC); invalid when none.
        NextFiringRole,
        EnabledRole,
    };
    using Clock = std::function<QDateTime()>;

    explicit ScheduleModel(Storage::ScheduleStore &store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Tests pin "now"; the default is the system clock.
    void setClock(Clock clock);
    void setUtcTimes(bool utc);

    void reload();
    // A running schedule fired or was re-armed: its row takes the new counts and times.
    void scheduleChanged(const Hookbench::Schedule &schedule);
    void refreshTimes();
    // Why the schedule's latest firing failed (empty: it fires fine). An enabled schedule with a failure shows as
    // "Failing", the reason in its tooltip.
    void setFailure(qint64 scheduleId, const QString &error);
    QString failure(qint64 scheduleId) const { return m_failures.value(scheduleId); }

    // "every 5 min", "at 2026-12-31 18:00", "cron 0 9 * * MON-FRI (UTC)", with jitter, limit and end.
    static QString describe(const Schedule &schedule, bool utc);

private:
    QDateTime now() const;

    Storage::ScheduleStore &m_store;
    Clock m_clock;
    QHash<qint64, QString> m_failures;
    bool m_utc = false;
};

} // namespace Hookbench::Ui
