#pragma once

#include "domain/delivery.h"
#include "domain/schedule.h"
#include "storage/stores.h"

#include <QHash>
#include <QObject>

#include <deque>

namespace Hookbench::Storage {
class Workspace;
}
namespace Hookbench::Engine {
class DeliveryEngine;
}
namespace Hookbench::Scheduling {
class ScheduleRunner;
}

namespace Hookbench::Ui {

class EndpointStats;
class ReceiverHost;

// What every section of the window shares: the workspace and its engine (owned by the caller), the running
// receivers, live statistics, and the notifications that keep the sections in step when one of them edits a
// definition. No widget logic lives here.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(Storage::Workspace &workspace, Engine::DeliveryEngine &engine, QObject *parent = nullptr);
    ~Session() override;

    Storage::Workspace &workspace() const { return m_workspace; }
    Engine::DeliveryEngine &engine() const { return m_engine; }
    ReceiverHost &receivers() const { return *m_receivers; }
    EndpointStats &stats() const { return *m_stats; }
    // Fires the workspace's schedules while the window is open (unless `hookbench run` already does).
    Scheduling::ScheduleRunner &schedules() const { return *m_schedules; }

    // The attempts of a delivery: those in the workspace, plus any that finished a moment ago and are still on
    // their way through the batching writer.
    QList<Attempt> attempts(qint64 deliveryId) const;
    // The newest known state of a delivery, live or stored.
    std::optional<Hookbench::Delivery> delivery(qint64 deliveryId) const;

    // From the window's construction until its first paint. A section built meanwhile (the one the window opens
    // on) shows its frame in that paint and may read its content only once startUpFinished() is emitted.
    bool startingUp() const { return m_startingUp; }
    void setStartingUp(bool startingUp);

    // Why the latest firing of a schedule failed (the event type is gone, the template does not render…), until
    // one of its firings succeeds; empty while it fires fine. The runner reports failures as they happen, so the
    // session keeps them for whichever section is built later.
    QString scheduleFailure(qint64 scheduleId) const { return m_scheduleFailures.value(scheduleId); }
    const QHash<qint64, QString> &scheduleFailures() const { return m_scheduleFailures; }
    // Forgets the failures of schedules no longer in the workspace (their ids may be given to new ones).
    void pruneScheduleFailures();

    // Why this window's schedule runner could not record that it runs the schedules (it fires nothing meanwhile);
    // empty while it can.
    QString scheduleLeaseFailure() const { return m_leaseFailure; }

    bool utcTimes() const { return m_utc; }
    void setUtcTimes(bool utc);

    // Called by whoever changed definitions through the stores, so that every section reloads.
    void eventTypesEdited();
    void endpointsEdited();
    void receiversEdited();
    void schedulesEdited();
    // Asks the window to show the delivery log with this filter.
    void showDeliveries(const Storage::DeliveryFilter &filter);
    // Asks the window to show a section (by Section::key()), and to start a new item there when `create`.
    void showSection(const QString &key, bool create = false);
    // Asks the window to open the trigger section on this event type.
    void showTrigger(const QString &eventType);

signals:
    void eventTypesChanged();
    void endpointsChanged();
    void receiversChanged();
    void schedulesChanged();
    // A schedule's firing failed (`error` says why), or one fired again after failing (`error` is empty).
    void scheduleFailureChanged(const Hookbench::Schedule &schedule, const QString &error);
    // The schedule lease could not be saved (`error` says why), or could be again (`error` is empty).
    void scheduleLeaseFailureChanged(const QString &error);
    void timeDisplayChanged();
    void startUpFinished();
    void showDeliveriesRequested(const Hookbench::Storage::DeliveryFilter &filter);
    void showTriggerRequested(const QString &eventType);
    void sectionRequested(const QString &key, bool create);

private:
    void remember(const Hookbench::Attempt &attempt);
    void setScheduleFailure(const Hookbench::Schedule &schedule, const QString &error);
    void setLeaseFailure(const QString &error);

    Storage::Workspace &m_workspace;
    Engine::DeliveryEngine &m_engine;
    ReceiverHost *m_receivers;
    EndpointStats *m_stats;
    Scheduling::ScheduleRunner *m_schedules;
    QHash<qint64, QString> m_scheduleFailures;
    QString m_leaseFailure;
    bool m_utc = false;
    bool m_startingUp = false;
    // The last attempts and delivery states seen live, until the writer has certainly committed them.
    QHash<qint64, QList<Attempt>> m_recentAttempts;
    std::deque<qint64> m_recentAttemptOrder;
    QHash<qint64, Hookbench::Delivery> m_recentDeliveries;
    std::deque<qint64> m_recentDeliveryOrder;
};

} // namespace Hookbench::Ui
