#include "attemptmodel.h"

#include "export/har.h"
#include "format.h"

namespace Hookbench::Ui {

AttemptModel::AttemptModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int AttemptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

QVariant AttemptModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_attempts.size())
        return {};
    const Attempt &a = m_attempts.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString outcome = a.status
            ? QStringLiteral("%1 %2").arg(a.status).arg(Export::reasonPhrase(a.status)).trimmed()
            : (a.error.isEmpty() ? tr("no response") : a.error);
        return tr("Attempt %1 · %2 · %3").arg(a.number).arg(outcome, Format::duration(a.durationUs));
    }
    case Qt::ToolTipRole:
        return a.error.isEmpty() ? QVariant() : QVariant(a.error);
    case NumberRole:
        return a.number;
    case StatusRole:
        return a.status;
    case DurationRole:
        return a.durationUs;
    case ErrorRole:
        return a.error;
    case StartedRole:
        return a.startedAt;
    case SucceededRole:
        return a.status >= 200 && a.status < 300 && a.error.isEmpty();
    case GapRole:
        return index.row() == 0 ? qint64(0) : m_attempts.at(index.row() - 1).startedAt.msecsTo(a.startedAt);
    default:
        return {};
    }
}

void AttemptModel::setAttempts(const QList<Attempt> &attempts)
{
    const qsizetype shown = m_attempts.size();
    const bool continues = attempts.size() >= shown
        && std::equal(m_attempts.cbegin(), m_attempts.cend(), attempts.cbegin(),
                      [](const Attempt &a, const Attempt &b) { return a.id == b.id; });
    if (!continues) {
        beginResetModel();
        m_attempts = attempts;
        endResetModel();
        return;
    }
    if (attempts.size() == shown)
        return;
    beginInsertRows({}, int(shown), int(attempts.size()) - 1);
    m_attempts = attempts;
    endInsertRows();
}

} // namespace Hookbench::Ui
