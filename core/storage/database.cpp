#include "database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#if defined(Q_OS_UNIX)
#include <dlfcn.h>
#endif

namespace Hookbench::Storage {

namespace {

// lupdate files the tr() strings of a function outside any class under its namespace: the context here must be
// that namespace, or the translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Hookbench::Storage", text);
}

// Each step is applied once, in order, inside one transaction; user_version records the last one applied.
// Steps are never edited after release: a change is a new step.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: the initial schema. Text and blob columns accept NULL: Qt binds a null QString or QByteArray as
        // NULL, and both read back as empty.
        {
            QStringLiteral("CREATE TABLE event_types ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL UNIQUE,"
                           " description TEXT DEFAULT '',"
                           " payload_template BLOB,"
                           " seq INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE endpoints ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL UNIQUE,"
                           " url TEXT NOT NULL,"
                           " enabled INTEGER NOT NULL,"
                           " disabled_reason TEXT DEFAULT '',"
                           " consecutive_failures INTEGER NOT NULL DEFAULT 0,"
                           " expires_at INTEGER,"
                           " origin TEXT NOT NULL DEFAULT 'manual',"
                           " config TEXT NOT NULL,"
                           " secrets TEXT DEFAULT '[]',"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE events ("
                           " id INTEGER PRIMARY KEY,"
                           " uid TEXT NOT NULL UNIQUE,"
                           " type TEXT NOT NULL,"
                           " payload BLOB,"
                           " source TEXT NOT NULL,"
                           " fanout_note TEXT DEFAULT '',"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX events_type ON events(type, id)"),
            QStringLiteral("CREATE TABLE deliveries ("
                           " id INTEGER PRIMARY KEY,"
                           " uid TEXT NOT NULL,"
                           " event_id INTEGER NOT NULL,"
                           " endpoint_id INTEGER NOT NULL,"
                           " event_type TEXT NOT NULL,"
                           " endpoint_name TEXT NOT NULL,"
                           " url TEXT NOT NULL,"
                           " state INTEGER NOT NULL,"
                           " attempt_count INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_at INTEGER,"
                           " created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL,"
                           " last_status INTEGER NOT NULL DEFAULT 0,"
                           " last_duration_us INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT DEFAULT '')"),
            QStringLiteral("CREATE UNIQUE INDEX deliveries_uid ON deliveries(uid)"),
            QStringLiteral("CREATE INDEX deliveries_event ON deliveries(event_id)"),
            QStringLiteral("CREATE INDEX deliveries_endpoint ON deliveries(endpoint_id, id)"),
            QStringLiteral("CREATE INDEX deliveries_type ON deliveries(event_type, id)"),
            QStringLiteral("CREATE INDEX deliveries_state ON deliveries(state, id)"),
            QStringLiteral("CREATE INDEX deliveries_status ON deliveries(last_status, id)"),
            // Partial index: only unfinished deliveries, so resuming after a restart never scans history.
            QStringLiteral("CREATE INDEX deliveries_due ON deliveries(next_attempt_at) WHERE state IN (0, 1, 3)"),
            QStringLiteral("CREATE TABLE attempts ("
                           " id INTEGER PRIMARY KEY,"
                           " delivery_id INTEGER NOT NULL,"
                           " number INTEGER NOT NULL,"
                           " method TEXT NOT NULL,"
                           " url TEXT NOT NULL,"
                           " request_headers BLOB,"
                           " request_body BLOB,"
                           " status INTEGER NOT NULL DEFAULT 0,"
                           " response_headers BLOB,"
                           " response_body BLOB,"
                           " response_truncated INTEGER NOT NULL DEFAULT 0,"
                           " duration_us INTEGER NOT NULL DEFAULT 0,"
                           " error TEXT DEFAULT '',"
                           " started_at INTEGER NOT NULL,"
                           " finished_at INTEGER)"),
            QStringLiteral("CREATE INDEX attempts_delivery ON attempts(delivery_id, number)"),
            QStringLiteral("CREATE TABLE receivers ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL UNIQUE,"
                           " config TEXT NOT NULL,"
                           " secrets TEXT DEFAULT '{}',"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE captured_requests ("
                           " id INTEGER PRIMARY KEY,"
                           " receiver_id INTEGER NOT NULL,"
                           " received_at INTEGER NOT NULL,"
                           " remote TEXT,"
                           " method TEXT NOT NULL,"
                           " target BLOB,"
                           " http_version TEXT NOT NULL,"
                           " headers BLOB,"
                           " body BLOB,"
                           " verdicts TEXT DEFAULT '[]',"
                           " response_status INTEGER NOT NULL DEFAULT 0,"
                           " forwarded_to TEXT DEFAULT '',"
                           " forward_status INTEGER NOT NULL DEFAULT 0,"
                           " forward_error TEXT DEFAULT '',"
                           " forward_response_body BLOB DEFAULT x'')"),
            QStringLiteral("CREATE INDEX captured_receiver ON captured_requests(receiver_id, id)"),
            QStringLiteral("CREATE TABLE schedules ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " event_type TEXT NOT NULL,"
                           " config TEXT NOT NULL,"
                           " enabled INTEGER NOT NULL,"
                           " fired_count INTEGER NOT NULL DEFAULT 0,"
                           " last_fired_at INTEGER,"
                           " next_fire_at INTEGER,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        },
        // 2: the delivery log's full-text index (see textindex.h), queued for every delivery that has attempts,
        // and an index ending in the id for every column the log sorts by.
        {
            QStringLiteral("CREATE VIRTUAL TABLE delivery_text USING fts5(meta, headers, body, content='', "
                           "columnsize=0, tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TABLE delivery_text_state ("
                           " delivery_id INTEGER PRIMARY KEY,"
                           " indexed_upto INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE delivery_text_pending (delivery_id INTEGER PRIMARY KEY)"),
            QStringLiteral("INSERT INTO delivery_text_pending (delivery_id) SELECT DISTINCT delivery_id FROM attempts"),
            QStringLiteral("CREATE INDEX deliveries_endpoint_name ON deliveries(endpoint_name, id)"),
            QStringLiteral("CREATE INDEX deliveries_attempt_count ON deliveries(attempt_count, id)"),
            QStringLiteral("CREATE INDEX deliveries_duration ON deliveries(last_duration_us, id)"),
            QStringLiteral("CREATE INDEX deliveries_next_attempt ON deliveries(ifnull(next_attempt_at, 0), id)"),
        },
        // 3: what the subscription APIs did and refused (see apiactivitystore.h), newest kept.
        {
            QStringLiteral("CREATE TABLE api_activity ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " at INTEGER NOT NULL,"
                           " api TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " subject TEXT DEFAULT '',"
                           " outcome TEXT NOT NULL,"
                           " status INTEGER NOT NULL DEFAULT 0,"
                           " message TEXT DEFAULT '')"),
        },
        // 4: which process's engine sends each delivery (see DeliveryEngine: ownership and leases). NULL: none.
        {
            QStringLiteral("ALTER TABLE deliveries ADD COLUMN owner INTEGER"),
        },
    };
    return steps;
}

} // namespace

QString exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return query.lastError().text();
    return {};
}

QString checkWorkspaceFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return {};
    if (info.isDir())
        return tr("“%1” is a folder, not a workspace file.").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the workspace “%1”: %2").arg(path, file.errorString());
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return tr("“%1” is not a Hookbench workspace: it is not an SQLite database, or it is damaged. The file "
                  "was left as it is.")
            .arg(path);
    // Page size (bytes 16–17, 1 meaning 65536) must divide the file size, or the file was cut short.
    qint64 pageSize = (uchar(header[16]) << 8) | uchar(header[17]);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || info.size() % pageSize != 0)
        return tr("The workspace “%1” is damaged (its size does not match its page size). The file was left as "
                  "it is; restore it from a backup or choose another workspace.")
            .arg(path);
    // Header fields are big-endian: user_version at 60, application_id at 68.
    auto field = [&](int offset) {
        return qint32((uchar(header[offset]) << 24) | (uchar(header[offset + 1]) << 16)
                      | (uchar(header[offset + 2]) << 8) | uchar(header[offset + 3]));
    };
    const qint32 userVersion = field(60);
    const qint32 applicationId = field(68);
    if (applicationId != kApplicationId && !(applicationId == 0 && userVersion == 0))
        return tr("“%1” is an SQLite database of another application, not a Hookbench workspace. The file was "
                  "left as it is.")
            .arg(path);
    if (userVersion > kSchemaVersion)
        return tr("The workspace “%1” was written by a newer version of Hookbench (schema %2; this version reads "
                  "up to %3). Update Hookbench to open it. The file was left as it is.")
            .arg(path)
            .arg(userVersion)
            .arg(kSchemaVersion);
    return {};
}

QSqlDatabase openConnection(const QString &path, const QString &connectionName, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return QSqlDatabase();
    };
    if (!db.open())
        return fail(tr("Cannot open the workspace “%1”: %2").arg(path, db.lastError().text()));
    // Reading the schema is the first access that touches the file's pages: a damaged file fails here.
    {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            const QString why = probe.lastError().text();
            probe = QSqlQuery();
            db.close();
            return fail(tr("The workspace “%1” is damaged and cannot be read (%2). The file was left as it is.")
                            .arg(path, why));
        }
    }
    // NORMAL is durable across process crashes in WAL mode; only a power loss may drop the last commits.
    // secure_delete zero-fills what a DELETE frees, so a removed endpoint's secrets do not linger in free pages
    // (Debian builds SQLite with it on, upstream off: say it either way). The log writer turns it off for itself.
    for (const char *pragma : {"PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY",
                               "PRAGMA cache_size = -16000", "PRAGMA secure_delete = ON"}) {
        if (QString why = exec(db, QLatin1String(pragma)); !why.isEmpty()) {
            db.close();
            return fail(why);
        }
    }
    return db;
}

void closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

namespace {

using SqliteInterrupt = void (*)(void *);

SqliteInterrupt sqliteInterrupt()
{
    static const SqliteInterrupt function = [] {
#if defined(Q_OS_UNIX)
        // The driver plugin is loaded with its symbols kept local: its SQLite library is reached by name (without
        // loading anything), or, where SQLite is built into the plugin or the program, in the global scope.
        void *symbol = nullptr;
        if (void *library = dlopen("libsqlite3.so.0", RTLD_LAZY | RTLD_NOLOAD)) {
            symbol = dlsym(library, "sqlite3_interrupt");
            dlclose(library); // the driver keeps it loaded
        }
        if (!symbol)
            symbol = dlsym(RTLD_DEFAULT, "sqlite3_interrupt");
        return reinterpret_cast<SqliteInterrupt>(symbol);
#else
        return SqliteInterrupt(nullptr);
#endif
    }();
    return function;
}

} // namespace

QueryInterrupter::QueryInterrupter(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_handle = *static_cast<void *const *>(handle.constData());
        m_interrupt = sqliteInterrupt();
    }
}

void QueryInterrupter::interrupt() const
{
    if (isAvailable())
        m_interrupt(m_handle);
}

QString migrate(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return query.lastError().text();
    const int current = query.value(0).toInt();
    query.finish();
    if (current > kSchemaVersion)
        return tr("The workspace was written by a newer version of Hookbench (schema %1; this version reads up "
                  "to %2).")
            .arg(current)
            .arg(kSchemaVersion);
    if (current == 0) {
        // A fresh file must be empty: an unversioned file with tables belongs to something else — unless another
        // process has just created our schema in it (its application id says so; steps below find it done).
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
            return query.lastError().text();
        const int tables = query.value(0).toInt();
        query.finish();
        if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
            return query.lastError().text();
        const bool ours = query.value(0).toInt() == kApplicationId;
        query.finish();
        if (tables > 0 && !ours)
            return tr("The file holds tables but is not a Hookbench workspace; it was left as it is.");
    }

    const QList<QStringList> &steps = migrations();
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        // IMMEDIATE takes the write lock before reading: two processes opening the same new (or older) file at
        // once apply each step once, the second finding it done, instead of failing on "table already exists".
        if (QString why = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !why.isEmpty())
            return tr("Upgrading the workspace to schema %1 failed: %2").arg(version).arg(why);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            const QString why = query.lastError().text();
            exec(db, QStringLiteral("ROLLBACK"));
            return why;
        }
        const int applied = query.value(0).toInt();
        query.finish();
        QString failure;
        if (applied < version) {
            for (const QString &statement : steps.at(version - 1)) {
                failure = exec(db, statement);
                if (!failure.isEmpty())
                    break;
            }
            if (failure.isEmpty())
                failure = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
            if (failure.isEmpty() && version == 1)
                failure = exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        }
        if (!failure.isEmpty()) {
            exec(db, QStringLiteral("ROLLBACK"));
            return tr("Upgrading the workspace to schema %1 failed: %2").arg(version).arg(failure);
        }
        if (QString why = exec(db, QStringLiteral("COMMIT")); !why.isEmpty())
            return why;
    }

    // WAL lets readers (the GUI) and the batching writer work side by side.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return query.lastError().text();
    return {};
}

} // namespace Hookbench::Storage
