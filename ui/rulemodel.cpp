#include "rulemodel.h"

#include <QLocale>

namespace Hookbench::Ui {

RuleModel::RuleModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int RuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RuleModel::describe(const ResponseRule &r)
{
    using B = ResponseRule::Behaviour;
    QString answer;
    switch (r.behaviour) {
    case B::Respond:
        answer = tr("%1").arg(r.status);
        break;
    case B::FailFirst:
        answer = tr("%1 for the first %2, then %3").arg(r.failStatus).arg(r.failFirst).arg(r.status);
        break;
    case B::FailPercent:
        answer = tr("%1 for %2% of requests, else %3")
                     .arg(r.failStatus)
                     .arg(QLocale().toString(r.failPercent, 'g', 3))
                     .arg(r.status);
        break;
    case B::RateLimit:
        answer = tr("429 with Retry-After %1 s").arg(r.retryAfterSeconds);
        break;
    case B::Timeout:
        answer = tr("never answers");
        break;
    case B::CloseMidResponse:
        answer = tr("closes mid-response");
        break;
    }
    if (r.delayMs > 0 && r.behaviour != B::Timeout)
        answer += tr(" after %1 ms").arg(r.delayMs);
    return answer;
}

QVariant RuleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size() || role != Qt::DisplayRole)
        return {};
    const ResponseRule &r = m_rules.at(index.row());
    switch (index.column()) {
    case Method:
        return QString::fromLatin1(r.method);
    case Path:
        return r.pathPattern;
    case Answer:
        return describe(r);
    }
    return {};
}

QVariant RuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Answer:
        return tr("Answer");
    }
    return {};
}

bool RuleModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rules.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rules.remove(row, count);
    endRemoveRows();
    emit edited();
    return true;
}

void RuleModel::setRules(const QList<ResponseRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

void RuleModel::setRule(int row, const ResponseRule &rule)
{
    if (row < 0 || row >= m_rules.size() || m_rules.at(row) == rule)
        return;
    m_rules[row] = rule;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit edited();
}

int RuleModel::addRule(const ResponseRule &rule)
{
    const int row = int(m_rules.size());
    beginInsertRows({}, row, row);
    m_rules.append(rule);
    endInsertRows();
    emit edited();
    return row;
}

int RuleModel::moveRule(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_rules.size() || target < 0 || target >= m_rules.size() || delta == 0)
        return row;
    // beginMoveRows wants the destination before which the row lands.
    const int destination = delta > 0 ? target + 1 : target;
    beginMoveRows({}, row, row, {}, destination);
    m_rules.move(row, target);
    endMoveRows();
    emit edited();
    return target;
}

} // namespace Hookbench::Ui
