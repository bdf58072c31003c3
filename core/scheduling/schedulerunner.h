#pragma once

#include "delivery/deliveryengine.h"
#include "domain/schedule.h"
#include "schedulecalculator.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <functional>
#include <map>

namespace Hookbench::Storage {
class Workspace;
}

namespace Hookbench::Scheduling {

// Runs the workspace's schedules through the delivery engine: one timer for the earliest due firing of all of
// them, each firing rendering the event type's template (or the schedule's own payload) into a new event. Firings
// are recorded in the workspace, so after a restart the missed-firing policy (skip, or catch up once) applies to
// what was due while nothing ran. Only one runner per workspace fires at a time (a lease in the workspace
// settings), so the GUI and `hookbench run` on the same file never both fire a schedule.
class ScheduleRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleRunner)

public:
    using Clock = std::function<QDateTime()>;

    struct Options
    {
        // How often the stored schedules are re-read (edits made by other processes) and the lease renewed.
        int pollIntervalMs = 2000;
        // A lease not renewed for this long is taken over by another runner.
        int leaseMs = 15000;
    };

    ScheduleRunner(Storage::Workspace &workspace, Engine::DeliveryEngine &engine, QObject *parent = nullptr);
    ScheduleRunner(Storage::Workspace &workspace, Engine::DeliveryEngine &engine, Options options,
                   QObject *parent = nullptr);
    ~ScheduleRunner() override;

    // Tests drive time with their own clock (and call fireDue()); the default is the system clock in UTC.
    void setClock(Clock clock);
    void setRandomGenerator(QRandomGenerator *random);

    // Loads the schedules, applies each one's missed-firing policy, and arms the timer.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // False while another process holds the workspace's schedule lease.
    bool isActive() const { return m_active; }

    // When an armed schedule fires next (its jitter included); invalid when it is not armed.
    QDateTime nextFiring(qint64 scheduleId) const;

public slots:
    // Re-reads the schedules after they were added, edited, enabled, disabled or removed.
    void reload();
    // Fires every schedule due at the clock's current time. The timer calls it; so can tests.
    void fireDue();

signals:
    // A schedule fired: the events it created (several when the template renders per endpoint).
    void fired(const Hookbench::Schedule &schedule, const QList<Hookbench::Event> &events);
    // A firing could not create its event (the template does not render, the event type is gone).
    void firingFailed(const Hookbench::Schedule &schedule, const QString &error);
    // A schedule's run state changed (fired count, last and next firing), or it was disarmed.
    void scheduleChanged(const Hookbench::Schedule &schedule);
    // Taking or renewing the workspace's schedule lease could not be saved (the message says why).
    // While it cannot be saved, the runner fires nothing (it cannot know that no other process does).
    void leaseNotSaved(const QString &error);
    // The lease could be written again (or is seen held by another process) after leaseNotSaved().
    void leaseRecovered();

private:
    struct Armed
    {
        Schedule schedule;
        QJsonObject definition; // to notice edits on reload
        QDateTime nominal; // when the schedule says it is due
        qint64 dueMs = 0; // nominal plus this firing's jitter
    };

    QDateTime now() const;
    bool holdLease();
    void releaseLease();
    void load(bool applyMissedPolicy);
    void consider(const Schedule &stored, bool applyMissedPolicy);
    void arm(Schedule schedule, const QDateTime &nominal);
    void disarm(qint64 scheduleId);
    void armTimer();
    // Renders and triggers one firing; returns false (after reporting why) when no event could be created.
    bool fire(const Schedule &schedule);
    void record(Schedule &schedule, const QDateTime &next);

    Storage::Workspace &m_workspace;
    Engine::DeliveryEngine &m_engine;
    Options m_options;
    Clock m_clock;
    QRandomGenerator *m_random = nullptr;
    QRandomGenerator m_ownRandom;
    QTimer m_timer;
    QTimer m_poll;
    QString m_leaseToken;
    bool m_leaseFailing = false;
    bool m_running = false;
    bool m_active = false;

    QHash<qint64, Armed> m_armed;
    std::multimap<qint64, qint64> m_due; // due time (ms since epoch) -> schedule id
};

} // namespace Hookbench::Scheduling
