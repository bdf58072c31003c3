#pragma once

#include "domain/delivery.h"
#include "storage/stores.h"

#include <QJsonArray>
#include <QJsonObject>

class QIODevice;

namespace Hookbench::Storage {
class Workspace;
}

// The delivery log leaves the workspace as HAR 1.2 (for browsers' developer tools and HTTP tooling) or as JSON
// Lines (one delivery with all its attempts per line, for scripts).
namespace Hookbench::Export {

enum class DeliveriesFormat
{
    Har,
    JsonLines,
    Json, // one indented array of the JSON Lines objects
};

struct DeliveryRecord
{
    Delivery delivery;
    QString eventUid;
    QList<Attempt> attempts;
};

// Pure. One JSON Lines object: the delivery, its event, and every attempt with request and response.
QJsonObject deliveryToJson(const DeliveryRecord &record);

// Pure. The records, oldest first as given, rendered in `format` (HAR with `creatorVersion` as its creator's).
QByteArray renderDeliveries(const QList<DeliveryRecord> &records, DeliveriesFormat format,
                            const QString &creatorVersion);

struct DeliveriesExportResult
{
    int deliveries = 0;
    int attempts = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Writes the deliveries matching `filter` (the newest `limit` of them when limit > 0), oldest first. JSON Lines
// are streamed delivery by delivery; a HAR archive is one document and is written when complete.
DeliveriesExportResult exportDeliveries(Storage::Workspace &workspace, const Storage::DeliveryFilter &filter, int limit,
                                        DeliveriesFormat format, QIODevice &out);

} // namespace Hookbench::Export
