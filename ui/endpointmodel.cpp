#include "endpointmodel.h"

#include "endpointstats.h"
#include "format.h"
#include "storage/stores.h"

#include <QBrush>
#include <QLocale>

namespace Hookbench::Ui {

EndpointModel::EndpointModel(Storage::EndpointStore &store, EndpointStats &stats, QObject *parent)
    : SyncedTableModel(parent)
    , m_store(store)
    , m_stats(stats)
{
    m_rows = store.list();
    connect(&stats, &EndpointStats::updated, this, &EndpointModel::statsUpdated);
}

int EndpointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Endpoint &e = m_rows.at(index.row());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (role == IdRole)
        return e.id;
    if (role == SamplesRole)
        return QVariant::fromValue(m_stats.samples(e.id));
    if (role == Qt::ForegroundRole && index.column() == State && (!e.enabled || e.isExpired(now)))
        return QBrush(QColor(0xd3, 0x37, 0x3c));
    if (role == Qt::TextAlignmentRole && index.column() == Success)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == State && !e.disabledReason.isEmpty())
            return e.disabledReason;
        if (index.column() == Url)
            return e.url.toString();
        if (index.column() == Activity || index.column() == Success) {
            const QList<EndpointSample> samples = m_stats.samples(e.id);
            if (samples.isEmpty())
                return tr("No finished deliveries yet");
            qint64 total = 0;
            for (const EndpointSample &s : samples)
                total += s.durationUs;
            return tr("Last %n deliveries, average %1", nullptr, int(samples.size()))
                .arg(Format::duration(total / samples.size()));
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return e.name;
    case Url:
        return e.url.toString();
    case Events:
        return e.subscriptions.join(QLatin1String(", "));
    case Signing:
        return e.scheme == SigningScheme::None ? tr("Unsigned") : schemeDisplayName(e.scheme);
    case State:
        if (!e.enabled)
            return e.disabledReason.isEmpty() ? tr("Disabled") : tr("Disabled: %1").arg(e.disabledReason);
        if (e.isExpired(now))
            return tr("Expired");
        return tr("Enabled");
    case Success: {
        const QList<EndpointSample> samples = m_stats.samples(e.id);
        if (samples.isEmpty())
            return QString();
        const auto ok = std::count_if(samples.cbegin(), samples.cend(), [](const EndpointSample &s) { return s.ok; });
        return QString(QLocale().toString(100.0 * double(ok) / double(samples.size()), 'f', 0) + QLatin1Char('%'));
    }
    case Activity:
        return QString();
    }
    return {};
}

QVariant EndpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Activity)
        return tr("Latency of the recent deliveries; red marks failures");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Url:
        return tr("URL");
    case Events:
        return tr("Events");
    case Signing:
        return tr("Signing");
    case State:
        return tr("State");
    case Success:
        return tr("Success");
    case Activity:
        return tr("Latency");
    }
    return {};
}

void EndpointModel::reload()
{
    syncRows(m_store.list());
}

void EndpointModel::statsUpdated(const QSet<qint64> &endpointIds)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (endpointIds.contains(m_rows.at(row).id))
            emit dataChanged(index(row, Success), index(row, Activity));
    }
}

} // namespace Hookbench::Ui
