#pragma once

#include "domain/delivery.h"
#include "domain/event.h"

#include <QList>
#include <QString>

#include <functional>

namespace Hookbench::Storage {

struct BulkDelivery
{
    Event event; // written once per id; several deliveries may share an event
    Delivery delivery;
    QList<Attempt> attempts;
};

// Seeds a workspace with many deliveries at once, for benchmarks and demo workspaces: a connection of its own,
// large transactions without a sync per commit, and the text indexed as it goes. Not for live use — the engine
// and the receivers write through the BatchWriter. `make(i)` is called for i in [0, count); `progress` (optional)
// after every transaction with the number written so far. Returns an error text, or empty.
QString bulkInsertDeliveries(const QString &workspacePath, qint64 count,
                             const std::function<BulkDelivery(qint64)> &make,
                             const std::function<void(qint64)> &progress = {});

} // namespace Hookbench::Storage
