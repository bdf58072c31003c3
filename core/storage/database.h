#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Hookbench::Storage {

// The schema version this build writes. Files with a higher `PRAGMA user_version` are refused.
constexpr int kSchemaVersion = 3;
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

// Brings the schema to kSchemaVersion, one migration per transaction, and switches the file to WAL.
// Refuses files from a newer version or another application; never drops user data.
QString migrate(QSqlDatabase &db);

// Runs a statement that returns nothing; returns the driver's error text on failure.
QString exec(QSqlDatabase &db, const QString &sql);

} // namespace Hookbench::Storage
