#pragma once

#include "domain/endpoint.h"
#include "router.h"

#include <QJsonArray>
#include <QJsonObject>

// Pieces the provider handlers share; not part of the module's public surface.
namespace Hookbench::Subscriptions::Detail {

Http::Response jsonResponse(int status, const QJsonObject &body);
Http::Response jsonResponse(int status, const QJsonArray &body);
Http::Response textResponse(int status, const QByteArray &body);
Http::Response emptyResponse(int status);

// The request's path split into its segments ("/repos/a/b/hooks" -> repos, a, b, hooks).
QStringList pathSegments(const QString &path);
// The form fields of a WebSub request ('+' read as a space, as form encoding writes it).
QUrlQuery webSubForm(const QByteArray &body);

// An endpoint's origin data as an object, and back (keys other handlers wrote are kept).
QJsonObject originObject(const Endpoint &endpoint);
QByteArray originBytes(const QJsonObject &object);

// `base`, or `base (2)`, `base (3)`… whichever no endpoint has yet.
QString freeEndpointName(const QString &base, Context &context);

// Endpoints of one origin, optionally only those whose origin data has `key` == `value`.
QList<Endpoint> endpointsOf(Context &context, EndpointOrigin origin, const QString &key = {},
                            const QString &value = {});

// JSON type names as providers spell them in validation messages.
QString jsonTypeName(const QJsonValue &value);

// QJsonValue keeps numbers as doubles; 63-bit ids go out as "#id:N" strings and are written as exact numbers here.
QJsonValue exactId(qint64 id);
QByteArray writeExactIds(QByteArray json);

QString isoTime(const QDateTime &time); // "2024-05-01T12:00:00Z"

} // namespace Hookbench::Subscriptions::Detail

#include "apisettings.h"

namespace Hookbench::Subscriptions::Detail {

// One handler per provider. `segments` is the path split at slashes; `auth` says how the token check went, so
// that each provider refuses in its own shape.
ApiResult handleGitHub(const ApiRequest &request, const QStringList &segments, TokenCheck auth, Context &context);
ApiResult handleGoogle(const ApiRequest &request, const QStringList &segments, TokenCheck auth, Context &context);
ApiResult handleWebSub(const ApiRequest &request, TokenCheck auth, Context &context);
ApiResult handleGeneric(const ApiRequest &request, const QStringList &segments, TokenCheck auth, Context &context);

} // namespace Hookbench::Subscriptions::Detail
