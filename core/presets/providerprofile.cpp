#include "providerprofile.h"

#include "signing/signer.h"
#include "storage/stores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Hookbench::Presets {

namespace {

const QLatin1String kGooglePreset("google-calendar");
const QLatin1String kGitHubPreset("github");
const QLatin1String kCloudEventsPreset("cloudevents");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QByteArray rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

QString messageNumberKey(qint64 endpointId)
{
    return QStringLiteral("presets/google-channel/%1/message-number").arg(endpointId);
}

void shapeGoogle(const Endpoint &endpoint, const OriginInfo &info, const RequestContext &c, HeaderList &headers,
                 QByteArray &body)
{
    // A notification says only that the resource changed; the receiver fetches the change itself.
    body.clear();
    setHeader(headers, QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; utf-8"));
    setHeader(headers, QByteArrayLiteral("User-Agent"),
              QByteArrayLiteral("APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)"));
    headers.append({QByteArrayLiteral("X-Goog-Channel-ID"), info.channelId.toUtf8()});
    if (!endpoint.channelToken.isEmpty())
        headers.append({QByteArrayLiteral("X-Goog-Channel-Token"), endpoint.channelToken.toUtf8()});
    if (endpoint.expiresAt.isValid())
        headers.append({QByteArrayLiteral("X-Goog-Channel-Expiration"), httpDate(endpoint.expiresAt)});
    headers.append({QByteArrayLiteral("X-Goog-Resource-ID"), info.resourceId.toUtf8()});
    headers.append({QByteArrayLiteral("X-Goog-Resource-URI"), info.resourceUri.toUtf8()});
    headers.append({QByteArrayLiteral("X-Goog-Resource-State"), c.eventType.toUtf8()});
    headers.append({QByteArrayLiteral("X-Goog-Message-Number"), QByteArray::number(qMax<qint64>(1, c.messageNumber))});
}

void shapeCloudEvents(const OriginInfo &info, const RequestContext &c, bool structured, HeaderList &headers,
                      QByteArray &body)
{
    const QDateTime time = c.eventTime.isValid() ? c.eventTime : QDateTime::fromSecsSinceEpoch(c.timestamp, Qt::UTC);
    const QString source = info.cloudEventsSource.isEmpty() ? QStringLiteral("/hookbench") : info.cloudEventsSource;
    // The delivery id is stable across retries, so a receiver can deduplicate on source + id as the spec asks.
    if (structured) {
        QJsonObject envelope {
            {QLatin1String("specversion"), QStringLiteral("1.0")},
            {QLatin1String("id"), c.deliveryUid},
            {QLatin1String("source"), source},
            {QLatin1String("type"), c.eventType},
            {QLatin1String("time"), QString::fromLatin1(rfc3339(time))},
            {QLatin1String("datacontenttype"), QStringLiteral("application/json")},
        };
        const QJsonDocument data = QJsonDocument::fromJson(body);
        if (data.isObject())
            envelope[QLatin1String("data")] = data.object();
        else if (data.isArray())
            envelope[QLatin1String("data")] = data.array();
        else
            envelope[QLatin1String("data_base64")] = QString::fromLatin1(body.toBase64());
        body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
        setHeader(headers, QByteArrayLiteral("Content-Type"),
                  QByteArrayLiteral("application/cloudevents+json; charset=utf-8"));
        return;
    }
    // Binary mode: the body stays the data, in its own content type; the attributes travel as ce-* headers.
    headers.append({QByteArrayLiteral("ce-specversion"), QByteArrayLiteral("1.0")});
    headers.append({QByteArrayLiteral("ce-id"), c.deliveryUid.toUtf8()});
    headers.append({QByteArrayLiteral("ce-source"), source.toUtf8()});
    headers.append({QByteArrayLiteral("ce-type"), c.eventType.toUtf8()});
    headers.append({QByteArrayLiteral("ce-time"), rfc3339(time)});
}

} // namespace

QByteArray originDataToJson(const OriginInfo &info)
{
    QJsonObject o;
    if (!info.preset.isEmpty())
        o[QLatin1String("preset")] = info.preset;
    if (!info.channelId.isEmpty()) {
        o[QLatin1String("channel_id")] = info.channelId;
        o[QLatin1String("resource_id")] = info.resourceId;
        o[QLatin1String("resource_uri")] = info.resourceUri;
    }
    if (info.preset == kCloudEventsPreset) {
        o[QLatin1String("mode")] = info.cloudEventsStructured ? QStringLiteral("structured") : QStringLiteral("binary");
        o[QLatin1String("source")] = info.cloudEventsSource;
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

OriginInfo originInfoOf(const Endpoint &endpoint)
{
    OriginInfo info;
    if (endpoint.originData.isEmpty())
        return info;
    const QJsonObject o = QJsonDocument::fromJson(endpoint.originData).object();
    info.preset = str(o, "preset");
    info.channelId = str(o, "channel_id");
    info.resourceId = str(o, "resource_id");
    info.resourceUri = str(o, "resource_uri");
    info.cloudEventsStructured = str(o, "mode") == QLatin1String("structured");
    info.cloudEventsSource = str(o, "source");
    return info;
}

bool sendsGitHubDeliveries(const Endpoint &endpoint)
{
    return endpoint.scheme == SigningScheme::GitHub
        || (!endpoint.originData.isEmpty() && originInfoOf(endpoint).preset == kGitHubPreset);
}

Profile profileOf(const Endpoint &endpoint)
{
    // Most endpoints carry no origin data: decide without parsing anything.
    if (endpoint.originData.isEmpty())
        return endpoint.origin == EndpointOrigin::GoogleChannel ? Profile::GoogleChannel : Profile::Plain;
    const OriginInfo info = originInfoOf(endpoint);
    if (endpoint.origin == EndpointOrigin::GoogleChannel || info.preset == kGooglePreset)
        return Profile::GoogleChannel;
    if (info.preset == kCloudEventsPreset)
        return info.cloudEventsStructured ? Profile::CloudEventsStructured : Profile::CloudEventsBinary;
    return info.preset.isEmpty() ? Profile::Plain : Profile::Provider;
}

void shapeRequest(const Endpoint &endpoint, const RequestContext &context, HeaderList &headers, QByteArray &body)
{
    const Profile profile = profileOf(endpoint);
    if (profile == Profile::Plain)
        return;
    headers.removeIf([](const Header &h) { return h.name.toLower().startsWith("x-hookbench-"); });
    switch (profile) {
    case Profile::Plain:
        break;
    case Profile::Provider:
        // A GitHub hook registered without a secret is sent unsigned, yet still with GitHub's delivery headers,
        // which the signing scheme adds for signed hooks.
        if (endpoint.scheme == SigningScheme::None && sendsGitHubDeliveries(endpoint))
            headers.append(Signing::gitHubDeliveryHeaders(context.eventType, context.deliveryUid, endpoint.id));
        break;
    case Profile::GoogleChannel:
        shapeGoogle(endpoint, originInfoOf(endpoint), context, headers, body);
        break;
    case Profile::CloudEventsBinary:
    case Profile::CloudEventsStructured:
        shapeCloudEvents(originInfoOf(endpoint), context, profile == Profile::CloudEventsStructured, headers, body);
        break;
    }
}

qint64 nextMessageNumber(const Endpoint &endpoint, const QString &eventType, Storage::SettingsStore &settings)
{
    if (profileOf(endpoint) != Profile::GoogleChannel)
        return 0;
    if (eventType == QLatin1String("sync"))
        return 1;
    const QString key = messageNumberKey(endpoint.id);
    const qint64 next = qMax<qint64>(1, settings.value(key).toLongLong()) + 1;
    settings.setValue(key, QString::number(next));
    return next;
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

} // namespace Hookbench::Presets
