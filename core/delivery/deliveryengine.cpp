#include "deliveryengine.h"

#include "domain/validation.h"
#include "outcome.h"
#include "presets/providerprofile.h"
#include "storage/workspace.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <optional>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#endif

namespace Hookbench::Engine {

namespace {

constexpr qint64 kEndpointCacheMs = 500;

// Held by the one engine per workspace that takes over the deliveries of others (Options::takesOver).
const QString kTakeoverKey = QStringLiteral("engine/takeover");

QString livenessKey(qint64 owner)
{
    return QLatin1String(Storage::kEngineLivePrefix) + QString::number(owner);
}

// A liveness lease's holder is "OWNER@HOST:PID". True when it names a process of this machine that is gone.
bool processGone(const QString &holder)
{
#if defined(Q_OS_UNIX)
    const qsizetype at = holder.indexOf(QLatin1Char('@'));
    const qsizetype colon = holder.lastIndexOf(QLatin1Char(':'));
    if (at < 0 || colon < at || holder.mid(at + 1, colon - at - 1) != QSysInfo::machineHostName())
        return false;
    bool ok = false;
    const qint64 pid = holder.mid(colon + 1).toLongLong(&ok);
    return ok && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(holder);
    return false;
#endif
}

} // namespace

DeliveryEngine::DeliveryEngine(Storage::Workspace &workspace, QObject *parent)
    : DeliveryEngine(workspace, Options {}, parent)
{ }

DeliveryEngine::DeliveryEngine(Storage::Workspace &workspace, Options options, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_options(options)
    , m_random(QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<Hookbench::Delivery>();
    qRegisterMetaType<Hookbench::Attempt>();
    // Positive and never 0 (no owner).
    m_owner = qint64(m_random.generate64() >> 1) | 1;
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryEngine::pump);
    connect(&m_poll, &QTimer::timeout, this, &DeliveryEngine::pollWorkspace);
    connect(&m_leaseTimer, &QTimer::timeout, this, &DeliveryEngine::renewLeases);
    connect(&m_workspace.writer(), &Storage::BatchWriter::outboxCommitted, this, &DeliveryEngine::onCommitted);
}

DeliveryEngine::~DeliveryEngine()
{
    // Whoever listened may already be gone; the workspace still gets every interrupted attempt.
    blockSignals(true);
    stop();
}

qint64 DeliveryEngine::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

DeliveryEngine::Active &DeliveryEngine::addActive(const Active &active)
{
    ++m_stateCount[size_t(active.delivery.state)];
    return *m_active.insert(active.delivery.id, active);
}

void DeliveryEngine::removeActive(qint64 deliveryId)
{
    auto it = m_active.find(deliveryId);
    if (it == m_active.end())
        return;
    --m_stateCount[size_t(it->delivery.state)];
    m_active.erase(it);
}

void DeliveryEngine::setState(Active &a, DeliveryState state)
{
    --m_stateCount[size_t(a.delivery.state)];
    a.delivery.state = state;
    ++m_stateCount[size_t(state)];
}

bool DeliveryEngine::load(Active &a)
{
    if (a.loaded)
        return true;
    const auto row = m_workspace.deliveries().find(a.delivery.id);
    if (!row)
        return false;
    // The engine's view of the state wins: a row stored as in flight by an older run is being retried.
    const DeliveryState state = a.delivery.state;
    a.delivery = *row;
    a.delivery.state = state;
    a.loaded = true;
    return true;
}

void DeliveryEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopping = false;
    m_pool = new SenderPool(m_options.senders, this);
    connect(m_pool, &SenderPool::finished, this, &DeliveryEngine::onSendFinished);

    // This engine's liveness lease comes first: from now on no other process takes over what it creates.
    const qint64 now = nowMs();
    // Polls look for what is added from now on; what is there already is taken over (or not) as a whole below.
    if (const QList<Hookbench::Delivery> newest = m_workspace.deliveries().page({}, 0, 1); !newest.isEmpty())
        m_highestSeenId = qMax(m_highestSeenId, newest.first().id);
    m_leaseTimer.start(qMax(1, m_options.leaseMs / 3));
    renewLeases();
    if (m_options.pollIntervalMs > 0)
        m_poll.start(m_options.pollIntervalMs);
    // Deliveries triggered before start() whose rows are already durable.
    for (auto it = m_active.begin(); it != m_active.end(); ++it) {
        if (it->committed && !it->queued)
            schedule(it.key(), it->dueMs ? it->dueMs : now);
    }
    wakeForDue(now);
}

QString DeliveryEngine::ownerText() const
{
    return QStringLiteral("%1@%2:%3")
        .arg(m_owner)
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid());
}

QSet<qint64> DeliveryEngine::liveOwners(qint64 now)
{
    Storage::LeaseStore &leases = m_workspace.leases();
    QSet<qint64> live;
    for (const QString &holder : leases.holders(QLatin1String(Storage::kEngineLivePrefix), now)) {
        const qint64 owner = holder.section(QLatin1Char('@'), 0, 0).toLongLong();
        // A process killed on this machine left its lease behind: give it up for it, so its deliveries go on
        // now rather than when the lease lapses.
        if (processGone(holder))
            leases.release(livenessKey(owner), holder);
        else
            live.insert(owner);
    }
    return live;
}

// Resumes, from the short form of their rows, the unfinished deliveries this engine may send (its own, none's,
// and those of engines that are gone): full rows and payloads are read when each is sent. The engines alive
// now keep theirs, and are watched: when one is gone, its deliveries are looked for again.
void DeliveryEngine::adoptBacklog(qint64 now)
{
    m_watchedOwners = liveOwners(now);
    m_watchedOwners.remove(m_owner);
    const QList<Storage::DueDelivery> unfinished = m_workspace.deliveries().unfinishedDue(m_owner, now);
    m_active.reserve(m_active.size() + unfinished.size());
    for (const Storage::DueDelivery &due : unfinished) {
        Hookbench::Delivery d;
        d.id = due.id;
        d.endpointId = due.endpointId;
        d.state = due.state;
        if (due.dueMs)
            d.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(due.dueMs, Qt::UTC);
        adopt(d, false, now);
    }
}

// Every third of a lease: this engine's liveness is renewed, and an engine that takes over holds (or tries to
// get) the takeover lease. Once it has it, it resumes the workspace's backlog; and when an engine whose
// deliveries it left alone is gone (stopped, killed, its lease lapsed), it takes over what that one left
// unfinished, which no poll would find again (its ids are old).
void DeliveryEngine::renewLeases()
{
    if (!m_running)
        return;
    const qint64 now = nowMs();
    Storage::LeaseStore &leases = m_workspace.leases();
    leases.hold(livenessKey(m_owner), ownerText(), now, m_options.leaseMs);
    if (!m_options.takesOver)
        return;
    const bool was = m_takingOver;
    m_takingOver = leases.hold(kTakeoverKey, ownerText(), now, m_options.leaseMs);
    bool someoneLeft = false;
    if (m_takingOver && was && !m_watchedOwners.isEmpty())
        someoneLeft = !liveOwners(now).contains(m_watchedOwners);
    if (m_takingOver && (!was || someoneLeft)) {
        adoptBacklog(now);
        wakeForDue(now);
    }
    if (m_takingOver != was)
        emit takingOverChanged(m_takingOver);
}

void DeliveryEngine::adopt(const Hookbench::Delivery &d, bool loaded, qint64 now)
{
    m_highestSeenId = qMax(m_highestSeenId, d.id);
    m_followed.erase(d.id);
    if (m_active.contains(d.id))
        return;
    Active a;
    a.delivery = d;
    a.loaded = loaded;
    a.committed = true;
    // A delivery that was in flight when the process died is sent again (at-least-once, same id).
    if (d.state == DeliveryState::InFlight)
        a.delivery.state = DeliveryState::Retrying;
    a.dueMs = d.nextAttemptAt.isValid() ? d.nextAttemptAt.toMSecsSinceEpoch() : now;
    a.queued = true;
    m_due.emplace(a.dueMs, d.id);
    addActive(a);
}

void DeliveryEngine::wakeForDue(qint64 now)
{
    if (!m_due.empty() && m_due.begin()->first <= now)
        requestPump();
    armTimer();
}

void DeliveryEngine::pollWorkspace()
{
    // Bounds one poll's work; what is left is found by the next.
    constexpr int kPollLimit = 5000;
    const qint64 now = nowMs();
    if (m_options.followsOthers)
        followOthers();
    // Ids grow with time, so one indexed query finds what `hookbench trigger` or another window added. Followed,
    // a delivery another process created and finished between two polls is shown too.
    std::optional<QSet<qint64>> live;
    for (const Hookbench::Delivery &d :
         m_workspace.deliveries().addedAfter(m_highestSeenId, !m_options.followsOthers, kPollLimit)) {
        m_highestSeenId = qMax(m_highestSeenId, d.id);
        if (m_active.contains(d.id))
            continue;
        // Shown either way (the window lists what other processes send too); sent only if nobody else does.
        emit deliveryChanged(d);
        if (d.isFinal())
            continue;
        if (!m_takingOver) {
            follow(d);
            continue;
        }
        if (d.owner && d.owner != m_owner) {
            if (!live)
                live = liveOwners(now);
            if (live->contains(d.owner)) {
                // Its engine runs; if it stops first, renewLeases() takes the delivery over.
                m_watchedOwners.insert(d.owner);
                follow(d);
                continue;
            }
        }
        adopt(d, true, now);
    }
    wakeForDue(now);
}

void DeliveryEngine::follow(const Hookbench::Delivery &d)
{
    // Bounded: past it, the oldest are no longer followed (the log shows their state when it is read again).
    constexpr size_t kMaxFollowed = 2000;
    if (!m_options.followsOthers)
        return;
    m_followed.insert_or_assign(d.id, d);
    if (m_followed.size() > kMaxFollowed)
        m_followed.erase(m_followed.begin());
}

// Every poll, the other processes' deliveries this engine reported are read again, and each change is reported,
// until they are final (or gone, or taken over by this engine, which then reports them itself).
void DeliveryEngine::followOthers()
{
    QList<qint64> ids;
    ids.reserve(qsizetype(m_followed.size()));
    for (const auto &[id, last] : m_followed) {
        if (!m_active.contains(id))
            ids.append(id);
    }
    std::map<qint64, Hookbench::Delivery> before = std::exchange(m_followed, {});
    if (ids.isEmpty())
        return;
    QList<Hookbench::Delivery> changed;
    for (const Hookbench::Delivery &d : m_workspace.deliveries().findMany(ids)) {
        const auto last = before.find(d.id);
        if (last == before.end())
            continue;
        const Hookbench::Delivery &was = last->second;
        if (d.state != was.state || d.attemptCount != was.attemptCount || d.updatedAt != was.updatedAt
            || d.lastStatus != was.lastStatus)
            changed.append(d);
        if (!d.isFinal())
            m_followed.emplace(d.id, d);
    }
    // Reported last: a listener may call back into the engine.
    for (const Hookbench::Delivery &d : std::as_const(changed))
        emit deliveryChanged(d);
}

void DeliveryEngine::stop()
{
    if (!m_running)
        return;
    m_stopping = true;
    m_timer.stop();
    m_poll.stop();
    m_followed.clear();
    m_leaseTimer.stop();
    if (m_pool) {
        m_pool->abortAll();
        // The interrupted attempts were posted to the pool; record them now, before the workspace is flushed.
        QCoreApplication::sendPostedEvents(m_pool, QEvent::MetaCall);
        delete m_pool;
        m_pool = nullptr;
    }
    m_workspace.writer().flush();
    // After the flush, so that whoever takes over next reads every row as this engine left it.
    if (m_takingOver)
        m_workspace.leases().release(kTakeoverKey, ownerText());
    m_workspace.leases().release(livenessKey(m_owner), ownerText());
    m_takingOver = false;
    m_watchedOwners.clear();
    m_running = false;
    m_stopping = false;
    m_pumpPosted = false;
    m_due.clear();
    m_ready.clear();
    m_rateWakeMs = 0;
    m_inFlight.clear();
    m_requests.clear();
    for (EndpointRuntime &rt : m_endpointRuntime)
        rt = EndpointRuntime {0, rt.awaitingCommit, 0, 0};
    for (Active &a : m_active) {
        a.queued = false;
        if (a.delivery.state == DeliveryState::InFlight)
            setState(a, DeliveryState::Retrying);
    }
}

void DeliveryEngine::refreshEndpoints()
{
    // Reloaded when this process changed an endpoint, and at least every half second for other processes' edits.
    const qint64 now = nowMs();
    const quint64 revision = m_workspace.endpoints().revision();
    if (now - m_endpointCacheMs <= kEndpointCacheMs && revision == m_endpointCacheRevision)
        return;
    m_endpointCache.clear();
    for (const Endpoint &e : m_workspace.endpoints().list())
        m_endpointCache.insert(e.id, e);
    m_endpointCacheMs = now;
    m_endpointCacheRevision = revision;
}

const Endpoint *DeliveryEngine::endpoint(qint64 id)
{
    refreshEndpoints();
    auto it = m_endpointCache.constFind(id);
    return it == m_endpointCache.constEnd() ? nullptr : &it.value();
}

QList<Endpoint> DeliveryEngine::subscribers(const QString &eventType, qint64 onlyEndpointId, QString *note)
{
    QList<Endpoint> out;
    QStringList skipped;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    refreshEndpoints();
    QList<Endpoint> candidates;
    if (onlyEndpointId) {
        if (const Endpoint *e = endpoint(onlyEndpointId))
            candidates.append(*e);
    } else {
        for (const Endpoint &e : std::as_const(m_endpointCache)) {
            if (e.origin != EndpointOrigin::Cli && e.subscribesTo(eventType))
                candidates.append(e);
        }
        std::sort(candidates.begin(), candidates.end(),
                  [](const Endpoint &a, const Endpoint &b) { return a.name < b.name; });
    }
    for (const Endpoint &e : std::as_const(candidates)) {
        if (!e.enabled)
            skipped << tr("%1: disabled%2")
                           .arg(e.name,
                                e.disabledReason.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" (") + e.disabledReason + QLatin1Char(')'));
        else if (e.isExpired(now))
            skipped << tr("%1: expired at %2").arg(e.name, e.expiresAt.toUTC().toString(Qt::ISODate));
        else
            out.append(e);
    }
    *note = skipped.join(QLatin1Char('\n'));
    return out;
}

TriggerResult DeliveryEngine::trigger(const QString &eventType, const QByteArray &payload, EventSource source,
                                      qint64 onlyEndpointId)
{
    TriggerResult result;
    if (QString why = Validation::checkEventTypeName(eventType); !why.isEmpty()) {
        result.error = why;
        return result;
    }
    if (QString why = Validation::checkJson(payload); !why.isEmpty()) {
        result.error = tr("The payload is not valid JSON: %1").arg(why);
        return result;
    }
    if (onlyEndpointId && !endpoint(onlyEndpointId)) {
        result.error = tr("There is no endpoint with id %1.").arg(onlyEndpointId);
        return result;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Event &event = result.event;
    event.id = Ids::next();
    event.uid = Ids::sortableUid(QLatin1String("evt_"));
    event.type = eventType;
    event.payload = payload;
    event.createdAt = now;
    event.source = source;
    const QList<Endpoint> targets = subscribers(eventType, onlyEndpointId, &event.fanoutNote);

    for (const Endpoint &e : targets) {
        Hookbench::Delivery d;
        d.id = Ids::next();
        // GitHub's X-GitHub-Delivery is a GUID, for unsigned hooks too; other schemes use Svix-style message ids.
        d.uid = Presets::sendsGitHubDeliveries(e) ? Ids::uuid() : Ids::sortableUid(QLatin1String("msg_"));
        d.eventId = event.id;
        d.endpointId = e.id;
        d.eventType = eventType;
        d.endpointName = e.name;
        d.url = e.url.toString();
        d.state = DeliveryState::Pending;
        d.createdAt = now;
        d.updatedAt = now;
        d.nextAttemptAt = now.addMSecs(firstAttemptDelayMs(e.retry));
        d.owner = m_owner;
        result.deliveries.append(d);
    }
    // The outbox: event and deliveries are written in one transaction, and nothing is sent before it commits.
    const quint64 ticket = m_workspace.writer().insertEvent(event, result.deliveries);
    // Nothing is sent before this commits, so the writer is asked to commit within a few milliseconds instead of
    // its regular batch interval: an endpoint that looks busy now drains its ready line in far less than a batch
    // interval and would otherwise sit idle until the next one (the engine benchmark measured 0.2× the bare
    // client that way). A burst of triggers still shares one transaction.
    QList<std::pair<qint64, qint64>> awaiting;
    for (const Hookbench::Delivery &d : std::as_const(result.deliveries)) {
        ++m_endpointRuntime[d.endpointId].awaitingCommit;
        awaiting.append({d.id, d.endpointId});
    }
    if (!awaiting.isEmpty()) {
        m_awaitingCommit[ticket] = awaiting;
        m_workspace.writer().commitSoon();
    }
    for (const Hookbench::Delivery &d : std::as_const(result.deliveries)) {
        Active a;
        a.delivery = d;
        a.payload = payload;
        a.dueMs = d.nextAttemptAt.toMSecsSinceEpoch();
        addActive(a);
        m_highestSeenId = qMax(m_highestSeenId, d.id);
    }
    for (const Hookbench::Delivery &d : std::as_const(result.deliveries))
        emit deliveryChanged(d);
    return result;
}

TriggerResult DeliveryEngine::replay(qint64 eventId)
{
    const auto event = m_workspace.events().find(eventId);
    if (!event) {
        TriggerResult r;
        r.error = tr("There is no event with id %1.").arg(eventId);
        return r;
    }
    return trigger(event->type, event->payload, EventSource::Replay);
}

QString DeliveryEngine::redeliver(qint64 deliveryId)
{
    const qint64 now = nowMs();
    auto it = m_active.find(deliveryId);
    if (it != m_active.end()) {
        if (m_inFlight.count(deliveryId))
            return tr("This delivery is being sent right now.");
        if (!it->committed)
            return tr("This delivery has not been written to the workspace yet; try again in a moment.");
        if (!load(*it)) {
            removeActive(deliveryId);
            return tr("There is no delivery with id %1.").arg(deliveryId);
        }
        // Bring a waiting retry forward.
        unqueue(deliveryId);
        it->delivery.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        it->dueMs = now;
        save(*it);
        if (m_running)
            schedule(deliveryId, now);
        return {};
    }
    const auto stored = m_workspace.deliveries().find(deliveryId);
    if (!stored)
        return tr("There is no delivery with id %1.").arg(deliveryId);
    if (!stored->isFinal() && stored->owner && stored->owner != m_owner && liveOwners(now).contains(stored->owner))
        return tr("Another Hookbench process is sending this delivery; redeliver it there, or once it is final.");
    Active a;
    a.delivery = *stored;
    a.delivery.state = DeliveryState::Pending;
    a.delivery.lastError.clear();
    a.delivery.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    a.committed = true;
    a.manual = true;
    a.dueMs = now;
    save(addActive(a));
    if (m_running)
        schedule(deliveryId, now);
    return {};
}

QString DeliveryEngine::cancel(qint64 deliveryId)
{
    auto it = m_active.find(deliveryId);
    if (it == m_active.end())
        return tr("This delivery is already final.");
    if (m_inFlight.count(deliveryId))
        return tr("This delivery is being sent right now.");
    unqueue(deliveryId);
    finish(*it, DeliveryState::Cancelled, tr("cancelled by the user"));
    return {};
}

DeliveryEngine::Stats DeliveryEngine::stats() const
{
    Stats s;
    s.inFlight = int(m_inFlight.size());
    s.retryWaiting = m_stateCount[size_t(DeliveryState::Retrying)];
    s.pending = m_stateCount[size_t(DeliveryState::Pending)];
    return s;
}

void DeliveryEngine::endpointsChanged()
{
    m_endpointCacheMs = 0;
    if (m_running)
        requestPump();
}

void DeliveryEngine::onCommitted(quint64 ticket)
{
    while (!m_awaitingCommit.empty() && m_awaitingCommit.begin()->first <= ticket) {
        for (const auto &[id, endpointId] : m_awaitingCommit.begin()->second) {
            auto runtime = m_endpointRuntime.find(endpointId);
            if (runtime != m_endpointRuntime.end())
                runtime->awaitingCommit = qMax(0, runtime->awaitingCommit - 1);
            auto it = m_active.find(id);
            if (it == m_active.end())
                continue;
            it->committed = true;
            if (m_running)
                schedule(id, it->dueMs);
        }
        m_awaitingCommit.erase(m_awaitingCommit.begin());
    }
}

void DeliveryEngine::schedule(qint64 deliveryId, qint64 dueMs)
{
    auto it = m_active.find(deliveryId);
    if (it == m_active.end() || it->queued)
        return;
    it->queued = true;
    it->dueMs = dueMs;
    m_due.emplace(dueMs, deliveryId);
    // Due now: sent in this event-loop turn; later: the one timer wakes us.
    if (dueMs <= nowMs())
        requestPump();
    else
        armTimer();
}

void DeliveryEngine::unqueue(qint64 deliveryId)
{
    auto it = m_active.find(deliveryId);
    if (it == m_active.end() || !it->queued)
        return;
    it->queued = false;
    const auto range = m_due.equal_range(it->dueMs);
    for (auto d = range.first; d != range.second; ++d) {
        if (d->second == deliveryId) {
            m_due.erase(d);
            return;
        }
    }
    auto ready = m_ready.find(it->delivery.endpointId);
    if (ready != m_ready.end()) {
        auto pos = std::find(ready->begin(), ready->end(), deliveryId);
        if (pos != ready->end())
            ready->erase(pos);
    }
}

void DeliveryEngine::requestPump()
{
    // However many deliveries became due in this turn of the event loop, one pump sends them.
    if (m_pumpPosted)
        return;
    m_pumpPosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpPosted = false;
            pump();
        },
        Qt::QueuedConnection);
}

void DeliveryEngine::armTimer()
{
    qint64 wake = m_due.empty() ? 0 : m_due.begin()->first;
    if (m_rateWakeMs && (!wake || m_rateWakeMs < wake))
        wake = m_rateWakeMs;
    if (!m_running || !wake) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, wake - nowMs());
    // One timer for every waiting delivery: re-armed only when the earliest due time moves earlier.
    const int interval = int(qMin<qint64>(wait, 24LL * 3600 * 1000));
    if (!m_timer.isActive() || m_timer.remainingTime() > interval + 1 || m_timer.remainingTime() < 0)
        m_timer.start(interval);
}

bool DeliveryEngine::takeToken(qint64 endpointId, const Endpoint &e, qint64 now, qint64 *waitMs)
{
    if (e.ratePerSecond <= 0)
        return true;
    EndpointRuntime &rt = m_endpointRuntime[endpointId];
    // Token bucket holding at most one second's worth (at least one token).
    const double capacity = qMax(1.0, e.ratePerSecond);
    if (rt.lastRefillMs == 0) {
        rt.tokens = 1.0;
        rt.lastRefillMs = now;
    }
    rt.tokens = qMin(capacity, rt.tokens + double(now - rt.lastRefillMs) * e.ratePerSecond / 1000.0);
    rt.lastRefillMs = now;
    if (rt.tokens >= 1.0) {
        rt.tokens -= 1.0;
        return true;
    }
    *waitMs = qMax<qint64>(1, qint64((1.0 - rt.tokens) * 1000.0 / e.ratePerSecond) + 1);
    return false;
}

bool DeliveryEngine::endpointUsable(qint64 endpointId, const Endpoint *e, const QDateTime &now)
{
    if (!e) {
        cancelReady(endpointId, tr("the endpoint was removed"));
        return false;
    }
    if (!e->enabled) {
        cancelReady(endpointId,
                    tr("the endpoint is disabled%1")
                        .arg(e->disabledReason.isEmpty() ? QString() : QStringLiteral(": ") + e->disabledReason));
        return false;
    }
    if (e->isExpired(now)) {
        cancelReady(endpointId, tr("the endpoint expired"));
        return false;
    }
    return true;
}

void DeliveryEngine::pump()
{
    if (!m_running || m_stopping)
        return;
    const qint64 now = nowMs();
    const QDateTime nowTime = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    // Due deliveries join their endpoint's ready line, so a busy or slow endpoint only ever holds up its own.
    while (!m_due.empty() && m_due.begin()->first <= now) {
        const qint64 id = m_due.begin()->second;
        m_due.erase(m_due.begin());
        auto active = m_active.find(id);
        if (active != m_active.end())
            m_ready[active->delivery.endpointId].push_back(id);
    }

    // The lines that may send now, starting one further each pump so that none always goes first.
    QList<qint64> open;
    {
        QList<qint64> ids = m_ready.keys();
        std::sort(ids.begin(), ids.end());
        const qsizetype first = ids.isEmpty() ? 0 : qsizetype(m_roundRobin++ % quint64(ids.size()));
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const qint64 endpointId = ids.at((first + i) % ids.size());
            if (endpointUsable(endpointId, endpoint(endpointId), nowTime))
                open.append(endpointId);
        }
    }
    // Round-robin, one delivery per line per round: under the global limit every endpoint gets its turn.
    m_rateWakeMs = 0;
    while (!open.isEmpty() && int(m_inFlight.size()) < m_options.globalInFlight) {
        for (qsizetype i = 0; i < open.size() && int(m_inFlight.size()) < m_options.globalInFlight;) {
            const qint64 endpointId = open.at(i);
            std::deque<qint64> &line = m_ready[endpointId];
            const Endpoint *e = endpoint(endpointId);
            qint64 waitMs = 0;
            bool closed = line.empty() || !e || m_endpointRuntime[endpointId].inFlight >= e->concurrency;
            if (!closed && !takeToken(endpointId, *e, now, &waitMs)) {
                if (!m_rateWakeMs || now + waitMs < m_rateWakeMs)
                    m_rateWakeMs = now + waitMs;
                closed = true;
            }
            if (closed) {
                open.removeAt(i);
                continue;
            }
            const qint64 id = line.front();
            line.pop_front();
            auto active = m_active.find(id);
            if (active != m_active.end()) {
                active->queued = false;
                if (load(*active))
                    dispatch(*active, *e);
                else
                    removeActive(id); // the row is gone from the workspace
            }
            ++i;
        }
    }
    for (auto it = m_ready.begin(); it != m_ready.end();) {
        if (it->empty())
            it = m_ready.erase(it);
        else
            ++it;
    }
    armTimer();
    checkIdle();
}

void DeliveryEngine::cancelReady(qint64 endpointId, const QString &reason)
{
    const std::deque<qint64> line = m_ready.take(endpointId);
    for (qint64 id : line) {
        auto active = m_active.find(id);
        if (active == m_active.end())
            continue;
        active->queued = false;
        finish(*active, DeliveryState::Cancelled, reason);
    }
}

void DeliveryEngine::dispatch(Active &a, const Endpoint &e)
{
    if (a.payload.isNull()) {
        const auto event = m_workspace.events().find(a.delivery.eventId);
        if (!event) {
            finish(a, DeliveryState::Failed, tr("the event of this delivery is missing from the workspace"));
            return;
        }
        a.payload = event->payload;
    }
    Event event;
    event.id = a.delivery.eventId;
    event.type = a.delivery.eventType;
    event.payload = a.payload;
    event.createdAt = a.delivery.createdAt;
    const qint64 timestamp = nowMs() / 1000;

    SendJob job;
    job.deliveryId = a.delivery.id;
    job.endpointId = e.id;
    job.attemptNumber = ++a.delivery.attemptCount;
    job.request = buildRequest(e, event, a.delivery.uid, timestamp,
                               Presets::nextMessageNumber(e, event.type, m_workspace.settings()));
    job.timeoutMs = e.timeoutMs;
    job.verifyTls = e.verifyTls;
    job.followRedirects = e.followRedirects;
    job.http2PriorKnowledge = e.http2PriorKnowledge;
    job.bodyCap = m_options.responseBodyCap;

    setState(a, DeliveryState::InFlight);
    // An endpoint renamed or moved since the row was written: the next save rewrites those columns too.
    if (QString url = e.url.toString(); url != a.delivery.url || e.name != a.delivery.endpointName) {
        a.delivery.url = std::move(url);
        a.delivery.endpointName = e.name;
        a.endpointChanged = true;
    }
    a.delivery.updatedAt = QDateTime::currentDateTimeUtc();
    m_inFlight.insert(a.delivery.id);
    ++m_endpointRuntime[e.id].inFlight;
    m_requests.insert(a.delivery.id, job.request);
    m_pool->submit(job, e.id);
    // In flight is shown live but not written: after a crash the stored Pending/Retrying row is resent anyway,
    // and the attempt's outcome is written when it ends. That saves a row per attempt.
    emit deliveryChanged(a.delivery);
}

void DeliveryEngine::onSendFinished(const SendResult &r)
{
    m_inFlight.erase(r.deliveryId);
    const OutgoingRequest request = m_requests.take(r.deliveryId);
    auto it = m_active.find(r.deliveryId);
    if (it == m_active.end())
        return;
    Active &a = *it;
    EndpointRuntime &rt = m_endpointRuntime[a.delivery.endpointId];
    rt.inFlight = qMax(0, rt.inFlight - 1);

    Attempt attempt;
    attempt.id = Ids::next();
    attempt.deliveryId = a.delivery.id;
    attempt.number = r.attemptNumber;
    attempt.method = request.method;
    attempt.url = request.url.toString();
    attempt.requestHeaders = request.headers;
    attempt.requestBody = request.body;
    attempt.status = r.status;
    attempt.responseHeaders = r.headers;
    attempt.responseBody = r.body;
    attempt.responseTruncated = r.truncated;
    attempt.durationUs = r.durationUs;
    attempt.startedAt = r.startedAt;
    attempt.finishedAt = r.finishedAt;

    a.delivery.lastStatus = r.status;
    a.delivery.lastDurationUs = r.durationUs;

    if (r.interrupted) {
        attempt.error = r.networkError;
        m_workspace.writer().insertAttempt(attempt);
        emit attemptFinished(attempt);
        // Resumed at the next start, with the same delivery id.
        setState(a, DeliveryState::Retrying);
        a.delivery.lastError = r.networkError;
        a.delivery.nextAttemptAt = QDateTime::currentDateTimeUtc();
        a.dueMs = a.delivery.nextAttemptAt.toMSecsSinceEpoch();
        save(a);
        return;
    }

    const Endpoint *endpointPtr = endpoint(a.delivery.endpointId);
    Endpoint e = endpointPtr ? *endpointPtr : Endpoint {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Outcome outcome = classify(Response {r.status, r.timedOut, r.networkError, r.headers}, e, now);
    attempt.error = outcome.kind == Outcome::Kind::Succeeded ? QString() : outcome.reason;
    m_workspace.writer().insertAttempt(attempt);
    emit attemptFinished(attempt);

    switch (outcome.kind) {
    case Outcome::Kind::Succeeded:
        finish(a, DeliveryState::Succeeded, {});
        if (endpointPtr)
            endpointSuccess(e);
        break;
    case Outcome::Kind::Gone:
        finish(a, DeliveryState::Failed, outcome.reason);
        disableEndpoint(e.id, outcome.reason);
        break;
    case Outcome::Kind::Fail:
        finish(a, DeliveryState::Failed, outcome.reason);
        if (endpointPtr)
            endpointFailure(e);
        break;
    case Outcome::Kind::Retry: {
        std::optional<qint64> delay;
        if (!a.manual && endpointPtr) {
            delay = nextRetryDelayMs(e.retry, a.delivery.attemptCount, m_random);
            // The server's Retry-After wins over the schedule, within the attempts the policy allows.
            if (delay && outcome.retryAfterMs)
                delay = *outcome.retryAfterMs;
        }
        if (!delay) {
            const QString gaveUp = a.delivery.attemptCount == 1
                ? tr("%1; gave up after one attempt").arg(outcome.reason)
                : tr("%1; gave up after %2 attempts").arg(outcome.reason).arg(a.delivery.attemptCount);
            finish(a, DeliveryState::Failed, a.manual ? outcome.reason : gaveUp);
            if (endpointPtr)
                endpointFailure(e);
            break;
        }
        setState(a, DeliveryState::Retrying);
        a.delivery.lastError = outcome.reason;
        a.delivery.nextAttemptAt = now.addMSecs(*delay);
        schedule(a.delivery.id, now.toMSecsSinceEpoch() + *delay);
        save(a); // last: listeners may call back into the engine
        break;
    }
    }
    pump();
}

void DeliveryEngine::finish(Active &a, DeliveryState state, const QString &error)
{
    const qint64 id = a.delivery.id;
    if (load(a)) {
        setState(a, state);
        a.delivery.lastError = error;
        a.delivery.nextAttemptAt = QDateTime();
        save(a);
    }
    removeActive(id);
}

void DeliveryEngine::save(Active &a)
{
    a.delivery.updatedAt = QDateTime::currentDateTimeUtc();
    // Taken over or redelivered here: from now on it is this engine's.
    a.delivery.owner = m_owner;
    if (a.endpointChanged)
        m_workspace.writer().saveDelivery(a.delivery);
    else
        m_workspace.writer().saveDeliveryProgress(a.delivery);
    a.endpointChanged = false;
    emit deliveryChanged(a.delivery);
}

void DeliveryEngine::endpointFailure(const Endpoint &e)
{
    const int failures = e.consecutiveFailures + 1;
    m_workspace.endpoints().setConsecutiveFailures(e.id, failures);
    auto cached = m_endpointCache.find(e.id);
    if (cached != m_endpointCache.end())
        cached->consecutiveFailures = failures;
    if (e.circuitBreakerThreshold > 0 && failures >= e.circuitBreakerThreshold)
        disableEndpoint(e.id, tr("circuit breaker: %1 consecutive failed deliveries").arg(failures));
}

void DeliveryEngine::endpointSuccess(const Endpoint &e)
{
    if (e.consecutiveFailures == 0)
        return;
    m_workspace.endpoints().setConsecutiveFailures(e.id, 0);
    auto cached = m_endpointCache.find(e.id);
    if (cached != m_endpointCache.end())
        cached->consecutiveFailures = 0;
}

void DeliveryEngine::disableEndpoint(qint64 endpointId, const QString &reason)
{
    m_workspace.endpoints().setEnabled(endpointId, false, reason);
    m_endpointCacheMs = 0;
    emit endpointDisabled(endpointId, reason);
    // What still waits for this endpoint will not be sent.
    QList<qint64> cancelled;
    for (const Active &a : std::as_const(m_active)) {
        if (a.delivery.endpointId == endpointId && !m_inFlight.count(a.delivery.id))
            cancelled.append(a.delivery.id);
    }
    for (qint64 id : cancelled) {
        unqueue(id);
        auto it = m_active.find(id);
        if (it != m_active.end())
            finish(*it, DeliveryState::Cancelled, tr("the endpoint was disabled: %1").arg(reason));
    }
}

void DeliveryEngine::checkIdle()
{
    if (!m_inFlight.empty() || !m_ready.isEmpty() || !m_awaitingCommit.empty())
        return;
    if (!m_due.empty() && m_due.begin()->first <= nowMs())
        return;
    emit idle();
}

} // namespace Hookbench::Engine
