// Hookbench's generic hooks API: "register this URL for these events" (POST /hooks), for applications whose
// provider has no API shape of its own.
#include "apiutil.h"
#include "delivery/deliveryengine.h"
#include "domain/validation.h"
#include "signing/signer.h"
#include "storage/workspace.h"

#include <QJsonDocument>

namespace Hookbench::Subscriptions::Detail {

namespace {

Http::Response genericError(int status, const QString &error, const QString &message, const QString &field = {})
{
    QJsonObject o {{QLatin1String("error"), error}, {QLatin1String("message"), message}};
    if (!field.isEmpty())
        o[QLatin1String("field")] = field;
    return jsonResponse(status, o);
}

Http::Response invalidField(const QString &field, const QString &expected, const QJsonValue &got)
{
    return genericError(400, QStringLiteral("invalid_field"),
                        QStringLiteral("%1 must be %2, not a %3").arg(field, expected, jsonTypeName(got)), field);
}

Http::Response validationFailed(const QString &field, const QString &message)
{
    return genericError(422, QStringLiteral("validation_failed"), message, field);
}

QJsonObject hookObject(const Endpoint &e, bool withSecret)
{
    QJsonObject o {{QLatin1String("id"), e.id},
                   {QLatin1String("url"), e.url.toString()},
                   {QLatin1String("events"), QJsonArray::fromStringList(e.subscriptions)},
                   {QLatin1String("scheme"), schemeName(e.scheme)},
                   {QLatin1String("active"), e.enabled},
                   {QLatin1String("created_at"), isoTime(e.createdAt)}};
    if (!e.secrets.isEmpty())
        o[QLatin1String("secret")] = withSecret ? e.secrets.first() : QStringLiteral("********");
    return o;
}

// Applies a create or edit request to `e`; on a refusal `e` is left half-changed, and the caller drops it.
std::optional<Http::Response> apply(const QByteArray &body, bool create, Endpoint &e)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return genericError(400, QStringLiteral("invalid_json"),
                            parseError.error != QJsonParseError::NoError
                                ? QStringLiteral("The body is not valid JSON: %1 at offset %2")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)
                                : QStringLiteral("The body must be a JSON object."));
    const QJsonObject o = doc.object();
    for (const char *key : {"url", "secret", "scheme"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return invalidField(QLatin1String(key), QStringLiteral("a string"), v);
    }
    if (const QJsonValue v = o.value(QLatin1String("active")); !v.isUndefined() && !v.isBool())
        return invalidField(QStringLiteral("active"), QStringLiteral("a boolean"), v);
    if (const QJsonValue v = o.value(QLatin1String("events")); !v.isUndefined()) {
        if (!v.isArray())
            return invalidField(QStringLiteral("events"), QStringLiteral("an array of strings"), v);
        QStringList events;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                return invalidField(QStringLiteral("events"), QStringLiteral("an array of strings"), item);
            if (const QString why = Validation::checkSubscription(item.toString()); !why.isEmpty())
                return validationFailed(QStringLiteral("events"), why);
            events.append(item.toString());
        }
        if (events.isEmpty())
            return validationFailed(QStringLiteral("events"), QStringLiteral("events must name at least one event."));
        e.subscriptions = events;
    }
    if (o.contains(QLatin1String("url"))) {
        const QString url = o.value(QLatin1String("url")).toString();
        if (const QString why = Validation::checkUrl(url); !why.isEmpty())
            return validationFailed(QStringLiteral("url"), why);
        e.url = QUrl(url, QUrl::StrictMode);
    } else if (create) {
        return validationFailed(QStringLiteral("url"), QStringLiteral("url is required."));
    }
    if (o.contains(QLatin1String("active")))
        e.enabled = o.value(QLatin1String("active")).toBool();

    const bool schemeGiven = o.contains(QLatin1String("scheme"));
    const QString secret = o.value(QLatin1String("secret")).toString();
    if (schemeGiven) {
        const std::optional<SigningScheme> scheme = schemeFromName(o.value(QLatin1String("scheme")).toString());
        if (!scheme)
            return validationFailed(QStringLiteral("scheme"),
                                    QStringLiteral("scheme must be one of none, standard, github, stripe, hmac."));
        e.scheme = *scheme;
    } else if (!secret.isEmpty() && e.scheme == SigningScheme::None) {
        // A secret alone asks for signing, on an edit of a hook registered unsigned too: X-Signature, hex
        // HMAC-SHA256 of the body.
        e.scheme = SigningScheme::CustomHmac;
    }
    if (!secret.isEmpty())
        e.secrets = {secret};
    if (e.scheme == SigningScheme::None)
        e.secrets.clear();
    else if (e.secrets.isEmpty())
        e.secrets = {Signing::generateSecret(e.scheme)};
    if (const ValidationErrors errors = Validation::validate(e); !errors.isEmpty())
        return validationFailed(errors.first().field, errors.first().message);
    return std::nullopt;
}

} // namespace

ApiResult handleGeneric(const ApiRequest &request, const QStringList &segments, TokenCheck auth, Context &c)
{
    if (auth != TokenCheck::Accepted)
        return {genericError(401, QStringLiteral("unauthorized"),
                             auth == TokenCheck::Missing
                                 ? QStringLiteral("Send the API token as Authorization: Bearer TOKEN.")
                                 : QStringLiteral("The API token is wrong.")),
                {}};
    const QByteArray &method = request.method;
    if (segments.size() == 1) {
        if (method == "GET") {
            QJsonArray hooks;
            for (const Endpoint &e : endpointsOf(c, EndpointOrigin::Generic))
                hooks.append(hookObject(e, false));
            return {jsonResponse(200, hooks), {}};
        }
        if (method == "POST") {
            Endpoint e;
            e.origin = EndpointOrigin::Generic;
            e.name = QStringLiteral("API hook"); // named after its URL once that is known to be valid
            if (auto error = apply(request.body, true, e))
                return {*error, {}};
            e.name = freeEndpointName(QStringLiteral("API hook → %1").arg(e.url.authority()), c);
            if (const Storage::WriteResult w = c.workspace.endpoints().add(e); !w)
                return {validationFailed(QString(), w.error), {}};
            c.engine.endpointsChanged();
            return {jsonResponse(201, hookObject(e, true)), {}};
        }
        return {genericError(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use GET or POST.")), {}};
    }
    bool numeric = false;
    const qint64 id = segments.value(1).toLongLong(&numeric);
    std::optional<Endpoint> found = numeric ? c.workspace.endpoints().find(id) : std::nullopt;
    if (segments.size() != 2 || !found || found->origin != EndpointOrigin::Generic)
        return {genericError(404, QStringLiteral("not_found"), QStringLiteral("No hook at %1.").arg(request.path)), {}};
    Endpoint e = *found;
    if (method == "GET")
        return {jsonResponse(200, hookObject(e, false)), {}};
    if (method == "PATCH") {
        if (auto error = apply(request.body, false, e))
            return {*error, {}};
        if (const Storage::WriteResult w = c.workspace.endpoints().update(e); !w)
            return {validationFailed(QString(), w.error), {}};
        c.engine.endpointsChanged();
        return {jsonResponse(200, hookObject(e, false)), {}};
    }
    if (method == "DELETE") {
        if (const Storage::WriteResult w = c.workspace.endpoints().remove(e.id); !w)
            return {genericError(500, QStringLiteral("internal"), w.error), {}};
        c.engine.endpointsChanged();
        return {emptyResponse(204), {}};
    }
    return {genericError(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use GET, PATCH or DELETE.")), {}};
}

} // namespace Hookbench::Subscriptions::Detail
