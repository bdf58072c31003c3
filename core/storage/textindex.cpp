#include "textindex.h"

#include "rowcodec.h"
#include "sqlbind.h"

#include <QRegularExpression>
#include <QSqlError>

#include <algorithm>

namespace Hookbench::Storage {

namespace {

// Bodies beyond this are indexed by their beginning only: searches look for ids, names and values near the top,
// and the cap bounds the indexing cost of a large payload.
constexpr qsizetype kBodyCap = 16 * 1024;

// What QString::fromUtf8(bytes).toUtf8() gives, without the conversion when the bytes are valid UTF-8 already
// (a leading byte order mark, which the conversion may drop, also takes the conversion).
void appendUtf8(QByteArray &out, QByteArrayView bytes)
{
    if (bytes.isValidUtf8() && !bytes.startsWith("\xef\xbb\xbf"))
        out += bytes;
    else
        out += QString::fromUtf8(bytes).toUtf8();
}

void appendHeaders(QByteArray &out, const HeaderList &headers)
{
    for (const Header &h : headers) {
        out += RowCodec::latin1AsUtf8(h.name);
        out += ": ";
        appendUtf8(out, h.value);
        out += '\n';
    }
}

} // namespace

IndexedText composeIndexedText(const QString &uid, const QString &eventType, const QList<Attempt> &attempts)
{
    IndexedText text;
    text.meta = uid.toUtf8() + ' ' + eventType.toUtf8();
    for (const Attempt &a : attempts) {
        text.meta += '\n';
        text.meta += RowCodec::latin1AsUtf8(a.method);
        text.meta += ' ';
        text.meta += a.url.toUtf8();
        if (a.status)
            text.meta += ' ' + QByteArray::number(a.status);
        if (!a.error.isEmpty())
            text.meta += ' ' + a.error.toUtf8();
        appendHeaders(text.headers, a.requestHeaders);
        appendHeaders(text.headers, a.responseHeaders);
        appendUtf8(text.body, QByteArrayView(a.requestBody).first(qMin(a.requestBody.size(), kBodyCap)));
        text.body += '\n';
        appendUtf8(text.body, QByteArrayView(a.responseBody).first(qMin(a.responseBody.size(), kBodyCap)));
        text.body += '\n';
    }
    return text;
}

QString ftsMatchQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        // A word with no letter or digit has no token to look for.
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + quoted + QLatin1String("\"*"));
    }
    return terms.join(QLatin1String(" AND "));
}

TextIndexer::TextIndexer(QString connectionName)
    : m_connection(std::move(connectionName))
{ }

QSqlQuery &TextIndexer::query(const char *key, const char *sql)
{
    auto it = m_queries.find(QByteArray(key));
    if (it == m_queries.end()) {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        // Every read here walks its rows once; a query that may scroll sets up a cache of 128 rows per exec.
        q.setForwardOnly(true);
        q.prepare(QLatin1String(sql));
        it = m_queries.emplace(QByteArray(key), std::move(q)).first;
    }
    return it->second;
}

bool TextIndexer::write(qint64 deliveryId, const IndexedText *old, const IndexedText &text, qint64 indexedUpto,
                        QString *error)
{
    auto run = [error](QSqlQuery &q) {
        if (q.exec())
            return true;
        *error = q.lastError().text();
        return false;
    };
    if (old) {
        QSqlQuery &remove = query("delete",
                                  "INSERT INTO delivery_text (delivery_text, rowid, meta, headers, body) "
                                  "VALUES ('delete', ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))");
        bindAll(remove, {deliveryId, old->meta, old->headers, old->body});
        if (!run(remove))
            return false;
    }
    QSqlQuery &insert = query("insert",
                              "INSERT INTO delivery_text (rowid, meta, headers, body) "
                              "VALUES (?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))");
    bindAll(insert, {deliveryId, text.meta, text.headers, text.body});
    if (!run(insert))
        return false;
    QSqlQuery &state
        = query("state", "INSERT OR REPLACE INTO delivery_text_state (delivery_id, indexed_upto) VALUES (?, ?)");
    bindAll(state, {deliveryId, indexedUpto});
    return run(state);
}

bool TextIndexer::indexNew(qint64 deliveryId, const QString &uid, const QString &eventType,
                           const QList<Attempt> &attempts, QString *error)
{
    qint64 upto = 0;
    for (const Attempt &a : attempts)
        upto = qMax(upto, a.id);
    return write(deliveryId, nullptr, composeIndexedText(uid, eventType, attempts), upto, error);
}

void TextIndexer::remember(const Attempt &attempt)
{
    auto it = m_remembered.find(attempt.deliveryId);
    if (it == m_remembered.end()) {
        if (m_remembered.size() >= kMaxRemembered)
            return; // the index is far behind: these are read back when their turn comes
        it = m_remembered.insert(attempt.deliveryId, {});
    }
    it->append(attempt);
}

void TextIndexer::forgetRemembered()
{
    m_remembered.clear();
}

int TextIndexer::indexPending(int limit, QString *error)
{
    struct Pending
    {
        qint64 id = 0;
        QString uid;
        QString eventType;
        bool exists = false;
        QVariant indexedUpto;
        int attemptCount = 0;
    };
    QList<Pending> pending;
    {
        QSqlQuery &q = query("pending",
                             "SELECT p.delivery_id, d.uid, d.event_type, d.id IS NOT NULL, s.indexed_upto, "
                             "d.attempt_count "
                             "FROM delivery_text_pending p "
                             "LEFT JOIN deliveries d ON d.id = p.delivery_id "
                             "LEFT JOIN delivery_text_state s ON s.delivery_id = p.delivery_id "
                             "ORDER BY p.delivery_id LIMIT ?");
        if (!execWith(q, {limit})) {
            *error = q.lastError().text();
            return -1;
        }
        while (q.next())
            pending.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                            q.value(4), q.value(5).toInt()});
        q.finish();
    }
    for (const Pending &p : std::as_const(pending)) {
        const QList<Attempt> remembered = m_remembered.take(p.id);
        if (p.exists) {
            const bool indexed = !p.indexedUpto.isNull();
            QList<Attempt> attempts;
            // What this connection wrote is all of the delivery's attempts when the stored count agrees (another
            // process may have added some); only then, and for a first indexing, is reading them back skipped.
            if (!indexed && !remembered.isEmpty() && remembered.size() == p.attemptCount) {
                attempts = remembered;
            } else {
                static const QByteArray sql = QByteArray("SELECT ") + QByteArray(RowCodec::kAttemptColumns)
                    + QByteArray(" FROM attempts WHERE delivery_id = ? ORDER BY id");
                QSqlQuery &q = query("attempts", sql.constData());
                if (!execWith(q, {p.id})) {
                    *error = q.lastError().text();
                    return -1;
                }
                while (q.next())
                    attempts.append(RowCodec::attempt(q));
                q.finish();
            }
            const qint64 upto = attempts.isEmpty() ? 0 : attempts.constLast().id;
            if (!attempts.isEmpty() && (!indexed || upto > p.indexedUpto.toLongLong())) {
                if (indexed) {
                    const qint64 before = p.indexedUpto.toLongLong();
                    QList<Attempt> old;
                    for (const Attempt &a : std::as_const(attempts)) {
                        if (a.id <= before)
                            old.append(a);
                    }
                    const IndexedText oldText = composeIndexedText(p.uid, p.eventType, old);
                    if (!write(p.id, &oldText, composeIndexedText(p.uid, p.eventType, attempts), upto, error))
                        return -1;
                } else if (!write(p.id, nullptr, composeIndexedText(p.uid, p.eventType, attempts), upto, error)) {
                    return -1;
                }
            }
        }
    }
    // Taken in id order under the write lock, so they are exactly the queued ids up to the last one.
    if (!pending.isEmpty()) {
        QSqlQuery &done = query("done", "DELETE FROM delivery_text_pending WHERE delivery_id <= ?");
        if (!execWith(done, {pending.constLast().id})) {
            *error = done.lastError().text();
            return -1;
        }
    }
    return int(pending.size());
}

} // namespace Hookbench::Storage
