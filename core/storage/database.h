#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Hookbench::Storage {

// The schema version this build writes. Files with a higher `PRAGMA user_version` are refused.
constexpr int kSchemaVersion = 4;
// `PRAGMA application_id` of every workspace ("HkBn"), so that other SQLite files are not mistaken for one.
constexpr int kApplicationId = 0x486B426E;

// Looks at an existing file without changing it: a missing or empty file is fine (a new workspace); otherwise
// it must be an SQLite database that is a Hookbench workspace of this version or older. Returns the reason
// otherwise.
QString checkWorkspaceFile(const QString &path);

// Opens a named connection to the workspace (one per thread), with the pragmas every connection needs.
// Does not migrate. On failure the connection is removed and error says why.
QSqlDatabase openConnection(const QString &path, const QString &connectionName, QString *error);
void closeConnection(const QString &connectionName);

// Stops the statement running on one connection, from any thread: it fails as "interrupted" at SQLite's next
// check, which lets a long count end when its answer is no longer wanted. Made on the connection's own thread
// from its driver's handle; only valid while that connection stays open (its owner makes sure). Nothing is linked
// for it: sqlite3_interrupt is looked up in the SQLite library Qt's driver has loaded, and where it cannot be
// found (a driver built differently) interrupt() does nothing and the statement runs to its end as before.
class QueryInterrupter
{
public:
    QueryInterrupter() = default;
    explicit QueryInterrupter(const QSqlDatabase &db);

    bool isAvailable() const { return m_handle && m_interrupt; }
    void interrupt() const;

private:
    void *m_handle = nullptr;
    void (*m_interrupt)(void *) = nullptr;
};

// Brings the schema to kSchemaVersion, one migration per transaction, and switches the file to WAL.
// Refuses files from a newer version or another application; never drops user data.
QString migrate(QSqlDatabase &db);

// Runs a statement that returns nothing; returns the driver's error text on failure.
QString exec(QSqlDatabase &db, const QString &sql);

} // namespace Hookbench::Storage
