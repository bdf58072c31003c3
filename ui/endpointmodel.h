#pragma once

#include "domain/endpoint.h"
#include "listsync.h"

#include <QSet>

namespace Hookbench::Storage {
class EndpointStore;
}

namespace Hookbench::Ui {

class EndpointStats;

// The workspace's endpoints with their state (enabled, disabled and why, expired) and live activity: success
// rate and a latency sparkline column fed by EndpointStats.
class EndpointModel final : public SyncedTableModel<Endpoint>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointModel)

public:
    enum Column
    {
        Name,
        Url,
        Events,
        Signing,
        State,
        Success,
        Activity,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        // QList<EndpointSample>, oldest first, for the sparkline delegate.
        SamplesRole,
    };

    EndpointModel(Storage::EndpointStore &store, EndpointStats &stats, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    void statsUpdated(const QSet<qint64> &endpointIds);

    Storage::EndpointStore &m_store;
    EndpointStats &m_stats;
};

} // namespace Hookbench::Ui
