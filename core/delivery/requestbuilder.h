#pragma once

#include "domain/endpoint.h"
#include "domain/event.h"
#include "presets/providerprofile.h"

#include <QUrl>

namespace Hookbench::Engine {

// One HTTP request exactly as it will go on the wire (apart from the transport's own headers).
struct OutgoingRequest
{
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray body;
};

// Pure: the request for one attempt of `deliveryUid` (the idempotency key, the same on every retry) of `event`
// to `endpoint`, signed at `timestamp` (Unix seconds). Header order: Content-Type, User-Agent, Hookbench's own
// id/type/time headers where the scheme carries none, the endpoint's custom headers (a name it repeats once, the
// values joined by ", "), then the scheme's.
// Endpoints with a provider profile (core/presets) are then shaped as that provider sends, before signing;
// `messageNumber` is what Presets::nextMessageNumber() allocated for this attempt (Google channels), else 0.
OutgoingRequest buildRequest(const Endpoint &endpoint, const Event &event, const QString &deliveryUid, qint64 timestamp,
                             qint64 messageNumber = 0);

QByteArray userAgent();

} // namespace Hookbench::Engine
