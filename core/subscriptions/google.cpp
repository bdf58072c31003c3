// Google-compatible push channels (Calendar API "watch" methods and channels.stop).
#include "apiutil.h"
#include "delivery/deliveryengine.h"
#include "domain/validation.h"
#include "presets/presets.h"
#include "presets/providerprofile.h"
#include "storage/workspace.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Hookbench::Subscriptions::Detail {

namespace {

const QString kPreset = QStringLiteral("google-calendar");
// Calendar's default channel lifetime: "params.ttl … Default is 604800 seconds" (Events: watch reference). Google
// documents no maximum for Calendar channels (only other APIs, such as Drive, document per-resource ones), so
// Hookbench grants the expiration or ttl asked for and answers with it.
constexpr qint64 DefaultTtlSeconds = 604'800;

QString statusName(int code)
{
    switch (code) {
    case 400:
        return QStringLiteral("INVALID_ARGUMENT");
    case 401:
        return QStringLiteral("UNAUTHENTICATED");
    case 404:
        return QStringLiteral("NOT_FOUND");
    default:
        return QStringLiteral("INTERNAL");
    }
}

Http::Response googleError(int code, const QString &reason, const QString &message, const QJsonObject &extra = {})
{
    QJsonObject item {{QLatin1String("message"), message},
                      {QLatin1String("domain"), QStringLiteral("global")},
                      {QLatin1String("reason"), reason}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        item[it.key()] = it.value();
    Http::Response r = jsonResponse(code,
                                    QJsonObject {{QLatin1String("error"),
                                                  QJsonObject {{QLatin1String("code"), code},
                                                               {QLatin1String("message"), message},
                                                               {QLatin1String("errors"), QJsonArray {item}},
                                                               {QLatin1String("status"), statusName(code)}}}});
    if (code == 401)
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"hookbench\"")});
    return r;
}

Http::Response invalid(const QString &message)
{
    return googleError(400, QStringLiteral("invalid"), message);
}

// Reads the request body as a JSON object, or says why not in Google's words.
std::optional<Http::Response> readObject(const QByteArray &body, QJsonObject *out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return googleError(400, QStringLiteral("parseError"), QStringLiteral("Parse Error"));
    *out = doc.object();
    return std::nullopt;
}

// A string member, or a refusal when it has another type (or is missing and required).
std::optional<Http::Response> readString(const QJsonObject &o, const QString &key, bool required, QString *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return googleError(400, QStringLiteral("required"), QStringLiteral("Required field missing: %1").arg(key));
        return std::nullopt;
    }
    if (!v.isString())
        return invalid(QStringLiteral("Invalid value at '%1' (TYPE_STRING): expected a string, got a %2")
                           .arg(key, jsonTypeName(v)));
    *out = v.toString();
    return std::nullopt;
}

// int64 members travel as strings in Google's JSON; numbers are taken too.
std::optional<Http::Response> readInt64(const QJsonValue &v, const QString &key, qint64 *out)
{
    bool ok = v.isDouble();
    qint64 n = v.isDouble() ? qint64(v.toDouble()) : 0;
    if (v.isString())
        n = v.toString().toLongLong(&ok);
    if (!ok || n <= 0)
        return invalid(QStringLiteral("Invalid value at '%1' (TYPE_INT64): %2")
                           .arg(key, QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact))));
    *out = n;
    return std::nullopt;
}

QString resourceUriFor(const QStringList &watchPath)
{
    return QStringLiteral("https://www.googleapis.com/") + watchPath.join(QLatin1Char('/'))
        + QStringLiteral("?alt=json");
}

QJsonObject channelObject(const Endpoint &e)
{
    const Presets::OriginInfo info = Presets::originInfoOf(e);
    QJsonObject o {{QLatin1String("kind"), QStringLiteral("api#channel")},
                   {QLatin1String("id"), info.channelId},
                   {QLatin1String("resourceId"), info.resourceId},
                   {QLatin1String("resourceUri"), info.resourceUri}};
    if (!e.channelToken.isEmpty())
        o[QLatin1String("token")] = e.channelToken;
    o[QLatin1String("expiration")] = QString::number(e.expiresAt.toMSecsSinceEpoch());
    return o;
}

ApiResult watch(const ApiRequest &request, const QStringList &segments, Context &c)
{
    QJsonObject o;
    if (auto error = readObject(request.body, &o))
        return {*error, {}};
    QString id, type, address, token;
    if (auto error = readString(o, QStringLiteral("id"), true, &id))
        return {*error, {}};
    if (auto error = readString(o, QStringLiteral("type"), true, &type))
        return {*error, {}};
    if (auto error = readString(o, QStringLiteral("address"), true, &address))
        return {*error, {}};
    if (auto error = readString(o, QStringLiteral("token"), false, &token))
        return {*error, {}};
    qint64 expirationMs = 0;
    if (const QJsonValue v = o.value(QLatin1String("expiration")); !v.isUndefined() && !v.isNull()) {
        if (auto error = readInt64(v, QStringLiteral("expiration"), &expirationMs))
            return {*error, {}};
    }
    qint64 ttlSeconds = DefaultTtlSeconds;
    if (const QJsonValue params = o.value(QLatin1String("params")); !params.isUndefined() && !params.isNull()) {
        if (!params.isObject())
            return {invalid(QStringLiteral("Invalid value at 'params': expected an object, got a %1")
                                .arg(jsonTypeName(params))),
                    {}};
        if (const QJsonValue ttl = params.toObject().value(QLatin1String("ttl")); !ttl.isUndefined()) {
            if (auto error = readInt64(ttl, QStringLiteral("params.ttl"), &ttlSeconds))
                return {*error, {}};
        }
    }

    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9\\-_+/=]{1,64}$"));
    if (!idPattern.match(id).hasMatch())
        return {
            invalid(QStringLiteral("Invalid channel id \"%1\": at most 64 characters from [A-Za-z0-9-_+/=].").arg(id)),
            {}};
    if (type != QLatin1String("web_hook") && type != QLatin1String("webhook"))
        return {invalid(QStringLiteral("Invalid channel type \"%1\"; use \"web_hook\".").arg(type)), {}};
    if (const QString why = Validation::checkUrl(address); !why.isEmpty())
        return {googleError(400, QStringLiteral("push.webhookUrlUnreachable"), why), {}};
    if (token.size() > 256)
        return {invalid(QStringLiteral("The channel token is longer than 256 characters.")), {}};
    if (expirationMs && expirationMs <= c.now.toMSecsSinceEpoch())
        return {invalid(QStringLiteral("The channel expiration is in the past.")), {}};
    for (const Endpoint &e : endpointsOf(c, EndpointOrigin::GoogleChannel, QStringLiteral("channel_id"), id)) {
        if (!e.isExpired(c.now))
            return {googleError(400, QStringLiteral("channelIdNotUnique"), QStringLiteral("Channel id not unique")),
                    {}};
    }

    const QDateTime expiresAt
        = expirationMs ? QDateTime::fromMSecsSinceEpoch(expirationMs, Qt::UTC) : c.now.addSecs(ttlSeconds);
    if (!expiresAt.isValid() || expiresAt.date().year() > 9999)
        return {invalid(QStringLiteral("The channel expiration is too far in the future.")), {}};

    const QStringList watchPath = segments.mid(0, segments.size() - 1);
    Presets::ApplyOptions options;
    options.preset = kPreset;
    options.url = QUrl(address, QUrl::StrictMode);
    options.secret = token;
    options.expiresAt = expiresAt;
    options.endpointName = freeEndpointName(QStringLiteral("Google channel %1").arg(id), c);
    bool generated = false;
    QString error;
    Endpoint e = Presets::presetEndpoint(*Presets::findPreset(kPreset), options, &generated, &error);
    if (!error.isEmpty())
        return {invalid(error), {}};
    Presets::OriginInfo info = Presets::originInfoOf(e);
    info.channelId = id;
    info.resourceUri = resourceUriFor(watchPath);
    QJsonObject origin = QJsonDocument::fromJson(Presets::originDataToJson(info)).object();
    origin[QLatin1String("watch")] = QString(QLatin1Char('/') + watchPath.join(QLatin1Char('/')));
    e.originData = originBytes(origin);
    if (const Storage::WriteResult w = c.workspace.endpoints().add(e); !w)
        return {invalid(w.error), {}};
    // The notification types a channel receives, so they can be triggered by name like any other event type.
    for (const EventType &t : Presets::findPreset(kPreset)->eventTypes) {
        if (!c.workspace.eventTypes().find(t.name)) {
            EventType copy = t;
            c.workspace.eventTypes().add(copy);
        }
    }
    c.engine.endpointsChanged();
    c.engine.trigger(QStringLiteral("sync"), QByteArrayLiteral("{}"), EventSource::Api, e.id);
    return {jsonResponse(200, channelObject(e)), {}};
}

ApiResult stop(const ApiRequest &request, Context &c)
{
    QJsonObject o;
    if (auto error = readObject(request.body, &o))
        return {*error, {}};
    QString id, resourceId;
    if (auto error = readString(o, QStringLiteral("id"), true, &id))
        return {*error, {}};
    if (auto error = readString(o, QStringLiteral("resourceId"), true, &resourceId))
        return {*error, {}};
    for (const Endpoint &e : endpointsOf(c, EndpointOrigin::GoogleChannel, QStringLiteral("channel_id"), id)) {
        if (Presets::originInfoOf(e).resourceId != resourceId)
            continue;
        if (const Storage::WriteResult w = c.workspace.endpoints().remove(e.id); !w)
            return {googleError(500, QStringLiteral("backendError"), w.error), {}};
        c.engine.endpointsChanged();
        return {emptyResponse(204), {}};
    }
    return {googleError(404, QStringLiteral("notFound"),
                        QStringLiteral("Channel '%1' not found for project 'hookbench'").arg(id)),
            {}};
}

} // namespace

ApiResult handleGoogle(const ApiRequest &request, const QStringList &segments, TokenCheck auth, Context &c)
{
    if (auth == TokenCheck::Missing)
        return {googleError(401, QStringLiteral("required"),
                            QStringLiteral("Request is missing required authentication credential. Expected OAuth 2 "
                                           "access token, login cookie or other valid authentication credential."),
                            QJsonObject {{QLatin1String("location"), QStringLiteral("Authorization")},
                                         {QLatin1String("locationType"), QStringLiteral("header")}}),
                {}};
    if (auth == TokenCheck::Wrong)
        return {googleError(401, QStringLiteral("authError"), QStringLiteral("Invalid Credentials"),
                            QJsonObject {{QLatin1String("location"), QStringLiteral("Authorization")},
                                         {QLatin1String("locationType"), QStringLiteral("header")}}),
                {}};
    const bool post = request.method == "POST";
    if (post
        && segments
            == QStringList {QStringLiteral("calendar"), QStringLiteral("v3"), QStringLiteral("channels"),
                            QStringLiteral("stop")})
        return stop(request, c);
    if (post && segments.size() > 3 && segments.value(1) == QLatin1String("v3")
        && segments.last() == QLatin1String("watch"))
        return watch(request, segments, c);
    return {googleError(404, QStringLiteral("notFound"), QStringLiteral("Not Found")), {}};
}

} // namespace Hookbench::Subscriptions::Detail
