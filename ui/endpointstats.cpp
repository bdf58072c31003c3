#include "endpointstats.h"

#include "storage/stores.h"

namespace Hookbench::Ui {

namespace {
constexpr qint64 kRecentKeepMs = 5 * 60'000;

EndpointSample sampleOf(const Hookbench::Delivery &d)
{
    const QDateTime at = d.updatedAt.isValid() ? d.updatedAt : d.createdAt;
    return {at.toMSecsSinceEpoch(), d.lastDurationUs, d.lastStatus, d.state == DeliveryState::Succeeded};
}
} // namespace

EndpointStats::EndpointStats(Storage::DeliveryStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_notify.setSingleShot(true);
    m_notify.setInterval(250);
    connect(&m_notify, &QTimer::timeout, this, [this] {
        const QSet<qint64> dirty = std::exchange(m_dirty, {});
        emit updated(dirty);
    });
}

std::deque<EndpointSample> &EndpointStats::series(qint64 endpointId) const
{
    auto it = m_series.find(endpointId);
    if (it != m_series.end())
        return *it;
    // First use: the newest finished deliveries, through the (endpoint_id, id) index.
    Storage::DeliveryFilter filter;
    filter.endpointId = endpointId;
    filter.states = {DeliveryState::Succeeded, DeliveryState::Failed};
    const QList<Hookbench::Delivery> newest
        = m_store.page(filter, Storage::DeliveryOrder {}, Storage::DeliveryPageKey {}, kSamplesPerEndpoint);
    std::deque<EndpointSample> samples;
    for (auto d = newest.crbegin(); d != newest.crend(); ++d)
        samples.push_back(sampleOf(*d));
    return *m_series.insert(endpointId, std::move(samples));
}

QList<EndpointSample> EndpointStats::samples(qint64 endpointId) const
{
    const std::deque<EndpointSample> &s = series(endpointId);
    return QList<EndpointSample>(s.cbegin(), s.cend());
}

void EndpointStats::record(const Hookbench::Delivery &delivery)
{
    if (delivery.state != DeliveryState::Succeeded && delivery.state != DeliveryState::Failed)
        return;
    const EndpointSample sample = sampleOf(delivery);
    m_recent.emplace_back(sample.atMs, sample.ok);
    while (!m_recent.empty() && m_recent.front().first < sample.atMs - kRecentKeepMs)
        m_recent.pop_front();
    // Series not loaded yet will read this delivery from the store when first asked.
    auto it = m_series.find(delivery.endpointId);
    if (it != m_series.end()) {
        it->push_back(sample);
        while (it->size() > size_t(kSamplesPerEndpoint))
            it->pop_front();
    }
    m_dirty.insert(delivery.endpointId);
    if (!m_notify.isActive())
        m_notify.start();
}

std::pair<int, int> EndpointStats::recentOutcomes(qint64 nowMs, qint64 windowMs) const
{
    int ok = 0;
    int total = 0;
    for (auto it = m_recent.crbegin(); it != m_recent.crend() && it->first >= nowMs - windowMs; ++it) {
        ++total;
        ok += it->second ? 1 : 0;
    }
    return {ok, total};
}

void EndpointStats::clear()
{
    m_series.clear();
}

} // namespace Hookbench::Ui
