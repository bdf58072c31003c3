#pragma once

#include "domain/capturedrequest.h"
#include "domain/delivery.h"
#include "domain/event.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <variant>

namespace Hookbench::Storage {

class BatchWriterWorker;

struct BatchWriterOptions
{
    int flushIntervalMs = 50;
    int maxBatch = 500;
    // What commitSoon() waits for: short, yet long enough to gather a burst of rows into one transaction.
    int promptIntervalMs = 5;
};

// Writes the high-volume rows (events, deliveries, attempts, captured requests) on a thread of its own, with
// its own connection, in one transaction per batch: a batch closes after flushInterval or maxBatch rows. Commits
// (and WAL checkpoints) therefore never stall the caller's event loop. Every call returns a ticket; committed()
// reports the ticket up to which everything is durable, and outboxCommitted() the same for the events and
// deliveries alone, which commitSoon() commits ahead of the rest: that is how the engine knows a delivery is safe
// to send.
class BatchWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchWriter)

public:
    using Options = BatchWriterOptions;

    struct EventWithDeliveries
    {
        Event event;
        QList<Delivery> deliveries;
    };
    struct ForwardResult
    {
        qint64 captureId = 0;
        QString forwardedTo;
        int status = 0;
        QString error;
        QByteArray body;
    };
    // A delivery whose endpoint name and URL are as last stored: only its progress columns are written.
    struct DeliveryProgress
    {
        Delivery delivery;
    };
    using Operation
        = std::variant<EventWithDeliveries, Delivery, DeliveryProgress, Attempt, CapturedRequest, ForwardResult>;

    explicit BatchWriter(const QString &workspacePath, Options options = {}, QObject *parent = nullptr);
    ~BatchWriter() override;

    // Opens the writer's connection on its thread. Must succeed before anything is queued.
    bool start(QString *error);

    // Inserts the event and its deliveries in the same transaction.
    quint64 insertEvent(const Event &event, const QList<Delivery> &deliveries);
    // Inserts or replaces the delivery row as given (state, attempts, next attempt, last outcome).
    quint64 saveDelivery(const Delivery &delivery);
    // The same for a stored delivery whose endpoint name and URL have not changed since: writes only its state,
    // attempt count, times and last outcome. Rewriting an unchanged indexed column still rewrites its index
    // entry in SQLite, and this is the engine's most frequent write. A row that is not there yet is inserted.
    quint64 saveDeliveryProgress(const Delivery &delivery);
    quint64 insertAttempt(const Attempt &attempt);
    // Asks for the events and deliveries queued so far (the engine's outbox, which waits for them before sending)
    // to be committed within promptIntervalMs rather than flushIntervalMs, without waiting for it. Only those:
    // everything else keeps waiting for its regular batch, ahead of which they are committed.
    void commitSoon();
    quint64 insertCapture(const CapturedRequest &capture);
    quint64 saveForwardResult(const ForwardResult &result);

    // Blocks until everything queued before the call is committed (or the timeout passes). For shutdown and
    // tests; never called on a hot path.
    bool flush(int timeoutMs = 30000);

    quint64 lastQueued() const;
    quint64 lastCommitted() const;
    qint64 rowsWritten() const;

signals:
    // Every ticket up to this one is durable.
    void committed(quint64 ticket);
    // This insertEvent() ticket and every earlier one are durable, though older rows of other kinds may not be.
    void outboxCommitted(quint64 ticket);
    void writeFailed(const QString &error);

private:
    friend class BatchWriterWorker;
    using Batch = std::deque<std::pair<quint64, Operation>>;
    quint64 enqueue(Operation operation);
    // Called on the writer thread: takes up to maxBatch operations.
    // With outboxOnly, only (and all) the queued insertEvent() rows.
    Batch take(int maxBatch, bool outboxOnly = false);
    void markCommitted(const Batch &batch, qint64 rows);

    QString m_path;
    Options m_options;
    QThread m_thread;
    BatchWriterWorker *m_worker = nullptr;
    mutable QMutex m_mutex;
    QWaitCondition m_committedCondition;
    Batch m_queue;
    quint64 m_lastQueued = 0;
    quint64 m_lastCommitted = 0;
    qint64 m_rowsWritten = 0;
    bool m_started = false;
    bool m_promptPending = false; // a prompt commit is already asked for the rows queued now
};

} // namespace Hookbench::Storage
