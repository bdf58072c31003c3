#pragma once

#include "domain/receiver.h"
#include "listsync.h"

namespace Hookbench::Storage {
class ReceiverStore;
}

namespace Hookbench::Ui {

class ReceiverHost;

// The workspace's receivers, with whether each is listening in this window and where.
class ReceiverModel final : public SyncedTableModel<Receiver>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverModel)

public:
    enum Column
    {
        Name,
        Address,
        State,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RunningRole,
    };

    ReceiverModel(Storage::ReceiverStore &store, ReceiverHost &host, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    Storage::ReceiverStore &m_store;
    ReceiverHost &m_host;
};

} // namespace Hookbench::Ui
