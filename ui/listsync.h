#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace Hookbench::Ui {

// Base of the small definition lists (event types, endpoints, receivers): they are read whole from their store,
// and syncRows() brings the rows to a fresh read with the smallest signals — removals, insertions and dataChanged
// for rows that changed — so views keep their selection and scroll position. Only when the rows that stay change
// their order (a rename that re-sorts) is the model reset.
template<typename T>
class SyncedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    T itemAt(int row) const { return m_rows.value(row); }
    int rowOf(qint64 id) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return i;
        }
        return -1;
    }
    const QList<T> &items() const { return m_rows; }
    // The id of the row with this name, 0 when none has it (for rows with a unique name).
    qint64 idNamed(const QString &name) const
    {
        for (const T &item : m_rows) {
            if (item.name == name)
                return item.id;
        }
        return 0;
    }

protected:
    void syncRows(const QList<T> &fresh)
    {
        QSet<qint64> freshIds;
        for (const T &item : fresh)
            freshIds.insert(item.id);
        QSet<qint64> oldIds;
        for (const T &item : std::as_const(m_rows))
            oldIds.insert(item.id);
        QList<qint64> keptOld;
        for (const T &item : std::as_const(m_rows)) {
            if (freshIds.contains(item.id))
                keptOld.append(item.id);
        }
        QList<qint64> keptNew;
        for (const T &item : fresh) {
            if (oldIds.contains(item.id))
                keptNew.append(item.id);
        }
        if (keptOld != keptNew) {
            beginResetModel();
            m_rows = fresh;
            endResetModel();
            return;
        }
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (freshIds.contains(m_rows.at(i).id))
                continue;
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
        for (int i = 0; i < fresh.size(); ++i) {
            if (i < m_rows.size() && m_rows.at(i).id == fresh.at(i).id) {
                if (!(m_rows.at(i) == fresh.at(i))) {
                    m_rows[i] = fresh.at(i);
                    emit dataChanged(index(i, 0), index(i, columnCount() - 1));
                }
                continue;
            }
            beginInsertRows({}, i, i);
            m_rows.insert(i, fresh.at(i));
            endInsertRows();
        }
    }

    QList<T> m_rows;
};

} // namespace Hookbench::Ui
