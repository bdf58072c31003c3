#include "bulkload.h"

#include "database.h"
#include "rowcodec.h"
#include "textindex.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace Hookbench::Storage {

namespace {

std::atomic<int> bulkCounter {0};
constexpr qint64 kRowsPerTransaction = 20000;

} // namespace

QString bulkInsertDeliveries(const QString &workspacePath, qint64 count,
                             const std::function<BulkDelivery(qint64)> &make,
                             const std::function<void(qint64)> &progress)
{
    if (QString why = checkWorkspaceFile(workspacePath); !why.isEmpty())
        return why;
    const QString connection = QStringLiteral("hookbench-bulk-%1").arg(++bulkCounter);
    QString error;
    {
        QSqlDatabase db = openConnection(workspacePath, connection, &error);
        if (!db.isValid())
            return error;
        error = migrate(db);
        // A crash while seeding loses the seed, nothing else: durability per commit is not worth its cost here.
        if (error.isEmpty())
            error = exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
        if (!error.isEmpty()) {
            db = QSqlDatabase();
            closeConnection(connection);
            return error;
        }
        QSqlQuery event(db);
        event.prepare(QStringLiteral("INSERT OR IGNORE INTO events (id, uid, type, payload, source, fanout_note, "
                                     "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery delivery(db);
        delivery.prepare(QStringLiteral(
            "INSERT INTO deliveries (id, uid, event_id, endpoint_id, event_type, endpoint_name, url, state, "
            "attempt_count, next_attempt_at, created_at, updated_at, last_status, last_duration_us, last_error) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery attempt(db);
        attempt.prepare(QStringLiteral(
            "INSERT INTO attempts (id, delivery_id, number, method, url, request_headers, request_body, status, "
            "response_headers, response_body, response_truncated, duration_us, error, started_at, finished_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        TextIndexer indexer(connection);
        qint64 lastEvent = 0;
        auto run = [&error](QSqlQuery &q) {
            if (q.exec())
                return true;
            error = q.lastError().text();
            return false;
        };

        for (qint64 i = 0; i < count && error.isEmpty();) {
            if (!db.transaction()) {
                error = db.lastError().text();
                break;
            }
            const qint64 end = qMin(count, i + kRowsPerTransaction);
            for (; i < end && error.isEmpty(); ++i) {
                const BulkDelivery row = make(i);
                const Event &e = row.event;
                if (e.id && e.id != lastEvent) {
                    lastEvent = e.id;
                    event.addBindValue(e.id);
                    event.addBindValue(e.uid);
                    event.addBindValue(e.type);
                    event.addBindValue(e.payload);
                    event.addBindValue(eventSourceName(e.source));
                    event.addBindValue(e.fanoutNote);
                    event.addBindValue(RowCodec::time(e.createdAt));
                    if (!run(event))
                        break;
                }
                const Delivery &d = row.delivery;
                delivery.addBindValue(d.id);
                delivery.addBindValue(d.uid);
                delivery.addBindValue(d.eventId);
                delivery.addBindValue(d.endpointId);
                delivery.addBindValue(d.eventType);
                delivery.addBindValue(d.endpointName);
                delivery.addBindValue(d.url);
                delivery.addBindValue(int(d.state));
                delivery.addBindValue(d.attemptCount);
                delivery.addBindValue(RowCodec::time(d.nextAttemptAt));
                delivery.addBindValue(RowCodec::time(d.createdAt));
                delivery.addBindValue(RowCodec::time(d.updatedAt.isValid() ? d.updatedAt : d.createdAt));
                delivery.addBindValue(d.lastStatus);
                delivery.addBindValue(d.lastDurationUs);
                delivery.addBindValue(d.lastError);
                if (!run(delivery))
                    break;
                for (const Attempt &a : row.attempts) {
                    attempt.addBindValue(a.id);
                    attempt.addBindValue(a.deliveryId);
                    attempt.addBindValue(a.number);
                    attempt.addBindValue(QString::fromLatin1(a.method));
                    attempt.addBindValue(a.url);
                    attempt.addBindValue(RowCodec::headers(a.requestHeaders));
                    attempt.addBindValue(a.requestBody);
                    attempt.addBindValue(a.status);
                    attempt.addBindValue(RowCodec::headers(a.responseHeaders));
                    attempt.addBindValue(a.responseBody);
                    attempt.addBindValue(a.responseTruncated);
                    attempt.addBindValue(a.durationUs);
                    attempt.addBindValue(a.error);
                    attempt.addBindValue(RowCodec::time(a.startedAt));
                    attempt.addBindValue(RowCodec::time(a.finishedAt));
                    if (!run(attempt))
                        break;
                }
                if (error.isEmpty() && !row.attempts.isEmpty())
                    indexer.indexNew(d.id, d.uid, d.eventType, row.attempts, &error);
            }
            if (!error.isEmpty()) {
                db.rollback();
                break;
            }
            if (!db.commit()) {
                error = db.lastError().text();
                break;
            }
            if (progress)
                progress(i);
        }
    }
    closeConnection(connection);
    return error;
}

} // namespace Hookbench::Storage
