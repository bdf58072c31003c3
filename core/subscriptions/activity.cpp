#include "activity.h"

#include "apiutil.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Hookbench::Subscriptions {

namespace {

using Storage::ApiActivity;

QString actionFor(const QString &api, const ApiRequest &request, const QStringList &segments)
{
    const QByteArray &method = request.method;
    const bool read = method == "GET" || method == "HEAD";
    if (api == QLatin1String("websub")) {
        const QString mode = Detail::webSubForm(request.body).queryItemValue(QStringLiteral("hub.mode"));
        return mode.isEmpty() ? QStringLiteral("hub") : mode;
    }
    if (api == QLatin1String("google")) {
        if (segments.value(2) == QLatin1String("channels"))
            return QStringLiteral("unsubscribe");
        return segments.value(segments.size() - 1) == QLatin1String("watch") ? QStringLiteral("subscribe")
                                                                             : QStringLiteral("request");
    }
    // GitHub: repos/o/r/hooks[/id[/action…]]; generic: hooks[/id].
    const int collection = api == QLatin1String("github") ? 4 : 1;
    if (segments.size() <= collection)
        return read ? QStringLiteral("list") : QStringLiteral("subscribe");
    if (segments.size() == collection + 1) {
        if (method == "PATCH")
            return QStringLiteral("edit");
        if (method == "DELETE")
            return QStringLiteral("unsubscribe");
        return QStringLiteral("get");
    }
    const QString sub = segments.value(collection + 1);
    if (sub == QLatin1String("pings"))
        return QStringLiteral("ping");
    if (sub == QLatin1String("tests") || sub == QLatin1String("test"))
        return QStringLiteral("test");
    if (segments.value(segments.size() - 1) == QLatin1String("attempts"))
        return QStringLiteral("redeliver");
    return read ? QStringLiteral("deliveries") : QString::fromLatin1(method).toLower();
}

// The URL (or id) the request was about: what the developer recognises in the list.
QString subjectFor(const QString &api, const ApiRequest &request, const QStringList &segments)
{
    if (api == QLatin1String("websub")) {
        const QUrlQuery form = Detail::webSubForm(request.body);
        for (const char *field : {"hub.callback", "hub.url", "hub.topic"}) {
            const QString value = form.queryItemValue(QLatin1String(field), QUrl::FullyDecoded);
            if (!value.isEmpty())
                return value;
        }
        return {};
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QString fromBody;
    if (api == QLatin1String("github"))
        fromBody = body.value(QLatin1String("config")).toObject().value(QLatin1String("url")).toString();
    else if (api == QLatin1String("google"))
        fromBody = body.value(QLatin1String("address")).toString(body.value(QLatin1String("id")).toString());
    else
        fromBody = body.value(QLatin1String("url")).toString();
    if (!fromBody.isEmpty())
        return fromBody;
    const int idAt = api == QLatin1String("github") ? 4 : 1;
    if (api != QLatin1String("google") && segments.size() > idAt)
        return QCoreApplication::translate("Hookbench::Subscriptions::Activity", "hook %1").arg(segments.value(idAt));
    return request.path;
}

// The refusal in the provider's words: GitHub's message and its errors, Google's error.message, the generic
// API's message, the hub's text.
QString providerMessage(const QString &api, const QByteArray &body)
{
    if (api == QLatin1String("websub"))
        return QString::fromUtf8(body).trimmed();
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (api == QLatin1String("google")) {
        const QJsonObject error = o.value(QLatin1String("error")).toObject();
        const QString reason
            = error.value(QLatin1String("errors")).toArray().at(0).toObject().value(QLatin1String("reason")).toString();
        const QString message = error.value(QLatin1String("message")).toString();
        return reason.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, reason);
    }
    // The generic API names the kind of error too ("invalid_json"); GitHub's shape has only the message.
    QString message = o.value(QLatin1String("message")).toString();
    if (const QString code = o.value(QLatin1String("error")).toString(); !code.isEmpty())
        message = message.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(message, code);
    QStringList details;
    for (const QJsonValue &e : o.value(QLatin1String("errors")).toArray()) {
        const QString text = e.toObject().value(QLatin1String("message")).toString();
        if (!text.isEmpty())
            details.append(text);
    }
    if (!details.isEmpty())
        message += QStringLiteral(": ") + details.join(QStringLiteral("; "));
    return message.simplified();
}

} // namespace

std::optional<Storage::ApiActivity> requestActivity(const ApiRequest &request, const ApiResult &result,
                                                    const QDateTime &at)
{
    const int status = result.response.status;
    const bool read = request.method == "GET" || request.method == "HEAD";
    if (read && status < 400)
        return std::nullopt;
    const QString &api = result.api;
    if (api.isEmpty())
        return std::nullopt; // no API at this path: nothing a registration would have reached
    const QStringList segments = Detail::pathSegments(request.path);

    ApiActivity a;
    a.at = at;
    a.api = api;
    a.action = actionFor(api, request, segments);
    a.subject = subjectFor(api, request, segments);
    a.status = status;
    const QString request_ = QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), request.path);
    if (status >= 500) {
        a.outcome = ApiActivity::Outcome::Error;
        a.message = QCoreApplication::translate("Hookbench::Subscriptions::Activity", "%1 failed with HTTP %2: %3")
                        .arg(request_, QString::number(status), providerMessage(api, result.response.body));
    } else if (status >= 400) {
        a.outcome = ApiActivity::Outcome::Refused;
        a.message = QCoreApplication::translate("Hookbench::Subscriptions::Activity", "%1 refused with HTTP %2: %3")
                        .arg(request_, QString::number(status), providerMessage(api, result.response.body));
    } else {
        a.outcome = ApiActivity::Outcome::Ok;
        a.message = result.note.isEmpty()
            ? QCoreApplication::translate("Hookbench::Subscriptions::Activity", "%1 answered HTTP %2")
                  .arg(request_, QString::number(status))
            : result.note;
    }
    return a;
}

} // namespace Hookbench::Subscriptions
