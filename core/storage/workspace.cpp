#include "workspace.h"

#include "database.h"
#include "sqlapiactivitystore.h"
#include "sqlhistorystores.h"
#include "sqlleasestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <atomic>

namespace Hookbench::Storage {

namespace {
std::atomic<int> workspaceCounter {0};
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error)
{
    return open(path, Options {}, error);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, Options options, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::unique_ptr<Workspace>();
    };
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QString why = checkWorkspaceFile(absolute); !why.isEmpty())
        return fail(why);
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return fail(
            QCoreApplication::translate("Storage", "Cannot create the folder for the workspace “%1”.").arg(absolute));

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_path = absolute;
    ws->m_connection = QStringLiteral("hookbench-main-%1").arg(++workspaceCounter);
    QString why;
    QSqlDatabase db = openConnection(absolute, ws->m_connection, &why);
    if (!db.isValid())
        return fail(why);
    why = migrate(db);
    if (!why.isEmpty()) {
        db = QSqlDatabase();
        closeConnection(ws->m_connection);
        return fail(QCoreApplication::translate("Storage", "Cannot open the workspace “%1”: %2").arg(absolute, why));
    }
    ws->m_eventTypes = std::make_unique<SqlEventTypeStore>(ws->m_connection);
    ws->m_endpoints = std::make_unique<SqlEndpointStore>(ws->m_connection);
    ws->m_events = std::make_unique<SqlEventStore>(ws->m_connection);
    ws->m_deliveries = std::make_unique<SqlDeliveryStore>(ws->m_connection);
    ws->m_captures = std::make_unique<SqlCaptureStore>(ws->m_connection);
    ws->m_receivers = std::make_unique<SqlReceiverStore>(ws->m_connection);
    ws->m_schedules = std::make_unique<SqlScheduleStore>(ws->m_connection);
    ws->m_settings = std::make_unique<SqlSettingsStore>(ws->m_connection);
    ws->m_leases = std::make_unique<SqlLeaseStore>(ws->m_connection);
    ws->m_apiActivity = std::make_unique<SqlApiActivityStore>(ws->m_connection);
    ws->m_writer = std::make_unique<BatchWriter>(absolute, options);
    if (!ws->m_writer->start(&why))
        return fail(why);
    return ws;
}

Workspace::~Workspace()
{
    m_writer.reset(); // flushes before the connections go
    m_eventTypes.reset();
    m_endpoints.reset();
    m_events.reset();
    m_deliveries.reset();
    m_captures.reset();
    m_receivers.reset();
    m_schedules.reset();
    m_settings.reset();
    m_leases.reset();
    m_apiActivity.reset();
    closeConnection(m_connection);
}

} // namespace Hookbench::Storage
