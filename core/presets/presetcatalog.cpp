// The presets' event types and payload templates. Shapes follow each provider's public documentation (GitHub
// "Webhook events and payloads", Stripe's Event object, Google Calendar push notifications, the Standard Webhooks
// spec, CloudEvents 1.0); values are the documentation's own sample accounts, with placeholders where a real
// provider would send something new every time.
#include "presets.h"
#include "scheduling/templaterenderer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Hookbench::Presets {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookbench::Presets", text);
}

EventType type(const char *name, const QString &description, const QByteArray &payloadTemplate)
{
    EventType t;
    t.name = QLatin1String(name);
    t.description = description;
    t.payloadTemplate = payloadTemplate;
    return t;
}

// ---- GitHub ------------------------------------------------------------------------------------------------

const QByteArray kGitHubUser = R"({
    "login": "octocat",
    "id": 583231,
    "node_id": "MDQ6VXNlcjU4MzIzMQ==",
    "avatar_url": "https://avatars.githubusercontent.com/u/583231?v=4",
    "html_url": "https://github.com/octocat",
    "url": "https://api.github.com/users/octocat",
    "type": "User",
    "site_admin": false
  })";

const QByteArray kGitHubRepository = R"({
    "id": 1296269,
    "node_id": "MDEwOlJlcG9zaXRvcnkxMjk2MjY5",
    "name": "hello-world",
    "full_name": "octo-org/hello-world",
    "private": false,
    "owner": {
      "login": "octo-org",
      "id": 6811672,
      "node_id": "MDEyOk9yZ2FuaXphdGlvbjY4MTE2NzI=",
      "avatar_url": "https://avatars.githubusercontent.com/u/6811672?v=4",
      "html_url": "https://github.com/octo-org",
      "url": "https://api.github.com/users/octo-org",
      "type": "Organization",
      "site_admin": false
    },
    "html_url": "https://github.com/octo-org/hello-world",
    "description": "My first repository on GitHub.",
    "fork": false,
    "url": "https://api.github.com/repos/octo-org/hello-world",
    "clone_url": "https://github.com/octo-org/hello-world.git",
    "created_at": "2011-01-26T19:01:12Z",
    "updated_at": "{{now}}",
    "pushed_at": "{{now}}",
    "default_branch": "main",
    "visibility": "public"
  })";

QByteArray gitHubPush()
{
    return R"({
  "ref": "refs/heads/main",
  "before": "{{random.hex 40}}",
  "after": "{{random.hex 40}}",
  "repository": )"
        + kGitHubRepository + R"(,
  "pusher": {"name": "octocat", "email": "octocat@github.com"},
  "sender": )"
        + kGitHubUser + R"(,
  "created": false,
  "deleted": false,
  "forced": false,
  "base_ref": null,
  "compare": "https://github.com/octo-org/hello-world/compare/{{random.hex 12}}...{{random.hex 12}}",
  "commits": [
    {
      "id": "{{random.hex 40}}",
      "tree_id": "{{random.hex 40}}",
      "distinct": true,
      "message": "Update README.md for change {{seq}}",
      "timestamp": "{{now}}",
      "url": "https://github.com/octo-org/hello-world/commit/{{random.hex 40}}",
      "author": {"name": "The Octocat", "email": "octocat@github.com", "username": "octocat"},
      "committer": {"name": "GitHub", "email": "noreply@github.com", "username": "web-flow"},
      "added": [],
      "removed": [],
      "modified": ["README.md"]
    }
  ],
  "head_commit": {
    "id": "{{random.hex 40}}",
    "tree_id": "{{random.hex 40}}",
    "distinct": true,
    "message": "Update README.md for change {{seq}}",
    "timestamp": "{{now}}",
    "url": "https://github.com/octo-org/hello-world/commit/{{random.hex 40}}",
    "author": {"name": "The Octocat", "email": "octocat@github.com", "username": "octocat"},
    "committer": {"name": "GitHub", "email": "noreply@github.com", "username": "web-flow"},
    "added": [],
    "removed": [],
    "modified": ["README.md"]
  }
}
)";
}

QByteArray gitHubIssue(const char *action, bool closed)
{
    const QByteArray state = closed ? "closed" : "open";
    const QByteArray closedAt = closed ? R"("{{now}}")" : "null";
    return R"({
  "action": ")"
        + QByteArray(action) + R"(",
  "issue": {
    "url": "https://api.github.com/repos/octo-org/hello-world/issues/{{seq}}",
    "repository_url": "https://api.github.com/repos/octo-org/hello-world",
    "html_url": "https://github.com/octo-org/hello-world/issues/{{seq}}",
    "id": {{random.int 1000000000 2000000000}},
    "node_id": "I_kwDOABPHjc{{random.hex 8}}",
    "number": {{seq}},
    "title": "Found a bug",
    "user": )"
        + kGitHubUser + R"(,
    "labels": [],
    "state": ")"
        + state + R"(",
    "locked": false,
    "assignee": null,
    "assignees": [],
    "milestone": null,
    "comments": 0,
    "created_at": "{{now}}",
    "updated_at": "{{now}}",
    "closed_at": )"
        + closedAt + R"(,
    "author_association": "OWNER",
    "body": "I'm having a problem with this."
  },
  "repository": )"
        + kGitHubRepository + R"(,
  "sender": )"
        + kGitHubUser + R"(
}
)";
}

QByteArray gitHubPullRequestOpened()
{
    return R"({
  "action": "opened",
  "number": {{seq}},
  "pull_request": {
    "url": "https://api.github.com/repos/octo-org/hello-world/pulls/{{seq}}",
    "id": {{random.int 1000000000 2000000000}},
    "node_id": "PR_kwDOABPHjc{{random.hex 8}}",
    "html_url": "https://github.com/octo-org/hello-world/pull/{{seq}}",
    "diff_url": "https://github.com/octo-org/hello-world/pull/{{seq}}.diff",
    "number": {{seq}},
    "state": "open",
    "locked": false,
    "title": "Amazing new feature",
    "user": )"
        + kGitHubUser + R"(,
    "body": "Please pull these awesome changes in!",
    "created_at": "{{now}}",
    "updated_at": "{{now}}",
    "closed_at": null,
    "merged_at": null,
    "draft": false,
    "head": {"label": "octocat:new-topic", "ref": "new-topic", "sha": "{{random.hex 40}}"},
    "base": {"label": "octo-org:main", "ref": "main", "sha": "{{random.hex 40}}"},
    "author_association": "OWNER",
    "merged": false,
    "mergeable": null,
    "comments": 0,
    "commits": 1,
    "additions": 12,
    "deletions": 3,
    "changed_files": 2
  },
  "repository": )"
        + kGitHubRepository + R"(,
  "sender": )"
        + kGitHubUser + R"(
}
)";
}

// The hook object is GitHub's description of the hook being pinged; `hookId` is inserted as a number.
QByteArray gitHubPingTemplate(const QByteArray &zen, const QByteArray &hookId, const QByteArray &eventsJson,
                              const QByteArray &urlJson, const QByteArray &secretConfig)
{
    const QByteArray hookUrl = "https://api.github.com/repos/octo-org/hello-world/hooks/" + hookId;
    return R"({
  "zen": ")"
        + zen + R"(",
  "hook_id": )"
        + hookId + R"(,
  "hook": {
    "type": "Repository",
    "id": )"
        + hookId + R"(,
    "name": "web",
    "active": true,
    "events": )"
        + eventsJson + R"(,
    "config": {
      "content_type": "json",
      "insecure_ssl": "0",)"
        + secretConfig + R"(
      "url": )"
        + urlJson + R"(
    },
    "updated_at": "{{now}}",
    "created_at": "{{now}}",
    "url": ")"
        + hookUrl + R"(",
    "test_url": ")"
        + hookUrl + R"(/test",
    "ping_url": ")"
        + hookUrl + R"(/pings",
    "deliveries_url": ")"
        + hookUrl + R"(/deliveries",
    "last_response": {"code": null, "status": "unused", "message": null}
  },
  "repository": )"
        + kGitHubRepository + R"(,
  "sender": )"
        + kGitHubUser + R"(
}
)";
}

// ---- Stripe ------------------------------------------------------------------------------------------------

// Stripe's Event object around `object`; the same envelope for every type.
QByteArray stripeEvent(const QByteArray &object)
{
    return R"({
  "id": "evt_1{{random.hex 23}}",
  "object": "event",
  "api_version": "2024-06-20",
  "created": {{now.unix}},
  "data": {
    "object": )"
        + object + R"(
  },
  "livemode": false,
  "pending_webhooks": 1,
  "request": {"id": "req_{{random.hex 14}}", "idempotency_key": "{{uuid}}"},
  "type": "{{event.type}}"
}
)";
}

const QByteArray kStripePaymentIntent = R"({
      "id": "pi_3{{random.hex 23}}",
      "object": "payment_intent",
      "amount": 2000,
      "amount_capturable": 0,
      "amount_received": 2000,
      "capture_method": "automatic",
      "confirmation_method": "automatic",
      "created": {{now.unix}},
      "currency": "usd",
      "customer": null,
      "description": null,
      "latest_charge": "ch_3{{random.hex 23}}",
      "livemode": false,
      "metadata": {},
      "payment_method": "pm_1{{random.hex 23}}",
      "payment_method_types": ["card"],
      "status": "succeeded"
    })";

const QByteArray kStripeCustomer = R"({
      "id": "cus_{{random.hex 14}}",
      "object": "customer",
      "address": null,
      "balance": 0,
      "created": {{now.unix}},
      "currency": null,
      "default_source": null,
      "delinquent": false,
      "description": null,
      "email": "jenny.rosen@example.com",
      "invoice_prefix": "{{random.hex 8}}",
      "livemode": false,
      "metadata": {},
      "name": "Jenny Rosen",
      "phone": null,
      "preferred_locales": [],
      "tax_exempt": "none"
    })";

const QByteArray kStripeInvoice = R"({
      "id": "in_1{{random.hex 23}}",
      "object": "invoice",
      "account_country": "US",
      "amount_due": 1500,
      "amount_paid": 1500,
      "amount_remaining": 0,
      "attempt_count": 1,
      "attempted": true,
      "billing_reason": "subscription_cycle",
      "collection_method": "charge_automatically",
      "created": {{now.unix}},
      "currency": "usd",
      "customer": "cus_{{random.hex 14}}",
      "customer_email": "jenny.rosen@example.com",
      "livemode": false,
      "number": "A1B2C3D4-{{seq}}",
      "paid": true,
      "status": "paid",
      "subscription": "sub_1{{random.hex 23}}",
      "total": 1500
    })";

const QByteArray kStripeCharge = R"({
      "id": "ch_3{{random.hex 23}}",
      "object": "charge",
      "amount": 2000,
      "amount_captured": 2000,
      "amount_refunded": 2000,
      "captured": true,
      "created": {{now.unix}},
      "currency": "usd",
      "customer": null,
      "livemode": false,
      "paid": true,
      "payment_intent": "pi_3{{random.hex 23}}",
      "payment_method": "pm_1{{random.hex 23}}",
      "refunded": true,
      "status": "succeeded"
    })";

// ---- Standard Webhooks and CloudEvents ---------------------------------------------------------------------

QByteArray standardWebhooksContact(const char *status)
{
    return R"({
  "type": "{{event.type}}",
  "timestamp": "{{now}}",
  "data": {
    "id": "{{uuid}}",
    "type": "contact",
    "name": "Jenny Rosen",
    "email": "jenny.rosen@example.com",
    "status": ")"
        + QByteArray(status) + R"("
  }
}
)";
}

const QByteArray kCloudEventsObject = R"({
  "id": "{{uuid}}",
  "name": "object-{{seq}}",
  "size": {{random.int 1 4096}},
  "updated_at": "{{now}}"
}
)";

QList<Preset> buildPresets()
{
    return {
        {QStringLiteral("github"),
         QStringLiteral("GitHub"),
         tr("Repository webhook: ping, push, issues and pull_request events signed with X-Hub-Signature-256."),
         {type("ping", tr("Sent once when the hook is created; the template describes a sample hook."),
               gitHubPingTemplate("Design for failure.", "12345678", R"(["push", "issues", "pull_request"])",
                                  R"("https://example.com/webhook")", {})),
          type("push", tr("Commits were pushed to a branch."), gitHubPush()),
          type("issues.opened", tr("An issue was opened."), gitHubIssue("opened", false)),
          type("issues.closed", tr("An issue was closed."), gitHubIssue("closed", true)),
          type("pull_request.opened", tr("A pull request was opened."), gitHubPullRequestOpened())}},
        {QStringLiteral("stripe"),
         QStringLiteral("Stripe"),
         tr("Stripe Event objects (evt_…) signed with Stripe-Signature."),
         {type("payment_intent.succeeded", tr("A payment intent succeeded."), stripeEvent(kStripePaymentIntent)),
          type("customer.created", tr("A customer was created."), stripeEvent(kStripeCustomer)),
          type("invoice.paid", tr("An invoice was paid."), stripeEvent(kStripeInvoice)),
          type("charge.refunded", tr("A charge was refunded."), stripeEvent(kStripeCharge))}},
        {QStringLiteral("google-calendar"),
         QStringLiteral("Google Calendar"),
         tr("Push notification channel: a sync message, then exists / not_exists notifications with no body, "
            "until the channel expires."),
         {type("exists", tr("The watched resource changed (X-Goog-Resource-State: exists). No body is sent."),
               QByteArrayLiteral("{}")),
          type("not_exists",
               tr("The watched resource was deleted (X-Goog-Resource-State: not_exists). No body is sent."),
               QByteArrayLiteral("{}"))}},
        {QStringLiteral("standard-webhooks"),
         QStringLiteral("Standard Webhooks"),
         tr("The Standard Webhooks envelope (type, timestamp, data) with webhook-id, webhook-timestamp and "
            "webhook-signature."),
         {type("contact.created", tr("A contact was created."), standardWebhooksContact("active")),
          type("contact.updated", tr("A contact was updated."), standardWebhooksContact("active")),
          type("contact.deleted", tr("A contact was deleted."), standardWebhooksContact("deleted"))}},
        {QStringLiteral("cloudevents"),
         QStringLiteral("CloudEvents"),
         tr("CloudEvents 1.0 over HTTP, in binary mode (ce-* headers) or structured mode "
            "(application/cloudevents+json)."),
         {type("com.example.object.created", tr("An object was created."), kCloudEventsObject),
          type("com.example.object.deleted", tr("An object was deleted."), kCloudEventsObject)}},
    };
}

} // namespace

const QList<Preset> &presets()
{
    static const QList<Preset> list = buildPresets();
    return list;
}

QByteArray gitHubPingPayload(const Endpoint &endpoint)
{
    // GitHub sends one of its zen sayings with every ping.
    static const char *const zen[]
        = {"Design for failure.", "Keep it logically awesome.",           "Non-blocking is better than blocking.",
           "Speak like a human.", "Mind your words, they are important.", "Favor focus over features."};
    QJsonArray events;
    for (const QString &s : endpoint.subscriptions) {
        const QString name = s.endsWith(QLatin1String(".*")) ? s.chopped(2) : s;
        if (name != QLatin1String("ping") && !events.contains(name))
            events.append(name == QLatin1String("*") ? QStringLiteral("*") : name);
    }
    const QByteArray url = QJsonDocument(QJsonArray {endpoint.url.toString()}).toJson(QJsonDocument::Compact);
    const QByteArray tmpl = gitHubPingTemplate(
        zen[QRandomGenerator::global()->bounded(int(std::size(zen)))], QByteArray::number(endpoint.id),
        QJsonDocument(events).toJson(QJsonDocument::Compact), url.mid(1, url.size() - 2),
        endpoint.secrets.isEmpty() ? QByteArray() : QByteArrayLiteral(R"( "secret": "********",)"));
    TemplateContext context;
    context.eventType = QStringLiteral("ping");
    context.endpointName = endpoint.name;
    return renderTemplate(tmpl, context).output;
}

const Preset *findPreset(const QString &name)
{
    for (const Preset &p : presets()) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

} // namespace Hookbench::Presets
