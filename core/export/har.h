#pragma once

#include "domain/delivery.h"

#include <QJsonArray>
#include <QJsonObject>

// HTTP Archive 1.2 (http://www.softwareishard.com/blog/har-12-spec/), the format browsers' developer tools import:
// every attempt of a delivery is one entry, with the request Hookbench sent and the response it got.
namespace Hookbench::Export {

// Pure. One entry for one attempt. Bodies that are not UTF-8 text are written base64-encoded, as the spec allows
// for response content (`encoding: "base64"`) and as `_encoding` for request bodies. Hookbench's own facts
// (delivery id, event type, endpoint, error) travel in `_hookbench`, since HAR reserves `_` names for extensions.
QJsonObject harEntry(const Delivery &delivery, const Attempt &attempt);

// Pure. The whole archive: {"log": {"version": "1.2", "creator": …, "entries": …}}; entries as given.
QJsonObject harLog(const QJsonArray &entries, const QString &creatorVersion);

// The standard reason phrase of a status ("Not Found"); empty for unknown codes and for 0 (no response).
QString reasonPhrase(int status);

} // namespace Hookbench::Export
