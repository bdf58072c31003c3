#pragma once

#include "domain/delivery.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>

namespace Hookbench::Storage {
class DeliveryStore;
}

namespace Hookbench::Ui {

// One finished delivery, as the charts draw it.
struct EndpointSample
{
    qint64 atMs = 0;
    qint64 durationUs = 0;
    int status = 0;
    bool ok = false;
};

// Recent outcomes per endpoint (latency and success over time) for the endpoint charts, and of all endpoints
// for the status bar's success rate. Starts from the newest finished deliveries in the store, then follows the
// engine live; listeners hear about it at most four times a second.
class EndpointStats final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointStats)

public:
    static constexpr int kSamplesPerEndpoint = 240;

    explicit EndpointStats(Storage::DeliveryStore &store, QObject *parent = nullptr);

    // Oldest first.
    QList<EndpointSample> samples(qint64 endpointId) const;
    // Records a delivery that reached a final state.
    void record(const Hookbench::Delivery &delivery);
    // Succeeded and finished deliveries of every endpoint in the window before `nowMs`.
    std::pair<int, int> recentOutcomes(qint64 nowMs, qint64 windowMs = 60'000) const;
    // Forgets what was loaded (after a reload of the workspace's endpoints).
    void clear();

signals:
    void updated(const QSet<qint64> &endpointIds);

private:
    std::deque<EndpointSample> &series(qint64 endpointId) const;

    Storage::DeliveryStore &m_store;
    mutable QHash<qint64, std::deque<EndpointSample>> m_series;
    std::deque<std::pair<qint64, bool>> m_recent; // all endpoints, last minutes only
    QSet<qint64> m_dirty;
    QTimer m_notify;
};

} // namespace Hookbench::Ui

Q_DECLARE_METATYPE(Hookbench::Ui::EndpointSample)
