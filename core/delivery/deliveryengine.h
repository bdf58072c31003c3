#pragma once

#include "domain/delivery.h"
#include "domain/endpoint.h"
#include "domain/event.h"
#include "httpsender.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <array>
#include <deque>
#include <map>
#include <set>

namespace Hookbench::Storage {
class Workspace;
}

namespace Hookbench::Engine {

struct TriggerResult
{
    Event event;
    QList<Hookbench::Delivery> deliveries;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Sends every event to every subscribed endpoint, signs, retries and records, and never loses a delivery:
// each one is committed to the workspace before its first request, every attempt is recorded, and whatever is
// not final when the process dies resumes at its due time on the next start (at-least-once, same delivery id).
// All retries wait in one ordered queue behind one timer, so pending retries cost nothing until they are due.
class DeliveryEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryEngine)

public:
    struct Options
    {
        int senders = 2; // QNAMs on worker threads
        int globalInFlight = 256; // requests in flight across all endpoints
        qint64 responseBodyCap = 64 * 1024;
        int pollIntervalMs = 1000;
        // Whether this engine takes over deliveries it did not create: those of no owner (`hookbench trigger`
        // without --wait) and those whose engine stopped or died. At most one engine per workspace does so at a
        // time (the "takeover" lease). `hookbench send`, `trigger --wait` and `redeliver` send only their own.
        bool takesOver = true;
        // How long this engine's leases last without renewal; they are renewed every third of it. A process
        // killed on this machine is noticed at once (its pid is gone), one elsewhere when its lease lapses.
        int leaseMs = 15'000;
        // Whether deliveries other processes send on this workspace are followed until they are final, each
        // change reported by deliveryChanged() (the window's log shows them live). Otherwise they are reported
        // once, when found unfinished; a command line engine reports only what concerns it.
        bool followsOthers = false;
    };

    explicit DeliveryEngine(Storage::Workspace &workspace, QObject *parent = nullptr);
    DeliveryEngine(Storage::Workspace &workspace, Options options, QObject *parent = nullptr);
    ~DeliveryEngine() override;

    // Resumes every unfinished delivery of the workspace at its due time.
    void start();
    // Aborts requests in flight (recorded as interrupted, resumed on the next start) and flushes the workspace.
    void stop();
    bool isRunning() const { return m_running; }
    // Whether this engine holds the workspace's takeover lease (see Options::takesOver).
    bool isTakingOver() const { return m_takingOver; }
    // This engine's owner id, stored with the deliveries it sends.
    qint64 owner() const { return m_owner; }

    TriggerResult trigger(const QString &eventType, const QByteArray &payload, EventSource source,
                          qint64 onlyEndpointId = 0);
    // New deliveries of the same payload, to whoever subscribes now.
    TriggerResult replay(qint64 eventId);
    // One more attempt of a delivery, with the same delivery id. Returns an error text, or empty.
    QString redeliver(qint64 deliveryId);
    // Stops retrying a delivery that is not final.
    QString cancel(qint64 deliveryId);

    struct Stats
    {
        int inFlight = 0;
        int retryWaiting = 0;
        int pending = 0;
    };
    Stats stats() const;
    // The endpoint configuration changed (edited, enabled, removed): drop cached copies.
    void endpointsChanged();

signals:
    void deliveryChanged(const Hookbench::Delivery &delivery);
    void attemptFinished(const Hookbench::Attempt &attempt);
    void endpointDisabled(qint64 endpointId, const QString &reason);
    // Nothing in flight and nothing due now.
    void idle();
    // This engine took over (or lost) the deliveries of other processes on the workspace.
    void takingOverChanged(bool takingOver);

private:
    struct Active
    {
        // Complete once `loaded`; a delivery resumed from the workspace carries only its id, endpoint, state and
        // due time until it is sent, so that resuming 100,000 retries stays cheap.
        Hookbench::Delivery delivery;
        bool loaded = true;
        QByteArray payload;
        bool committed = false; // the outbox row is durable; only then may it be sent
        bool manual = false; // a redelivery: one attempt, no automatic retries
        qint64 dueMs = 0;
        bool queued = false; // waiting in m_due or in its endpoint's ready line
        bool endpointChanged = false; // its endpoint name or URL differ from the stored row's
    };
    struct EndpointRuntime
    {
        int inFlight = 0;
        int awaitingCommit = 0;
        double tokens = 0;
        qint64 lastRefillMs = 0;
    };

    void onCommitted(quint64 ticket);
    void onSendFinished(const Hookbench::Engine::SendResult &result);
    Active &addActive(const Active &active);
    void removeActive(qint64 deliveryId);
    void setState(Active &active, DeliveryState state);
    bool load(Active &active);
    void schedule(qint64 deliveryId, qint64 dueMs);
    void unqueue(qint64 deliveryId);
    void requestPump();
    void wakeForDue(qint64 now);
    void armTimer();
    void pump();
    bool endpointUsable(qint64 endpointId, const Endpoint *endpoint, const QDateTime &now);
    void dispatch(Active &active, const Endpoint &endpoint);
    void cancelReady(qint64 endpointId, const QString &reason);
    void finish(Active &active, DeliveryState state, const QString &error);
    void save(Active &active);
    void endpointFailure(const Endpoint &endpoint);
    void endpointSuccess(const Endpoint &endpoint);
    void disableEndpoint(qint64 endpointId, const QString &reason);
    const Endpoint *endpoint(qint64 id);
    void refreshEndpoints();
    bool takeToken(qint64 endpointId, const Endpoint &endpoint, qint64 nowMs, qint64 *waitMs);
    qint64 nowMs() const;
    void checkIdle();
    void adopt(const Hookbench::Delivery &delivery, bool loaded, qint64 now);
    void adoptBacklog(qint64 now);
    void pollWorkspace();
    void follow(const Hookbench::Delivery &delivery);
    void followOthers();
    void renewLeases();
    // The owners of the engines running on this workspace now (this one too).
    QSet<qint64> liveOwners(qint64 now);
    QString ownerText() const;
    QList<Endpoint> subscribers(const QString &eventType, qint64 onlyEndpointId, QString *note);

    Storage::Workspace &m_workspace;
    Options m_options;
    SenderPool *m_pool = nullptr;
    QTimer m_timer;
    QTimer m_poll; // picks up deliveries other processes add to the workspace
    QTimer m_leaseTimer; // renews this engine's leases
    qint64 m_owner = 0;
    bool m_takingOver = false;
    QSet<qint64> m_watchedOwners; // running engines whose unfinished deliveries this one left to them
    qint64 m_highestSeenId = 0;
    std::map<qint64, Hookbench::Delivery> m_followed; // other processes' unfinished deliveries, as last reported
    bool m_running = false;
    bool m_stopping = false;
    bool m_pumpPosted = false;
    QRandomGenerator m_random;

    QHash<qint64, Active> m_active; // every delivery not final, by id
    std::array<int, 6> m_stateCount {}; // m_active by DeliveryState, so stats() costs nothing
    std::multimap<qint64, qint64> m_due; // due time (ms since epoch) -> delivery id
    QHash<qint64, std::deque<qint64>> m_ready; // endpoint id -> deliveries due now, oldest first
    quint64 m_roundRobin = 0; // which endpoint's ready line goes first in the next pump
    qint64 m_rateWakeMs = 0; // when a rate-limited endpoint has a token again
    // Writer ticket -> the deliveries (id, endpoint id) it makes durable.
    std::map<quint64, QList<std::pair<qint64, qint64>>> m_awaitingCommit;
    QHash<qint64, EndpointRuntime> m_endpointRuntime;
    std::set<qint64> m_inFlight;
    QHash<qint64, OutgoingRequest> m_requests; // what each delivery in flight sent
    QHash<qint64, Endpoint> m_endpointCache;
    qint64 m_endpointCacheMs = 0;
    quint64 m_endpointCacheRevision = 0;
};

} // namespace Hookbench::Engine

Q_DECLARE_METATYPE(Hookbench::Delivery)
Q_DECLARE_METATYPE(Hookbench::Attempt)
