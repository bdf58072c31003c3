#include "router.h"

#include "apisettings.h"
#include "apiutil.h"

#include <QJsonObject>

namespace Hookbench::Subscriptions {

using namespace Detail;

ApiRequest ApiRequest::fromHttp(const Http::Request &request)
{
    ApiRequest r;
    r.method = request.method;
    const QUrl url = QUrl::fromEncoded(request.target);
    r.path = url.path(QUrl::FullyDecoded);
    r.query = QUrlQuery(url);
    r.headers = request.headers;
    r.body = request.body;
    return r;
}

QUrl IntentVerification::verificationUrl() const
{
    QUrl url = callback;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("hub.mode"), mode);
    query.addQueryItem(QStringLiteral("hub.topic"), QString::fromUtf8(QUrl::toPercentEncoding(topic)));
    query.addQueryItem(QStringLiteral("hub.challenge"), challenge);
    if (mode == QLatin1String("subscribe"))
        query.addQueryItem(QStringLiteral("hub.lease_seconds"), QString::number(leaseSeconds));
    url.setQuery(query);
    return url;
}

ApiResult route(const ApiRequest &request, Context &context)
{
    const QStringList segments = pathSegments(request.path);
    const TokenCheck auth = checkToken(request.headers, request.query, context.token);
    const QString first = segments.value(0);
    auto answeredBy = [](ApiResult result, const char *api) {
        result.api = QLatin1String(api);
        return result;
    };
    if (first == QLatin1String("repos"))
        return answeredBy(handleGitHub(request, segments, auth, context), "github");
    if (first == QLatin1String("calendar"))
        return answeredBy(handleGoogle(request, segments, auth, context), "google");
    if (first == QLatin1String("hub") && segments.size() == 1)
        return answeredBy(handleWebSub(request, auth, context), "websub");
    if (first == QLatin1String("hooks"))
        return answeredBy(handleGeneric(request, segments, auth, context), "generic");
    if (auth != TokenCheck::Accepted)
        return {jsonResponse(401, QJsonObject {{QLatin1String("error"), QStringLiteral("unauthorized")}}), {}};
    return {jsonResponse(404,
                         QJsonObject {{QLatin1String("error"), QStringLiteral("not_found")},
                                      {QLatin1String("message"),
                                       QStringLiteral("No API here. Hookbench serves /repos/{owner}/{repo}/hooks "
                                                      "(GitHub), /calendar/v3/…/watch (Google), /hub (WebSub) and "
                                                      "/hooks (generic).")}}),
            {}};
}

} // namespace Hookbench::Subscriptions
