#include "receivermodel.h"

#include "icons.h"
#include "receiverhost.h"
#include "storage/stores.h"

#include <QBrush>

namespace Hookbench::Ui {

ReceiverModel::ReceiverModel(Storage::ReceiverStore &store, ReceiverHost &host, QObject *parent)
    : SyncedTableModel(parent)
    , m_store(store)
    , m_host(host)
{
    m_rows = store.list();
    connect(&host, &ReceiverHost::runningChanged, this, [this](qint64 id) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int ReceiverModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceiverModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Receiver &r = m_rows.at(index.row());
    const bool running = m_host.isRunning(r.id);
    switch (role) {
    case IdRole:
        return r.id;
    case RunningRole:
        return running;
    case Qt::DecorationRole:
        if (index.column() == Name)
            return Icons::deliveryState(running ? DeliveryState::Succeeded : DeliveryState::Cancelled);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Address)
            return running ? tr("Send webhooks to this URL") : tr("Start the receiver to get its URL");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Address && !running)
            return QBrush(QColor(0x8a, 0x8f, 0x98));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Address: {
            if (running)
                return m_host.baseUrl(r.id);
            QString host = r.bindAddress.contains(QLatin1Char(':')) ? QLatin1Char('[') + r.bindAddress + QLatin1Char(']')
                                                                    : r.bindAddress;
            return r.port ? QStringLiteral("%1:%2").arg(host).arg(r.port) : tr("%1, any free port").arg(host);
        }
        case State:
            return running ? tr("Listening") : tr("Stopped");
        }
        return {};
    default:
        return {};
    }
}

QVariant ReceiverModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Address:
        return tr("URL");
    case State:
        return tr("State");
    }
    return {};
}

void ReceiverModel::reload()
{
    syncRows(m_store.list());
}

} // namespace Hookbench::Ui
