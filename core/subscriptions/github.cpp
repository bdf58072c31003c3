// GitHub-compatible repository webhooks (REST API "Repository webhooks"): the hook id is the endpoint id.
#include "apiutil.h"
#include "delivery/deliveryengine.h"
#include "domain/validation.h"
#include "presets/presets.h"
#include "scheduling/templaterenderer.h"
#include "signing/signer.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Hookbench::Subscriptions::Detail {

namespace {

const QString kDocs = QStringLiteral("https://docs.github.com/rest/repos/webhooks");

// The events a repository webhook may subscribe to (GitHub's "Webhook events and payloads").
const QStringList &gitHubEvents()
{
    static const QStringList names = {
        QStringLiteral("*"),
        QStringLiteral("branch_protection_configuration"),
        QStringLiteral("branch_protection_rule"),
        QStringLiteral("check_run"),
        QStringLiteral("check_suite"),
        QStringLiteral("code_scanning_alert"),
        QStringLiteral("commit_comment"),
        QStringLiteral("create"),
        QStringLiteral("custom_property_values"),
        QStringLiteral("delete"),
        QStringLiteral("dependabot_alert"),
        QStringLiteral("deploy_key"),
        QStringLiteral("deployment"),
        QStringLiteral("deployment_protection_rule"),
        QStringLiteral("deployment_review"),
        QStringLiteral("deployment_status"),
        QStringLiteral("discussion"),
        QStringLiteral("discussion_comment"),
        QStringLiteral("fork"),
        QStringLiteral("gollum"),
        QStringLiteral("issue_comment"),
        QStringLiteral("issues"),
        QStringLiteral("label"),
        QStringLiteral("member"),
        QStringLiteral("merge_group"),
        QStringLiteral("meta"),
        QStringLiteral("milestone"),
        QStringLiteral("package"),
        QStringLiteral("page_build"),
        QStringLiteral("project"),
        QStringLiteral("project_card"),
        QStringLiteral("project_column"),
        QStringLiteral("public"),
        QStringLiteral("pull_request"),
        QStringLiteral("pull_request_review"),
        QStringLiteral("pull_request_review_comment"),
        QStringLiteral("pull_request_review_thread"),
        QStringLiteral("push"),
        QStringLiteral("registry_package"),
        QStringLiteral("release"),
        QStringLiteral("repository"),
        QStringLiteral("repository_advisory"),
        QStringLiteral("repository_dispatch"),
        QStringLiteral("repository_import"),
        QStringLiteral("repository_ruleset"),
        QStringLiteral("repository_vulnerability_alert"),
        QStringLiteral("secret_scanning_alert"),
        QStringLiteral("secret_scanning_alert_location"),
        QStringLiteral("security_and_analysis"),
        QStringLiteral("star"),
        QStringLiteral("status"),
        QStringLiteral("team_add"),
        QStringLiteral("watch"),
        QStringLiteral("workflow_dispatch"),
        QStringLiteral("workflow_job"),
        QStringLiteral("workflow_run"),
    };
    return names;
}

Http::Response gitHubError(int status, const QString &message, const QJsonArray &errors = {})
{
    QJsonObject o {{QLatin1String("message"), message}};
    if (!errors.isEmpty())
        o[QLatin1String("errors")] = errors;
    o[QLatin1String("documentation_url")] = kDocs;
    o[QLatin1String("status")] = QString::number(status);
    return jsonResponse(status, o);
}

Http::Response notFound()
{
    return gitHubError(404, QStringLiteral("Not Found"));
}

Http::Response validationFailed(const QString &message, const QString &field = {})
{
    QJsonObject error {{QLatin1String("resource"), QStringLiteral("Hook")},
                       {QLatin1String("code"), QStringLiteral("custom")},
                       {QLatin1String("message"), message}};
    if (!field.isEmpty())
        error[QLatin1String("field")] = field;
    return gitHubError(422, QStringLiteral("Validation Failed"), QJsonArray {error});
}

// GitHub's JSON-schema refusal: "Invalid request.\n\nFor 'properties/active', "yes" is not a boolean."
Http::Response wrongType(const QString &property, const QJsonValue &value, const QString &expected)
{
    QString shown = QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
    shown = shown.mid(1, shown.size() - 2);
    return gitHubError(
        422, QStringLiteral("Invalid request.\n\nFor 'properties/%1', %2 is not %3.").arg(property, shown, expected));
}

// What a create or edit request asks for; absent fields stay unset.
struct HookRequest
{
    std::optional<bool> active;
    std::optional<QStringList> events;
    QStringList addEvents;
    QStringList removeEvents;
    std::optional<QString> url;
    std::optional<QString> contentType;
    std::optional<QString> secret;
    std::optional<bool> insecureSsl;
    bool configGiven = false;
};

std::optional<Http::Response> readStrings(const QJsonObject &o, const char *key, QStringList *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray())
        return wrongType(QLatin1String(key), v, QStringLiteral("an array"));
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return wrongType(QLatin1String(key) + QStringLiteral("/items"), item, QStringLiteral("a string"));
        out->append(item.toString());
    }
    return std::nullopt;
}

std::optional<Http::Response> parseHookRequest(const QByteArray &body, bool edit, HookRequest *r)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return gitHubError(400, QStringLiteral("Problems parsing JSON"));
    if (!doc.isObject())
        return gitHubError(400, QStringLiteral("Body should be a JSON object"));
    const QJsonObject o = doc.object();

    if (o.contains(QLatin1String("name"))) {
        const QJsonValue name = o.value(QLatin1String("name"));
        if (!name.isString())
            return wrongType(QStringLiteral("name"), name, QStringLiteral("a string"));
        if (name.toString() != QLatin1String("web"))
            return validationFailed(QStringLiteral("Name must be \"web\" for repository webhooks"),
                                    QStringLiteral("name"));
    }
    if (o.contains(QLatin1String("active"))) {
        const QJsonValue active = o.value(QLatin1String("active"));
        if (!active.isBool())
            return wrongType(QStringLiteral("active"), active, QStringLiteral("a boolean"));
        r->active = active.toBool();
    }
    if (o.contains(QLatin1String("events"))) {
        QStringList events;
        if (auto error = readStrings(o, "events", &events))
            return error;
        r->events = events;
    }
    if (edit) {
        if (o.contains(QLatin1String("add_events"))) {
            if (auto error = readStrings(o, "add_events", &r->addEvents))
                return error;
        }
        if (o.contains(QLatin1String("remove_events"))) {
            if (auto error = readStrings(o, "remove_events", &r->removeEvents))
                return error;
        }
    }
    if (o.contains(QLatin1String("config"))) {
        const QJsonValue configValue = o.value(QLatin1String("config"));
        if (!configValue.isObject())
            return wrongType(QStringLiteral("config"), configValue, QStringLiteral("an object"));
        const QJsonObject config = configValue.toObject();
        r->configGiven = true;
        for (const char *key : {"url", "content_type", "secret"}) {
            const QJsonValue v = config.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isString())
                return wrongType(QStringLiteral("config/") + QLatin1String(key), v, QStringLiteral("a string"));
        }
        if (config.contains(QLatin1String("url")))
            r->url = config.value(QLatin1String("url")).toString();
        if (config.contains(QLatin1String("content_type")))
            r->contentType = config.value(QLatin1String("content_type")).toString();
        if (config.contains(QLatin1String("secret")))
            r->secret = config.value(QLatin1String("secret")).toString();
        if (config.contains(QLatin1String("insecure_ssl"))) {
            // GitHub takes "0"/"1" or the numbers 0/1.
            const QJsonValue v = config.value(QLatin1String("insecure_ssl"));
            const QString text = v.isDouble() ? QString::number(v.toInt()) : v.toString();
            if ((!v.isString() && !v.isDouble()) || (text != QLatin1String("0") && text != QLatin1String("1")))
                return wrongType(QStringLiteral("config/insecure_ssl"), v, QStringLiteral("one of \"0\" or \"1\""));
            r->insecureSsl = text == QLatin1String("1");
        }
    }
    if (!edit && !r->url)
        return validationFailed(QStringLiteral("Config must contain URL for webhooks"), QStringLiteral("url"));
    if (r->url) {
        if (const QString why = Validation::checkUrl(*r->url); !why.isEmpty())
            return validationFailed(why, QStringLiteral("url"));
    }
    if (r->contentType && *r->contentType != QLatin1String("json") && *r->contentType != QLatin1String("form"))
        return validationFailed(QStringLiteral("Content type must be \"json\" or \"form\""),
                                QStringLiteral("content_type"));
    QStringList named = r->events.value_or(QStringList {}) + r->addEvents;
    for (const QString &event : std::as_const(named)) {
        if (!gitHubEvents().contains(event))
            return validationFailed(QStringLiteral("\"%1\" is not a valid event name").arg(event),
                                    QStringLiteral("events"));
    }
    if (r->events && r->events->isEmpty())
        return validationFailed(QStringLiteral("Events can't be empty"), QStringLiteral("events"));
    return std::nullopt;
}

QStringList subscriptionsFor(const QStringList &events)
{
    // Hookbench's event types carry the action ("issues.opened"); GitHub's hook events name the family.
    QStringList out;
    for (const QString &event : events) {
        if (event == QLatin1String("*"))
            return {QStringLiteral("*")};
        out << event << event + QStringLiteral(".*");
    }
    return out;
}

QStringList hookEvents(const Endpoint &e)
{
    QStringList out;
    for (const QJsonValue &v : originObject(e).value(QLatin1String("events")).toArray())
        out.append(v.toString());
    return out;
}

QString hookUrl(const Context &c, const Endpoint &e)
{
    const QJsonObject origin = originObject(e);
    return c.baseUrl
        + QStringLiteral("/repos/%1/%2/hooks/%3")
              .arg(origin.value(QLatin1String("owner")).toString(), origin.value(QLatin1String("repo")).toString())
              .arg(e.id);
}

QJsonObject hookObject(const Context &c, const Endpoint &e)
{
    const QJsonObject origin = originObject(e);
    QJsonObject config {
        {QLatin1String("content_type"), bodyEncodingName(e.bodyEncoding)},
        {QLatin1String("insecure_ssl"), e.verifyTls ? QStringLiteral("0") : QStringLiteral("1")},
        {QLatin1String("url"), e.url.toString()},
    };
    if (!e.secrets.isEmpty())
        config[QLatin1String("secret")] = QStringLiteral("********");
    const QString url = hookUrl(c, e);
    return {
        {QLatin1String("type"), QStringLiteral("Repository")},
        {QLatin1String("id"), e.id},
        {QLatin1String("name"), QStringLiteral("web")},
        {QLatin1String("active"), e.enabled},
        {QLatin1String("events"), QJsonArray::fromStringList(hookEvents(e))},
        {QLatin1String("config"), config},
        {QLatin1String("updated_at"), origin.value(QLatin1String("updated_at")).toString(isoTime(e.createdAt))},
        {QLatin1String("created_at"), isoTime(e.createdAt)},
        {QLatin1String("url"), url},
        {QLatin1String("test_url"), QString(url + QStringLiteral("/test"))},
        {QLatin1String("ping_url"), QString(url + QStringLiteral("/pings"))},
        {QLatin1String("deliveries_url"), QString(url + QStringLiteral("/deliveries"))},
        {QLatin1String("last_response"),
         QJsonObject {{QLatin1String("code"), QJsonValue::Null},
                      {QLatin1String("status"), QStringLiteral("unused")},
                      {QLatin1String("message"), QJsonValue::Null}}},
    };
}

// Applies a validated request to an endpoint (a new one from the GitHub preset, or the hook being edited).
void apply(const HookRequest &r, Endpoint &e, QJsonObject &origin)
{
    if (r.active)
        e.enabled = *r.active;
    QStringList events = r.events.value_or(hookEvents(e));
    for (const QString &add : r.addEvents) {
        if (!events.contains(add))
            events.append(add);
    }
    for (const QString &remove : r.removeEvents)
        events.removeAll(remove);
    origin[QLatin1String("events")] = QJsonArray::fromStringList(events);
    e.subscriptions = subscriptionsFor(events);
    if (r.url)
        e.url = QUrl(*r.url, QUrl::StrictMode);
    if (r.contentType)
        e.bodyEncoding = *r.contentType == QLatin1String("json") ? BodyEncoding::Json : BodyEncoding::Form;
    // "If you previously had a secret set, you must provide the same secret or set a new secret or the secret will
    // be removed" (GitHub, "Update a repository webhook"): a config without a secret unsigns the hook.
    if (r.secret || r.configGiven || e.secrets.isEmpty()) {
        // A hook without a secret is sent unsigned (the GitHub profile still adds GitHub's headers).
        const QString secret = r.secret.value_or(QString());
        e.secrets = secret.isEmpty() ? QStringList {} : QStringList {secret};
        e.scheme = secret.isEmpty() ? SigningScheme::None : SigningScheme::GitHub;
    }
    if (r.insecureSsl)
        e.verifyTls = !*r.insecureSsl;
}

// GitHub's ping, with the hook described as this API describes it.
void sendPing(Context &c, const Endpoint &e)
{
    QJsonObject ping = QJsonDocument::fromJson(Presets::gitHubPingPayload(e)).object();
    ping[QLatin1String("hook")] = hookObject(c, e);
    c.engine.trigger(QStringLiteral("ping"), QJsonDocument(ping).toJson(QJsonDocument::Indented), EventSource::Api,
                     e.id);
}

ApiResult create(const ApiRequest &request, const QString &owner, const QString &repo, Context &c)
{
    HookRequest r;
    if (auto error = parseHookRequest(request.body, false, &r))
        return {*error, {}};
    const QList<Endpoint> existing
        = endpointsOf(c, EndpointOrigin::GitHubHook, QStringLiteral("repository"), owner + QLatin1Char('/') + repo);
    for (const Endpoint &e : existing) {
        if (e.url.toString() == QUrl(*r.url, QUrl::StrictMode).toString())
            return {validationFailed(QStringLiteral("Hook already exists on this repository")), {}};
    }

    Presets::ApplyOptions options;
    options.preset = QStringLiteral("github");
    options.url = QUrl(*r.url, QUrl::StrictMode);
    options.secret = r.secret.value_or(QString());
    options.endpointName = freeEndpointName(QStringLiteral("GitHub hook %1/%2").arg(owner, repo), c);
    bool generated = false;
    QString error;
    Endpoint e = Presets::presetEndpoint(*Presets::findPreset(options.preset), options, &generated, &error);
    // GitHub's default content type is form; the secret is the one asked for, never a generated one.
    e.bodyEncoding = BodyEncoding::Form;
    e.secrets.clear();
    e.origin = EndpointOrigin::GitHubHook;
    QJsonObject origin = originObject(e);
    origin[QLatin1String("owner")] = owner;
    origin[QLatin1String("repo")] = repo;
    origin[QLatin1String("repository")] = QString(owner + QLatin1Char('/') + repo);
    if (!r.events)
        r.events = QStringList {QStringLiteral("push")};
    apply(r, e, origin);
    e.originData = originBytes(origin);
    if (!error.isEmpty())
        return {validationFailed(error), {}};
    if (const Storage::WriteResult w = c.workspace.endpoints().add(e); !w)
        return {validationFailed(w.error), {}};
    c.engine.endpointsChanged();
    if (e.enabled)
        sendPing(c, e);
    return {jsonResponse(201, hookObject(c, e)), {}};
}

ApiResult edit(const ApiRequest &request, Endpoint e, Context &c)
{
    HookRequest r;
    if (auto error = parseHookRequest(request.body, true, &r))
        return {*error, {}};
    QJsonObject origin = originObject(e);
    apply(r, e, origin);
    if (e.subscriptions.isEmpty())
        return {validationFailed(QStringLiteral("Events can't be empty"), QStringLiteral("events")), {}};
    origin[QLatin1String("updated_at")] = isoTime(c.now);
    e.originData = originBytes(origin);
    if (r.active && *r.active)
        e.disabledReason.clear();
    if (const Storage::WriteResult w = c.workspace.endpoints().update(e); !w)
        return {validationFailed(w.error), {}};
    c.engine.endpointsChanged();
    return {jsonResponse(200, hookObject(c, e)), {}};
}

QJsonObject deliveryObject(const Delivery &d)
{
    const qsizetype dot = d.eventType.indexOf(QLatin1Char('.'));
    const bool ok = d.lastStatus >= 200 && d.lastStatus < 300;
    QString status = d.state == DeliveryState::Pending || d.state == DeliveryState::InFlight ? QStringLiteral("pending")
        : ok                                                                                 ? QStringLiteral("OK")
             : (d.lastStatus ? QStringLiteral("Invalid HTTP Response: %1").arg(d.lastStatus) : d.lastError);
    return {
        {QLatin1String("id"), exactId(d.id)},
        {QLatin1String("guid"), d.uid},
        {QLatin1String("delivered_at"), isoTime(d.createdAt)},
        {QLatin1String("redelivery"), d.attemptCount > 1},
        {QLatin1String("duration"), double(d.lastDurationUs) / 1e6},
        {QLatin1String("status"), status},
        {QLatin1String("status_code"), d.lastStatus},
        {QLatin1String("event"), Signing::gitHubEventName(d.eventType)},
        {QLatin1String("action"), dot < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(d.eventType.mid(dot + 1))},
        {QLatin1String("installation_id"), QJsonValue::Null},
        {QLatin1String("repository_id"), QJsonValue::Null},
    };
}

std::optional<Delivery> hookDelivery(Context &c, const Endpoint &e, const QString &id)
{
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    std::optional<Delivery> d = numeric ? c.workspace.deliveries().find(n) : c.workspace.deliveries().findByUid(id);
    if (!d || d->endpointId != e.id)
        return std::nullopt;
    return d;
}

// "Test the push repository webhook": the hook gets the latest push if it is subscribed to push; GitHub answers
// 204 either way.
ApiResult testPush(Context &c, const Endpoint &e)
{
    const QStringList events = hookEvents(e);
    ApiResult result {emptyResponse(204), {}};
    if (!events.contains(QLatin1String("push")) && !events.contains(QLatin1String("*"))) {
        result.note = QCoreApplication::translate("Hookbench::Subscriptions::Activity",
                                                  "Test of hook %1: not subscribed to push, so nothing was sent")
                          .arg(e.id);
        return result;
    }
    QString type = QStringLiteral("push");
    QByteArray payload;
    for (const Event &event : c.workspace.events().recent(200)) {
        if (event.type == type || event.type.startsWith(QLatin1String("push."))) {
            type = event.type;
            payload = event.payload;
            break;
        }
    }
    if (payload.isEmpty()) {
        // No push yet: one from the push event type's template (the workspace's own, else GitHub's preset).
        QByteArray tmpl = QByteArrayLiteral("{}");
        if (const std::optional<EventType> known = c.workspace.eventTypes().find(type)) {
            tmpl = known->payloadTemplate;
        } else if (const Presets::Preset *github = Presets::findPreset(QStringLiteral("github"))) {
            for (const EventType &t : github->eventTypes) {
                if (t.name == type)
                    tmpl = t.payloadTemplate;
            }
        }
        // Numbered as a trigger of the type would be: {{seq}} is the type's next number when the workspace defines it.
        const TemplateContext context {type, e.name, c.workspace.eventTypes().nextSequence(type), c.now};
        const RenderResult rendered = renderTemplate(tmpl, context);
        payload = rendered.ok() ? rendered.output : QByteArrayLiteral("{}");
    }
    c.engine.trigger(type, payload, EventSource::Api, e.id);
    result.note
        = QCoreApplication::translate("Hookbench::Subscriptions::Activity", "Test of hook %1: sent the latest push")
              .arg(e.id);
    return result;
}

} // namespace

ApiResult handleGitHub(const ApiRequest &request, const QStringList &segments, TokenCheck auth, Context &c)
{
    if (auth == TokenCheck::Missing)
        return {gitHubError(401, QStringLiteral("Requires authentication")), {}};
    if (auth == TokenCheck::Wrong)
        return {gitHubError(401, QStringLiteral("Bad credentials")), {}};
    // repos / owner / repo / hooks [/ id [/ pings | / tests | / deliveries [/ delivery / attempts]]]
    if (segments.size() < 4 || segments.value(3) != QLatin1String("hooks"))
        return {notFound(), {}};
    const QString owner = segments[1];
    const QString repo = segments[2];
    const QByteArray &method = request.method;
    if (segments.size() == 4) {
        if (method == "POST")
            return create(request, owner, repo, c);
        if (method == "GET") {
            QJsonArray hooks;
            for (const Endpoint &e : endpointsOf(c, EndpointOrigin::GitHubHook, QStringLiteral("repository"),
                                                 owner + QLatin1Char('/') + repo))
                hooks.append(hookObject(c, e));
            return {jsonResponse(200, hooks), {}};
        }
        return {notFound(), {}};
    }

    bool numeric = false;
    const qint64 id = segments[4].toLongLong(&numeric);
    const std::optional<Endpoint> found = numeric ? c.workspace.endpoints().find(id) : std::nullopt;
    if (!found || found->origin != EndpointOrigin::GitHubHook
        || originObject(*found).value(QLatin1String("repository")).toString() != owner + QLatin1Char('/') + repo)
        return {notFound(), {}};
    const Endpoint &e = *found;

    if (segments.size() == 5) {
        if (method == "GET")
            return {jsonResponse(200, hookObject(c, e)), {}};
        if (method == "PATCH")
            return edit(request, e, c);
        if (method == "DELETE") {
            if (const Storage::WriteResult w = c.workspace.endpoints().remove(e.id); !w)
                return {gitHubError(500, w.error), {}};
            c.engine.endpointsChanged();
            return {emptyResponse(204), {}};
        }
        return {notFound(), {}};
    }
    const QString action = segments[5];
    if (segments.size() == 6 && method == "POST" && action == QLatin1String("pings")) {
        sendPing(c, e);
        return {emptyResponse(204), {}};
    }
    // `tests` is the documented path; `test` is what the hook object's test_url names, as on GitHub.
    if (segments.size() == 6 && method == "POST"
        && (action == QLatin1String("tests") || action == QLatin1String("test")))
        return testPush(c, e);
    if (action != QLatin1String("deliveries"))
        return {notFound(), {}};
    if (segments.size() == 6 && method == "GET") {
        Storage::DeliveryFilter filter;
        filter.endpointId = e.id;
        const int asked = request.query.queryItemValue(QStringLiteral("per_page")).toInt();
        QJsonArray deliveries;
        for (const Delivery &d : c.workspace.deliveries().page(filter, 0, asked > 0 ? qMin(asked, 100) : 30))
            deliveries.append(deliveryObject(d));
        return {jsonResponse(200, deliveries), {}};
    }
    const std::optional<Delivery> d = hookDelivery(c, e, segments.value(6));
    if (!d)
        return {notFound(), {}};
    if (segments.size() == 7 && method == "GET")
        return {jsonResponse(200, deliveryObject(*d)), {}};
    if (segments.size() == 8 && method == "POST" && segments[7] == QLatin1String("attempts")) {
        if (const QString why = c.engine.redeliver(d->id); !why.isEmpty())
            return {validationFailed(why), {}};
        return {jsonResponse(202, QJsonObject {}), {}};
    }
    return {notFound(), {}};
}

} // namespace Hookbench::Subscriptions::Detail
