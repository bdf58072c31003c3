#pragma once

#include "domain/eventtype.h"
#include "listsync.h"

namespace Hookbench::Storage {
class EventTypeStore;
}

namespace Hookbench::Ui {

// The workspace's event types, in the store's order (by name).
class EventTypeModel final : public SyncedTableModel<EventType>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTypeModel)

public:
    enum Column
    {
        Name,
        Description,
        Template,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit EventTypeModel(Storage::EventTypeStore &store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    Storage::EventTypeStore &m_store;
};

} // namespace Hookbench::Ui
