// Subscription APIs: a client registers through each provider-compatible API exactly as a consumer library
// would (request shapes from GitHub's, Google's and the WebSub documentation), then receives the provider's
// initial traffic and triggered events with the provider's headers and valid signatures. Refusals come in the
// provider's shape and leave the workspace unchanged, and every refusal (and every WebSub verification) is kept in
// the workspace's API activity log with a message that says why.
#include "delivery/deliveryengine.h"
#include "signing/signer.h"
#include "signing/verifier.h"
#include "storage/database.h"
#include "storage/workspace.h"
#include "subscriptions/apisettings.h"
#include "subscriptions/managementserver.h"
#include "tempworkspace.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

using namespace Hookbench;
using Hookbench::Test::TestHttpServer;

namespace {

constexpr int WaitMs = 10'000;

struct Reply
{
    int status = 0;
    QByteArray body;
    HeaderList headers;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

// A WebSub subscriber: answers verification GETs (echoing hub.challenge, or not) and accepts content.
class Subscriber final : public QObject, private Http::RequestHandler
{
    Q_OBJECT

public:
    enum class Verification
    {
        Echo,
        WrongBody,
        NotFound,
    };
    Verification verification = Verification::Echo;
    QList<Http::Request> requests;

    bool listen()
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                new Http::Connection(socket, this, {}, this);
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    QList<Http::Request> withMethod(QByteArrayView method) const
    {
        QList<Http::Request> out;
        for (const Http::Request &r : requests) {
            if (r.method == method)
                out.append(r);
        }
        return out;
    }

signals:
    void received();

private:
    Http::Response handleRequest(const Http::Request &request, const Http::Peer &) override
    {
        requests.append(request);
        emit received();
        Http::Response r;
        if (request.method == "GET") {
            const QUrlQuery query(QUrl::fromEncoded(request.target));
            if (verification == Verification::NotFound)
                r.status = 404;
            else
                r.body = verification == Verification::Echo
                    ? query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded).toUtf8()
                    : QByteArrayLiteral("ok");
        }
        return r;
    }

    QTcpServer m_server;
};

} // namespace

class TestSubscriptions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void gitHubHooks();
    void googleChannels();
    void googleChannelExpires();
    void webSubVerifiedSubscription();
    void webSubRefusedVerification_data();
    void webSubRefusedVerification();
    void webSubLeaseExpires();
    void genericHooks();
    void genericHookSignedOnceGivenASecret();
    void badRequestsChangeNothing_data();
    void badRequestsChangeNothing();
    void tokenIsPerWorkspace();
    void gitHubTestPush();
    void gitHubConfigWithoutSecretRemovesIt();
    void gitHubDeliveryIdsAreGuids();
    void googleExpirationAsAsked();
    void webSubPublish();
    void webSubPublishOfANeverFiredTypeTakesTheNextSequence();
    void webSubPublishRefused_data();
    void webSubPublishRefused();
    void activityIsKeptInTheWorkspace();
    void activityTableAddedToOlderWorkspaces();

private:
    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &contentType = "application/json", const QByteArray &authorization = "default");
    qint64 triggerEvent(const QString &type, const QByteArray &payload = "{\"action\":\"opened\"}");
    // Waits until `control` (subscribed to everything) got the event, so anything else would have arrived too.
    void triggerAndSettle(const QString &type);
    // Subscribes `callback` to `topic` through the hub and waits for the verification to confirm it.
    void subscribeWebSub(const QString &callback, const QString &topic, const QString &secret);
    QList<Storage::ApiActivity> activity() const { return m_ws->apiActivity().recent(100); }

    std::unique_ptr<Test::TempWorkspace> m_tmp;
    std::unique_ptr<Storage::Workspace> m_ws;
    std::unique_ptr<Engine::DeliveryEngine> m_engine;
    std::unique_ptr<Subscriptions::ManagementServer> m_api;
    std::unique_ptr<TestHttpServer> m_peer;
    std::unique_ptr<TestHttpServer> m_control;
    QNetworkAccessManager *m_client = nullptr;
    QString m_token;
};

void TestSubscriptions::init()
{
    m_tmp = std::make_unique<Test::TempWorkspace>();
    QString error;
    m_ws = Storage::Workspace::open(m_tmp->path(), &error);
    QVERIFY2(m_ws, qPrintable(error));
    m_engine = std::make_unique<Engine::DeliveryEngine>(*m_ws);
    m_engine->start();
    m_token = Subscriptions::ensureApiToken(m_ws->settings());
    m_api = std::make_unique<Subscriptions::ManagementServer>(*m_ws, *m_engine);
    QVERIFY2(m_api->start(0, m_token, &error), qPrintable(error));
    m_peer = std::make_unique<TestHttpServer>();
    m_control = std::make_unique<TestHttpServer>();
    QVERIFY(m_peer->listen());
    QVERIFY(m_control->listen());
    Endpoint control;
    control.name = QStringLiteral("control");
    control.url = QUrl(m_control->url(QStringLiteral("/control")));
    QVERIFY(m_ws->endpoints().add(control));
    m_engine->endpointsChanged();
    m_client = new QNetworkAccessManager(this);
    m_client->setProxy(QNetworkProxy::NoProxy);
}

void TestSubscriptions::cleanup()
{
    delete m_client;
    m_api.reset();
    m_engine->stop();
    m_engine.reset();
    m_ws.reset();
    m_peer.reset();
    m_control.reset();
    m_tmp.reset();
}

Reply TestSubscriptions::call(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QByteArray &contentType, const QByteArray &authorization)
{
    QNetworkRequest request(QUrl(m_api->baseUrl() + path));
    if (!body.isEmpty() || method == "POST")
        request.setRawHeader("Content-Type", contentType);
    if (authorization == "default")
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    else if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_client->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply r;
    if (!reply->isFinished() && !finished.wait(WaitMs))
        return r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append({pair.first, pair.second});
    reply->deleteLater();
    return r;
}

qint64 TestSubscriptions::triggerEvent(const QString &type, const QByteArray &payload)
{
    return m_engine->trigger(type, payload, EventSource::Manual).event.id;
}

void TestSubscriptions::triggerAndSettle(const QString &type)
{
    const qsizetype before = m_control->requests().size();
    triggerEvent(type);
    QTRY_VERIFY_WITH_TIMEOUT(m_control->requests().size() > before, WaitMs);
}

void TestSubscriptions::subscribeWebSub(const QString &callback, const QString &topic, const QString &secret)
{
    QSignalSpy verified(m_api.get(), &Subscriptions::ManagementServer::verificationFinished);
    QByteArray form = "hub.mode=subscribe&hub.callback=" + QUrl::toPercentEncoding(callback)
        + "&hub.topic=" + QUrl::toPercentEncoding(topic);
    if (!secret.isEmpty())
        form += "&hub.secret=" + QUrl::toPercentEncoding(secret);
    QCOMPARE(call("POST", QStringLiteral("/hub"), form, "application/x-www-form-urlencoded").status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, WaitMs);
    QVERIFY(verified.at(0).at(0).value<Subscriptions::VerificationRecord>().confirmed);
}

void TestSubscriptions::gitHubHooks()
{
    // octokit.rest.repos.createWebhook({owner, repo, name: "web", active, events, config})
    const QByteArray create = R"({"name":"web","active":true,"events":["push","issues"],
        "config":{"url":")"
        + m_peer->url(QStringLiteral("/github")).toUtf8()
        + R"(","content_type":"json","secret":"It's a Secret to Everybody","insecure_ssl":"0"}})";
    const Reply created = call("POST", QStringLiteral("/repos/octo-org/hello-world/hooks"), create);
    QCOMPARE(created.status, 201);
    const QJsonObject hook = created.object();
    const qint64 hookId = qint64(hook.value(QLatin1String("id")).toDouble());
    QVERIFY(hookId > 0);
    QCOMPARE(hook.value(QLatin1String("type")).toString(), QStringLiteral("Repository"));
    QCOMPARE(hook.value(QLatin1String("name")).toString(), QStringLiteral("web"));
    QCOMPARE(hook.value(QLatin1String("active")).toBool(), true);
    QCOMPARE(hook.value(QLatin1String("events")).toArray(),
             (QJsonArray {QStringLiteral("push"), QStringLiteral("issues")}));
    const QJsonObject config = hook.value(QLatin1String("config")).toObject();
    QCOMPARE(config.value(QLatin1String("secret")).toString(), QStringLiteral("********"));
    QCOMPARE(config.value(QLatin1String("content_type")).toString(), QStringLiteral("json"));
    QCOMPARE(config.value(QLatin1String("url")).toString(), m_peer->url(QStringLiteral("/github")));
    const QString hookUrl = m_api->baseUrl() + QStringLiteral("/repos/octo-org/hello-world/hooks/%1").arg(hookId);
    QCOMPARE(hook.value(QLatin1String("url")).toString(), hookUrl);
    QCOMPARE(hook.value(QLatin1String("ping_url")).toString(), hookUrl + QStringLiteral("/pings"));
    QCOMPARE(hook.value(QLatin1String("deliveries_url")).toString(), hookUrl + QStringLiteral("/deliveries"));
    QVERIFY(!hook.value(QLatin1String("created_at")).toString().isEmpty());
    QVERIFY(!hook.value(QLatin1String("updated_at")).toString().isEmpty());

    const VerificationSecret secret {SigningScheme::GitHub, QStringLiteral("It's a Secret to Everybody"), {}};
    auto check = [&](const TestHttpServer::Request &r, const QByteArray &event) {
        QCOMPARE(headerValue(r.headers, "X-GitHub-Event"), event);
        QCOMPARE(headerValue(r.headers, "X-GitHub-Hook-ID"), QByteArray::number(hookId));
        QVERIFY(!QUuid::fromString(QString::fromLatin1(headerValue(r.headers, "X-GitHub-Delivery"))).isNull());
        QVERIFY(headerValue(r.headers, "User-Agent").startsWith("GitHub-Hookshot/"));
        QCOMPARE(headerValue(r.headers, "Content-Type"), QByteArrayLiteral("application/json"));
        const Verdict v = Signing::verify(secret, r.headers, r.body, QDateTime::currentSecsSinceEpoch());
        QCOMPARE(v.result, Verdict::Result::Valid);
    };
    // The ping, at once.
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 1, WaitMs);
    check(m_peer->requests().at(0), "ping");
    if (QTest::currentTestFailed())
        return;
    const QJsonObject ping = QJsonDocument::fromJson(m_peer->requests().at(0).body).object();
    QCOMPARE(qint64(ping.value(QLatin1String("hook_id")).toDouble()), hookId);
    QCOMPARE(ping.value(QLatin1String("hook")).toObject().value(QLatin1String("url")).toString(), hookUrl);
    QVERIFY(!ping.value(QLatin1String("zen")).toString().isEmpty());

    // A triggered event of a subscribed family.
    triggerEvent(QStringLiteral("issues.opened"));
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 2, WaitMs);
    check(m_peer->requests().at(1), "issues");
    if (QTest::currentTestFailed())
        return;
    const QByteArray issuesDelivery = headerValue(m_peer->requests().at(1).headers, "X-GitHub-Delivery");

    QCOMPARE(call("GET", QStringLiteral("/repos/octo-org/hello-world/hooks")).array().size(), 1);
    QCOMPARE(call("GET", QStringLiteral("/repos/octo-org/other/hooks")).array().size(), 0);
    QCOMPARE(call("GET", QStringLiteral("/repos/octo-org/hello-world/hooks/%1").arg(hookId)).object(), hook);

    // Edit: add an event, as octokit.rest.repos.updateWebhook does.
    const Reply edited = call("PATCH", QStringLiteral("/repos/octo-org/hello-world/hooks/%1").arg(hookId),
                              R"({"add_events":["release"]})");
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.object().value(QLatin1String("events")).toArray().size(), 3);

    // The delivery list, and a redelivery with the same delivery GUID.
    QTRY_VERIFY_WITH_TIMEOUT(
        call("GET", QStringLiteral("/repos/octo-org/hello-world/hooks/%1/deliveries").arg(hookId)).array().size() == 2,
        WaitMs);
    const Reply listed = call("GET", QStringLiteral("/repos/octo-org/hello-world/hooks/%1/deliveries").arg(hookId));
    const QJsonArray deliveries = listed.array();
    QStringList guids;
    for (const QJsonValue &d : deliveries)
        guids.append(d.toObject().value(QLatin1String("guid")).toString());
    QVERIFY(guids.contains(QString::fromLatin1(issuesDelivery)));
    const QJsonObject newest = deliveries.at(0).toObject();
    QCOMPARE(newest.value(QLatin1String("guid")).toString().toUtf8(), issuesDelivery);
    QCOMPARE(newest.value(QLatin1String("event")).toString(), QStringLiteral("issues"));
    QCOMPARE(newest.value(QLatin1String("action")).toString(), QStringLiteral("opened"));
    // Delivery ids are 63-bit: written as exact integers, which a double would round.
    const QString newestId
        = QString::fromUtf8(listed.body).section(QStringLiteral("\"id\": "), 1, 1).section(QLatin1Char(','), 0, 0);
    QVERIFY(m_ws->deliveries().find(newestId.toLongLong()));
    const Reply redelivered
        = call("POST",
               QStringLiteral("/repos/octo-org/hello-world/hooks/%1/deliveries/%2/attempts").arg(hookId).arg(newestId));
    QCOMPARE(redelivered.status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 3, WaitMs);
    QCOMPARE(headerValue(m_peer->requests().at(2).headers, "X-GitHub-Delivery"), issuesDelivery);

    // Pings on request.
    QCOMPARE(call("POST", QStringLiteral("/repos/octo-org/hello-world/hooks/%1/pings").arg(hookId)).status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 4, WaitMs);
    QCOMPARE(headerValue(m_peer->requests().at(3).headers, "X-GitHub-Event"), QByteArrayLiteral("ping"));

    // Deleting the hook stops deliveries.
    QCOMPARE(call("DELETE", QStringLiteral("/repos/octo-org/hello-world/hooks/%1").arg(hookId)).status, 204);
    QVERIFY(!m_ws->endpoints().find(hookId));
    triggerAndSettle(QStringLiteral("issues.closed"));
    QCOMPARE(m_peer->requests().size(), 4);
    const Reply gone = call("GET", QStringLiteral("/repos/octo-org/hello-world/hooks/%1").arg(hookId));
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.object().value(QLatin1String("message")).toString(), QStringLiteral("Not Found"));
}

void TestSubscriptions::googleChannels()
{
    // calendar.events.watch({calendarId: "primary", requestBody: {id, type, address, token, params: {ttl}}})
    const QString channelId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray watch = R"({"id":")" + channelId.toUtf8() + R"(","type":"web_hook","address":")"
        + m_peer->url(QStringLiteral("/google")).toUtf8()
        + R"(","token":"target=myApp-calendar","params":{"ttl":"3600"}})";
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Reply watched = call("POST", QStringLiteral("/calendar/v3/calendars/primary/events/watch"), watch);
    QCOMPARE(watched.status, 200);
    const QJsonObject channel = watched.object();
    QCOMPARE(channel.value(QLatin1String("kind")).toString(), QStringLiteral("api#channel"));
    QCOMPARE(channel.value(QLatin1String("id")).toString(), channelId);
    QCOMPARE(channel.value(QLatin1String("token")).toString(), QStringLiteral("target=myApp-calendar"));
    QVERIFY(channel.value(QLatin1String("resourceUri"))
                .toString()
                .contains(QLatin1String("calendar/v3/calendars/primary/events")));
    const QString resourceId = channel.value(QLatin1String("resourceId")).toString();
    QVERIFY(!resourceId.isEmpty());
    const qint64 expiration = channel.value(QLatin1String("expiration")).toString().toLongLong();
    QVERIFY(qAbs(expiration - before.addSecs(3600).toMSecsSinceEpoch()) < 60'000);

    auto check = [&](const TestHttpServer::Request &r, const QByteArray &state) {
        QCOMPARE(headerValue(r.headers, "X-Goog-Channel-ID"), channelId.toUtf8());
        QCOMPARE(headerValue(r.headers, "X-Goog-Channel-Token"), QByteArrayLiteral("target=myApp-calendar"));
        QCOMPARE(headerValue(r.headers, "X-Goog-Resource-ID"), resourceId.toUtf8());
        QCOMPARE(headerValue(r.headers, "X-Goog-Resource-State"), state);
        QVERIFY(!headerValue(r.headers, "X-Goog-Channel-Expiration").isEmpty());
        QVERIFY(r.body.isEmpty());
    };
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 1, WaitMs);
    check(m_peer->requests().at(0), "sync");
    QCOMPARE(headerValue(m_peer->requests().at(0).headers, "X-Goog-Message-Number"), QByteArrayLiteral("1"));
    triggerEvent(QStringLiteral("exists"), "{}");
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 2, WaitMs);
    check(m_peer->requests().at(1), "exists");
    QVERIFY(headerValue(m_peer->requests().at(1).headers, "X-Goog-Message-Number").toLongLong() > 1);

    // A channel far in the future (Calendar documents no maximum; see googleExpirationAsAsked).
    const QByteArray far = R"({"id":"far-channel","type":"web_hook","address":")"
        + m_peer->url(QStringLiteral("/far")).toUtf8() + R"(","expiration":")"
        + QByteArray::number(before.addDays(365).toMSecsSinceEpoch()) + "\"}";
    QCOMPARE(call("POST", QStringLiteral("/calendar/v3/calendars/primary/events/watch"), far).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 3, WaitMs);

    // Duplicate channel ids are refused, and nothing changes.
    const QList<Endpoint> endpoints = m_ws->endpoints().list();
    const Reply duplicate = call("POST", QStringLiteral("/calendar/v3/calendars/primary/events/watch"), watch);
    QCOMPARE(duplicate.status, 400);
    const QJsonObject error = duplicate.object().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toInt(), 400);
    QCOMPARE(error.value(QLatin1String("errors")).toArray().at(0).toObject().value(QLatin1String("reason")).toString(),
             QStringLiteral("channelIdNotUnique"));
    QCOMPARE(m_ws->endpoints().list(), endpoints);

    // channels.stop: a wrong resource id is not found; the right one stops the channel.
    const QByteArray wrongStop = R"({"id":")" + channelId.toUtf8() + R"(","resourceId":"nope"})";
    QCOMPARE(call("POST", QStringLiteral("/calendar/v3/channels/stop"), wrongStop).status, 404);
    const QByteArray stop = R"({"id":")" + channelId.toUtf8() + R"(","resourceId":")" + resourceId.toUtf8() + "\"}";
    QCOMPARE(call("POST", QStringLiteral("/calendar/v3/channels/stop"), stop).status, 204);
    const qsizetype seen = m_peer->requests().size();
    triggerAndSettle(QStringLiteral("exists"));
    // The far channel still gets it; the stopped one does not.
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), seen + 1, WaitMs);
    QCOMPARE(m_peer->requests().last().target, QByteArrayLiteral("/far"));
}

void TestSubscriptions::googleChannelExpires()
{
    const QByteArray watch = R"({"id":"short-lived","type":"web_hook","address":")"
        + m_peer->url(QStringLiteral("/short")).toUtf8() + R"(","expiration":")"
        + QByteArray::number(QDateTime::currentMSecsSinceEpoch() + 1500) + "\"}";
    const Reply watched = call("POST", QStringLiteral("/calendar/v3/calendars/primary/events/watch"), watch);
    QCOMPARE(watched.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 1, WaitMs);
    const std::optional<Endpoint> channel = m_ws->endpoints().findByName(QStringLiteral("Google channel short-lived"));
    QVERIFY(channel);
    QCOMPARE(channel->origin, EndpointOrigin::GoogleChannel);
    QTRY_VERIFY_WITH_TIMEOUT(channel->isExpired(QDateTime::currentDateTimeUtc()), WaitMs);
    triggerAndSettle(QStringLiteral("exists"));
    QCOMPARE(m_peer->requests().size(), 1);
}

void TestSubscriptions::webSubVerifiedSubscription()
{
    Subscriber subscriber;
    QVERIFY(subscriber.listen());
    QSignalSpy verified(m_api.get(), &Subscriptions::ManagementServer::verificationFinished);
    const QString callback = subscriber.url(QStringLiteral("/websub/callback?sub=1"));
    const QString topic = QStringLiteral("https://example.com/topics/issues.*");
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("hub.mode"), QStringLiteral("subscribe"));
    form.addQueryItem(QStringLiteral("hub.callback"), QString::fromUtf8(QUrl::toPercentEncoding(callback)));
    form.addQueryItem(QStringLiteral("hub.topic"), QString::fromUtf8(QUrl::toPercentEncoding(topic)));
    form.addQueryItem(QStringLiteral("hub.lease_seconds"), QStringLiteral("3600"));
    form.addQueryItem(QStringLiteral("hub.secret"), QStringLiteral("websub secret"));
    const Reply accepted = call("POST", QStringLiteral("/hub"), form.toString(QUrl::FullyEncoded).toUtf8(),
                                "application/x-www-form-urlencoded");
    QCOMPARE(accepted.status, 202);
    // Nothing exists until the subscriber confirms.
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, WaitMs);
    const auto record = verified.at(0).at(0).value<Subscriptions::VerificationRecord>();
    QVERIFY2(record.confirmed, qPrintable(record.detail));
    const QList<Http::Request> gets = subscriber.withMethod("GET");
    QCOMPARE(gets.size(), 1);
    const QUrlQuery asked(QUrl::fromEncoded(gets.at(0).target));
    QCOMPARE(asked.queryItemValue(QStringLiteral("hub.mode")), QStringLiteral("subscribe"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("hub.topic"), QUrl::FullyDecoded), topic);
    QCOMPARE(asked.queryItemValue(QStringLiteral("hub.lease_seconds")), QStringLiteral("3600"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("sub")), QStringLiteral("1"));
    QVERIFY(!asked.queryItemValue(QStringLiteral("hub.challenge")).isEmpty());

    QList<Endpoint> subs;
    for (const Endpoint &e : m_ws->endpoints().list()) {
        if (e.origin == EndpointOrigin::WebSub)
            subs.append(e);
    }
    QCOMPARE(subs.size(), 1);
    QCOMPARE(subs.first().url.toString(), callback);

    // Content for the topic's event type is distributed, signed with X-Hub-Signature.
    triggerEvent(QStringLiteral("issues.opened"));
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.withMethod("POST").size(), 1, WaitMs);
    const Http::Request content = subscriber.withMethod("POST").first();
    const QByteArray signature = headerValue(content.headers, "X-Hub-Signature");
    QCOMPARE(signature, "sha1=" + Signing::hmac(HmacAlgorithm::Sha1, "websub secret", content.body).toHex());
    VerificationSecret secret {SigningScheme::CustomHmac, QStringLiteral("websub secret"), {}};
    secret.customHmac.headerName = QStringLiteral("X-Hub-Signature");
    secret.customHmac.algorithm = HmacAlgorithm::Sha1;
    secret.customHmac.prefix = QStringLiteral("sha1=");
    QCOMPARE(Signing::verify(secret, content.headers, content.body, QDateTime::currentSecsSinceEpoch()).result,
             Verdict::Result::Valid);
    QVERIFY(headerValue(content.headers, "Link").contains("rel=\"hub\""));
    // Other event types are not this topic's.
    triggerAndSettle(QStringLiteral("push"));
    QCOMPARE(subscriber.withMethod("POST").size(), 1);

    // Unsubscribing is verified the same way, then the subscription is gone.
    form.removeAllQueryItems(QStringLiteral("hub.mode"));
    form.addQueryItem(QStringLiteral("hub.mode"), QStringLiteral("unsubscribe"));
    QCOMPARE(call("POST", QStringLiteral("/hub"), form.toString(QUrl::FullyEncoded).toUtf8(),
                  "application/x-www-form-urlencoded")
                 .status,
             202);
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 2, WaitMs);
    QVERIFY(verified.at(1).at(0).value<Subscriptions::VerificationRecord>().confirmed);
    QCOMPARE(QUrlQuery(QUrl::fromEncoded(subscriber.withMethod("GET").at(1).target))
                 .queryItemValue(QStringLiteral("hub.mode")),
             QStringLiteral("unsubscribe"));
    QVERIFY(!m_ws->endpoints().find(subs.first().id));
}

void TestSubscriptions::webSubRefusedVerification_data()
{
    QTest::addColumn<int>("verification");
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("says");
    QTest::newRow("challenge not echoed")
        << int(Subscriber::Verification::WrongBody) << true << int(Storage::ApiActivity::Outcome::Refused)
        << QStringLiteral("Intent verification refused: %1 answered 200 without echoing hub.challenge");
    QTest::newRow("404") << int(Subscriber::Verification::NotFound) << true
                         << int(Storage::ApiActivity::Outcome::Refused)
                         << QStringLiteral("Intent verification refused: %1 answered 404 instead of echoing "
                                           "hub.challenge");
    QTest::newRow("unreachable") << int(Subscriber::Verification::Echo) << false
                                 << int(Storage::ApiActivity::Outcome::Error)
                                 << QStringLiteral("Intent verification failed: %1 could not be reached");
}

void TestSubscriptions::webSubRefusedVerification()
{
    QFETCH(int, verification);
    QFETCH(bool, reachable);
    QFETCH(int, outcome);
    QFETCH(QString, says);
    Subscriber subscriber;
    subscriber.verification = Subscriber::Verification(verification);
    QVERIFY(subscriber.listen());
    QString callback = subscriber.url(QStringLiteral("/cb"));
    if (!reachable) {
        // A port nothing listens on any more.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        callback = QStringLiteral("http://127.0.0.1:%1/cb").arg(closed.serverPort());
    }
    QSignalSpy verified(m_api.get(), &Subscriptions::ManagementServer::verificationFinished);
    QSignalSpy recorded(m_api.get(), &Subscriptions::ManagementServer::activityRecorded);
    const QList<Endpoint> endpoints = m_ws->endpoints().list();
    const QByteArray form = "hub.mode=subscribe&hub.callback=" + QUrl::toPercentEncoding(callback)
        + "&hub.topic=https%3A%2F%2Fexample.com%2Ffeed";
    QCOMPARE(call("POST", QStringLiteral("/hub"), form, "application/x-www-form-urlencoded").status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, WaitMs);
    const auto record = verified.at(0).at(0).value<Subscriptions::VerificationRecord>();
    QVERIFY(!record.confirmed);
    QVERIFY(!record.detail.isEmpty());
    QCOMPARE(m_api->verifications().size(), 1);
    QCOMPARE(m_ws->endpoints().list(), endpoints);
    triggerAndSettle(QStringLiteral("push"));
    QCOMPARE(subscriber.withMethod("POST").size(), 0);

    // The refusal is in the workspace, newest first, after the accepted request that asked for it.
    const QList<Storage::ApiActivity> log = activity();
    QCOMPARE(log.size(), 2);
    QCOMPARE(recorded.size(), 2);
    const Storage::ApiActivity &refusal = log.at(0);
    QCOMPARE(refusal.api, QStringLiteral("websub"));
    QCOMPARE(refusal.action, QStringLiteral("verify"));
    QCOMPARE(refusal.subject, callback);
    QCOMPARE(int(refusal.outcome), outcome);
    QVERIFY2(refusal.message.startsWith(says.arg(callback)), qPrintable(refusal.message));
    QCOMPARE(recorded.at(1).at(0).value<Storage::ApiActivity>(), refusal);
    QCOMPARE(log.at(1).action, QStringLiteral("subscribe"));
    QCOMPARE(log.at(1).outcome, Storage::ApiActivity::Outcome::Ok);
    QCOMPARE(log.at(1).status, 202);
}

void TestSubscriptions::webSubLeaseExpires()
{
    Subscriber subscriber;
    QVERIFY(subscriber.listen());
    QSignalSpy verified(m_api.get(), &Subscriptions::ManagementServer::verificationFinished);
    const QByteArray form = "hub.mode=subscribe&hub.lease_seconds=1&hub.callback="
        + QUrl::toPercentEncoding(subscriber.url(QStringLiteral("/cb")))
        + "&hub.topic=https%3A%2F%2Fexample.com%2Ffeed";
    QCOMPARE(call("POST", QStringLiteral("/hub"), form, "application/x-www-form-urlencoded").status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, WaitMs);
    QVERIFY(verified.at(0).at(0).value<Subscriptions::VerificationRecord>().confirmed);
    std::optional<Endpoint> sub;
    for (const Endpoint &e : m_ws->endpoints().list()) {
        if (e.origin == EndpointOrigin::WebSub)
            sub = e;
    }
    QVERIFY(sub);
    QTRY_VERIFY_WITH_TIMEOUT(sub->isExpired(QDateTime::currentDateTimeUtc()), WaitMs);
    triggerAndSettle(QStringLiteral("push"));
    QCOMPARE(subscriber.withMethod("POST").size(), 0);
}

void TestSubscriptions::genericHooks()
{
    // The seed's addWebHook('newfollower', url), as a plain HTTP call.
    const QByteArray create = R"({"url":")" + m_peer->url(QStringLiteral("/generic")).toUtf8()
        + R"(","events":["newfollower"],"secret":"generic secret"})";
    const Reply created = call("POST", QStringLiteral("/hooks"), create);
    QCOMPARE(created.status, 201);
    const qint64 id = qint64(created.object().value(QLatin1String("id")).toDouble());
    QCOMPARE(created.object().value(QLatin1String("scheme")).toString(), QStringLiteral("hmac"));
    QCOMPARE(m_ws->endpoints().find(id)->origin, EndpointOrigin::Generic);

    triggerEvent(QStringLiteral("newfollower"), R"({"user":"octocat"})");
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 1, WaitMs);
    const TestHttpServer::Request r = m_peer->requests().at(0);
    QCOMPARE(headerValue(r.headers, "X-Signature"),
             Signing::hmac(HmacAlgorithm::Sha256, "generic secret", r.body).toHex());
    QCOMPARE(headerValue(r.headers, "X-Hookbench-Event"), QByteArrayLiteral("newfollower"));

    QCOMPARE(call("GET", QStringLiteral("/hooks")).array().size(), 1);
    const Reply paused = call("PATCH", QStringLiteral("/hooks/%1").arg(id), R"({"active":false})");
    QCOMPARE(paused.status, 200);
    QCOMPARE(paused.object().value(QLatin1String("active")).toBool(), false);
    QCOMPARE(call("DELETE", QStringLiteral("/hooks/%1").arg(id)).status, 204);
    QCOMPARE(call("GET", QStringLiteral("/hooks/%1").arg(id)).status, 404);
    triggerAndSettle(QStringLiteral("newfollower"));
    QCOMPARE(m_peer->requests().size(), 1);
}

// A hook registered without a secret, then given one with PATCH, is signed from then on, as one registered with
// it is (README: signed X-Signature unless `scheme` names another). The secret was dropped without a word: the
// answer said 200 and the hook stayed unsigned.
void TestSubscriptions::genericHookSignedOnceGivenASecret()
{
    const Reply created
        = call("POST", QStringLiteral("/hooks"),
               R"({"url":")" + m_peer->url(QStringLiteral("/generic")).toUtf8() + R"(","events":["newfollower"]})");
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QLatin1String("scheme")).toString(), QStringLiteral("none"));
    const qint64 id = qint64(created.object().value(QLatin1String("id")).toDouble());

    const Reply edited = call("PATCH", QStringLiteral("/hooks/%1").arg(id), R"({"secret":"later secret"})");
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.object().value(QLatin1String("scheme")).toString(), QStringLiteral("hmac"));
    QCOMPARE(edited.object().value(QLatin1String("secret")).toString(), QStringLiteral("********"));

    triggerEvent(QStringLiteral("newfollower"), R"({"user":"octocat"})");
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 1, WaitMs);
    const TestHttpServer::Request r = m_peer->requests().at(0);
    QCOMPARE(headerValue(r.headers, "X-Signature"),
             Signing::hmac(HmacAlgorithm::Sha256, "later secret", r.body).toHex());
}

void TestSubscriptions::badRequestsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("says");

    const QByteArray json = "application/json";
    const QByteArray form = "application/x-www-form-urlencoded";
    const QString gh = QStringLiteral("/repos/octo/app/hooks");
    const QByteArray ghOk = R"({"events":["push"],"config":{"url":"http://127.0.0.1:9/x"}})";
    QTest::newRow("github no token") << QByteArray("POST") << gh << json << ghOk << QByteArray() << 401
                                     << QByteArray("Requires authentication");
    QTest::newRow("github wrong token") << QByteArray("POST") << gh << json << ghOk << QByteArray("Bearer nope") << 401
                                        << QByteArray("Bad credentials");
    QTest::newRow("github malformed json") << QByteArray("POST") << gh << json << QByteArray("{\"events\":")
                                           << QByteArray("default") << 400 << QByteArray("Problems parsing JSON");
    QTest::newRow("github active not boolean")
        << QByteArray("POST") << gh << json << QByteArray(R"({"active":"yes","config":{"url":"http://127.0.0.1:9/x"}})")
        << QByteArray("default") << 422 << QByteArray("is not a boolean");
    QTest::newRow("github events not array")
        << QByteArray("POST") << gh << json
        << QByteArray(R"({"events":"push","config":{"url":"http://127.0.0.1:9/x"}})") << QByteArray("default") << 422
        << QByteArray("is not an array");
    QTest::newRow("github non-http url") << QByteArray("POST") << gh << json
                                         << QByteArray(R"({"config":{"url":"ftp://127.0.0.1/x"}})")
                                         << QByteArray("default") << 422 << QByteArray("Validation Failed");
    QTest::newRow("github unknown event")
        << QByteArray("POST") << gh << json
        << QByteArray(R"({"events":["pushed"],"config":{"url":"http://127.0.0.1:9/x"}})") << QByteArray("default")
        << 422 << QByteArray("not a valid event name");
    QTest::newRow("github no url") << QByteArray("POST") << gh << json
                                   << QByteArray(R"({"events":["push"],"config":{}})") << QByteArray("default") << 422
                                   << QByteArray("Validation Failed");
    QTest::newRow("github bad content type")
        << QByteArray("POST") << gh << json
        << QByteArray(R"({"config":{"url":"http://127.0.0.1:9/x","content_type":"xml"}})") << QByteArray("default")
        << 422 << QByteArray("Validation Failed");
    QTest::newRow("github unknown hook") << QByteArray("PATCH") << QStringLiteral("/repos/octo/app/hooks/999999")
                                         << json << QByteArray(R"({"active":false})") << QByteArray("default") << 404
                                         << QByteArray("Not Found");

    const QString watch = QStringLiteral("/calendar/v3/calendars/primary/events/watch");
    const QByteArray watchOk = R"({"id":"c1","type":"web_hook","address":"http://127.0.0.1:9/x"})";
    QTest::newRow("google no token") << QByteArray("POST") << watch << json << watchOk << QByteArray() << 401
                                     << QByteArray("UNAUTHENTICATED");
    QTest::newRow("google wrong token") << QByteArray("POST") << watch << json << watchOk << QByteArray("Bearer x")
                                        << 401 << QByteArray("Invalid Credentials");
    QTest::newRow("google malformed json") << QByteArray("POST") << watch << json << QByteArray("{")
                                           << QByteArray("default") << 400 << QByteArray("parseError");
    QTest::newRow("google id not string")
        << QByteArray("POST") << watch << json
        << QByteArray(R"({"id":12,"type":"web_hook","address":"http://127.0.0.1:9/x"})") << QByteArray("default") << 400
        << QByteArray("TYPE_STRING");
    QTest::newRow("google non-http address") << QByteArray("POST") << watch << json
                                             << QByteArray(R"({"id":"c1","type":"web_hook","address":"mailto:a@b.c"})")
                                             << QByteArray("default") << 400 << QByteArray("\"code\": 400");
    QTest::newRow("google wrong type") << QByteArray("POST") << watch << json
                                       << QByteArray(R"({"id":"c1","type":"email","address":"http://127.0.0.1:9/x"})")
                                       << QByteArray("default") << 400 << QByteArray("Invalid channel type");
    QTest::newRow("google bad ttl")
        << QByteArray("POST") << watch << json
        << QByteArray(R"({"id":"c1","type":"web_hook","address":"http://127.0.0.1:9/x","params":{"ttl":"soon"}})")
        << QByteArray("default") << 400 << QByteArray("params.ttl");
    QTest::newRow("google stop unknown") << QByteArray("POST") << QStringLiteral("/calendar/v3/channels/stop") << json
                                         << QByteArray(R"({"id":"c1","resourceId":"r"})") << QByteArray("default")
                                         << 404 << QByteArray("notFound");

    const QString hub = QStringLiteral("/hub");
    const QByteArray subOk
        = "hub.mode=subscribe&hub.callback=http%3A%2F%2F127.0.0.1%3A9%2Fcb&hub.topic=https%3A%2F%2Fe.com%2Ff";
    QTest::newRow("websub wrong token") << QByteArray("POST") << hub << form << subOk << QByteArray("Bearer x") << 401
                                        << QByteArray("Unauthorized");
    QTest::newRow("websub bad mode") << QByteArray("POST") << hub << form
                                     << QByteArray("hub.mode=renew&hub.callback=http%3A%2F%2F127.0.0.1%3A9%2Fcb&hub."
                                                   "topic=https%3A%2F%2Fe.com%2Ff")
                                     << QByteArray("default") << 400 << QByteArray("hub.mode");
    QTest::newRow("websub publish unknown topic")
        << QByteArray("POST") << hub << form << QByteArray("hub.mode=publish&hub.url=https%3A%2F%2Fe.com%2Ff")
        << QByteArray("default") << 400 << QByteArray("Unknown topic https://e.com/f");
    QTest::newRow("websub publish no topic") << QByteArray("POST") << hub << form << QByteArray("hub.mode=publish")
                                             << QByteArray("default") << 400 << QByteArray("hub.url");
    QTest::newRow("websub non-http callback")
        << QByteArray("POST") << hub << form
        << QByteArray("hub.mode=subscribe&hub.callback=ftp%3A%2F%2Fx%2Fcb&hub.topic=https%3A%2F%2Fe.com%2Ff")
        << QByteArray("default") << 400 << QByteArray("hub.callback");
    QTest::newRow("websub no topic") << QByteArray("POST") << hub << form
                                     << QByteArray("hub.mode=subscribe&hub.callback=http%3A%2F%2F127.0.0.1%3A9%2Fcb")
                                     << QByteArray("default") << 400 << QByteArray("hub.topic");
    QTest::newRow("websub bad lease") << QByteArray("POST") << hub << form << subOk + "&hub.lease_seconds=-5"
                                      << QByteArray("default") << 400 << QByteArray("hub.lease_seconds");
    QTest::newRow("websub json body") << QByteArray("POST") << hub << json << QByteArray("{}") << QByteArray("default")
                                      << 400 << QByteArray("x-www-form-urlencoded");

    const QString hooks = QStringLiteral("/hooks");
    QTest::newRow("generic wrong token") << QByteArray("POST") << hooks << json
                                         << QByteArray(R"({"url":"http://127.0.0.1:9/x"})") << QByteArray("token nope")
                                         << 401 << QByteArray("unauthorized");
    QTest::newRow("generic malformed json") << QByteArray("POST") << hooks << json << QByteArray("[1,")
                                            << QByteArray("default") << 400 << QByteArray("invalid_json");
    QTest::newRow("generic url not string") << QByteArray("POST") << hooks << json << QByteArray(R"({"url":42})")
                                            << QByteArray("default") << 400 << QByteArray("invalid_field");
    QTest::newRow("generic non-http url")
        << QByteArray("POST") << hooks << json << QByteArray(R"({"url":"file:///etc/passwd"})") << QByteArray("default")
        << 422 << QByteArray("validation_failed");
    QTest::newRow("generic unknown scheme")
        << QByteArray("POST") << hooks << json << QByteArray(R"({"url":"http://127.0.0.1:9/x","scheme":"rot13"})")
        << QByteArray("default") << 422 << QByteArray("scheme");
    QTest::newRow("generic bad event") << QByteArray("POST") << hooks << json
                                       << QByteArray(R"({"url":"http://127.0.0.1:9/x","events":["new follower!"]})")
                                       << QByteArray("default") << 422 << QByteArray("events");
}

void TestSubscriptions::badRequestsChangeNothing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QByteArray, says);
    const QList<Endpoint> endpoints = m_ws->endpoints().list();
    QSignalSpy verified(m_api.get(), &Subscriptions::ManagementServer::verificationFinished);
    const Reply reply = call(method, path, body, contentType, authorization);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.body.contains(says), reply.body.constData());
    QCOMPARE(m_ws->endpoints().list(), endpoints);
    QVERIFY(m_api->verifications().isEmpty());

    // Kept in the activity log with the provider's own reason.
    const QList<Storage::ApiActivity> log = activity();
    QCOMPARE(log.size(), 1);
    const Storage::ApiActivity &refusal = log.first();
    QCOMPARE(refusal.outcome, Storage::ApiActivity::Outcome::Refused);
    QCOMPARE(refusal.status, status);
    const QString api = path.startsWith(QLatin1String("/repos")) ? QStringLiteral("github")
        : path.startsWith(QLatin1String("/calendar"))            ? QStringLiteral("google")
        : path == QLatin1String("/hub")                          ? QStringLiteral("websub")
                                                                 : QStringLiteral("generic");
    QCOMPARE(refusal.api, api);
    QVERIFY2(refusal.message.startsWith(
                 QStringLiteral("%1 %2 refused with HTTP %3: ").arg(QString::fromLatin1(method), path).arg(status)),
             qPrintable(refusal.message));
    QVERIFY2(refusal.message.size() > 40, qPrintable(refusal.message));
}

void TestSubscriptions::tokenIsPerWorkspace()
{
    const QString token = Subscriptions::ensureApiToken(m_ws->settings());
    QCOMPARE(token, m_token);
    QVERIFY(token.startsWith(QLatin1String("hbk_")));
    Test::TempWorkspace other;
    QString error;
    auto ws = Storage::Workspace::open(other.path(), &error);
    QVERIFY(ws);
    QVERIFY(Subscriptions::ensureApiToken(ws->settings()) != token);
    // The access_token query parameter (Google's, and WebSub libraries') works like the header.
    QCOMPARE(call("GET", QStringLiteral("/hooks?access_token=") + token, {}, {}, QByteArray()).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/hooks?access_token=wrong"), {}, {}, QByteArray()).status, 401);
}

void TestSubscriptions::gitHubTestPush()
{
    // An unsigned hook subscribed to push, and one subscribed to issues only.
    const QByteArray pushHook = R"({"events":["push"],"config":{"url":")"
        + m_peer->url(QStringLiteral("/push")).toUtf8() + R"(","content_type":"json"}})";
    const Reply created = call("POST", QStringLiteral("/repos/octo/app/hooks"), pushHook);
    QCOMPARE(created.status, 201);
    const qint64 hookId = qint64(created.object().value(QLatin1String("id")).toDouble());
    const QByteArray issuesHook = R"({"events":["issues"],"config":{"url":")"
        + m_peer->url(QStringLiteral("/issues")).toUtf8() + R"(","content_type":"json"}})";
    const Reply other = call("POST", QStringLiteral("/repos/octo/app/hooks"), issuesHook);
    QCOMPARE(other.status, 201);
    const qint64 otherId = qint64(other.object().value(QLatin1String("id")).toDouble());
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 2, WaitMs); // the two pings

    // No push yet: the test sends one made from GitHub's push template.
    const QString tests = QStringLiteral("/repos/octo/app/hooks/%1/tests");
    QCOMPARE(call("POST", tests.arg(hookId)).status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 3, WaitMs);
    const TestHttpServer::Request first = m_peer->requests().at(2);
    QCOMPARE(first.target, QByteArrayLiteral("/push"));
    QCOMPARE(headerValue(first.headers, "X-GitHub-Event"), QByteArrayLiteral("push"));
    QVERIFY(QJsonDocument::fromJson(first.body).object().contains(QLatin1String("ref")));

    // After a push, the test sends that latest push, through the hook object's test_url too.
    const QByteArray payload = R"({"ref":"refs/heads/main","after":"c0ffee"})";
    triggerEvent(QStringLiteral("push"), payload);
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 4, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_ws->events().recent(1).isEmpty() && m_ws->events().recent(1).first().source == EventSource::Manual, WaitMs);
    const QString testUrl = created.object().value(QLatin1String("test_url")).toString();
    QVERIFY(testUrl.endsWith(QStringLiteral("/hooks/%1/test").arg(hookId)));
    QCOMPARE(call("POST", testUrl.mid(m_api->baseUrl().size())).status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 5, WaitMs);
    QCOMPARE(m_peer->requests().at(4).target, QByteArrayLiteral("/push"));
    QCOMPARE(QJsonDocument::fromJson(m_peer->requests().at(4).body), QJsonDocument::fromJson(payload));

    // Not subscribed to push: 204 as on GitHub, and nothing is sent.
    QCOMPARE(call("POST", tests.arg(otherId)).status, 204);
    triggerAndSettle(QStringLiteral("star"));
    for (const TestHttpServer::Request &r : m_peer->requests())
        QVERIFY(r.target != "/issues" || headerValue(r.headers, "X-GitHub-Event") == "ping");
    QCOMPARE(call("POST", tests.arg(999999)).status, 404);
    QCOMPARE(activity().first().message,
             QStringLiteral("POST %1 refused with HTTP 404: Not Found").arg(tests.arg(999999)));
    QVERIFY(activity().at(1).message.contains(QLatin1String("not subscribed to push")));
}

// GitHub, "Update a repository webhook": "If you previously had a secret set, you must provide the same secret or set
// a new secret or the secret will be removed." A PATCH whose config left the secret out kept the hook signed here.
void TestSubscriptions::gitHubConfigWithoutSecretRemovesIt()
{
    const QString url = m_peer->url(QStringLiteral("/github"));
    const Reply created = call("POST", QStringLiteral("/repos/octo/app/hooks"),
                               R"({"config":{"url":")" + url.toUtf8() + R"(","secret":"s3cret"}})");
    QCOMPARE(created.status, 201);
    const qint64 id = qint64(created.object().value(QLatin1String("id")).toDouble());
    const QString path = QStringLiteral("/repos/octo/app/hooks/%1").arg(id);
    auto configOf = [](const Reply &r) { return r.object().value(QLatin1String("config")).toObject(); };

    // No config at all: the secret stays.
    Reply edited = call("PATCH", path, R"({"active":true})");
    QCOMPARE(edited.status, 200);
    QCOMPARE(configOf(edited).value(QLatin1String("secret")).toString(), QStringLiteral("********"));
    QCOMPARE(m_ws->endpoints().find(id)->secrets, QStringList {QStringLiteral("s3cret")});

    // A config without the secret: removed, and the hook is sent unsigned from then on.
    edited = call("PATCH", path, R"({"config":{"url":")" + url.toUtf8() + R"("}})");
    QCOMPARE(edited.status, 200);
    QVERIFY(!configOf(edited).contains(QLatin1String("secret")));
    QVERIFY(m_ws->endpoints().find(id)->secrets.isEmpty());
    QCOMPARE(m_ws->endpoints().find(id)->scheme, SigningScheme::None);

    // The same secret again signs again.
    edited = call("PATCH", path, R"({"config":{"url":")" + url.toUtf8() + R"(","secret":"s3cret"}})");
    QCOMPARE(edited.status, 200);
    QCOMPARE(configOf(edited).value(QLatin1String("secret")).toString(), QStringLiteral("********"));
    QCOMPARE(m_ws->endpoints().find(id)->scheme, SigningScheme::GitHub);
}

void TestSubscriptions::gitHubDeliveryIdsAreGuids()
{
    // An unsigned hook (no secret): GitHub's headers, and a GUID delivery id that stays the same on a retry.
    m_peer->enqueue({}); // the ping
    m_peer->enqueue({500, {}, "try again", 0, false});
    const QByteArray create = R"({"events":["issues"],"config":{"url":")"
        + m_peer->url(QStringLiteral("/unsigned")).toUtf8() + R"(","content_type":"json"}})";
    const Reply created = call("POST", QStringLiteral("/repos/octo/app/hooks"), create);
    QCOMPARE(created.status, 201);
    const qint64 hookId = qint64(created.object().value(QLatin1String("id")).toDouble());
    std::optional<Endpoint> hook = m_ws->endpoints().find(hookId);
    QVERIFY(hook);
    QCOMPARE(hook->scheme, SigningScheme::None);
    hook->retry = RetryPolicy::fromSchedule({0, 50});
    QVERIFY(m_ws->endpoints().update(*hook));
    m_engine->endpointsChanged();
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 1, WaitMs);
    triggerEvent(QStringLiteral("issues.opened"));
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 3, WaitMs);
    QStringList ids;
    for (const TestHttpServer::Request &r : m_peer->requests()) {
        QVERIFY(headerValue(r.headers, "X-Hub-Signature-256").isEmpty());
        const QString id = QString::fromLatin1(headerValue(r.headers, "X-GitHub-Delivery"));
        QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
        ids.append(id);
    }
    QVERIFY(ids.at(0) != ids.at(1));
    QCOMPARE(ids.at(2), ids.at(1)); // the retry
    QCOMPARE(headerValue(m_peer->requests().at(1).headers, "X-GitHub-Event"), QByteArrayLiteral("issues"));
}

void TestSubscriptions::googleExpirationAsAsked()
{
    // Calendar documents a default (params.ttl 604800 s) and no maximum: what is asked for is granted.
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const qint64 farMs = before.addDays(365).toMSecsSinceEpoch();
    const QByteArray far = R"({"id":"far","type":"web_hook","address":")" + m_peer->url(QStringLiteral("/far")).toUtf8()
        + R"(","expiration":")" + QByteArray::number(farMs) + "\"}";
    const Reply asked = call("POST", QStringLiteral("/calendar/v3/calendars/primary/events/watch"), far);
    QCOMPARE(asked.status, 200);
    QCOMPARE(asked.object().value(QLatin1String("expiration")).toString().toLongLong(), farMs);
    const QByteArray plain
        = R"({"id":"plain","type":"web_hook","address":")" + m_peer->url(QStringLiteral("/plain")).toUtf8() + "\"}";
    const Reply byDefault = call("POST", QStringLiteral("/calendar/v3/calendars/primary/events/watch"), plain);
    QCOMPARE(byDefault.status, 200);
    const qint64 expiration = byDefault.object().value(QLatin1String("expiration")).toString().toLongLong();
    QVERIFY(qAbs(expiration - before.addSecs(604'800).toMSecsSinceEpoch()) < 60'000);
    const QByteArray longTtl = R"({"id":"long","type":"web_hook","address":")"
        + m_peer->url(QStringLiteral("/long")).toUtf8() + R"(","params":{"ttl":"7776000"}})";
    const Reply ninetyDays = call("POST", QStringLiteral("/calendar/v3/calendars/primary/events/watch"), longTtl);
    QCOMPARE(ninetyDays.status, 200);
    QVERIFY(qAbs(ninetyDays.object().value(QLatin1String("expiration")).toString().toLongLong()
                 - before.addDays(90).toMSecsSinceEpoch())
            < 60'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->requests().size(), 3, WaitMs);
}

void TestSubscriptions::webSubPublish()
{
    Subscriber subscriber;
    QVERIFY(subscriber.listen());
    Subscriber other;
    QVERIFY(other.listen());
    const QString topic = QStringLiteral("https://example.com/topics/issues.*");
    subscribeWebSub(subscriber.url(QStringLiteral("/cb")), topic, QStringLiteral("publish secret"));
    subscribeWebSub(other.url(QStringLiteral("/cb")), QStringLiteral("https://example.com/other"), {});
    // Content on the topic: the newest issues event is what a publish ping redistributes.
    const QByteArray payload = R"({"action":"opened","issue":{"number":7}})";
    triggerEvent(QStringLiteral("issues.opened"), payload);
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.withMethod("POST").size(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(other.withMethod("POST").size(), 1, WaitMs); // "other" takes every event
    triggerAndSettle(QStringLiteral("push")); // newer, but not on this topic
    QTRY_COMPARE_WITH_TIMEOUT(other.withMethod("POST").size(), 2, WaitMs);
    const qsizetype controlBefore = m_control->requests().size();

    // The de-facto ping: hub.mode=publish and hub.url.
    const QByteArray ping = "hub.mode=publish&hub.url=" + QUrl::toPercentEncoding(topic);
    const Reply published = call("POST", QStringLiteral("/hub"), ping, "application/x-www-form-urlencoded");
    QCOMPARE(published.status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.withMethod("POST").size(), 2, WaitMs);
    const Http::Request content = subscriber.withMethod("POST").at(1);
    QCOMPARE(QJsonDocument::fromJson(content.body), QJsonDocument::fromJson(payload));
    QCOMPARE(headerValue(content.headers, "X-Hub-Signature"),
             "sha1=" + Signing::hmac(HmacAlgorithm::Sha1, "publish secret", content.body).toHex());
    QVERIFY(headerValue(content.headers, "Link").contains(topic.toUtf8()));
    // hub.topic names the topic too.
    QCOMPARE(call("POST", QStringLiteral("/hub"), "hub.mode=publish&hub.topic=" + QUrl::toPercentEncoding(topic),
                  "application/x-www-form-urlencoded")
                 .status,
             204);
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.withMethod("POST").size(), 3, WaitMs);
    // Only the topic's subscribers get it.
    triggerAndSettle(QStringLiteral("star"));
    QCOMPARE(other.withMethod("POST").size(), 3); // the star event only
    QCOMPARE(m_control->requests().size(), controlBefore + 1);

    const Storage::ApiActivity logged = activity().at(0);
    QCOMPARE(logged.action, QStringLiteral("publish"));
    QCOMPARE(logged.outcome, Storage::ApiActivity::Outcome::Ok);
    QCOMPARE(logged.subject, topic);
    QVERIFY2(logged.message.contains(QLatin1String("1 subscriber")), qPrintable(logged.message));
}

// A topic whose type never fired gets an event from the type's template, rendered like a trigger's: {{seq}} is the
// type's next number (1 the first time), and the trigger after it goes on from there.
void TestSubscriptions::webSubPublishOfANeverFiredTypeTakesTheNextSequence()
{
    EventType tick;
    tick.name = QStringLiteral("tick");
    tick.payloadTemplate = R"({"n":{{seq}}})";
    QVERIFY(m_ws->eventTypes().add(tick));
    Subscriber subscriber;
    QVERIFY(subscriber.listen());
    const QString topic = QStringLiteral("https://example.com/topics/tick");
    subscribeWebSub(subscriber.url(QStringLiteral("/cb")), topic, {});
    QCOMPARE(call("POST", QStringLiteral("/hub"), "hub.mode=publish&hub.url=" + QUrl::toPercentEncoding(topic),
                  "application/x-www-form-urlencoded")
                 .status,
             204);
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.withMethod("POST").size(), 1, WaitMs);
    QCOMPARE(subscriber.withMethod("POST").at(0).body, QByteArray(R"({"n":1})"));
    QCOMPARE(m_ws->eventTypes().nextSequence(QStringLiteral("tick")), 2);
}

void TestSubscriptions::webSubPublishRefused_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("no topic") << QByteArray("hub.mode=publish") << QByteArray("hub.url (or hub.topic)");
    QTest::newRow("unknown topic") << QByteArray("hub.mode=publish&hub.url=https%3A%2F%2Fexample.com%2Fnobody")
                                   << QByteArray("Unknown topic https://example.com/nobody");
    QTest::newRow("one of two unknown") << QByteArray(
        "hub.mode=publish&hub.url=https%3A%2F%2Fexample.com%2Ffeed&hub.url=https%3A%2F%2Fexample.com%2Fx")
                                        << QByteArray("Unknown topic https://example.com/x");
}

void TestSubscriptions::webSubPublishRefused()
{
    QFETCH(QByteArray, form);
    QFETCH(QByteArray, says);
    Subscriber subscriber;
    QVERIFY(subscriber.listen());
    subscribeWebSub(subscriber.url(QStringLiteral("/cb")), QStringLiteral("https://example.com/feed"), {});
    const Reply refused = call("POST", QStringLiteral("/hub"), form, "application/x-www-form-urlencoded");
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.body.contains(says), refused.body.constData());
    triggerAndSettle(QStringLiteral("push"));
    // Only the push: an unknown topic in the ping distributes nothing, not even to the known one.
    QTRY_COMPARE_WITH_TIMEOUT(subscriber.withMethod("POST").size(), 1, WaitMs);
    QCOMPARE(activity().at(0).outcome, Storage::ApiActivity::Outcome::Refused);
    QVERIFY(activity().at(0).message.contains(QString::fromUtf8(says)));
}

void TestSubscriptions::activityIsKeptInTheWorkspace()
{
    const Reply refused = call("POST", QStringLiteral("/hooks"), R"({"url":"ftp://x/y"})");
    QCOMPARE(refused.status, 422);
    QCOMPARE(call("GET", QStringLiteral("/hooks")).status, 200); // reads that succeed are not kept
    const QList<Storage::ApiActivity> before = activity();
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.first().action, QStringLiteral("subscribe"));
    QCOMPARE(before.first().subject, QStringLiteral("ftp://x/y"));

    // Reopened, the record is still there; the log keeps only the newest records.
    m_api.reset();
    m_engine->stop();
    m_engine.reset();
    m_ws.reset();
    QString error;
    m_ws = Storage::Workspace::open(m_tmp->path(), &error);
    QVERIFY2(m_ws, qPrintable(error));
    m_engine = std::make_unique<Engine::DeliveryEngine>(*m_ws);
    QCOMPARE(activity(), before);
    for (int i = 0; i < Storage::kApiActivityKept + 5; ++i) {
        Storage::ApiActivity a;
        a.api = QStringLiteral("generic");
        a.action = QStringLiteral("subscribe");
        a.message = QString::number(i);
        QVERIFY(m_ws->apiActivity().add(a));
        QVERIFY(a.id > 0);
    }
    const QList<Storage::ApiActivity> all = m_ws->apiActivity().recent(Storage::kApiActivityKept * 2);
    QCOMPARE(all.size(), Storage::kApiActivityKept);
    QCOMPARE(all.first().message, QString::number(Storage::kApiActivityKept + 4));
    QCOMPARE(all.last().message, QStringLiteral("5"));
}

void TestSubscriptions::activityTableAddedToOlderWorkspaces()
{
    // A workspace of schema 2 (before the activity log) gains the table when opened, keeping what it had.
    Test::TempWorkspace older;
    QString error;
    {
        auto ws = Storage::Workspace::open(older.path(), &error);
        QVERIFY2(ws, qPrintable(error));
        Storage::SettingsStore &settings = ws->settings();
        QVERIFY(settings.setValue(QStringLiteral("api/token"), QStringLiteral("hbk_kept")));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(older.path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TABLE api_activity")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE deliveries DROP COLUMN owner"))); // schema 4's
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
    auto ws = Storage::Workspace::open(older.path(), &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->settings().value(QStringLiteral("api/token")), QStringLiteral("hbk_kept"));
    QVERIFY(ws->apiActivity().recent(10).isEmpty());
    Storage::ApiActivity a;
    a.api = QStringLiteral("websub");
    a.action = QStringLiteral("verify");
    a.outcome = Storage::ApiActivity::Outcome::Refused;
    QVERIFY(ws->apiActivity().add(a));
    QCOMPARE(ws->apiActivity().recent(10).size(), 1);
    QCOMPARE(Storage::kSchemaVersion, 4);
}

QTEST_GUILESS_MAIN(TestSubscriptions)
#include "tst_subscriptions.moc"
