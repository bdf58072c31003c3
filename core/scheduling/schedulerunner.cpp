#include "schedulerunner.h"

#include "domain/jsoncodec.h"
#include "schedulecalculator.h"
#include "storage/workspace.h"
#include "templatefiring.h"
#include "templaterenderer.h"
#include "util/ids.h"

namespace Hookbench::Scheduling {

namespace {

const QString kLeaseKey = QStringLiteral("schedules/runner-lease");

// Longest single wait of the timer; it is simply re-armed when it wakes early.
constexpr qint64 kMaxWaitMs = 6LL * 3600 * 1000;

} // namespace

ScheduleRunner::ScheduleRunner(Storage::Workspace &workspace, Engine::DeliveryEngine &engine, QObject *parent)
    : ScheduleRunner(workspace, engine, Options {}, parent)
{ }

ScheduleRunner::ScheduleRunner(Storage::Workspace &workspace, Engine::DeliveryEngine &engine, Options options,
                               QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_engine(engine)
    , m_options(options)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_ownRandom(QRandomGenerator::securelySeeded())
    , m_leaseToken(Ids::uuid())
{
    qRegisterMetaType<Hookbench::Schedule>();
    m_random = &m_ownRandom;
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ScheduleRunner::fireDue);
    connect(&m_poll, &QTimer::timeout, this, &ScheduleRunner::reload);
}

ScheduleRunner::~ScheduleRunner()
{
    stop();
}

void ScheduleRunner::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ScheduleRunner::setRandomGenerator(QRandomGenerator *random)
{
    m_random = random ? random : &m_ownRandom;
}

QDateTime ScheduleRunner::now() const
{
    return m_clock().toUTC();
}

void ScheduleRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_active = holdLease();
    if (m_active)
        load(true);
    if (m_options.pollIntervalMs > 0)
        m_poll.start(m_options.pollIntervalMs);
}

void ScheduleRunner::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    m_poll.stop();
    m_armed.clear();
    m_due.clear();
    if (m_active)
        releaseLease();
    m_active = false;
}

QDateTime ScheduleRunner::nextFiring(qint64 scheduleId) const
{
    const auto it = m_armed.constFind(scheduleId);
    return it == m_armed.constEnd() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(it->dueMs, Qt::UTC);
}

bool ScheduleRunner::holdLease()
{
    // The workspace's lease store: one atomic statement, so two processes starting together never both fire.
    QString error;
    const bool held
        = m_workspace.leases().hold(kLeaseKey, m_leaseToken, now().toMSecsSinceEpoch(), m_options.leaseMs, &error);
    const bool wasFailing = m_leaseFailing;
    m_leaseFailing = !error.isEmpty();
    if (m_leaseFailing)
        emit leaseNotSaved(tr("Could not record which process runs the schedules: %1").arg(error));
    else if (wasFailing)
        emit leaseRecovered();
    return held;
}

void ScheduleRunner::releaseLease()
{
    // Gone at once, so that the next runner fires without waiting for the lease to lapse.
    m_workspace.leases().release(kLeaseKey, m_leaseToken);
}

void ScheduleRunner::reload()
{
    if (!m_running)
        return;
    const bool wasActive = m_active;
    m_active = holdLease();
    if (!m_active) {
        // Another process fires the schedules now; forget ours so nothing fires twice.
        m_timer.stop();
        m_armed.clear();
        m_due.clear();
        return;
    }
    // Taking over from a runner that went away is a restart as far as missed firings go.
    load(!wasActive);
}

void ScheduleRunner::load(bool applyMissedPolicy)
{
    const QList<Schedule> stored = m_workspace.schedules().list();
    QSet<qint64> present;
    for (const Schedule &s : stored) {
        present.insert(s.id);
        consider(s, applyMissedPolicy);
    }
    const QList<qint64> armedIds = m_armed.keys();
    for (qint64 id : armedIds) {
        if (!present.contains(id))
            disarm(id);
    }
    armTimer();
}

void ScheduleRunner::consider(const Schedule &stored, bool applyMissedPolicy)
{
    const QJsonObject definition = Json::scheduleToJson(stored);
    const auto armed = m_armed.constFind(stored.id);
    if (!applyMissedPolicy && armed != m_armed.constEnd() && armed->definition == definition)
        return; // unchanged and already armed
    if (!applyMissedPolicy && armed == m_armed.constEnd() && !stored.enabled)
        return;
    disarm(stored.id);
    if (!stored.enabled)
        return;

    Schedule s = stored;
    const QDateTime t = now();
    if (!applyMissedPolicy) {
        // New or edited while running: the stored next firing (computed when it was saved) if still ahead.
        const QDateTime next = s.nextFireAt.isValid() && s.nextFireAt >= t ? s.nextFireAt : nextFiringWithin(s, t);
        if (next != s.nextFireAt)
            record(s, next);
        if (next.isValid())
            arm(s, next);
        return;
    }
    const MissedFirings missed = resolveMissedFirings(s, s.nextFireAt, t);
    if (missed.fireNow && fire(s)) {
        ++s.firedCount;
        s.lastFiredAt = t;
    }
    const QDateTime next = nextFiringWithin(s, t);
    if (missed.fireNow || next != s.nextFireAt)
        record(s, next);
    if (next.isValid())
        arm(s, next);
}

void ScheduleRunner::arm(Schedule schedule, const QDateTime &nominal)
{
    Armed a;
    a.definition = Json::scheduleToJson(schedule);
    a.nominal = nominal;
    a.dueMs = nominal.toMSecsSinceEpoch() + jitterOffsetMs(schedule, *m_random);
    a.schedule = std::move(schedule);
    m_due.emplace(a.dueMs, a.schedule.id);
    m_armed.insert(a.schedule.id, a);
}

void ScheduleRunner::disarm(qint64 scheduleId)
{
    const auto it = m_armed.constFind(scheduleId);
    if (it == m_armed.constEnd())
        return;
    const auto range = m_due.equal_range(it->dueMs);
    for (auto d = range.first; d != range.second; ++d) {
        if (d->second == scheduleId) {
            m_due.erase(d);
            break;
        }
    }
    m_armed.erase(it);
}

void ScheduleRunner::armTimer()
{
    if (!m_running || !m_active || m_due.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qBound<qint64>(0, m_due.begin()->first - now().toMSecsSinceEpoch(), kMaxWaitMs);
    m_timer.start(int(wait));
}

void ScheduleRunner::fireDue()
{
    if (!m_running || !m_active)
        return;
    const QDateTime t = now();
    const qint64 nowMs = t.toMSecsSinceEpoch();
    while (!m_due.empty() && m_due.begin()->first <= nowMs) {
        const qint64 id = m_due.begin()->second;
        m_due.erase(m_due.begin());
        Armed a = m_armed.take(id);
        Schedule &s = a.schedule;
        if (fire(s)) {
            ++s.firedCount;
            s.lastFiredAt = t;
        }
        // The next firing counts from this one's nominal time, so a late wake-up does not shift the schedule;
        // firings that are already past as well (the machine slept) are not made up, one firing stands for them.
        QDateTime next = nextFiringWithin(s, a.nominal);
        if (next.isValid() && next <= t)
            next = nextFiringWithin(s, t);
        record(s, next);
        if (next.isValid())
            arm(s, next);
    }
    armTimer();
}

void ScheduleRunner::record(Schedule &schedule, const QDateTime &next)
{
    schedule.nextFireAt = next;
    if (const auto r
        = m_workspace.schedules().recordFiring(schedule.id, schedule.firedCount, schedule.lastFiredAt, next);
        !r)
        emit firingFailed(schedule, r.error);
    emit scheduleChanged(schedule);
}

bool ScheduleRunner::fire(const Schedule &schedule)
{
    QByteArray tmpl = schedule.payload;
    if (tmpl.isEmpty()) {
        const auto type = m_workspace.eventTypes().find(schedule.eventType);
        if (!type) {
            emit firingFailed(
                schedule,
                tr("There is no event type %1 and the schedule has no payload of its own.").arg(schedule.eventType));
            return false;
        }
        tmpl = type->payloadTemplate;
    }
    TemplateContext context;
    context.eventType = schedule.eventType;
    context.seq = m_workspace.eventTypes().nextSequence(schedule.eventType);
    context.now = now();
    context.random = m_random;

    const TemplateFiring firing
        = fireTemplate(m_engine, m_workspace, schedule.eventType, tmpl, context, EventSource::Schedule);
    if (!firing.renderError.isEmpty())
        emit firingFailed(schedule, tr("The payload template does not render: %1").arg(firing.renderError));
    else if (!firing.triggerError.isEmpty())
        emit firingFailed(schedule, firing.triggerError);
    QList<Event> events;
    for (const Engine::TriggerResult &t : firing.triggered)
        events.append(t.event);
    if (events.isEmpty())
        return false;
    emit fired(schedule, events);
    return true;
}

} // namespace Hookbench::Scheduling
