#pragma once

#include "domain/delivery.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>

// The full-text index of the delivery log: the FTS5 table `delivery_text`, one row per delivery (rowid = delivery
// id), so a text search can walk it newest first and stop after one page. It is contentless to keep the file
// small, which means replacing a row needs the exact text it was indexed with. That text is a pure function of
// the delivery's immutable parts (uid, event type) and its attempts up to the attempt id recorded in
// `delivery_text_state` (attempts are never rewritten), so it can always be rebuilt.
//
// Rows are not indexed by triggers (that multiplies insert cost several times): the batching writer queues the
// delivery in `delivery_text_pending` in the same transaction as its attempt, and indexes the queue in background
// batches when it has nothing else to write.
namespace Hookbench::Storage {

// UTF-8, exactly the text QString::fromUtf8 / fromLatin1 made of the same parts when this was built from
// QStrings (contentless deletes need the very text a row was indexed with): valid UTF-8 is taken as it is, only
// malformed sequences go through the conversion that replaces them. Bound as bytes and cast to TEXT, it reaches
// FTS5 without the UTF-16 round trip a QString takes through Qt's driver.
struct IndexedText
{
    QByteArray meta; // delivery uid, event type, and per attempt: method, URL, status, error
    QByteArray headers; // request and response headers, "Name: value" lines
    QByteArray body; // request and response bodies, each capped

    friend bool operator==(const IndexedText &, const IndexedText &) = default;
};

// Pure. The text indexed for a delivery with these attempts (in id order).
IndexedText composeIndexedText(const QString &uid, const QString &eventType, const QList<Attempt> &attempts);

// Pure. Turns what a user typed into an FTS5 query: every whitespace-separated word must match, as a phrase of
// its tokens (so `api.example.com` and `msg_2Jc9` work), the last token of each word also as a prefix. Quotes and
// operators typed by the user are taken literally. Empty when nothing searchable was typed.
QString ftsMatchQuery(const QString &text);

// Works in the caller's transaction on the given connection.
class TextIndexer
{
public:
    explicit TextIndexer(QString connectionName);

    // Indexes up to `limit` queued deliveries. Returns how many were taken off the queue, or -1 (error set).
    int indexPending(int limit, QString *error);
    // Keeps an attempt this connection has just written, so that indexing its delivery need not read it back
    // (that read and decode was a third of the indexing cost, callgrind). Used only for a delivery's first
    // indexing and only when the remembered attempts are as many as the delivery's stored attempt count; any
    // other case reads the table. Bounded: beyond kMaxRemembered deliveries nothing more is kept.
    void remember(const Attempt &attempt);
    // After a rolled-back write: what was remembered may not be stored.
    void forgetRemembered();
    // Indexes a delivery that has never been indexed, without going through the queue (bulk loads).
    bool indexNew(qint64 deliveryId, const QString &uid, const QString &eventType, const QList<Attempt> &attempts,
                  QString *error);

private:
    QSqlQuery &query(const char *key, const char *sql);
    bool write(qint64 deliveryId, const IndexedText *old, const IndexedText &text, qint64 indexedUpto, QString *error);

    static constexpr qsizetype kMaxRemembered = 5000;

    QString m_connection;
    std::map<QByteArray, QSqlQuery> m_queries;
    QHash<qint64, QList<Attempt>> m_remembered;
};

} // namespace Hookbench::Storage
