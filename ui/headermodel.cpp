#include "headermodel.h"

#include "domain/validation.h"

#include <QBrush>

namespace Hookbench::Ui {

HeaderModel::HeaderModel(bool editable, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editable(editable)
{ }

int HeaderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int HeaderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HeaderModel::cellError(int row, int column) const
{
    const Header &h = m_headers.at(row);
    return column == Name ? Validation::checkHeaderName(h.name) : Validation::checkHeaderValue(h.value);
}

QVariant HeaderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_headers.size())
        return {};
    const Header &h = m_headers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == Name ? QString::fromLatin1(h.name) : QString::fromUtf8(h.value);
    case Qt::ToolTipRole:
        if (m_editable)
            return cellError(index.row(), index.column());
        return index.column() == Value ? QString::fromUtf8(h.value) : QVariant();
    case Qt::ForegroundRole:
        if (m_editable && !cellError(index.row(), index.column()).isEmpty())
            return QBrush(QColor(0xd3, 0x37, 0x3c));
        return {};
    default:
        return {};
    }
}

QVariant HeaderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Header") : tr("Value");
}

Qt::ItemFlags HeaderModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

bool HeaderModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || role != Qt::EditRole || !index.isValid() || index.row() >= m_headers.size())
        return false;
    Header &h = m_headers[index.row()];
    if (index.column() == Name)
        h.name = value.toString().trimmed().toLatin1();
    else
        h.value = value.toString().toUtf8();
    emit dataChanged(index, index);
    emit edited();
    return true;
}

bool HeaderModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_headers.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_headers.remove(row, count);
    endRemoveRows();
    emit edited();
    return true;
}

void HeaderModel::setHeaders(const HeaderList &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

int HeaderModel::addHeader()
{
    const int row = int(m_headers.size());
    beginInsertRows({}, row, row);
    m_headers.append(Header {});
    endInsertRows();
    emit edited();
    return row;
}

QString HeaderModel::firstError() const
{
    for (int row = 0; row < m_headers.size(); ++row) {
        for (int column : {int(Name), int(Value)}) {
            if (const QString why = cellError(row, column); !why.isEmpty())
                return tr("Header %1: %2").arg(row + 1).arg(why);
        }
    }
    return {};
}

} // namespace Hookbench::Ui
