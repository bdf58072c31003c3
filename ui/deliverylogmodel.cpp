#include "deliverylogmodel.h"

#include "format.h"
#include "icons.h"

#include <QBrush>
#include <QPalette>
#include <QScopedValueRollback>

#include <algorithm>

namespace Hookbench::Ui {

namespace {
// Strings beyond this many distinct values (errors with ids in them) are kept per row instead of shared.
constexpr qsizetype kInternLimit = 20'000;

QColor stateColor(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Succeeded:
        return QColor(0x2e, 0x9e, 0x58);
    case DeliveryState::Failed:
        return QColor(0xd3, 0x37, 0x3c);
    case DeliveryState::Retrying:
        return QColor(0xd4, 0x8a, 0x14);
    case DeliveryState::InFlight:
        return QColor(0x2f, 0x7d, 0xe1);
    case DeliveryState::Pending:
    case DeliveryState::Cancelled:
        break;
    }
    return {};
}
} // namespace

DeliveryLogModel::DeliveryLogModel(Storage::DeliveryStore &store, QObject *parent, FirstPage firstPage)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(100);
    connect(&m_flush, &QTimer::timeout, this, &DeliveryLogModel::flushChanges);
    if (firstPage == FirstPage::Deferred) {
        // Nothing to fetch more of until the first page is read.
        m_exhausted = true;
        return;
    }
    m_loadedAt = QDateTime::currentDateTimeUtc();
    m_rows = fetchPage();
    m_loaded = true;
}

int DeliveryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeliveryLogModel::intern(const QString &text)
{
    if (text.isEmpty())
        return {};
    auto it = m_strings.constFind(text);
    if (it != m_strings.cend())
        return *it;
    if (m_strings.size() >= kInternLimit)
        return text;
    return *m_strings.insert(text);
}

DeliveryLogModel::Row DeliveryLogModel::compact(const Hookbench::Delivery &d)
{
    Row r;
    r.id = d.id;
    r.endpointId = d.endpointId;
    r.createdMs = d.createdAt.isValid() ? d.createdAt.toMSecsSinceEpoch() : 0;
    r.nextMs = !d.isFinal() && d.nextAttemptAt.isValid() ? d.nextAttemptAt.toMSecsSinceEpoch() : 0;
    r.durationUs = d.lastDurationUs;
    r.eventType = intern(d.eventType);
    r.endpointName = intern(d.endpointName);
    r.lastError = intern(d.lastError);
    r.status = d.lastStatus;
    r.attempts = d.attemptCount;
    r.state = d.state;
    return r;
}

QList<DeliveryLogModel::Row> DeliveryLogModel::fetchPage(int size)
{
    const QList<Hookbench::Delivery> page = m_store.page(m_filter, m_order, m_nextKey, size);
    m_exhausted = page.size() < size;
    if (!page.isEmpty())
        m_nextKey = Storage::deliveryPageKey(page.constLast(), m_order);
    QList<Row> rows;
    rows.reserve(page.size());
    for (const Hookbench::Delivery &d : page)
        rows.append(compact(d));
    return rows;
}

QVariant DeliveryLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case DeliveryIdRole:
        return r.id;
    case StateRole:
        return int(r.state);
    case EndpointIdRole:
        return r.endpointId;
    case Qt::DisplayRole:
        switch (column) {
        case Time:
            return Format::logTime(QDateTime::fromMSecsSinceEpoch(r.createdMs, Qt::UTC), m_utc,
                                   QDateTime::currentDateTimeUtc());
        case EventType:
            return r.eventType;
        case Endpoint:
            return r.endpointName;
        case State:
            return deliveryStateDisplayName(r.state);
        case Status:
            return r.status ? QString::number(r.status) : QString();
        case Attempts:
            return r.attempts ? QString::number(r.attempts) : QString();
        case Duration:
            return r.durationUs > 0 ? Format::duration(r.durationUs) : QString();
        case NextRetry:
            return r.nextMs && r.state != DeliveryState::InFlight ? Format::logTime(
                       QDateTime::fromMSecsSinceEpoch(r.nextMs, Qt::UTC), m_utc, QDateTime::currentDateTimeUtc())
                                                                  : QString();
        }
        break;
    case Qt::DecorationRole:
        if (column == State)
            return Icons::deliveryState(r.state);
        break;
    case Qt::ForegroundRole:
        if (column == State) {
            const QColor color = stateColor(r.state);
            return color.isValid() ? QVariant(QBrush(color)) : QVariant();
        }
        if (column == Status && (r.status >= 400 || (r.status == 0 && r.state == DeliveryState::Failed)))
            return QBrush(
                stateColor(r.status >= 500 || r.status == 0 ? DeliveryState::Failed : DeliveryState::Retrying));
        break;
    case Qt::TextAlignmentRole:
        if (column == Status || column == Attempts || column == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (column == Time) {
            const QDateTime created = QDateTime::fromMSecsSinceEpoch(r.createdMs, Qt::UTC);
            return tr("%1 (%2)").arg((m_utc ? created : created.toLocalTime()).toString(Qt::ISODateWithMs),
                                     Format::relative(created, now));
        }
        if (column == NextRetry && r.nextMs)
            return Format::relative(QDateTime::fromMSecsSinceEpoch(r.nextMs, Qt::UTC), now);
        if ((column == State || column == Status) && !r.lastError.isEmpty())
            return r.lastError;
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Status || section == Attempts || section == Duration))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Time:
            return tr("When the event was triggered");
        case Status:
            return tr("HTTP status of the last attempt");
        case Duration:
            return tr("Duration of the last attempt");
        case NextRetry:
            return tr("When the next attempt is due");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case EventType:
        return tr("Event type");
    case Endpoint:
        return tr("Endpoint");
    case State:
        return tr("State");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case Duration:
        return tr("Duration");
    case NextRetry:
        return tr("Next retry");
    }
    return {};
}

bool DeliveryLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_changing;
}

void DeliveryLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback changing(m_changing, true);
    const QList<Row> rows = fetchPage(int(qBound(qsizetype(kPageSize), m_rows.size() / 8, qsizetype(kMaxPageSize))));
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(rows);
    if (!timeOrdered()) {
        for (int i = first; i < m_rows.size(); ++i)
            m_index.insert(m_rows.at(i).id, i);
    }
    endInsertRows();
}

DeliveryLogModel::Column DeliveryLogModel::columnFor(Storage::DeliveryOrder::Column column)
{
    using C = Storage::DeliveryOrder::Column;
    switch (column) {
    case C::Time:
        return Time;
    case C::EventType:
        return EventType;
    case C::Endpoint:
        return Endpoint;
    case C::State:
        return State;
    case C::Status:
        return Status;
    case C::Attempts:
        return Attempts;
    case C::Duration:
        return Duration;
    case C::NextAttempt:
        return NextRetry;
    }
    return Time;
}

Storage::DeliveryOrder::Column DeliveryLogModel::orderColumnFor(int column)
{
    using C = Storage::DeliveryOrder::Column;
    switch (column) {
    case EventType:
        return C::EventType;
    case Endpoint:
        return C::Endpoint;
    case State:
        return C::State;
    case Status:
        return C::Status;
    case Attempts:
        return C::Attempts;
    case Duration:
        return C::Duration;
    case NextRetry:
        return C::NextAttempt;
    default:
        return C::Time;
    }
}

void DeliveryLogModel::sort(int column, Qt::SortOrder order)
{
    setOrder({orderColumnFor(column), order == Qt::DescendingOrder});
}

void DeliveryLogModel::setOrder(const Storage::DeliveryOrder &order)
{
    if (order == m_order)
        return;
    m_order = order;
    // Not read yet: the first page is read in this order when it is.
    if (m_loaded)
        reload();
}

void DeliveryLogModel::setFilter(const Storage::DeliveryFilter &filter)
{
    m_filter = filter;
    reload();
}

void DeliveryLogModel::reload()
{
    // Removal then insertion rather than a reset: views keep their header state, and nothing asks for more rows
    // of the old listing in between (it counts as exhausted while it goes).
    const QScopedValueRollback changing(m_changing, true);
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        m_index.clear();
        endRemoveRows();
    }
    m_nextKey = {};
    // Past 20,000 distinct strings, start sharing afresh rather than keep what no row may use any more.
    if (m_strings.size() >= kInternLimit)
        m_strings.clear();
    m_loadedAt = QDateTime::currentDateTimeUtc();
    const QList<Row> rows = fetchPage();
    m_loaded = true;
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = rows;
        if (!timeOrdered()) {
            for (int i = 0; i < m_rows.size(); ++i)
                m_index.insert(m_rows.at(i).id, i);
        }
        endInsertRows();
    }
    m_changing = false;
    const bool hadHidden = !m_hiddenNew.isEmpty();
    m_hiddenNew.clear();
    if (hadHidden)
        emit hiddenNewCountChanged(0);
    // Changes that came before the first page was read wait for it (flushChanges).
    if (!m_pending.isEmpty() && !m_flush.isActive())
        m_flush.start();
    emit reloaded();
}

void DeliveryLogModel::setUtc(bool utc)
{
    if (utc == m_utc)
        return;
    m_utc = utc;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Time), index(int(m_rows.size()) - 1, NextRetry), {Qt::DisplayRole});
}

qint64 DeliveryLogModel::deliveryId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DeliveryLogModel::insertPosition(qint64 id) const
{
    // Rows are sorted by id, descending or ascending: the first row that should come after `id`.
    const auto it = m_order.descending
        ? std::lower_bound(m_rows.cbegin(), m_rows.cend(), id, [](const Row &r, qint64 v) { return r.id > v; })
        : std::lower_bound(m_rows.cbegin(), m_rows.cend(), id, [](const Row &r, qint64 v) { return r.id < v; });
    return int(it - m_rows.cbegin());
}

int DeliveryLogModel::rowOf(qint64 deliveryId) const
{
    if (!timeOrdered())
        return m_index.value(deliveryId, -1);
    const int position = insertPosition(deliveryId);
    return position < m_rows.size() && m_rows.at(position).id == deliveryId ? position : -1;
}

bool DeliveryLogModel::beyondLoaded(qint64 id) const
{
    if (m_exhausted || m_rows.isEmpty())
        return false;
    return m_order.descending ? id < m_rows.constLast().id : id > m_rows.constLast().id;
}

void DeliveryLogModel::applyChange(const Hookbench::Delivery &delivery)
{
    m_pending.insert(delivery.id, delivery);
    if (!m_flush.isActive())
        m_flush.start();
}

void DeliveryLogModel::flushChanges()
{
    m_flush.stop();
    // Before the first page, a change has no rows to update or place among: it waits for the first reload().
    if (m_pending.isEmpty() || !m_loaded)
        return;
    const QHash<qint64, Hookbench::Delivery> pending = std::exchange(m_pending, {});
    int first = std::numeric_limits<int>::max();
    int last = -1;
    QList<Row> fresh;
    const int hiddenBefore = int(m_hiddenNew.size());
    for (const Hookbench::Delivery &d : pending) {
        const int row = rowOf(d.id);
        if (row >= 0) {
            m_rows[row] = compact(d);
            first = qMin(first, row);
            last = qMax(last, row);
            continue;
        }
        if (!Storage::deliveryMatches(m_filter, d))
            continue;
        if (!timeOrdered()) {
            // Only what was created since the listing was read is new; older rows come with later pages.
            if (d.createdAt >= m_loadedAt)
                m_hiddenNew.insert(d.id);
            continue;
        }
        // Further down than anything loaded: the next page brings it, with whatever state it has by then.
        if (beyondLoaded(d.id))
            continue;
        fresh.append(compact(d));
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (!fresh.isEmpty())
        insertLive(std::move(fresh));
    if (int(m_hiddenNew.size()) != hiddenBefore)
        emit hiddenNewCountChanged(int(m_hiddenNew.size()));
}

void DeliveryLogModel::insertLive(QList<Row> rows)
{
    const bool descending = m_order.descending;
    std::sort(rows.begin(), rows.end(),
              [descending](const Row &a, const Row &b) { return descending ? a.id > b.id : a.id < b.id; });
    // Group by position among the current rows, then insert the groups bottom-up so positions stay valid.
    QList<std::pair<int, QList<Row>>> groups;
    for (Row &r : rows) {
        const int position = insertPosition(r.id);
        if (groups.isEmpty() || groups.constLast().first != position)
            groups.append(std::pair<int, QList<Row>>(position, QList<Row>()));
        groups.last().second.append(std::move(r));
    }
    const QScopedValueRollback changing(m_changing, true);
    for (auto group = groups.crbegin(); group != groups.crend(); ++group) {
        const int position = group->first;
        const QList<Row> &insert = group->second;
        beginInsertRows({}, position, position + int(insert.size()) - 1);
        m_rows.insert(position, insert.size(), Row {});
        std::copy(insert.cbegin(), insert.cend(), m_rows.begin() + position);
        endInsertRows();
    }
}

} // namespace Hookbench::Ui
