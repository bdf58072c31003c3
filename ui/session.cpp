#include "session.h"

#include "delivery/deliveryengine.h"
#include "endpointstats.h"
#include "receiverhost.h"
#include "scheduling/schedulerunner.h"
#include "storage/workspace.h"

#include <QSet>
#include <QSettings>

namespace Hookbench::Ui {

namespace {
// Far more than the writer ever holds back (it commits every 50 ms), small enough to cost nothing.
constexpr size_t kRecentLimit = 2048;
} // namespace

Session::Session(Storage::Workspace &workspace, Engine::DeliveryEngine &engine, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_engine(engine)
    , m_receivers(new ReceiverHost(workspace, this))
    , m_stats(new EndpointStats(workspace.deliveries(), this))
    , m_schedules(new Scheduling::ScheduleRunner(workspace, engine, this))
{
    m_utc = QSettings().value(QStringLiteral("ui/utcTimes"), false).toBool();
    connect(&engine, &Engine::DeliveryEngine::attemptFinished, this, &Session::remember);
    connect(&engine, &Engine::DeliveryEngine::deliveryChanged, this, [this](const Hookbench::Delivery &d) {
        if (!m_recentDeliveries.contains(d.id)) {
            m_recentDeliveryOrder.push_back(d.id);
            if (m_recentDeliveryOrder.size() > kRecentLimit) {
                m_recentDeliveries.remove(m_recentDeliveryOrder.front());
                m_recentDeliveryOrder.pop_front();
            }
        }
        m_recentDeliveries.insert(d.id, d);
        if (d.isFinal())
            m_stats->record(d);
    });
    connect(&engine, &Engine::DeliveryEngine::endpointDisabled, this, [this] { emit endpointsChanged(); });
    connect(m_schedules, &Scheduling::ScheduleRunner::firingFailed, this, &Session::setScheduleFailure);
    connect(m_schedules, &Scheduling::ScheduleRunner::fired, this,
            [this](const Hookbench::Schedule &schedule) { setScheduleFailure(schedule, {}); });
    // The runner retries every few seconds and says so each time; the session passes on changes only.
    connect(m_schedules, &Scheduling::ScheduleRunner::leaseNotSaved, this, &Session::setLeaseFailure);
    connect(m_schedules, &Scheduling::ScheduleRunner::leaseRecovered, this, [this] { setLeaseFailure({}); });
    m_schedules->start();
}

Session::~Session() = default;

void Session::remember(const Hookbench::Attempt &attempt)
{
    auto it = m_recentAttempts.find(attempt.deliveryId);
    if (it == m_recentAttempts.end()) {
        it = m_recentAttempts.insert(attempt.deliveryId, {});
        m_recentAttemptOrder.push_back(attempt.deliveryId);
        if (m_recentAttemptOrder.size() > kRecentLimit) {
            m_recentAttempts.remove(m_recentAttemptOrder.front());
            m_recentAttemptOrder.pop_front();
            it = m_recentAttempts.find(attempt.deliveryId);
        }
    }
    it->append(attempt);
}

QList<Attempt> Session::attempts(qint64 deliveryId) const
{
    QList<Attempt> all = m_workspace.deliveries().attempts(deliveryId);
    for (const Attempt &live : m_recentAttempts.value(deliveryId)) {
        const bool stored
            = std::any_of(all.cbegin(), all.cend(), [&live](const Attempt &a) { return a.id == live.id; });
        if (!stored)
            all.append(live);
    }
    std::sort(all.begin(), all.end(), [](const Attempt &a, const Attempt &b) { return a.id < b.id; });
    return all;
}

std::optional<Hookbench::Delivery> Session::delivery(qint64 deliveryId) const
{
    auto it = m_recentDeliveries.constFind(deliveryId);
    if (it != m_recentDeliveries.cend())
        return *it;
    return m_workspace.deliveries().find(deliveryId);
}

void Session::setScheduleFailure(const Hookbench::Schedule &schedule, const QString &error)
{
    if (m_scheduleFailures.value(schedule.id) == error)
        return;
    if (error.isEmpty())
        m_scheduleFailures.remove(schedule.id);
    else
        m_scheduleFailures.insert(schedule.id, error);
    emit scheduleFailureChanged(schedule, error);
}

void Session::setLeaseFailure(const QString &error)
{
    if (error == m_leaseFailure)
        return;
    m_leaseFailure = error;
    emit scheduleLeaseFailureChanged(error);
}

void Session::setStartingUp(bool startingUp)
{
    if (startingUp == m_startingUp)
        return;
    m_startingUp = startingUp;
    if (!startingUp)
        emit startUpFinished();
}

void Session::setUtcTimes(bool utc)
{
    if (utc == m_utc)
        return;
    m_utc = utc;
    QSettings().setValue(QStringLiteral("ui/utcTimes"), utc);
    emit timeDisplayChanged();
}

void Session::eventTypesEdited()
{
    emit eventTypesChanged();
}

void Session::endpointsEdited()
{
    m_engine.endpointsChanged();
    emit endpointsChanged();
}

void Session::receiversEdited()
{
    emit receiversChanged();
}

void Session::pruneScheduleFailures()
{
    if (m_scheduleFailures.isEmpty())
        return;
    QSet<qint64> present;
    for (const Schedule &s : m_workspace.schedules().list())
        present.insert(s.id);
    const QList<qint64> failing = m_scheduleFailures.keys();
    for (qint64 id : failing) {
        if (!present.contains(id)) {
            Schedule gone;
            gone.id = id;
            setScheduleFailure(gone, {});
        }
    }
}

void Session::schedulesEdited()
{
    pruneScheduleFailures();
    m_schedules->reload();
    emit schedulesChanged();
}

void Session::showDeliveries(const Storage::DeliveryFilter &filter)
{
    emit showDeliveriesRequested(filter);
}

void Session::showSection(const QString &key, bool create)
{
    emit sectionRequested(key, create);
}

void Session::showTrigger(const QString &eventType)
{
    emit showTriggerRequested(eventType);
}

} // namespace Hookbench::Ui
