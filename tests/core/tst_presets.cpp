// Provider presets: each preset's requests, captured by a local peer, carry the headers and shape the provider
// documents; GitHub pings and Google syncs on creation; Google's message numbers increase and its channel stops at
// its expiration.
#include "delivery/deliveryengine.h"
#include "presets/presets.h"
#include "presets/providerprofile.h"
#include "scheduling/templaterenderer.h"
#include "signing/verifier.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Hookbench;
using Hookbench::Test::TestHttpServer;

namespace {

struct Fixture
{
    Test::TempWorkspace tmp;
    TestHttpServer server;
    std::unique_ptr<Storage::Workspace> ws;
    std::unique_ptr<Engine::DeliveryEngine> engine;
    QHash<qint64, Hookbench::Delivery> latest;

    bool open()
    {
        QString error;
        ws = Storage::Workspace::open(tmp.path(), &error);
        if (!ws || !server.listen())
            return false;
        startEngine();
        return true;
    }
    void startEngine()
    {
        engine = std::make_unique<Engine::DeliveryEngine>(*ws);
        QObject::connect(engine.get(), &Engine::DeliveryEngine::deliveryChanged, engine.get(),
                         [this](const Hookbench::Delivery &d) { latest.insert(d.id, d); });
        engine->start();
    }
    Presets::ApplyResult apply(const QString &preset, std::function<void(Presets::ApplyOptions &)> tweak = {})
    {
        Presets::ApplyOptions options;
        options.preset = preset;
        options.url = QUrl(server.url(QStringLiteral("/") + preset));
        if (tweak)
            tweak(options);
        return Presets::applyPreset(options, *ws, *engine);
    }
    // Renders the event type's template as `hookbench trigger` does and fans it out.
    Engine::TriggerResult trigger(const QString &type)
    {
        TemplateContext context;
        context.eventType = type;
        context.seq = ws->eventTypes().nextSequence(type);
        const RenderResult rendered = renderTemplate(ws->eventTypes().find(type)->payloadTemplate, context);
        if (!rendered.ok())
            qWarning("%s", qPrintable(rendered.error));
        return engine->trigger(type, rendered.output, EventSource::Manual);
    }
    bool final(const Engine::TriggerResult &t) const
    {
        for (const auto &d : t.deliveries) {
            if (!latest.value(d.id).isFinal())
                return false;
        }
        return true;
    }
    Hookbench::Delivery delivery(const Engine::TriggerResult &t) const
    {
        return latest.value(t.deliveries.value(0).id);
    }
};

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

bool hasHookbenchHeaders(const HeaderList &headers)
{
    for (const Header &h : headers) {
        if (h.name.toLower().startsWith("x-hookbench-"))
            return true;
    }
    return false;
}

} // namespace

class TestPresets : public QObject
{
    Q_OBJECT

private slots:
    void everyTemplateRendersToJson()
    {
        QStringList names;
        for (const Presets::Preset &p : Presets::presets()) {
            names.append(p.name);
            QVERIFY(!p.eventTypes.isEmpty());
            for (const EventType &t : p.eventTypes) {
                TemplateContext context;
                context.eventType = t.name;
                context.seq = 7;
                const RenderResult r = renderTemplate(t.payloadTemplate, context);
                QVERIFY2(r.ok(), qPrintable(p.name + QLatin1Char('/') + t.name + QStringLiteral(": ") + r.error));
                QVERIFY2(QJsonDocument::fromJson(r.output).isObject(), qPrintable(t.name));
            }
        }
        QCOMPARE(names,
                 (QStringList {QStringLiteral("github"), QStringLiteral("stripe"), QStringLiteral("google-calendar"),
                               QStringLiteral("standard-webhooks"), QStringLiteral("cloudevents")}));
    }

    void plainEndpointsAreNotShaped()
    {
        Endpoint e;
        HeaderList headers {{"Content-Type", "application/json"}, {"X-Hookbench-Delivery", "msg_1"}};
        QByteArray body = "{\"a\":1}";
        Presets::shapeRequest(e, {QStringLiteral("a"), QStringLiteral("msg_1"), 1, {}, 0}, headers, body);
        QCOMPARE(headers.size(), 2);
        QCOMPARE(body, QByteArray("{\"a\":1}"));
        QCOMPARE(Presets::profileOf(e), Presets::Profile::Plain);
        QCOMPARE(Presets::httpDate(QDateTime::fromString(QStringLiteral("2013-11-19T01:13:52Z"), Qt::ISODate)),
                 QByteArray("Tue, 19 Nov 2013 01:13:52 GMT"));
    }

    // One rule decides GitHub's delivery headers (and with them a GUID delivery id): the GitHub signing scheme, or
    // an unsigned endpoint made from the GitHub preset (or registered through the GitHub API).
    void gitHubDeliveriesFollowSchemeOrPreset()
    {
        Endpoint plain;
        QVERIFY(!Presets::sendsGitHubDeliveries(plain));
        Endpoint signedHook;
        signedHook.scheme = SigningScheme::GitHub;
        QVERIFY(Presets::sendsGitHubDeliveries(signedHook));
        Endpoint unsignedHook;
        Presets::OriginInfo origin;
        origin.preset = QStringLiteral("github");
        unsignedHook.originData = Presets::originDataToJson(origin);
        QVERIFY(Presets::sendsGitHubDeliveries(unsignedHook));
        HeaderList headers;
        QByteArray body = "{}";
        Presets::shapeRequest(unsignedHook, {QStringLiteral("push"), QStringLiteral("a-guid"), 1, {}, 0}, headers,
                              body);
        QCOMPARE(headerValue(headers, "X-GitHub-Delivery"), QByteArray("a-guid"));
        QCOMPARE(headerValue(headers, "X-GitHub-Event"), QByteArray("push"));
        Endpoint stripe;
        stripe.scheme = SigningScheme::Stripe;
        origin.preset = QStringLiteral("stripe");
        stripe.originData = Presets::originDataToJson(origin);
        QVERIFY(!Presets::sendsGitHubDeliveries(stripe));
    }

    void gitHubPingsOnApplyAndSendsEventsAsGitHub()
    {
        Fixture f;
        QVERIFY(f.open());
        const auto applied = f.apply(QStringLiteral("github"), [](auto &o) { o.secret = QStringLiteral("s3cret"); });
        QVERIFY2(applied.ok(), qPrintable(applied.error));
        QCOMPARE(applied.createdEventTypes,
                 (QStringList {QStringLiteral("ping"), QStringLiteral("push"), QStringLiteral("issues.opened"),
                               QStringLiteral("issues.closed"), QStringLiteral("pull_request.opened")}));
        QCOMPARE(applied.initialMessages.size(), 1);
        QTRY_COMPARE(f.server.requests().size(), 1);

        const auto &ping = f.server.requests().at(0);
        QCOMPARE(headerValue(ping.headers, "X-GitHub-Event"), QByteArray("ping"));
        QCOMPARE(headerValue(ping.headers, "X-GitHub-Hook-ID"), QByteArray::number(applied.endpoint.id));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$"))
                    .match(QString::fromLatin1(headerValue(ping.headers, "X-GitHub-Delivery")))
                    .hasMatch());
        QVERIFY(headerValue(ping.headers, "User-Agent").startsWith("GitHub-Hookshot/"));
        QCOMPARE(headerValue(ping.headers, "X-GitHub-Hook-Installation-Target-Type"), QByteArray("repository"));
        QVERIFY(!hasHookbenchHeaders(ping.headers));
        const Verdict verdict = Signing::verify({SigningScheme::GitHub, QStringLiteral("s3cret"), {}}, ping.headers,
                                                ping.body, QDateTime::currentSecsSinceEpoch());
        QCOMPARE(verdict.result, Verdict::Result::Valid);
        const QJsonObject pingBody = json(ping.body);
        QVERIFY(!pingBody.value(QLatin1String("zen")).toString().isEmpty());
        QCOMPARE(pingBody.value(QLatin1String("hook_id")).toInteger(), applied.endpoint.id);
        const QJsonObject hook = pingBody.value(QLatin1String("hook")).toObject();
        QCOMPARE(hook.value(QLatin1String("config")).toObject().value(QLatin1String("url")).toString(),
                 applied.endpoint.url.toString());
        QCOMPARE(hook.value(QLatin1String("events")).toArray(),
                 (QJsonArray {QStringLiteral("push"), QStringLiteral("issues"), QStringLiteral("pull_request")}));

        const auto opened = f.trigger(QStringLiteral("issues.opened"));
        const auto closed = f.trigger(QStringLiteral("issues.closed"));
        const auto pr = f.trigger(QStringLiteral("pull_request.opened"));
        const auto push = f.trigger(QStringLiteral("push"));
        QTRY_VERIFY(f.final(opened) && f.final(closed) && f.final(pr) && f.final(push));
        QCOMPARE(f.server.requests().size(), 5);
        QHash<QByteArray, QJsonObject> byAction;
        for (const auto &r : f.server.requests().mid(1)) {
            const QByteArray event = headerValue(r.headers, "X-GitHub-Event");
            const QJsonObject body = json(r.body);
            QVERIFY(body.contains(QLatin1String("repository")));
            QCOMPARE(body.value(QLatin1String("sender")).toObject().value(QLatin1String("login")).toString(),
                     QStringLiteral("octocat"));
            byAction.insert(event + '.' + body.value(QLatin1String("action")).toString().toUtf8(), body);
        }
        QVERIFY(byAction.contains("issues.opened"));
        QVERIFY(byAction.contains("issues.closed"));
        QVERIFY(byAction.contains("pull_request.opened"));
        QVERIFY(byAction.contains("push."));
        QCOMPARE(byAction.value("issues.closed")
                     .value(QLatin1String("issue"))
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("closed"));
        QCOMPARE(byAction.value("push.").value(QLatin1String("ref")).toString(), QStringLiteral("refs/heads/main"));

        // Applying again keeps the event types and numbers the endpoint.
        const auto again = f.apply(QStringLiteral("github"));
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.createdEventTypes.isEmpty());
        QCOMPARE(again.keptEventTypes.size(), 5);
        QCOMPARE(again.endpoint.name, QStringLiteral("github-2"));
        QVERIFY(again.generatedSecret);
        QCOMPARE(again.endpoint.secrets.value(0).size(), 40);
    }

    void stripeSendsEventObjects()
    {
        Fixture f;
        QVERIFY(f.open());
        const auto applied = f.apply(QStringLiteral("stripe"));
        QVERIFY2(applied.ok(), qPrintable(applied.error));
        QVERIFY(applied.generatedSecret);
        QVERIFY(applied.endpoint.secrets.value(0).startsWith(QLatin1String("whsec_")));
        QVERIFY(applied.initialMessages.isEmpty());
        const QStringList types {QStringLiteral("payment_intent.succeeded"), QStringLiteral("customer.created"),
                                 QStringLiteral("invoice.paid"), QStringLiteral("charge.refunded")};
        QCOMPARE(applied.createdEventTypes, types);
        QList<Engine::TriggerResult> sent;
        for (const QString &t : types)
            sent.append(f.trigger(t));
        QTRY_VERIFY(std::all_of(sent.begin(), sent.end(), [&](const auto &t) { return f.final(t); }));
        QCOMPARE(f.server.requests().size(), 4);
        const QHash<QString, QString> objects {{types[0], QStringLiteral("payment_intent")},
                                               {types[1], QStringLiteral("customer")},
                                               {types[2], QStringLiteral("invoice")},
                                               {types[3], QStringLiteral("charge")}};
        for (const auto &r : f.server.requests()) {
            QCOMPARE(headerValue(r.headers, "Content-Type"), QByteArray("application/json; charset=utf-8"));
            QVERIFY(headerValue(r.headers, "User-Agent").startsWith("Stripe/1.0"));
            QVERIFY(!hasHookbenchHeaders(r.headers));
            const Verdict verdict = Signing::verify({SigningScheme::Stripe, applied.endpoint.secrets.first(), {}},
                                                    r.headers, r.body, QDateTime::currentSecsSinceEpoch());
            QCOMPARE(verdict.result, Verdict::Result::Valid);
            const QJsonObject event = json(r.body);
            QVERIFY(event.value(QLatin1String("id")).toString().startsWith(QLatin1String("evt_")));
            QCOMPARE(event.value(QLatin1String("object")).toString(), QStringLiteral("event"));
            QCOMPARE(event.value(QLatin1String("api_version")).toString(), QStringLiteral("2024-06-20"));
            QVERIFY(qAbs(event.value(QLatin1String("created")).toInteger() - QDateTime::currentSecsSinceEpoch()) < 60);
            QCOMPARE(event.value(QLatin1String("livemode")), QJsonValue(false));
            QCOMPARE(event.value(QLatin1String("pending_webhooks")).toInt(), 1);
            QVERIFY(event.value(QLatin1String("request")).isObject());
            const QString type = event.value(QLatin1String("type")).toString();
            QVERIFY(objects.contains(type));
            const QJsonObject object
                = event.value(QLatin1String("data")).toObject().value(QLatin1String("object")).toObject();
            QCOMPARE(object.value(QLatin1String("object")).toString(), objects.value(type));
        }
    }

    void googleChannelSyncsNumbersAndExpires()
    {
        Fixture f;
        QVERIFY(f.open());
        const QDateTime expires = QDateTime::currentDateTimeUtc().addMSecs(2500);
        const auto applied = f.apply(QStringLiteral("google-calendar"), [&](auto &o) {
            o.secret = QStringLiteral("target=myApp-myCalendarChannelDest");
            o.expiresAt = expires;
        });
        QVERIFY2(applied.ok(), qPrintable(applied.error));
        QCOMPARE(applied.createdEventTypes, (QStringList {QStringLiteral("exists"), QStringLiteral("not_exists")}));
        QCOMPARE(applied.endpoint.origin, EndpointOrigin::GoogleChannel);
        QTRY_COMPARE(f.server.requests().size(), 1);
        const auto exists1 = f.trigger(QStringLiteral("exists"));
        QTRY_VERIFY(f.final(exists1));
        const auto gone = f.trigger(QStringLiteral("not_exists"));
        QTRY_VERIFY(f.final(gone));

        // The counter is persisted: a restarted engine goes on numbering.
        f.engine.reset();
        f.startEngine();
        const auto exists2 = f.trigger(QStringLiteral("exists"));
        QTRY_VERIFY(f.final(exists2));
        QCOMPARE(f.server.requests().size(), 4);

        const Presets::OriginInfo channel = Presets::originInfoOf(applied.endpoint);
        QVERIFY(!channel.channelId.isEmpty() && !channel.resourceId.isEmpty());
        const QList<QByteArray> states {"sync", "exists", "not_exists", "exists"};
        qint64 previous = 0;
        for (qsizetype i = 0; i < states.size(); ++i) {
            const auto &r = f.server.requests().at(i);
            QCOMPARE(r.method, QByteArray("POST"));
            QVERIFY(r.body.isEmpty());
            QCOMPARE(headerValue(r.headers, "Content-Length"), QByteArray("0"));
            QCOMPARE(headerValue(r.headers, "X-Goog-Resource-State"), states[i]);
            QCOMPARE(headerValue(r.headers, "X-Goog-Channel-ID"), channel.channelId.toUtf8());
            QCOMPARE(headerValue(r.headers, "X-Goog-Channel-Token"), QByteArray("target=myApp-myCalendarChannelDest"));
            QCOMPARE(headerValue(r.headers, "X-Goog-Channel-Expiration"), Presets::httpDate(expires));
            QCOMPARE(headerValue(r.headers, "X-Goog-Resource-ID"), channel.resourceId.toUtf8());
            QCOMPARE(headerValue(r.headers, "X-Goog-Resource-URI"), channel.resourceUri.toUtf8());
            QVERIFY(!hasHookbenchHeaders(r.headers));
            const qint64 number = headerValue(r.headers, "X-Goog-Message-Number").toLongLong();
            if (i == 0)
                QCOMPARE(number, 1);
            QVERIFY2(number > previous, qPrintable(QStringLiteral("message %1 has number %2").arg(i).arg(number)));
            previous = number;
        }

        // Past its expiration the channel receives nothing.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expires, 5000);
        const auto late = f.trigger(QStringLiteral("exists"));
        QVERIFY(late.ok());
        QVERIFY(late.deliveries.isEmpty());
        QVERIFY(late.event.fanoutNote.contains(QLatin1String("expired")));
        QCOMPARE(f.server.requests().size(), 4);
    }

    void googleChannelWithoutExpirationOmitsTheHeader()
    {
        Endpoint e;
        e.id = 5;
        e.origin = EndpointOrigin::GoogleChannel;
        Presets::OriginInfo info;
        info.channelId = QStringLiteral("c1");
        info.resourceId = QStringLiteral("r1");
        info.resourceUri = QStringLiteral("https://www.googleapis.com/calendar/v3/calendars/primary/events");
        e.originData = Presets::originDataToJson(info);
        HeaderList headers {{"Content-Type", "application/json"}, {"X-Hookbench-Event", "exists"}};
        QByteArray body = "{}";
        Presets::shapeRequest(e, {QStringLiteral("exists"), QStringLiteral("msg_1"), 1, {}, 9}, headers, body);
        QVERIFY(body.isEmpty());
        QVERIFY(!hasHeader(headers, "X-Goog-Channel-Expiration"));
        QVERIFY(!hasHeader(headers, "X-Goog-Channel-Token"));
        QCOMPARE(headerValue(headers, "X-Goog-Message-Number"), QByteArray("9"));
    }

    void standardWebhooksEnvelope()
    {
        Fixture f;
        QVERIFY(f.open());
        const auto applied = f.apply(QStringLiteral("standard-webhooks"));
        QVERIFY2(applied.ok(), qPrintable(applied.error));
        const auto t = f.trigger(QStringLiteral("contact.created"));
        QTRY_VERIFY(f.final(t));
        QCOMPARE(f.server.requests().size(), 1);
        const auto &r = f.server.requests().first();
        QCOMPARE(headerValue(r.headers, "webhook-id"), f.delivery(t).uid.toUtf8());
        QVERIFY(!headerValue(r.headers, "webhook-timestamp").isEmpty());
        QVERIFY(headerValue(r.headers, "webhook-signature").startsWith("v1,"));
        QVERIFY(!hasHookbenchHeaders(r.headers));
        const Verdict verdict = Signing::verify({SigningScheme::StandardWebhooks, applied.endpoint.secrets.first(), {}},
                                                r.headers, r.body, QDateTime::currentSecsSinceEpoch());
        QCOMPARE(verdict.result, Verdict::Result::Valid);
        const QJsonObject body = json(r.body);
        QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("contact.created"));
        QVERIFY(QDateTime::fromString(body.value(QLatin1String("timestamp")).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(body.value(QLatin1String("data")).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("contact"));
    }

    void cloudEventsBinaryAndStructured()
    {
        Fixture f;
        QVERIFY(f.open());
        const auto binary = f.apply(QStringLiteral("cloudevents"), [](auto &o) { o.secret = QStringLiteral("tok"); });
        QVERIFY2(binary.ok(), qPrintable(binary.error));
        const auto structured = f.apply(QStringLiteral("cloudevents"), [&](auto &o) {
            o.cloudEventsStructured = true;
            o.url = QUrl(f.server.url(QStringLiteral("/structured")));
        });
        QVERIFY2(structured.ok(), qPrintable(structured.error));
        QCOMPARE(structured.endpoint.name, QStringLiteral("cloudevents-2"));
        const auto t = f.trigger(QStringLiteral("com.example.object.created"));
        QCOMPARE(t.deliveries.size(), 2);
        QTRY_VERIFY(f.final(t));
        QCOMPARE(f.server.requests().size(), 2);
        const QJsonObject data = json(t.event.payload);
        for (const auto &r : f.server.requests()) {
            QVERIFY(!hasHookbenchHeaders(r.headers));
            if (r.target == "/cloudevents") {
                QCOMPARE(headerValue(r.headers, "ce-specversion"), QByteArray("1.0"));
                QCOMPARE(headerValue(r.headers, "ce-type"), QByteArray("com.example.object.created"));
                QCOMPARE(headerValue(r.headers, "ce-source"), QByteArray("/hookbench"));
                QVERIFY(!headerValue(r.headers, "ce-id").isEmpty());
                const QDateTime time
                    = QDateTime::fromString(QString::fromLatin1(headerValue(r.headers, "ce-time")), Qt::ISODateWithMs);
                QVERIFY(time.isValid());
                QVERIFY(qAbs(time.secsTo(t.event.createdAt)) <= 1);
                QCOMPARE(headerValue(r.headers, "Content-Type"), QByteArray("application/json"));
                QCOMPARE(headerValue(r.headers, "Authorization"), QByteArray("Bearer tok"));
                QCOMPARE(json(r.body), data);
            } else {
                QCOMPARE(r.target, QByteArray("/structured"));
                QVERIFY(headerValue(r.headers, "Content-Type").startsWith("application/cloudevents+json"));
                QVERIFY(!hasHeader(r.headers, "ce-id"));
                const QJsonObject envelope = json(r.body);
                QCOMPARE(envelope.value(QLatin1String("specversion")).toString(), QStringLiteral("1.0"));
                QCOMPARE(envelope.value(QLatin1String("type")).toString(),
                         QStringLiteral("com.example.object.created"));
                QCOMPARE(envelope.value(QLatin1String("source")).toString(), QStringLiteral("/hookbench"));
                QVERIFY(!envelope.value(QLatin1String("id")).toString().isEmpty());
                QVERIFY(QDateTime::fromString(envelope.value(QLatin1String("time")).toString(), Qt::ISODateWithMs)
                            .isValid());
                QCOMPARE(envelope.value(QLatin1String("datacontenttype")).toString(),
                         QStringLiteral("application/json"));
                QCOMPARE(envelope.value(QLatin1String("data")).toObject(), data);
            }
        }
    }

    void wrongOptionsCreateNothing()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(!f.apply(QStringLiteral("gitlab")).ok());
        QVERIFY(f.apply(QStringLiteral("gitlab")).error.contains(QLatin1String("github")));
        QVERIFY(!f.apply(QStringLiteral("stripe"), [](auto &o) { o.url = QUrl(QStringLiteral("ftp://x/")); }).ok());
        QVERIFY(f.ws->eventTypes().list().isEmpty());
        QVERIFY(f.ws->endpoints().list().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
