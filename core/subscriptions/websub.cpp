// A WebSub hub (W3C Recommendation "WebSub", §5 and §7): subscriptions take effect only after the subscriber
// confirms its intent, and content is distributed with X-Hub-Signature when a secret was given.
#include "apiutil.h"
#include "delivery/deliveryengine.h"
#include "domain/validation.h"
#include "scheduling/templaterenderer.h"
#include "storage/workspace.h"
#include "util/ids.h"

#include <QCoreApplication>

namespace Hookbench::Subscriptions {

namespace {

using namespace Detail;

constexpr int DefaultLeaseSeconds = 10 * 24 * 3600;
constexpr int MaxLeaseSeconds = 30 * 24 * 3600;
// The spec: "hub.secret … MUST be less than 200 bytes in length".
constexpr int MaxSecretBytes = 199;

// What a topic subscribes to: topics named <anything>/topics/<event type or pattern> follow that event type
// (`…/topics/issues.*`), any other topic URL receives every event.
QString subscriptionForTopic(const QString &topic)
{
    const QStringList segments = pathSegments(QUrl(topic).path());
    if (segments.size() >= 2 && segments[segments.size() - 2] == QLatin1String("topics")
        && Validation::checkSubscription(segments.last()).isEmpty())
        return segments.last();
    return QStringLiteral("*");
}

QList<Endpoint> subscriptionsOf(Context &c, const IntentVerification &intent)
{
    QList<Endpoint> out;
    for (const Endpoint &e : endpointsOf(c, EndpointOrigin::WebSub, QStringLiteral("topic"), intent.topic)) {
        if (originObject(e).value(QLatin1String("callback")).toString() == intent.callback.toString())
            out.append(e);
    }
    return out;
}

void useSecret(Endpoint &e, const QString &secret)
{
    e.secrets = secret.isEmpty() ? QStringList {} : QStringList {secret};
    e.scheme = secret.isEmpty() ? SigningScheme::None : SigningScheme::CustomHmac;
    // sha1 is the one algorithm every WebSub (and PubSubHubbub 0.4) subscriber library verifies.
    e.customHmac = CustomHmacOptions {};
    e.customHmac.headerName = QStringLiteral("X-Hub-Signature");
    e.customHmac.algorithm = HmacAlgorithm::Sha1;
    e.customHmac.encoding = SignatureEncoding::Hex;
    e.customHmac.prefix = QStringLiteral("sha1=");
}

// What a publish ping distributes. Hookbench is the source of its topics' content: a topic's content is its newest
// event (one the user or a schedule triggered, not one an API sent), else a new one from the event type's payload
// template.
std::pair<QString, QByteArray> topicContent(const QString &topic, Context &c)
{
    const QString pattern = subscriptionForTopic(topic);
    Endpoint matcher;
    matcher.subscriptions = {pattern};
    for (const Event &event : c.workspace.events().recent(200)) {
        if (event.source != EventSource::Api && matcher.subscribesTo(event.type))
            return {event.type, event.payload};
    }
    QString type = pattern;
    if (type == QLatin1String("*"))
        type = QStringLiteral("publish");
    else if (type.endsWith(QLatin1String(".*")))
        type.chop(2);
    QByteArray payload = QByteArrayLiteral("{}");
    if (const std::optional<EventType> known = c.workspace.eventTypes().find(type)) {
        // A new event of the type, numbered as a trigger's would be: {{seq}} takes the type's next number.
        const TemplateContext context {type, {}, c.workspace.eventTypes().nextSequence(type), c.now};
        const RenderResult rendered = renderTemplate(known->payloadTemplate, context);
        if (rendered.ok())
            payload = rendered.output;
    }
    return {type, payload};
}

// The de-facto publish ping (PubSubHubbub 0.3 §7.1, kept by WebSub hubs): `hub.url` (or `hub.topic`) names a topic
// with new content, and the hub sends that content to the topic's active subscribers.
ApiResult publish(const QUrlQuery &form, Context &c)
{
    QStringList topics = form.allQueryItemValues(QStringLiteral("hub.url"), QUrl::FullyDecoded)
        + form.allQueryItemValues(QStringLiteral("hub.topic"), QUrl::FullyDecoded);
    topics.removeAll(QString());
    topics.removeDuplicates();
    if (topics.isEmpty())
        return {textResponse(400, "hub.url (or hub.topic) must name the topic that has new content."), {}};
    // Every topic is checked before anything is sent: a ping naming an unknown topic distributes nothing.
    QList<std::pair<QString, QList<Endpoint>>> plan;
    for (const QString &topic : std::as_const(topics)) {
        QList<Endpoint> active;
        for (const Endpoint &e : endpointsOf(c, EndpointOrigin::WebSub, QStringLiteral("topic"), topic)) {
            if (e.enabled && !e.isExpired(c.now))
                active.append(e);
        }
        if (active.isEmpty())
            return {textResponse(400,
                                 "Unknown topic " + topic.toUtf8()
                                     + ": it has no active subscription on this hub (subscribers subscribe with "
                                       "hub.mode=subscribe first)."),
                    {}};
        plan.append({topic, active});
    }
    int sent = 0;
    for (const auto &[topic, subscribers] : std::as_const(plan)) {
        const auto [type, payload] = topicContent(topic, c);
        for (const Endpoint &e : subscribers) {
            if (c.engine.trigger(type, payload, EventSource::Api, e.id).error.isEmpty())
                ++sent;
        }
    }
    ApiResult result {emptyResponse(204), {}};
    result.note = QCoreApplication::translate("Hookbench::Subscriptions::Activity",
                                              "Published %1: the content went to %n subscriber(s)", nullptr, sent)
                      .arg(topics.join(QStringLiteral(", ")));
    return result;
}

} // namespace

namespace Detail {

ApiResult handleWebSub(const ApiRequest &request, TokenCheck auth, Context &c)
{
    if (auth != TokenCheck::Accepted)
        return {textResponse(401,
                             auth == TokenCheck::Missing
                                 ? "Unauthorized: the hub needs the Hookbench API token (Authorization: Bearer "
                                   "TOKEN, or ?access_token=TOKEN in the hub URL)."
                                 : "Unauthorized: wrong API token."),
                {}};
    if (request.method != "POST") {
        Http::Response r = textResponse(405, "The hub takes POST requests.");
        r.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
        return {r, {}};
    }
    const QByteArray contentType = headerValue(request.headers, "Content-Type").toLower();
    if (!contentType.startsWith("application/x-www-form-urlencoded"))
        return {textResponse(400, "The hub takes application/x-www-form-urlencoded bodies."), {}};
    const QUrlQuery query = webSubForm(request.body);
    auto field = [&query](const char *name) { return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };

    IntentVerification intent;
    intent.mode = field("hub.mode");
    if (intent.mode == QLatin1String("publish"))
        return publish(query, c);
    if (intent.mode != QLatin1String("subscribe") && intent.mode != QLatin1String("unsubscribe"))
        return {textResponse(400, "hub.mode must be \"subscribe\", \"unsubscribe\" or \"publish\"."), {}};
    const QString callback = field("hub.callback");
    if (callback.isEmpty())
        return {textResponse(400, "hub.callback is missing."), {}};
    if (const QString why = Validation::checkUrl(callback); !why.isEmpty())
        return {textResponse(400, "hub.callback: " + why.toUtf8()), {}};
    intent.callback = QUrl(callback, QUrl::StrictMode);
    intent.topic = field("hub.topic");
    if (intent.topic.isEmpty())
        return {textResponse(400, "hub.topic is missing."), {}};
    if (const QString why = Validation::checkUrl(intent.topic); !why.isEmpty())
        return {textResponse(400, "hub.topic: " + why.toUtf8()), {}};
    intent.leaseSeconds = DefaultLeaseSeconds;
    if (query.hasQueryItem(QStringLiteral("hub.lease_seconds"))) {
        bool ok = false;
        const qint64 lease = field("hub.lease_seconds").toLongLong(&ok);
        if (!ok || lease <= 0)
            return {textResponse(400, "hub.lease_seconds must be a positive number of seconds."), {}};
        // The hub decides the lease; it tells the subscriber the one it granted in the verification request.
        intent.leaseSeconds = int(qMin<qint64>(lease, MaxLeaseSeconds));
    }
    intent.secret = field("hub.secret");
    if (intent.secret.toUtf8().size() > MaxSecretBytes)
        return {textResponse(400, "hub.secret must be less than 200 bytes."), {}};
    intent.challenge = Ids::uid(QLatin1StringView(""));
    return {textResponse(202, "Accepted: the hub will verify the intent at the callback."), intent};
}

} // namespace Detail

namespace WebSub {

bool challengeEchoed(const IntentVerification &intent, int status, const QByteArray &body)
{
    return status >= 200 && status < 300 && body == intent.challenge.toUtf8();
}

QString applyConfirmed(const IntentVerification &intent, Context &c)
{
    const QList<Endpoint> existing = subscriptionsOf(c, intent);
    if (intent.mode == QLatin1String("unsubscribe")) {
        for (const Endpoint &e : existing) {
            if (const Storage::WriteResult w = c.workspace.endpoints().remove(e.id); !w)
                return w.error;
        }
        c.engine.endpointsChanged();
        return {};
    }
    const QDateTime expiresAt = c.now.addSecs(intent.leaseSeconds);
    if (!existing.isEmpty()) {
        // A subscription that exists is renewed: a new lease, and the secret of the latest request.
        Endpoint e = existing.first();
        e.expiresAt = expiresAt;
        useSecret(e, intent.secret);
        QJsonObject origin = originObject(e);
        origin[QLatin1String("lease_seconds")] = intent.leaseSeconds;
        e.originData = originBytes(origin);
        if (const Storage::WriteResult w = c.workspace.endpoints().update(e); !w)
            return w.error;
        c.engine.endpointsChanged();
        return {};
    }
    Endpoint e;
    e.origin = EndpointOrigin::WebSub;
    e.name = freeEndpointName(QStringLiteral("WebSub %1 → %2").arg(intent.topic, intent.callback.authority()), c);
    e.url = intent.callback;
    e.subscriptions = {subscriptionForTopic(intent.topic)};
    e.expiresAt = expiresAt;
    useSecret(e, intent.secret);
    // Distribution requests carry the hub and topic discovery links (spec §7).
    const QByteArray hub = c.baseUrl.toUtf8() + "/hub";
    e.headers
        = {{QByteArrayLiteral("Link"), "<" + hub + ">; rel=\"hub\", <" + intent.topic.toUtf8() + ">; rel=\"self\""}};
    e.originData = originBytes(QJsonObject {{QLatin1String("preset"), QStringLiteral("websub")},
                                            {QLatin1String("topic"), intent.topic},
                                            {QLatin1String("callback"), intent.callback.toString()},
                                            {QLatin1String("lease_seconds"), intent.leaseSeconds}});
    if (const Storage::WriteResult w = c.workspace.endpoints().add(e); !w)
        return w.error;
    c.engine.endpointsChanged();
    return {};
}

} // namespace WebSub

} // namespace Hookbench::Subscriptions
