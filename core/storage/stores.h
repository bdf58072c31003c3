#pragma once

#include "domain/capturedrequest.h"
#include "domain/delivery.h"
#include "domain/endpoint.h"
#include "domain/event.h"
#include "domain/eventtype.h"
#include "domain/receiver.h"
#include "domain/schedule.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

// The storage seam: everything outside core/storage reads and writes the workspace through these interfaces,
// so a second SQL backend can stand behind them without the engine or the UI noticing. Writes of definitions
// (event types, endpoints, receivers, schedules) are synchronous and validated; high-volume rows (events,
// deliveries, attempts, captures) are written by the BatchWriter.
namespace Hookbench::Storage {

// The outcome of a write: empty error on success.
struct WriteResult
{
    QString error;
    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }
};

class EventTypeStore
{
public:
    virtual ~EventTypeStore() = default;
    virtual QList<EventType> list() const = 0;
    virtual std::optional<EventType> find(const QString &name) const = 0;
    virtual std::optional<EventType> findById(qint64 id) const = 0;
    // Validates, then inserts; sets id and createdAt on success. Names are unique.
    virtual WriteResult add(EventType &eventType) = 0;
    virtual WriteResult update(const EventType &eventType) = 0;
    virtual WriteResult remove(qint64 id) = 0;
    // Increments and returns the persisted per-type sequence used by the {{seq}} placeholder.
    virtual qint64 nextSequence(const QString &name) = 0;
};

class EndpointStore
{
public:
    virtual ~EndpointStore() = default;
    virtual QList<Endpoint> list() const = 0;
    virtual std::optional<Endpoint> find(qint64 id) const = 0;
    virtual std::optional<Endpoint> findByName(const QString &name) const = 0;
    virtual WriteResult add(Endpoint &endpoint) = 0;
    virtual WriteResult update(const Endpoint &endpoint) = 0;
    virtual WriteResult remove(qint64 id) = 0;
    // Enabling clears the reason and the failure streak; disabling records why.
    virtual WriteResult setEnabled(qint64 id, bool enabled, const QString &reason = {}) = 0;
    // Stores the circuit breaker's count of consecutive failed deliveries.
    virtual WriteResult setConsecutiveFailures(qint64 id, int failures) = 0;
    // Grows with every change made through this store, so callers can cache the list and notice edits.
    virtual quint64 revision() const = 0;
};

// Criteria the delivery log filters by; empty members do not filter.
struct DeliveryFilter
{
    QList<DeliveryState> states;
    QString eventType;
    qint64 endpointId = 0;
    qint64 eventId = 0;
    QDateTime from;
    QDateTime to;
    int status = 0;
    // Words matched against the full-text index of the delivery id, event type, URLs, headers and bodies of its
    // attempts; each word also matches as a prefix. The index is filled in background batches, so a delivery
    // becomes searchable a moment after its attempt is written.
    QString text;

    bool isEmpty() const
    {
        return states.isEmpty() && eventType.isEmpty() && !endpointId && !eventId && !from.isValid() && !to.isValid()
            && !status && text.isEmpty();
    }
};

// The order the delivery log is listed in. Each column has an index ending in the id, so every order is
// keyset-paged on (column, id) and a page never costs more than the rows it returns. Time is the id, which grows
// with creation time.
struct DeliveryOrder
{
    enum class Column
    {
        Time,
        EventType,
        Endpoint,
        State,
        Status,
        Attempts,
        Duration,
        NextAttempt,
    };

    Column column = Column::Time;
    bool descending = true;

    friend bool operator==(const DeliveryOrder &, const DeliveryOrder &) = default;
};

// Where a page starts: just past the last row of the previous page. A default key starts at the beginning.
struct DeliveryPageKey
{
    QVariant value; // the sort column's value in that row, as deliverySortValue() gives it
    qint64 id = 0;

    bool isNull() const { return id == 0; }
};

// The key that continues a listing in `order` after `delivery`.
DeliveryPageKey deliveryPageKey(const Delivery &delivery, const DeliveryOrder &order);
// Whether a delivery the store has not listed yet (a live one) belongs to a filtered listing. The text criterion
// is checked as a case-insensitive substring of the id, event type, endpoint and URL: a live row has no indexed
// text yet.
bool deliveryMatches(const DeliveryFilter &filter, const Delivery &delivery);

class EventStore
{
public:
    virtual ~EventStore() = default;
    virtual std::optional<Event> find(qint64 id) const = 0;
    virtual std::optional<Event> findByUid(const QString &uid) const = 0;
    // Newest first.
    virtual QList<Event> recent(int limit) const = 0;
};

// What the engine needs to schedule an unfinished delivery; it reads the full row when the delivery is sent.
struct DueDelivery
{
    qint64 id = 0;
    qint64 endpointId = 0;
    DeliveryState state = DeliveryState::Pending;
    qint64 dueMs = 0; // next attempt, ms since the epoch; 0 when not set
};

class DeliveryStore
{
public:
    virtual ~DeliveryStore() = default;
    virtual std::optional<Delivery> find(qint64 id) const = 0;
    virtual std::optional<Delivery> findByUid(const QString &uid) const = 0;
    // Newest first, keyset-paged: rows with id < beforeId (0: from the newest).
    virtual QList<Delivery> page(const DeliveryFilter &filter, qint64 beforeId, int limit) const = 0;
    // One page of the log in any order, starting after `after`.
    virtual QList<Delivery> page(const DeliveryFilter &filter, const DeliveryOrder &order, const DeliveryPageKey &after,
                                 int limit) const = 0;
    virtual qint64 count(const DeliveryFilter &filter) const = 0;
    // Every delivery not in a final state, oldest due first: what the engine resumes after a restart.
    virtual QList<Delivery> unfinished() const = 0;
    // The unfinished deliveries engine `self` may take over, in their short form (resuming 100,000 retries stays
    // well under a second): its own, those of no owner, and those whose owner's liveness lease (kEngineLivePrefix)
    // is gone or lapsed at `nowMs` — never those of an engine that still runs in another process.
    virtual QList<DueDelivery> unfinishedDue(qint64 self, qint64 nowMs) const = 0;
    // Deliveries with an id above `afterId`, whoever owns them, oldest first and at most `limit`: what another
    // process on the same workspace added. Only those not final yet when `unfinishedOnly`.
    virtual QList<Delivery> addedAfter(qint64 afterId, bool unfinishedOnly, int limit) const = 0;
    // The deliveries of these ids that exist, in id order.
    virtual QList<Delivery> findMany(const QList<qint64> &ids) const = 0;
    virtual QList<Attempt> attempts(qint64 deliveryId) const = 0;
    virtual QList<Delivery> forEvent(qint64 eventId) const = 0;
};

class CaptureStore
{
public:
    virtual ~CaptureStore() = default;
    virtual std::optional<CapturedRequest> find(qint64 id) const = 0;
    // Newest first, keyset-paged by id; receiverId 0 lists every receiver's captures.
    virtual QList<CapturedRequest> page(qint64 receiverId, qint64 beforeId, int limit) const = 0;
    virtual qint64 count(qint64 receiverId) const = 0;
    virtual WriteResult clear(qint64 receiverId) = 0;
};

class ReceiverStore
{
public:
    virtual ~ReceiverStore() = default;
    virtual QList<Receiver> list() const = 0;
    virtual std::optional<Receiver> find(qint64 id) const = 0;
    virtual std::optional<Receiver> findByName(const QString &name) const = 0;
    virtual WriteResult add(Receiver &receiver) = 0;
    virtual WriteResult update(const Receiver &receiver) = 0;
    virtual WriteResult remove(qint64 id) = 0;
};

class ScheduleStore
{
public:
    virtual ~ScheduleStore() = default;
    virtual QList<Schedule> list() const = 0;
    virtual std::optional<Schedule> find(qint64 id) const = 0;
    virtual WriteResult add(Schedule &schedule) = 0;
    virtual WriteResult update(const Schedule &schedule) = 0;
    virtual WriteResult remove(qint64 id) = 0;
    // Records a firing (or a skipped one): fired count, last firing and the next due time.
    virtual WriteResult recordFiring(qint64 id, int firedCount, const QDateTime &lastFiredAt,
                                     const QDateTime &nextFireAt)
        = 0;
};

// Small key/value settings that belong to the workspace (API token, enabled services…).
// Time-limited claims shared by the processes on one workspace (rows of the settings table, valued
// "HOLDER UNTIL_MS"): a holder renews its lease before it runs out, and a lease nobody renews lapses, so a killed
// process never holds one for ever. Taking one is a single statement, so two processes cannot both win it.
class LeaseStore
{
public:
    virtual ~LeaseStore() = default;
    // Takes or renews `key` for `holder` until nowMs + ttlMs; false while another holder's lease has not lapsed,
    // or when the workspace cannot be written (then `error`, if given, says why).
    virtual bool hold(const QString &key, const QString &holder, qint64 nowMs, qint64 ttlMs, QString *error = nullptr)
        = 0;
    // Gives `key` up if `holder` has it.
    virtual void release(const QString &key, const QString &holder) = 0;
    // The holders of the leases under `prefix` that have not lapsed at `nowMs`.
    virtual QStringList holders(const QString &prefix, qint64 nowMs) const = 0;
};

// Every running delivery engine holds the lease kEngineLivePrefix + its owner id while it runs.
inline constexpr char kEngineLivePrefix[] = "engine/live/";

class SettingsStore
{
public:
    virtual ~SettingsStore() = default;
    virtual QString value(const QString &key, const QString &fallback = {}) const = 0;
    virtual WriteResult setValue(const QString &key, const QString &value) = 0;
};

} // namespace Hookbench::Storage
