#include "requestbuilder.h"

#include "signing/signer.h"

namespace Hookbench::Engine {

QByteArray userAgent()
{
    return QByteArrayLiteral("Hookbench/" HOOKBENCH_VERSION);
}

OutgoingRequest buildRequest(const Endpoint &endpoint, const Event &event, const QString &deliveryUid, qint64 timestamp,
                             qint64 messageNumber)
{
    OutgoingRequest r;
    r.method = endpoint.method.isEmpty() ? QByteArrayLiteral("POST") : endpoint.method;
    r.url = endpoint.url;
    if (endpoint.bodyEncoding == BodyEncoding::Form) {
        r.body = "payload=" + QUrl::toPercentEncoding(QString::fromUtf8(event.payload));
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    } else {
        r.body = event.payload;
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    }
    r.headers.append({QByteArrayLiteral("User-Agent"), userAgent()});

    // Schemes that carry no id, type or time of their own get Hookbench's, so every receiver can deduplicate.
    const bool carriesId
        = endpoint.scheme == SigningScheme::StandardWebhooks || endpoint.scheme == SigningScheme::GitHub;
    if (!carriesId) {
        r.headers.append({QByteArrayLiteral("X-Hookbench-Delivery"), deliveryUid.toUtf8()});
        r.headers.append({QByteArrayLiteral("X-Hookbench-Timestamp"), QByteArray::number(timestamp)});
    }
    if (endpoint.scheme != SigningScheme::GitHub)
        r.headers.append({QByteArrayLiteral("X-Hookbench-Event"), event.type.toUtf8()});

    // The endpoint's headers replace defaults of the same name. A name it repeats goes out once with the values
    // joined by ", " (RFC 9110, 5.3): the transport keeps one value per name, so the earlier ones would be lost.
    HeaderList custom;
    for (const Header &h : endpoint.headers) {
        if (hasHeader(custom, h.name))
            setHeader(custom, h.name, headerValue(custom, h.name) + ", " + h.value);
        else
            custom.append(h);
    }
    for (const Header &h : std::as_const(custom))
        setHeader(r.headers, h.name, h.value);
    Presets::shapeRequest(endpoint, {event.type, deliveryUid, timestamp, event.createdAt, messageNumber}, r.headers,
                          r.body);

    Signing::SigningContext context;
    context.scheme = endpoint.scheme;
    context.secrets = endpoint.secrets;
    context.customHmac = endpoint.customHmac;
    context.legacyGitHubSha1 = endpoint.legacyGitHubSha1;
    context.deliveryId = deliveryUid;
    context.eventType = event.type;
    context.hookId = endpoint.id;
    context.timestamp = timestamp;
    for (const Header &h : Signing::signatureHeaders(context, r.body))
        setHeader(r.headers, h.name, h.value);
    return r;
}

} // namespace Hookbench::Engine
