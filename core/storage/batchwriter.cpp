#include "batchwriter.h"

#include "database.h"
#include "rowcodec.h"
#include "sqlbind.h"
#include "textindex.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>

namespace Hookbench::Storage {

// Lives on the writer thread; owns the connection and the prepared statements.
class BatchWriterWorker final : public QObject
{
public:
    BatchWriterWorker(BatchWriter *writer, QString path, QString connection)
        : m_writer(writer)
        , m_path(std::move(path))
        , m_connection(std::move(connection))
    { }

    ~BatchWriterWorker() override
    {
        m_queries.clear();
        m_indexer.reset();
        closeConnection(m_connection);
    }

    QString open()
    {
        QString error;
        QSqlDatabase db = openConnection(m_path, m_connection, &error);
        if (!db.isValid())
            return error;
        // This connection only appends to the logs and drops index work items; zero-filling every freed cell
        // (secure_delete, which Debian's SQLite turns on) cost about a tenth of its CPU and protects nothing here.
        if (QString why = exec(db, QStringLiteral("PRAGMA secure_delete = OFF")); !why.isEmpty())
            return why;
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { drain(true); });
        m_promptTimer = new QTimer(this);
        m_promptTimer->setSingleShot(true);
        connect(m_promptTimer, &QTimer::timeout, this, &BatchWriterWorker::drainOutbox);
        m_indexer = std::make_unique<TextIndexer>(m_connection);
        m_indexTimer = new QTimer(this);
        m_indexTimer->setSingleShot(true);
        connect(m_indexTimer, &QTimer::timeout, this, &BatchWriterWorker::indexText);
        // Catches up with what an earlier run (or an older schema) left unindexed.
        m_indexTimer->start(kIndexDelayMs);
        return {};
    }

    // Queued from any thread when work arrives: the first row of a batch arms the timer, commitSoon() arms the
    // prompt timer, which commits only the outbox, and flush() (urgent) has everything written now.
    void wake(bool urgent, bool prompt = false)
    {
        if (urgent) {
            drainAll();
        } else if (prompt) {
            if (m_promptTimer && !m_promptTimer->isActive())
                m_promptTimer->start(m_writer->m_options.promptIntervalMs);
        } else if (m_timer && !m_timer->isActive()) {
            m_timer->start(m_writer->m_options.flushIntervalMs);
        }
    }

    // The outbox ahead of everything else: what is left keeps waiting for its regular batch, so that attempts and
    // outcomes (which nobody waits on) share a transaction with many others. A commit costs about a WAL frame per
    // page it dirties: at two deliveries per commit that was 23 pages and ~120 us of CPU per delivery (python
    // replay of the writer's statements, 4 KiB pages).
    void drainOutbox()
    {
        const auto batch = m_writer->take(m_writer->m_options.maxBatch, true);
        if (!batch.empty())
            write(batch);
        QMutexLocker lock(&m_writer->m_mutex);
        if (!m_writer->m_queue.empty() && !m_timer->isActive())
            m_timer->start(m_writer->m_options.flushIntervalMs);
    }

    // A batch is due (its interval has passed, or it is full): it is written, then further full batches for as long
    // as the writer is behind. What arrived meanwhile waits for a batch of its own rather than following at once in
    // a transaction of a few dozen rows: every commit rewrites the pages it shares with the one before (the table's
    // last leaf and its parents, the index's), takes SQLite's locks again, and brings the next checkpoint closer.
    // A batch that filled is due only while it is still full: the rows that filled it may have gone with an earlier
    // batch already, and what is left waits for its interval.
    void drain(bool intervalPassed)
    {
        const size_t maxBatch = size_t(m_writer->m_options.maxBatch);
        for (bool first = intervalPassed;; first = false) {
            {
                QMutexLocker lock(&m_writer->m_mutex);
                const size_t queued = m_writer->m_queue.size();
                if (queued == 0)
                    return;
                if (!first && queued < maxBatch) {
                    if (!m_timer->isActive())
                        m_timer->start(m_writer->m_options.flushIntervalMs);
                    return;
                }
            }
            write(m_writer->take(int(maxBatch)));
        }
    }

    void drainAll()
    {
        while (true) {
            auto batch = m_writer->take(m_writer->m_options.maxBatch);
            if (batch.empty())
                return;
            write(batch);
        }
    }

private:
    static constexpr int kIndexDelayMs = 200;
    static constexpr int kIndexBatch = 500;

    // Indexes queued delivery text in its own transaction, a bounded batch at a time, so that under a steady
    // stream of writes the index keeps up without ever holding a write batch back for long.
    void indexText()
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE")).isEmpty()) {
            m_indexTimer->start(kIndexDelayMs);
            return;
        }
        QString error;
        const int done = m_indexer->indexPending(kIndexBatch, &error);
        if (done < 0 || !exec(db, QStringLiteral("COMMIT")).isEmpty()) {
            exec(db, QStringLiteral("ROLLBACK"));
            if (!error.isEmpty())
                emit m_writer->writeFailed(error);
            m_indexTimer->start(kIndexDelayMs);
            return;
        }
        if (done == kIndexBatch) {
            QMutexLocker lock(&m_writer->m_mutex);
            m_indexTimer->start(m_writer->m_queue.empty() ? 0 : m_writer->m_options.flushIntervalMs);
        }
    }

    QSqlQuery &query(const char *key, const char *sql)
    {
        auto it = m_queries.find(QByteArray(key));
        if (it == m_queries.end()) {
            QSqlQuery q(QSqlDatabase::database(m_connection, false));
            q.setForwardOnly(true);
            q.prepare(QLatin1String(sql));
            it = m_queries.emplace(QByteArray(key), std::move(q)).first;
        }
        return it->second;
    }

    bool execute(QSqlQuery &q, QString *error)
    {
        if (q.exec())
            return true;
        *error = q.lastError().text();
        return false;
    }

    // No owner is stored as NULL: rows written before owners existed read the same.
    static QVariant owner(const Delivery &d)
    {
        return d.owner ? QVariant(d.owner) : QVariant(QMetaType(QMetaType::LongLong));
    }

    bool insertDelivery(const Delivery &d, QString *error)
    {
        // An upsert rather than INSERT OR REPLACE: a delivery's identity columns never change, and leaving them
        // out of the update spares the indexes on them (REPLACE deletes and re-inserts every index entry).
        QSqlQuery &q = query("delivery",
                             "INSERT INTO deliveries (id, uid, event_id, endpoint_id, event_type, "
                             "endpoint_name, url, state, attempt_count, next_attempt_at, created_at, updated_at, "
                             "last_status, last_duration_us, last_error, owner) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET endpoint_name = excluded.endpoint_name, "
                             "url = excluded.url, state = excluded.state, attempt_count = excluded.attempt_count, "
                             "next_attempt_at = excluded.next_attempt_at, updated_at = excluded.updated_at, "
                             "last_status = excluded.last_status, last_duration_us = excluded.last_duration_us, "
                             "last_error = excluded.last_error, owner = excluded.owner");
        bindAll(q,
                {d.id, d.uid, d.eventId, d.endpointId, d.eventType, d.endpointName, d.url, int(d.state), d.attemptCount,
                 RowCodec::time(d.nextAttemptAt), RowCodec::time(d.createdAt),
                 RowCodec::time(d.updatedAt.isValid() ? d.updatedAt : d.createdAt), d.lastStatus, d.lastDurationUs,
                 d.lastError, owner(d)});
        return execute(q, error);
    }

    // Statements for captured requests: kCaptureRows[i] rows each, without and with the forward result columns,
    // prepared on first use (they live in m_queries).
    static constexpr int kCaptureRows[] = {1, 2, 4, 8, 16, 32, 64};
    static constexpr int kCaptureValues = 11;
    static constexpr int kCaptureForwardedValues = 15;

    struct CaptureInsert
    {
        QSqlQuery *query = nullptr;
        qsizetype placeholders = 0;
    };

    CaptureInsert &captureInsert(int size, bool forwardColumns)
    {
        CaptureInsert &insert = m_captureInserts[forwardColumns ? 1 : 0][size];
        if (!insert.query) {
            const QByteArray key
                = "capture-" + QByteArray::number(kCaptureRows[size]) + (forwardColumns ? "-forwarded" : "");
            const QByteArray sql = RowCodec::captureInsertSql(kCaptureRows[size], forwardColumns).toLatin1();
            insert.query = &query(key.constData(), sql.constData());
            insert.placeholders = placeholderCount(*insert.query);
        }
        return insert;
    }

    // How many operations from `first` on are captures without a forward result, which writeCaptures() takes.
    static qsizetype freshCaptures(BatchWriter::Batch::const_iterator first, BatchWriter::Batch::const_iterator end)
    {
        qsizetype n = 0;
        for (; first != end; ++first, ++n) {
            const auto *c = std::get_if<CapturedRequest>(&first->second);
            if (!c || RowCodec::hasForwardResult(*c))
                break;
        }
        return n;
    }

    // Writes `count` fresh captures as multi-row inserts: groups of 64, then one of each smaller power of two the
    // rest needs, so at most one capture goes alone. SQLite's fixed cost per statement (above all the statement
    // journal that OR REPLACE on an indexed table needs, which copies the pages it touches) and Qt's are then paid
    // once per group, not once per row. A group that fails is undone by SQLite as a whole and written again row
    // by row, so that only a row at fault is reported and skipped, as everywhere in a batch.
    void writeCaptures(BatchWriter::Batch::const_iterator first, qsizetype count, qint64 *rows)
    {
        const auto oneByOne = [&](BatchWriter::Batch::const_iterator from, qsizetype n) {
            for (auto it = from; it != from + n; ++it) {
                QString error;
                if (!apply(it->second, &error, rows))
                    emit m_writer->writeFailed(error);
            }
        };
        for (int size = int(std::size(kCaptureRows)) - 1; size > 0; --size) {
            const int n = kCaptureRows[size];
            for (; count >= n; count -= n, first += n) {
                const CaptureInsert &insert = captureInsert(size, false);
                QSqlQuery &q = *insert.query;
                QVariantList values;
                values.reserve(n * kCaptureValues);
                for (auto it = first; it != first + n; ++it)
                    RowCodec::appendCaptureValues(values, std::get<CapturedRequest>(it->second), false);
                bindAll(q, std::move(values), insert.placeholders);
                if (q.exec())
                    *rows += n;
                else
                    oneByOne(first, n);
            }
        }
        oneByOne(first, count);
    }

    bool apply(const BatchWriter::Operation &op, QString *error, qint64 *rows)
    {
        if (const auto *e = std::get_if<BatchWriter::EventWithDeliveries>(&op)) {
            QSqlQuery &q = query("event",
                                 "INSERT OR REPLACE INTO events (id, uid, type, payload, source, fanout_note, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
            bindAll(q,
                    {e->event.id, e->event.uid, e->event.type, e->event.payload, eventSourceName(e->event.source),
                     e->event.fanoutNote, RowCodec::time(e->event.createdAt)});
            if (!execute(q, error))
                return false;
            ++*rows;
            for (const Delivery &d : e->deliveries) {
                if (!insertDelivery(d, error))
                    return false;
                ++*rows;
            }
            return true;
        }
        if (const auto *d = std::get_if<Delivery>(&op)) {
            ++*rows;
            return insertDelivery(*d, error);
        }
        if (const auto *p = std::get_if<BatchWriter::DeliveryProgress>(&op)) {
            const Delivery &d = p->delivery;
            QSqlQuery &q = query("delivery-progress",
                                 "UPDATE deliveries SET state = ?, attempt_count = ?, next_attempt_at = ?, "
                                 "updated_at = ?, last_status = ?, last_duration_us = ?, last_error = ?, owner = ? "
                                 "WHERE id = ?");
            bindAll(q,
                    {int(d.state), d.attemptCount, RowCodec::time(d.nextAttemptAt),
                     RowCodec::time(d.updatedAt.isValid() ? d.updatedAt : d.createdAt), d.lastStatus, d.lastDurationUs,
                     d.lastError, owner(d), d.id});
            ++*rows;
            if (!execute(q, error))
                return false;
            return q.numRowsAffected() > 0 || insertDelivery(d, error);
        }
        if (const auto *a = std::get_if<Attempt>(&op)) {
            QSqlQuery &q = query("attempt",
                                 "INSERT OR REPLACE INTO attempts (id, delivery_id, number, method, url, "
                                 "request_headers, request_body, status, response_headers, response_body, "
                                 "response_truncated, duration_us, error, started_at, finished_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            bindAll(q,
                    {a->id, a->deliveryId, a->number, QString::fromLatin1(a->method), a->url,
                     RowCodec::headers(a->requestHeaders), a->requestBody, a->status,
                     RowCodec::headers(a->responseHeaders), a->responseBody, a->responseTruncated, a->durationUs,
                     a->error, RowCodec::time(a->startedAt), RowCodec::time(a->finishedAt)});
            ++*rows;
            if (!execute(q, error))
                return false;
            QSqlQuery &queue = query("index", "INSERT OR IGNORE INTO delivery_text_pending (delivery_id) VALUES (?)");
            bindAll(queue, {a->deliveryId});
            if (!execute(queue, error))
                return false;
            m_indexer->remember(*a);
            return true;
        }
        if (const auto *c = std::get_if<CapturedRequest>(&op)) {
            const bool forwarded = RowCodec::hasForwardResult(*c);
            const CaptureInsert &insert = captureInsert(0, forwarded);
            QSqlQuery &q = *insert.query;
            QVariantList values;
            values.reserve(kCaptureForwardedValues);
            RowCodec::appendCaptureValues(values, *c, forwarded);
            bindAll(q, std::move(values), insert.placeholders);
            ++*rows;
            return execute(q, error);
        }
        if (const auto *f = std::get_if<BatchWriter::ForwardResult>(&op)) {
            QSqlQuery &q
                = query("forward",
                        "UPDATE captured_requests SET forwarded_to = ?, forward_status = ?, forward_error = ?, "
                        "forward_response_body = ? WHERE id = ?");
            bindAll(q, {f->forwardedTo, f->status, f->error, f->body, f->captureId});
            ++*rows;
            return execute(q, error);
        }
        return true;
    }

    void write(const BatchWriter::Batch &batch)
    {
        qint64 rows = 0;
        // Prepared once: QSqlDatabase::transaction() and commit() prepare a fresh statement every time.
        QSqlQuery &begin = query("begin", "BEGIN");
        if (!begin.exec()) {
            emit m_writer->writeFailed(begin.lastError().text());
            m_writer->markCommitted(batch, 0);
            return;
        }
        // A row that violates a constraint is reported and skipped; SQLite undoes only that statement, so one bad
        // row never costs the rest of the batch.
        for (auto it = batch.cbegin(); it != batch.cend();) {
            // Capture grouping: a run of fresh captures goes to writeCaptures() as a whole.
            if (const qsizetype run = freshCaptures(it, batch.cend()); run > 0) {
                writeCaptures(it, run, &rows);
                it += run;
                continue;
            }
            QString error;
            if (!apply(it->second, &error, &rows))
                emit m_writer->writeFailed(error);
            ++it;
        }
        if (QSqlQuery &commit = query("commit", "COMMIT"); !commit.exec()) {
            const QString error = commit.lastError().text();
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            exec(db, QStringLiteral("ROLLBACK"));
            m_indexer->forgetRemembered();
            emit m_writer->writeFailed(error);
            rows = 0;
        }
        m_writer->markCommitted(batch, rows);
        if (!m_indexTimer->isActive())
            m_indexTimer->start(kIndexDelayMs);
    }

    BatchWriter *m_writer;
    QString m_path;
    QString m_connection;
    QTimer *m_timer = nullptr;
    QTimer *m_promptTimer = nullptr;
    QTimer *m_indexTimer = nullptr;
    std::map<QByteArray, QSqlQuery> m_queries;
    CaptureInsert m_captureInserts[2][std::size(kCaptureRows)] = {};
    std::unique_ptr<TextIndexer> m_indexer;
};

namespace {
std::atomic<int> connectionCounter {0};
}

BatchWriter::BatchWriter(const QString &workspacePath, Options options, QObject *parent)
    : QObject(parent)
    , m_path(workspacePath)
    , m_options(options)
{
    m_thread.setObjectName(QStringLiteral("hookbench-writer"));
}

BatchWriter::~BatchWriter()
{
    if (m_started) {
        flush();
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool BatchWriter::start(QString *error)
{
    if (m_started)
        return true;
    m_thread.start();
    const QString connection = QStringLiteral("hookbench-writer-%1").arg(++connectionCounter);
    m_worker = new BatchWriterWorker(this, m_path, connection);
    m_worker->moveToThread(&m_thread);
    QString failure;
    QMetaObject::invokeMethod(
        m_worker, [&] { failure = m_worker->open(); }, Qt::BlockingQueuedConnection);
    if (!failure.isEmpty()) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
        m_thread.quit();
        m_thread.wait();
        if (error)
            *error = failure;
        return false;
    }
    m_started = true;
    return true;
}

quint64 BatchWriter::enqueue(Operation operation)
{
    quint64 ticket;
    bool first;
    bool full;
    {
        QMutexLocker lock(&m_mutex);
        ticket = ++m_lastQueued;
        first = m_queue.empty();
        m_queue.emplace_back(ticket, std::move(operation));
        // Once, when the batch fills: while the queue stays longer, the writer keeps writing full batches anyway.
        full = m_queue.size() == size_t(m_options.maxBatch);
    }
    if (full)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->drain(false); }, Qt::QueuedConnection);
    else if (first)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->wake(false); }, Qt::QueuedConnection);
    return ticket;
}

void BatchWriter::commitSoon()
{
    if (!m_started)
        return;
    {
        QMutexLocker lock(&m_mutex);
        if (m_promptPending || m_queue.empty())
            return;
        m_promptPending = true;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->wake(false, true); }, Qt::QueuedConnection);
}

BatchWriter::Batch BatchWriter::take(int maxBatch, bool outboxOnly)
{
    QMutexLocker lock(&m_mutex);
    m_promptPending = false;
    Batch batch;
    if (outboxOnly) {
        // Order is kept on both sides: among outbox rows, and among the rest.
        Batch rest;
        for (auto &item : m_queue)
            (std::holds_alternative<EventWithDeliveries>(item.second) ? batch : rest).push_back(std::move(item));
        m_queue.swap(rest);
        return batch;
    }
    if (m_queue.size() <= size_t(maxBatch)) {
        batch.swap(m_queue);
        return batch;
    }
    while (!m_queue.empty() && batch.size() < size_t(maxBatch)) {
        batch.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    return batch;
}

void BatchWriter::markCommitted(const Batch &batch, qint64 rows)
{
    quint64 outbox = 0;
    for (const auto &[ticket, op] : batch) {
        if (std::holds_alternative<EventWithDeliveries>(op))
            outbox = ticket;
    }
    quint64 committedUpTo;
    {
        QMutexLocker lock(&m_mutex);
        // Batches are written one at a time on this thread, so everything taken before is written too: what is not
        // durable yet is exactly what is still queued, oldest first (an outbox commit may have left older rows).
        committedUpTo = m_queue.empty() ? m_lastQueued : m_queue.front().first - 1;
        m_lastCommitted = qMax(m_lastCommitted, committedUpTo);
        m_rowsWritten += rows;
    }
    m_committedCondition.wakeAll();
    if (outbox)
        emit outboxCommitted(outbox);
    emit committed(committedUpTo);
}

quint64 BatchWriter::insertEvent(const Event &event, const QList<Delivery> &deliveries)
{
    return enqueue(EventWithDeliveries {event, deliveries});
}

quint64 BatchWriter::saveDelivery(const Delivery &delivery)
{
    return enqueue(delivery);
}

quint64 BatchWriter::saveDeliveryProgress(const Delivery &delivery)
{
    return enqueue(DeliveryProgress {delivery});
}

quint64 BatchWriter::insertAttempt(const Attempt &attempt)
{
    return enqueue(attempt);
}

quint64 BatchWriter::insertCapture(const CapturedRequest &capture)
{
    return enqueue(capture);
}

quint64 BatchWriter::saveForwardResult(const ForwardResult &result)
{
    return enqueue(result);
}

bool BatchWriter::flush(int timeoutMs)
{
    if (!m_started)
        return true;
    QMutexLocker lock(&m_mutex);
    const quint64 target = m_lastQueued;
    if (m_lastCommitted >= target)
        return true;
    lock.unlock();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->wake(true); }, Qt::QueuedConnection);
    lock.relock();
    QDeadlineTimer deadline(timeoutMs);
    while (m_lastCommitted < target) {
        if (!m_committedCondition.wait(&m_mutex, deadline))
            return m_lastCommitted >= target;
    }
    return true;
}

quint64 BatchWriter::lastQueued() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastQueued;
}

quint64 BatchWriter::lastCommitted() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastCommitted;
}

qint64 BatchWriter::rowsWritten() const
{
    QMutexLocker lock(&m_mutex);
    return m_rowsWritten;
}

} // namespace Hookbench::Storage
