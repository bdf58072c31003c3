#include "eventtypemodel.h"

#include "storage/stores.h"

namespace Hookbench::Ui {

EventTypeModel::EventTypeModel(Storage::EventTypeStore &store, QObject *parent)
    : SyncedTableModel(parent)
    , m_store(store)
{
    m_rows = store.list();
}

int EventTypeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTypeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EventType &t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role == Qt::ToolTipRole && index.column() == Template)
        return QString::fromUtf8(t.payloadTemplate.left(2000));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return t.name;
    case Description:
        return t.description;
    case Template: {
        // One line of the template, enough to recognise it.
        QString line = QString::fromUtf8(t.payloadTemplate.left(200)).simplified();
        return line.size() > 80 ? line.left(80) + QChar(0x2026) : line;
    }
    }
    return {};
}

QVariant EventTypeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Description:
        return tr("Description");
    case Template:
        return tr("Payload template");
    }
    return {};
}

void EventTypeModel::reload()
{
    syncRows(m_store.list());
}

} // namespace Hookbench::Ui
