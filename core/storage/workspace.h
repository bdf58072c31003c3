#pragma once

#include "apiactivitystore.h"
#include "batchwriter.h"
#include "stores.h"

#include <QString>

#include <memory>

namespace Hookbench::Storage {

// One open workspace file: its schema brought up to date, the stores of the thread that opened it, and the
// batching writer. Opening refuses damaged files, other applications' databases and files from newer versions,
// leaving them untouched.
class Workspace final
{
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    using Options = BatchWriterOptions;

    static std::unique_ptr<Workspace> open(const QString &path, QString *error);
    static std::unique_ptr<Workspace> open(const QString &path, Options options, QString *error);
    // Flushes the writer and closes every connection.
    ~Workspace();

    QString path() const { return m_path; }

    EventTypeStore &eventTypes() { return *m_eventTypes; }
    EndpointStore &endpoints() { return *m_endpoints; }
    EventStore &events() { return *m_events; }
    DeliveryStore &deliveries() { return *m_deliveries; }
    CaptureStore &captures() { return *m_captures; }
    ReceiverStore &receivers() { return *m_receivers; }
    ScheduleStore &schedules() { return *m_schedules; }
    SettingsStore &settings() { return *m_settings; }
    LeaseStore &leases() { return *m_leases; }
    ApiActivityStore &apiActivity() { return *m_apiActivity; }
    BatchWriter &writer() { return *m_writer; }

private:
    Workspace() = default;

    QString m_path;
    QString m_connection;
    std::unique_ptr<EventTypeStore> m_eventTypes;
    std::unique_ptr<LeaseStore> m_leases;
    std::unique_ptr<EndpointStore> m_endpoints;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<DeliveryStore> m_deliveries;
    std::unique_ptr<CaptureStore> m_captures;
    std::unique_ptr<ReceiverStore> m_receivers;
    std::unique_ptr<ScheduleStore> m_schedules;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<ApiActivityStore> m_apiActivity;
    std::unique_ptr<BatchWriter> m_writer;
};

} // namespace Hookbench::Storage
