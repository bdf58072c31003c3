#include "har.h"

#include "util/utf8.h"

#include <QUrl>
#include <QUrlQuery>

namespace Hookbench::Export {

namespace {

QJsonArray headersToHar(const HeaderList &headers)
{
    QJsonArray out;
    for (const Header &h : headers)
        out.append(QJsonObject {{QLatin1String("name"), QString::fromLatin1(h.name)},
                                {QLatin1String("value"), Utf8::fromUtf8Exact(h.value)}});
    return out;
}

QJsonArray queryToHar(const QUrl &url)
{
    QJsonArray out;
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        out.append(QJsonObject {{QLatin1String("name"), name}, {QLatin1String("value"), value}});
    return out;
}

QString time(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 202:
        return QStringLiteral("Accepted");
    case 204:
        return QStringLiteral("No Content");
    case 301:
        return QStringLiteral("Moved Permanently");
    case 302:
        return QStringLiteral("Found");
    case 303:
        return QStringLiteral("See Other");
    case 304:
        return QStringLiteral("Not Modified");
    case 307:
        return QStringLiteral("Temporary Redirect");
    case 308:
        return QStringLiteral("Permanent Redirect");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 413:
        return QStringLiteral("Content Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

QJsonObject harEntry(const Delivery &d, const Attempt &a)
{
    const QUrl url(a.url);
    const double totalMs = double(a.durationUs) / 1000.0;

    QJsonObject request {
        {QLatin1String("method"), QString::fromLatin1(a.method)},
        {QLatin1String("url"), a.url},
        {QLatin1String("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QLatin1String("cookies"), QJsonArray()},
        {QLatin1String("headers"), headersToHar(a.requestHeaders)},
        {QLatin1String("queryString"), queryToHar(url)},
        {QLatin1String("headersSize"), -1},
        {QLatin1String("bodySize"), a.requestBody.size()},
    };
    if (!a.requestBody.isEmpty() || headerValue(a.requestHeaders, "Content-Type").size()) {
        QJsonObject postData {
            {QLatin1String("mimeType"), QString::fromLatin1(headerValue(a.requestHeaders, "Content-Type"))}};
        if (Utf8::isUtf8(a.requestBody)) {
            postData[QLatin1String("text")] = Utf8::fromUtf8Exact(a.requestBody);
        } else {
            postData[QLatin1String("text")] = QString::fromLatin1(a.requestBody.toBase64());
            postData[QLatin1String("_encoding")] = QStringLiteral("base64");
        }
        request[QLatin1String("postData")] = postData;
    }

    QJsonObject content {
        {QLatin1String("size"), a.responseBody.size()},
        {QLatin1String("mimeType"), QString::fromLatin1(headerValue(a.responseHeaders, "Content-Type"))},
    };
    if (Utf8::isUtf8(a.responseBody)) {
        content[QLatin1String("text")] = Utf8::fromUtf8Exact(a.responseBody);
    } else {
        content[QLatin1String("text")] = QString::fromLatin1(a.responseBody.toBase64());
        content[QLatin1String("encoding")] = QStringLiteral("base64");
    }
    if (a.responseTruncated)
        content[QLatin1String("comment")]
            = QStringLiteral("truncated: only the first %1 bytes were kept").arg(a.responseBody.size());
    const QJsonObject response {
        {QLatin1String("status"), a.status},
        {QLatin1String("statusText"), reasonPhrase(a.status)},
        {QLatin1String("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QLatin1String("cookies"), QJsonArray()},
        {QLatin1String("headers"), headersToHar(a.responseHeaders)},
        {QLatin1String("content"), content},
        {QLatin1String("redirectURL"), QString::fromUtf8(headerValue(a.responseHeaders, "Location"))},
        {QLatin1String("headersSize"), -1},
        {QLatin1String("bodySize"), a.status ? a.responseBody.size() : -1},
    };

    QJsonObject hookbench {
        {QLatin1String("deliveryId"), d.uid},
        {QLatin1String("attempt"), a.number},
        {QLatin1String("eventType"), d.eventType},
        {QLatin1String("endpoint"), d.endpointName},
        {QLatin1String("state"), deliveryStateName(d.state)},
    };
    if (!a.error.isEmpty())
        hookbench[QLatin1String("error")] = a.error;

    return QJsonObject {
        {QLatin1String("startedDateTime"), time(a.startedAt)},
        {QLatin1String("time"), totalMs},
        {QLatin1String("request"), request},
        {QLatin1String("response"), response},
        {QLatin1String("cache"), QJsonObject()},
        // Hookbench measures the whole exchange only: it is reported as waiting, the other phases as unknown.
        {QLatin1String("timings"),
         QJsonObject {{QLatin1String("blocked"), -1},
                      {QLatin1String("dns"), -1},
                      {QLatin1String("connect"), -1},
                      {QLatin1String("ssl"), -1},
                      {QLatin1String("send"), 0},
                      {QLatin1String("wait"), totalMs},
                      {QLatin1String("receive"), 0}}},
        {QLatin1String("comment"),
         QStringLiteral("%1 to %2, attempt %3").arg(d.eventType, d.endpointName).arg(a.number)},
        {QLatin1String("_hookbench"), hookbench},
    };
}

QJsonObject harLog(const QJsonArray &entries, const QString &creatorVersion)
{
    return QJsonObject {
        {QLatin1String("log"),
         QJsonObject {
             {QLatin1String("version"), QStringLiteral("1.2")},
             {QLatin1String("creator"),
              QJsonObject {{QLatin1String("name"), QStringLiteral("Hookbench")},
                           {QLatin1String("version"), creatorVersion}}},
             {QLatin1String("entries"), entries},
         }},
    };
}

} // namespace Hookbench::Export
