#include "capturemodel.h"

#include "format.h"
#include "icons.h"
#include "storage/stores.h"

#include <QBrush>
#include <QCoreApplication>
#include <QScopedValueRollback>

#include <algorithm>

namespace Hookbench::Ui {

namespace {
constexpr size_t kLiveCache = 500;

QString verdictText(const QList<Verdict> &verdicts)
{
    if (verdicts.isEmpty())
        return QCoreApplication::translate("Hookbench::Ui::CaptureModel", "not checked");
    for (const Verdict &v : verdicts) {
        if (v.result == Verdict::Result::Valid)
            return QCoreApplication::translate("Hookbench::Ui::CaptureModel", "valid (%1)")
                .arg(schemeDisplayName(v.scheme));
    }
    return verdictResultDisplayName(verdicts.first().result);
}
} // namespace

CaptureModel::CaptureModel(Storage::CaptureStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(100);
    connect(&m_flush, &QTimer::timeout, this, &CaptureModel::flushChanges);
    reload();
}

CaptureModel::Row CaptureModel::compact(const CapturedRequest &c)
{
    return Row {c.id,
                c.receivedAt.toMSecsSinceEpoch(),
                c.method,
                QString::fromUtf8(c.target),
                c.responseStatus,
                c.body.size(),
                c.remoteAddress,
                c.verdicts};
}

int CaptureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaptureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaptureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case CaptureIdRole:
        return r.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return Format::logTime(QDateTime::fromMSecsSinceEpoch(r.receivedMs, Qt::UTC), m_utc,
                                   QDateTime::currentDateTimeUtc());
        case Method:
            return QString::fromLatin1(r.method);
        case Path:
            return r.target;
        case Response:
            return r.responseStatus ? QString::number(r.responseStatus) : tr("no answer");
        case Signature:
            return verdictText(r.verdicts);
        case Size:
            return Format::size(r.bodySize);
        case From:
            return r.remote;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Signature)
            return Icons::verdict(r.verdicts);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Response && (r.responseStatus >= 400 || r.responseStatus == 0))
            return QBrush(QColor(0xd3, 0x37, 0x3c));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Response || index.column() == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Signature) {
            QStringList lines;
            for (const Verdict &v : r.verdicts)
                lines << QStringLiteral("%1: %2 %3")
                             .arg(schemeDisplayName(v.scheme), verdictResultDisplayName(v.result), v.detail);
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Path)
            return r.target;
        return {};
    default:
        return {};
    }
}

QVariant CaptureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Response:
        return tr("Answered");
    case Signature:
        return tr("Signature");
    case Size:
        return tr("Body");
    case From:
        return tr("From");
    }
    return {};
}

bool CaptureModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_changing;
}

void CaptureModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback changing(m_changing, true);
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    const QList<CapturedRequest> page = m_store.page(m_receiverId, before, kPageSize);
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (const CapturedRequest &c : page)
        m_rows.append(compact(c));
    endInsertRows();
}

void CaptureModel::setReceiver(qint64 receiverId)
{
    m_receiverId = receiverId;
    reload();
}

void CaptureModel::reload()
{
    // As the delivery log: removal then insertion rather than a reset.
    const QScopedValueRollback changing(m_changing, true);
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    const QList<CapturedRequest> page = m_store.page(m_receiverId, 0, kPageSize);
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, 0, int(page.size()) - 1);
    for (const CapturedRequest &c : page)
        m_rows.append(compact(c));
    endInsertRows();
}

void CaptureModel::setUtc(bool utc)
{
    if (utc == m_utc)
        return;
    m_utc = utc;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Time), index(int(m_rows.size()) - 1, Time), {Qt::DisplayRole});
}

qint64 CaptureModel::captureId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CaptureModel::insertPosition(qint64 id) const
{
    const auto it
        = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id, [](const Row &r, qint64 v) { return r.id > v; });
    return int(it - m_rows.cbegin());
}

int CaptureModel::rowOf(qint64 captureId) const
{
    const int position = insertPosition(captureId);
    return position < m_rows.size() && m_rows.at(position).id == captureId ? position : -1;
}

std::optional<CapturedRequest> CaptureModel::capture(qint64 captureId) const
{
    auto it = m_live.constFind(captureId);
    if (it != m_live.cend())
        return *it;
    return m_store.find(captureId);
}

void CaptureModel::addLive(const Hookbench::CapturedRequest &request)
{
    m_live.insert(request.id, request);
    m_liveOrder.push_back(request.id);
    if (m_liveOrder.size() > kLiveCache) {
        m_live.remove(m_liveOrder.front());
        m_liveOrder.pop_front();
    }
    if (m_receiverId && request.receiverId != m_receiverId)
        return;
    m_pending.append(request);
    if (!m_flush.isActive())
        m_flush.start();
}

void CaptureModel::flushChanges()
{
    m_flush.stop();
    if (m_pending.isEmpty())
        return;
    QList<CapturedRequest> pending = std::exchange(m_pending, {});
    std::sort(pending.begin(), pending.end(),
              [](const CapturedRequest &a, const CapturedRequest &b) { return a.id > b.id; });
    // Nearly always one group at the top; anything older than the loaded rows is left to paging.
    QList<std::pair<int, QList<Row>>> groups;
    for (const CapturedRequest &c : std::as_const(pending)) {
        if (rowOf(c.id) >= 0)
            continue;
        const int position = insertPosition(c.id);
        if (!m_exhausted && position >= m_rows.size())
            continue;
        if (groups.isEmpty() || groups.constLast().first != position)
            groups.append(std::pair<int, QList<Row>>(position, QList<Row>()));
        groups.last().second.append(compact(c));
    }
    const QScopedValueRollback changing(m_changing, true);
    for (auto group = groups.crbegin(); group != groups.crend(); ++group) {
        beginInsertRows({}, group->first, group->first + int(group->second.size()) - 1);
        m_rows.insert(group->first, group->second.size(), Row {});
        std::copy(group->second.cbegin(), group->second.cend(), m_rows.begin() + group->first);
        endInsertRows();
    }
}

} // namespace Hookbench::Ui
