#include "delivery/deliveryengine.h"
#include "delivery/outcome.h"
#include "signing/verifier.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "testhttpserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

using namespace Hookbench;
using namespace Hookbench::Engine;
using Hookbench::Test::TestHttpServer;

namespace {

struct Fixture
{
    Test::TempWorkspace tmp;
    QHash<qint64, Hookbench::Delivery> latest;
    TestHttpServer server;
    std::unique_ptr<Storage::Workspace> ws;
    std::unique_ptr<DeliveryEngine> engine;

    bool open(Storage::BatchWriterOptions options = {}, DeliveryEngine::Options engineOptions = {})
    {
        QString error;
        ws = Storage::Workspace::open(tmp.path(), options, &error);
        if (!ws || !server.listen())
            return false;
        startEngine(engineOptions);
        return true;
    }
    void startEngine(DeliveryEngine::Options options = {})
    {
        engine = std::make_unique<DeliveryEngine>(*ws, options);
        QObject::connect(engine.get(), &DeliveryEngine::deliveryChanged, engine.get(),
                         [this](const Hookbench::Delivery &d) { latest.insert(d.id, d); });
        engine->start();
    }
    Endpoint addEndpoint(const QString &name, QStringList events = {QStringLiteral("*")},
                         std::function<void(Endpoint &)> tweak = {})
    {
        Endpoint e;
        e.name = name;
        e.url = QUrl(server.url(QStringLiteral("/") + name));
        e.subscriptions = events;
        e.retry = RetryPolicy::fromSchedule({0, 20, 20});
        if (tweak)
            tweak(e);
        const auto r = ws->endpoints().add(e);
        if (!r)
            qWarning("%s", qPrintable(r.error));
        engine->endpointsChanged();
        return e;
    }
    bool allFinal(const TriggerResult &t) const
    {
        for (const auto &d : t.deliveries) {
            if (!latest.contains(d.id) || !latest.value(d.id).isFinal())
                return false;
        }
        return true;
    }
    Hookbench::Delivery final(const Hookbench::Delivery &d) const { return latest.value(d.id); }
};

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void classification()
    {
        Endpoint e;
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-28T12:00:00Z"), Qt::ISODate);
        using K = Outcome::Kind;
        QCOMPARE(classify({204, false, {}, {}}, e, now).kind, K::Succeeded);
        QCOMPARE(classify({0, false, QStringLiteral("Connection refused"), {}}, e, now).kind, K::Retry);
        QCOMPARE(classify({0, true, {}, {}}, e, now).kind, K::Retry);
        QCOMPARE(classify({408, false, {}, {}}, e, now).kind, K::Retry);
        QCOMPARE(classify({500, false, {}, {}}, e, now).kind, K::Retry);
        // A status line whose body then timed out or was cut off is no answer.
        QCOMPARE(classify({200, true, QStringLiteral("timed out after 400 ms"), {}}, e, now).kind, K::Retry);
        QCOMPARE(classify({200, false, QStringLiteral("Remote host closed the connection"), {}}, e, now).kind,
                 K::Retry);
        QCOMPARE(classify({400, false, {}, {}}, e, now).kind, K::Fail);
        QCOMPARE(classify({410, false, {}, {}}, e, now).kind, K::Gone);
        const Outcome redirect = classify({301, false, {}, {{"Location", "https://elsewhere/"}}}, e, now);
        QCOMPARE(redirect.kind, K::Fail);
        QVERIFY(redirect.reason.contains(QStringLiteral("https://elsewhere/")));
        e.retryClientErrors = true;
        QCOMPARE(classify({422, false, {}, {}}, e, now).kind, K::Retry);
        const Outcome limited = classify({429, false, {}, {{"Retry-After", "7"}}}, e, now);
        QCOMPARE(limited.kind, K::Retry);
        QCOMPARE(limited.retryAfterMs, std::optional<qint64>(7000));
        QCOMPARE(parseRetryAfterMs("Sat, 28 Nov 2026 12:00:30 GMT", now), std::optional<qint64>(30000));
        QCOMPARE(parseRetryAfterMs("Sat, 28 Nov 2026 11:00:00 GMT", now), std::optional<qint64>(0));
        QCOMPARE(parseRetryAfterMs("soon", now), std::nullopt);
        // Held at a day, however many seconds are asked for (seconds * 1000 overflowed into a negative delay).
        QCOMPARE(parseRetryAfterMs("9223372036854776", now), std::optional<qint64>(24LL * 3600 * 1000));
    }

    void retryDelays()
    {
        QRandomGenerator rng(7);
        const RetryPolicy svix;
        QCOMPARE(svix.attemptLimit(), 8);
        QCOMPARE(nextRetryDelayMs(svix, 1, rng), std::optional<qint64>(5000));
        QCOMPARE(nextRetryDelayMs(svix, 2, rng), std::optional<qint64>(300000));
        QCOMPARE(nextRetryDelayMs(svix, 7, rng), std::optional<qint64>(36'000'000));
        QCOMPARE(nextRetryDelayMs(svix, 8, rng), std::nullopt);
        const RetryPolicy exp = RetryPolicy::exponential(100, 2.0, 1000, 6);
        for (int attempt = 1; attempt < 6; ++attempt) {
            for (int i = 0; i < 50; ++i) {
                const auto d = nextRetryDelayMs(exp, attempt, rng);
                QVERIFY(d);
                QVERIFY(*d >= 0 && *d <= qMin<qint64>(1000, 100LL << (attempt - 1)));
            }
        }
        QCOMPARE(nextRetryDelayMs(exp, 6, rng), std::nullopt);
    }

    void fanOutFollowsSubscriptions()
    {
        Fixture f;
        QVERIFY(f.open());
        f.addEndpoint(QStringLiteral("all"));
        f.addEndpoint(QStringLiteral("issues"), {QStringLiteral("issues.*")});
        f.addEndpoint(QStringLiteral("opened"), {QStringLiteral("issues.opened")});
        f.addEndpoint(QStringLiteral("billing"), {QStringLiteral("invoice.*")});
        f.addEndpoint(QStringLiteral("off"), {QStringLiteral("*")}, [](Endpoint &e) { e.enabled = false; });
        f.addEndpoint(QStringLiteral("expired"), {QStringLiteral("*")},
                      [](Endpoint &e) { e.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-60); });
        const TriggerResult t = f.engine->trigger(QStringLiteral("issues.opened"), R"({"n":1})", EventSource::Manual);
        QVERIFY(t.ok());
        QCOMPARE(t.deliveries.size(), 3);
        QVERIFY(t.event.fanoutNote.contains(QStringLiteral("off: disabled")));
        QVERIFY(t.event.fanoutNote.contains(QStringLiteral("expired: expired")));
        QTRY_VERIFY(f.allFinal(t));
        QStringList paths;
        for (const auto &r : f.server.requests())
            paths << QString::fromLatin1(r.target);
        paths.sort();
        QCOMPARE(paths, (QStringList {QStringLiteral("/all"), QStringLiteral("/issues"), QStringLiteral("/opened")}));
        QTRY_COMPARE(f.ws->events().find(t.event.id)->fanoutNote, t.event.fanoutNote);

        const TriggerResult closed = f.engine->trigger(QStringLiteral("issues.closed"), "{}", EventSource::Manual);
        QCOMPARE(closed.deliveries.size(), 2);
        const TriggerResult bad = f.engine->trigger(QStringLiteral("issues.closed"), "{nope", EventSource::Manual);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error.contains(QStringLiteral("line 1")));
    }

    void signedRequestsVerifyIndependently_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("secret");
        QTest::newRow("standard") << int(SigningScheme::StandardWebhooks)
                                  << QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        QTest::newRow("github") << int(SigningScheme::GitHub) << QStringLiteral("It's a Secret to Everybody");
        QTest::newRow("stripe") << int(SigningScheme::Stripe) << QStringLiteral("whsec_stripe_test");
        QTest::newRow("hmac") << int(SigningScheme::CustomHmac) << QStringLiteral("k");
    }
    void signedRequestsVerifyIndependently()
    {
        QFETCH(int, scheme);
        QFETCH(QString, secret);
        Fixture f;
        QVERIFY(f.open());
        f.addEndpoint(QStringLiteral("signed"), {QStringLiteral("*")}, [&](Endpoint &e) {
            e.scheme = SigningScheme(scheme);
            e.secrets = {secret};
            e.headers = {Header {"X-Tenant", "acme"}};
        });
        const TriggerResult t
            = f.engine->trigger(QStringLiteral("issues.opened"), R"({"action":"opened"})", EventSource::Cli);
        QTRY_VERIFY(f.allFinal(t));
        QCOMPARE(f.final(t.deliveries.first()).state, DeliveryState::Succeeded);
        QCOMPARE(f.server.requests().size(), 1);
        const auto &r = f.server.requests().first();
        const Verdict v = Signing::verify({SigningScheme(scheme), secret, {}}, r.headers, r.body,
                                          QDateTime::currentSecsSinceEpoch());
        QVERIFY2(v.result == Verdict::Result::Valid, qPrintable(v.detail));
        QVERIFY(headerValue(r.headers, "User-Agent").startsWith("Hookbench/"));
        QCOMPARE(headerValue(r.headers, "X-Tenant"), QByteArray("acme"));
        QCOMPARE(headerValue(r.headers, "Content-Type"), QByteArray("application/json"));
        const QByteArray id = SigningScheme(scheme) == SigningScheme::StandardWebhooks
            ? headerValue(r.headers, "webhook-id")
            : SigningScheme(scheme) == SigningScheme::GitHub ? headerValue(r.headers, "X-GitHub-Delivery")
                                                             : headerValue(r.headers, "X-Hookbench-Delivery");
        QCOMPARE(QString::fromUtf8(id), t.deliveries.first().uid);
        // Tampering is caught.
        QCOMPARE(Signing::verify({SigningScheme(scheme), secret, {}}, r.headers, r.body + " ",
                                 QDateTime::currentSecsSinceEpoch())
                     .result,
                 Verdict::Result::InvalidSignature);
    }

    void retriesUntilSuccessWithSameId()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.enqueue({503, {}, "busy", 0, false});
        f.addEndpoint(QStringLiteral("flaky"), {QStringLiteral("*")}, [](Endpoint &e) {
            e.scheme = SigningScheme::StandardWebhooks;
            e.secrets = {QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")};
        });
        const TriggerResult t = f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual);
        QTRY_VERIFY(f.allFinal(t));
        const auto d = f.final(t.deliveries.first());
        QCOMPARE(d.state, DeliveryState::Succeeded);
        QCOMPARE(d.attemptCount, 2);
        QCOMPARE(f.server.requests().size(), 2);
        QCOMPARE(headerValue(f.server.requests().at(0).headers, "webhook-id"),
                 headerValue(f.server.requests().at(1).headers, "webhook-id"));
        QVERIFY(f.ws->writer().flush());
        const QList<Attempt> attempts = f.ws->deliveries().attempts(d.id);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).status, 503);
        QCOMPARE(attempts.at(0).responseBody, QByteArray("busy"));
        QCOMPARE(attempts.at(1).status, 200);
        QVERIFY(attempts.at(1).durationUs > 0);
        QVERIFY(hasHeader(attempts.at(0).requestHeaders, "webhook-signature"));
        QCOMPARE(f.ws->deliveries().find(d.id)->state, DeliveryState::Succeeded);
    }

    void endpointMovedBetweenAttemptsIsStored()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.enqueue({503, {}, "busy", 0, false});
        Endpoint e = f.addEndpoint(QStringLiteral("before"), {QStringLiteral("*")}, [](Endpoint &e) {
            e.retry = RetryPolicy::fromSchedule({0, 400});
        });
        const TriggerResult t = f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual);
        QTRY_COMPARE(f.server.requests().size(), 1);
        e.name = QStringLiteral("after");
        e.url = QUrl(f.server.url(QStringLiteral("/after")));
        QVERIFY(f.ws->endpoints().update(e));
        f.engine->endpointsChanged();
        QTRY_VERIFY_WITH_TIMEOUT(f.allFinal(t), 10000);
        QCOMPARE(f.server.requests().size(), 2);
        QCOMPARE(f.server.requests().at(1).target, QByteArray("/after"));
        QVERIFY(f.ws->writer().flush());
        const auto stored = f.ws->deliveries().find(t.deliveries.first().id);
        QVERIFY(stored);
        QCOMPARE(stored->state, DeliveryState::Succeeded);
        QCOMPARE(stored->attemptCount, 2);
        QCOMPARE(stored->endpointName, QStringLiteral("after"));
        QCOMPARE(stored->url, e.url.toString());
        QCOMPARE(stored->lastStatus, 200);
    }

    void honoursRetryAfter()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.enqueue({429, {{"Retry-After", "1"}}, {}, 0, false});
        f.addEndpoint(QStringLiteral("limited"));
        const TriggerResult t = f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual);
        QTRY_VERIFY_WITH_TIMEOUT(f.allFinal(t), 10000);
        QCOMPARE(f.server.requests().size(), 2);
        // The schedule says 20 ms; the server said one second.
        const qint64 gap = f.server.requests().at(1).receivedMs - f.server.requests().at(0).receivedMs;
        QVERIFY2(gap >= 950, qPrintable(QString::number(gap)));
    }

    void recordsTimeouts()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.setDefault({200, {}, {}, 0, true});
        f.addEndpoint(QStringLiteral("slow"), {QStringLiteral("*")}, [](Endpoint &e) {
            e.timeoutMs = 200;
            e.retry = RetryPolicy::fromSchedule({0});
        });
        const TriggerResult t = f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual);
        QTRY_VERIFY_WITH_TIMEOUT(f.allFinal(t), 10000);
        const auto d = f.final(t.deliveries.first());
        QCOMPARE(d.state, DeliveryState::Failed);
        QVERIFY2(d.lastError.contains(QStringLiteral("timed out")), qPrintable(d.lastError));
        QVERIFY(f.ws->writer().flush());
        QVERIFY(f.ws->deliveries().attempts(d.id).first().error.contains(QStringLiteral("timed out after 200 ms")));
    }

    // An answer counts once it has arrived whole, within the endpoint's timeout: one whose status line came but
    // whose body stalled, trickled in for longer than the timeout, or was cut off is retried like no answer.
    void incompleteAnswersAreRetried_data()
    {
        QTest::addColumn<int>("trickleMs");
        QTest::addColumn<bool>("closeMidBody");
        QTest::addColumn<bool>("timesOut");
        // A byte every 100 ms: no pause reaches the 400 ms timeout, the whole answer (2 s) does.
        QTest::newRow("trickling past the timeout") << 100 << false << true;
        QTest::newRow("stalled after the head") << 5000 << false << true;
        QTest::newRow("closed mid-body") << 0 << true << false;
    }
    void incompleteAnswersAreRetried()
    {
        QFETCH(int, trickleMs);
        QFETCH(bool, closeMidBody);
        QFETCH(bool, timesOut);
        Fixture f;
        QVERIFY(f.open());
        TestHttpServer::Response incomplete {200, {}, QByteArray(20, 'x'), 0, false};
        incomplete.trickleMs = trickleMs;
        incomplete.closeMidBody = closeMidBody;
        f.server.enqueue(incomplete);
        f.addEndpoint(QStringLiteral("incomplete"), {QStringLiteral("*")}, [](Endpoint &e) {
            e.timeoutMs = 400;
            e.retry = RetryPolicy::fromSchedule({0, 20});
        });
        const TriggerResult t = f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual);
        QTRY_VERIFY_WITH_TIMEOUT(f.allFinal(t), 10000);
        const auto d = f.final(t.deliveries.first());
        QCOMPARE(d.state, DeliveryState::Succeeded);
        QCOMPARE(d.attemptCount, 2);
        QCOMPARE(f.server.requests().size(), 2);
        QVERIFY(f.ws->writer().flush());
        const QList<Attempt> attempts = f.ws->deliveries().attempts(d.id);
        QCOMPARE(attempts.size(), 2);
        const Attempt &first = attempts.first().number == 1 ? attempts.first() : attempts.last();
        QVERIFY2(!first.error.isEmpty(), "the incomplete answer was taken for a success");
        if (timesOut) {
            QVERIFY2(first.error.contains(QStringLiteral("timed out after 400 ms")), qPrintable(first.error));
            QVERIFY2(first.durationUs < 1'500'000, qPrintable(QString::number(first.durationUs)));
        }
    }

    void redirectsAndClientErrorsAreFinal()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.enqueue({301, {{"Location", "http://127.0.0.1:1/moved"}}, {}, 0, false});
        f.addEndpoint(QStringLiteral("moved"));
        TriggerResult t = f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual);
        QTRY_VERIFY(f.allFinal(t));
        QCOMPARE(f.final(t.deliveries.first()).state, DeliveryState::Failed);
        QVERIFY(f.final(t.deliveries.first()).lastError.contains(QStringLiteral("/moved")));
        QCOMPARE(f.server.requests().size(), 1);

        f.server.enqueue({400, {}, {}, 0, false});
        t = f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual);
        QTRY_VERIFY(f.allFinal(t));
        QCOMPARE(f.final(t.deliveries.first()).state, DeliveryState::Failed);
        QCOMPARE(f.final(t.deliveries.first()).attemptCount, 1);
        QCOMPARE(f.server.requests().size(), 2);
    }

    // An endpoint that follows redirects gets its delivery where the redirect points: the same method, body and
    // signature. QNAM's own following turns a POST answered 301, 302 or 303 into a GET without a body, which then
    // counted as delivered although the payload never arrived.
    void followedRedirectsKeepMethodAndBody_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("301 POST") << 301 << QByteArray("POST");
        QTest::newRow("302 POST") << 302 << QByteArray("POST");
        QTest::newRow("302 PATCH") << 302 << QByteArray("PATCH");
        QTest::newRow("308 PUT") << 308 << QByteArray("PUT");
    }
    void followedRedirectsKeepMethodAndBody()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        Fixture f;
        QVERIFY(f.open());
        f.server.enqueue({status, {{"Location", "/moved?x=1"}}, {}, 0, false});
        f.addEndpoint(QStringLiteral("moving"), {QStringLiteral("*")}, [&](Endpoint &e) {
            e.followRedirects = true;
            e.method = method;
            e.scheme = SigningScheme::GitHub;
            e.secrets = {QStringLiteral("s3cret")};
        });
        const TriggerResult t = f.engine->trigger(QStringLiteral("ping"), R"({"n":1})", EventSource::Manual);
        QTRY_VERIFY(f.allFinal(t));
        QCOMPARE(f.final(t.deliveries.first()).state, DeliveryState::Succeeded);
        QCOMPARE(f.server.requests().size(), 2);
        const auto &first = f.server.requests().at(0);
        const auto &moved = f.server.requests().at(1);
        QCOMPARE(moved.target, QByteArray("/moved?x=1"));
        QCOMPARE(moved.method, method);
        QCOMPARE(moved.body, QByteArray(R"({"n":1})"));
        QCOMPARE(headerValue(moved.headers, "X-Hub-Signature-256"), headerValue(first.headers, "X-Hub-Signature-256"));
        QCOMPARE(headerValue(moved.headers, "X-GitHub-Delivery"), headerValue(first.headers, "X-GitHub-Delivery"));
    }

    void redirectLoopEndsAsFailure()
    {
        // Followed ten times at most, then the last redirect is the attempt's answer.
        Fixture f;
        QVERIFY(f.open());
        f.server.setDefault({307, {{"Location", "/again"}}, {}, 0, false});
        f.addEndpoint(QStringLiteral("loop"), {QStringLiteral("*")}, [](Endpoint &e) {
            e.followRedirects = true;
            e.retry = RetryPolicy::fromSchedule({0});
        });
        const TriggerResult t = f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual);
        QTRY_VERIFY(f.allFinal(t));
        const auto d = f.final(t.deliveries.first());
        QCOMPARE(d.state, DeliveryState::Failed);
        QCOMPARE(d.lastStatus, 307);
        QCOMPARE(f.server.requests().size(), 11);
    }

    void goneDisablesEndpoint()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.setDefault({410, {}, {}, 0, false});
        const Endpoint e = f.addEndpoint(QStringLiteral("gone"));
        QSignalSpy disabled(f.engine.get(), &DeliveryEngine::endpointDisabled);
        const TriggerResult t = f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual);
        QTRY_VERIFY(f.allFinal(t));
        QCOMPARE(disabled.count(), 1);
        const auto stored = f.ws->endpoints().find(e.id);
        QVERIFY(!stored->enabled);
        QVERIFY(stored->disabledReason.contains(QStringLiteral("410")));
        QVERIFY(f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual).deliveries.isEmpty());
    }

    void circuitBreakerDisablesAfterConsecutiveFailures()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.setDefault({400, {}, {}, 0, false});
        const Endpoint e = f.addEndpoint(QStringLiteral("broken"), {QStringLiteral("*")},
                                         [](Endpoint &e) { e.circuitBreakerThreshold = 3; });
        for (int i = 0; i < 3; ++i) {
            const TriggerResult t = f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual);
            QCOMPARE(t.deliveries.size(), 1);
            QTRY_VERIFY(f.allFinal(t));
        }
        const auto stored = f.ws->endpoints().find(e.id);
        QVERIFY(!stored->enabled);
        QVERIFY(stored->disabledReason.contains(QStringLiteral("3 consecutive")));
        // Re-enabling is the user's call, and starts the count again.
        QVERIFY(f.ws->endpoints().setEnabled(e.id, true));
        QCOMPARE(f.ws->endpoints().find(e.id)->consecutiveFailures, 0);
    }

    void outboxSurvivesEngineDestroyedMidFanOut()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.setDefault({200, {}, {}, 0, true}); // the first server never answers
        f.addEndpoint(QStringLiteral("a"));
        f.addEndpoint(QStringLiteral("b"));
        QList<Hookbench::Delivery> created;
        for (int i = 0; i < 10; ++i)
            created += f.engine
                           ->trigger(QStringLiteral("ping"), QByteArray("{\"i\":") + QByteArray::number(i) + "}",
                                     EventSource::Manual)
                           .deliveries;
        QCOMPARE(created.size(), 20);
        QTRY_VERIFY(!f.server.requests().isEmpty()); // some are in flight
        f.engine.reset(); // as good as a crash for the outbox: nothing final was recorded for them

        // The server answers again; a new engine on the same workspace resumes everything.
        f.server.setDefault({200, {}, {}, 0, false});
        f.latest.clear();
        f.startEngine();
        TriggerResult all;
        all.deliveries = created;
        QTRY_VERIFY_WITH_TIMEOUT(f.allFinal(all), 15000);
        QVERIFY(f.ws->writer().flush());
        QSet<QString> uids;
        for (const auto &d : created) {
            const auto stored = f.ws->deliveries().find(d.id);
            QVERIFY(stored);
            QCOMPARE(stored->state, DeliveryState::Succeeded);
            QCOMPARE(stored->uid, d.uid);
            uids.insert(d.uid);
        }
        QCOMPARE(uids.size(), 20);
    }

    void concurrencyLimitHolds()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.setDefault({200, {}, {}, 100, false});
        f.addEndpoint(QStringLiteral("narrow"), {QStringLiteral("*")}, [](Endpoint &e) { e.concurrency = 2; });
        TriggerResult all;
        for (int i = 0; i < 8; ++i)
            all.deliveries += f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual).deliveries;
        QTRY_VERIFY_WITH_TIMEOUT(f.allFinal(all), 15000);
        QCOMPARE(f.server.requests().size(), 8);
        QCOMPARE(f.server.maxConcurrent(), 2);
    }

    // The outbox commits before anything is sent; deliveries triggered while their endpoint is busy must not wait
    // for the writer's regular batch interval, or the endpoint idles between batches (0.2× the bare client in
    // the engine benchmark before this was fixed).
    void busyEndpointDoesNotWaitForRegularBatch()
    {
        Fixture f;
        Storage::BatchWriterOptions options;
        options.flushIntervalMs = 60'000;
        QVERIFY(f.open(options));
        f.server.setDefault({200, {}, {}, 200, false});
        f.addEndpoint(QStringLiteral("busy"), {QStringLiteral("*")}, [](Endpoint &e) { e.concurrency = 1; });
        const TriggerResult first = f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual);
        QTRY_COMPARE(f.engine->stats().inFlight, 1);
        TriggerResult more;
        for (int i = 0; i < 4; ++i)
            more.deliveries += f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual).deliveries;
        QTRY_VERIFY_WITH_TIMEOUT(f.allFinal(first) && f.allFinal(more), 10000);
        QCOMPARE(f.server.requests().size(), 5);
    }

    void rateLimitHolds()
    {
        Fixture f;
        QVERIFY(f.open());
        f.addEndpoint(QStringLiteral("paced"), {QStringLiteral("*")}, [](Endpoint &e) { e.ratePerSecond = 10; });
        TriggerResult all;
        for (int i = 0; i < 11; ++i)
            all.deliveries += f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual).deliveries;
        QTRY_VERIFY_WITH_TIMEOUT(f.allFinal(all), 15000);
        const auto &r = f.server.requests();
        QCOMPARE(r.size(), 11);
        // One token to start with, then ten per second: eleven requests span at least ~0.9 s.
        const qint64 span = r.last().receivedMs - r.first().receivedMs;
        QVERIFY2(span >= 900, qPrintable(QString::number(span)));
    }

    void slowEndpointDoesNotStarveOthers()
    {
        Fixture f;
        QVERIFY(f.open());
        TestHttpServer slow;
        QVERIFY(slow.listen());
        slow.setDefault({200, {}, {}, 0, true});
        Endpoint dead = f.addEndpoint(QStringLiteral("dead"), {QStringLiteral("slow.*")}, [&](Endpoint &e) {
            e.url = QUrl(slow.url());
            e.timeoutMs = 5000;
        });
        f.addEndpoint(QStringLiteral("fast"), {QStringLiteral("fast.*")});
        for (int i = 0; i < 20; ++i)
            f.engine->trigger(QStringLiteral("slow.x"), "{}", EventSource::Manual);
        const TriggerResult fast = f.engine->trigger(QStringLiteral("fast.x"), "{}", EventSource::Manual);
        QTRY_VERIFY_WITH_TIMEOUT(f.allFinal(fast), 3000);
        QCOMPARE(f.final(fast.deliveries.first()).state, DeliveryState::Succeeded);
        QVERIFY(slow.requests().size() <= dead.concurrency);
    }

    // Endpoints on one server (paths of one local receiver, the usual set-up here): a slow one using every
    // connection QNAM allows per host must not hold the others' requests back. Before, both shared QNAM's six
    // connections to that host and port, so the fast endpoint waited behind the slow answers.
    void slowEndpointDoesNotStarveOthersOnTheSameServer()
    {
        Fixture f;
        DeliveryEngine::Options oneSender;
        oneSender.senders = 1;
        QVERIFY(f.open({}, oneSender));
        f.server.setForTarget("/dead", {200, {}, {}, 0, true});
        Endpoint dead = f.addEndpoint(QStringLiteral("dead"), {QStringLiteral("slow.*")}, [](Endpoint &e) {
            e.concurrency = 6; // every connection QNAM opens to one host and port
            e.timeoutMs = 10000;
        });
        f.addEndpoint(QStringLiteral("fast"), {QStringLiteral("fast.*")});
        for (int i = 0; i < 20; ++i)
            f.engine->trigger(QStringLiteral("slow.x"), "{}", EventSource::Manual);
        QTRY_COMPARE_WITH_TIMEOUT(f.server.requests().size(), dead.concurrency, 5000);
        const TriggerResult fast = f.engine->trigger(QStringLiteral("fast.x"), "{}", EventSource::Manual);
        QTRY_VERIFY_WITH_TIMEOUT(f.allFinal(fast), 3000);
        QCOMPARE(f.final(fast.deliveries.first()).state, DeliveryState::Succeeded);
    }

    void redeliverAndReplay()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.enqueue({400, {}, {}, 0, false});
        f.addEndpoint(QStringLiteral("r"));
        const TriggerResult t = f.engine->trigger(QStringLiteral("ping"), R"({"x":1})", EventSource::Manual);
        QTRY_VERIFY(f.allFinal(t));
        QCOMPARE(f.final(t.deliveries.first()).state, DeliveryState::Failed);
        QVERIFY(f.ws->writer().flush());
        QVERIFY(f.engine->redeliver(t.deliveries.first().id).isEmpty());
        QTRY_COMPARE(f.final(t.deliveries.first()).state, DeliveryState::Succeeded);
        QCOMPARE(f.final(t.deliveries.first()).attemptCount, 2);
        QCOMPARE(headerValue(f.server.requests().at(0).headers, "X-Hookbench-Delivery"),
                 headerValue(f.server.requests().at(1).headers, "X-Hookbench-Delivery"));
        QVERIFY(f.ws->writer().flush());
        const TriggerResult replayed = f.engine->replay(t.event.id);
        QVERIFY(replayed.ok());
        QCOMPARE(replayed.event.source, EventSource::Replay);
        QCOMPARE(replayed.event.payload, QByteArray(R"({"x":1})"));
        QVERIFY(replayed.deliveries.first().uid != t.deliveries.first().uid);
        QTRY_VERIFY(f.allFinal(replayed));
        QVERIFY(!f.engine->redeliver(123456).isEmpty());
    }

    void formEncodingAndMethod()
    {
        Fixture f;
        QVERIFY(f.open());
        f.addEndpoint(QStringLiteral("form"), {QStringLiteral("*")}, [](Endpoint &e) {
            e.bodyEncoding = BodyEncoding::Form;
            e.method = "PUT";
        });
        const TriggerResult t = f.engine->trigger(QStringLiteral("ping"), R"({"a":"b c"})", EventSource::Manual);
        QTRY_VERIFY(f.allFinal(t));
        const auto &r = f.server.requests().first();
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(headerValue(r.headers, "Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(QUrl::fromPercentEncoding(r.body.mid(8)), QStringLiteral(R"({"a":"b c"})"));
        QVERIFY(r.body.startsWith("payload="));
    }

    void pendingRetriesWaitWithoutWork()
    {
        Fixture f;
        QVERIFY(f.open());
        f.server.setDefault({500, {}, {}, 0, false});
        f.addEndpoint(QStringLiteral("later"), {QStringLiteral("*")}, [](Endpoint &e) {
            e.retry = RetryPolicy::fromSchedule({0, 3600'000});
        });
        TriggerResult all;
        for (int i = 0; i < 200; ++i)
            all.deliveries += f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Manual).deliveries;
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->stats().retryWaiting, 200, 15000);
        QCOMPARE(f.server.requests().size(), 200);
        QVERIFY(f.ws->writer().flush());
        // Restarting keeps them waiting for their due time rather than sending them again.
        f.engine.reset();
        f.startEngine();
        QCOMPARE(f.engine->stats().retryWaiting, 200);
        QCoreApplication::processEvents();
        QCOMPARE(f.engine->stats().inFlight, 0);
        QCOMPARE(f.server.requests().size(), 200);
    }

    // Two engines on one workspace stand for two processes (the window or `hookbench run`, and `hookbench send`
    // or `trigger --wait`), each with its own connection: every delivery is sent by one of them only.
    void anotherEnginesDeliveriesAreNotSentTwice()
    {
        Fixture f;
        QVERIFY(f.open({}, quickLeases()));
        QVERIFY(f.engine->isTakingOver());
        f.server.setDefault({200, {}, "ok", 400, false}); // in flight long enough for several polls
        f.addEndpoint(QStringLiteral("slow"), {QStringLiteral("*")});

        const auto sender = ownOnlyProcess(f);
        QVERIFY(sender);
        QVERIFY(!sender->engine->isTakingOver());
        const TriggerResult t = sender->engine->trigger(QStringLiteral("ping"), "{}", EventSource::Cli);
        QCOMPARE(t.deliveries.size(), 1);
        const qint64 id = t.deliveries.first().id;
        // The window's engine sees it (its log shows it) and leaves it to its owner, which still runs.
        QTRY_VERIFY_WITH_TIMEOUT(f.latest.contains(id), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(sender->seen.value(id).isFinal(), 10000);
        QCOMPARE(sender->seen.value(id).state, DeliveryState::Succeeded);
        QCOMPARE(f.server.requests().size(), 1);
        QCOMPARE(f.engine->stats().pending + f.engine->stats().inFlight, 0);
        QVERIFY(sender->ws->writer().flush());
        QCOMPARE(sender->ws->deliveries().find(id)->owner, sender->engine->owner());
        QCOMPARE(sender->ws->deliveries().attempts(id).size(), 1);
    }

    // The window follows what another process sends on its workspace: each change of state reaches its log, up to
    // the final one (before, it kept the state it was first seen in until the log was read again).
    void othersDeliveriesAreFollowedUntilFinal()
    {
        Fixture f;
        DeliveryEngine::Options window = quickLeases();
        window.followsOthers = true;
        QVERIFY(f.open({}, window));
        f.server.setDefault({200, {}, "ok", 400, false}); // in flight across several polls
        f.addEndpoint(QStringLiteral("slow"), {QStringLiteral("*")});

        const auto sender = ownOnlyProcess(f);
        QVERIFY(sender);
        const qint64 slow
            = sender->engine->trigger(QStringLiteral("ping"), "{}", EventSource::Cli).deliveries.first().id;
        QTRY_VERIFY_WITH_TIMEOUT(f.latest.contains(slow), 5000);
        QVERIFY(!f.latest.value(slow).isFinal());
        QTRY_COMPARE_WITH_TIMEOUT(f.latest.value(slow).state, DeliveryState::Succeeded, 10000);
        QCOMPARE(f.latest.value(slow).attemptCount, 1);
        QCOMPARE(f.latest.value(slow).lastStatus, 200);
        QCOMPARE(f.server.requests().size(), 1); // followed, never sent by the window
    }

    // A delivery another process created and finished between two of the window's polls is shown as it ended
    // (before, only unfinished ones were looked for, so such a delivery never reached the log until a refresh).
    void othersDeliveriesFinishedBetweenPollsAreShown()
    {
        Fixture f;
        DeliveryEngine::Options window = quickLeases();
        window.followsOthers = true;
        window.pollIntervalMs = 1000;
        QVERIFY(f.open({}, window));
        f.server.setDefault({201, {}, "ok", 0, false});
        f.addEndpoint(QStringLiteral("quick"), {QStringLiteral("*")});

        const auto sender = ownOnlyProcess(f);
        QVERIFY(sender);
        const qint64 id = sender->engine->trigger(QStringLiteral("ping"), "{}", EventSource::Cli).deliveries.first().id;
        QTRY_COMPARE_WITH_TIMEOUT(f.latest.value(id).state, DeliveryState::Succeeded, 5000);
        QCOMPARE(f.latest.value(id).lastStatus, 201);
        QCOMPARE(f.server.requests().size(), 1);
    }

    // `hookbench send`, `trigger --wait` and `redeliver` send what they create, not the workspace's backlog.
    void ownDeliveriesOnlyLeavesTheBacklog()
    {
        Fixture f;
        QVERIFY(f.open({}, quickLeases()));
        f.addEndpoint(QStringLiteral("backlog"), {QStringLiteral("old.*")});
        f.addEndpoint(QStringLiteral("mine"), {QStringLiteral("new.*")});
        f.engine.reset(); // stopped: the backlog below waits for whoever takes over
        // Left by `hookbench trigger` without --wait: its engine never ran.
        DeliveryEngine trigger(*f.ws);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(trigger.trigger(QStringLiteral("old.thing"), "{}", EventSource::Cli).deliveries.size(), 1);
        QVERIFY(f.ws->writer().flush());

        DeliveryEngine::Options ownOnly = quickLeases();
        ownOnly.takesOver = false;
        DeliveryEngine sender(*f.ws, ownOnly);
        QHash<qint64, Hookbench::Delivery> seen;
        QObject::connect(&sender, &DeliveryEngine::deliveryChanged, &sender,
                         [&](const Hookbench::Delivery &d) { seen.insert(d.id, d); });
        sender.start();
        QCOMPARE(sender.stats().pending, 0);
        const TriggerResult t = sender.trigger(QStringLiteral("new.thing"), "{}", EventSource::Cli);
        QTRY_VERIFY_WITH_TIMEOUT(seen.value(t.deliveries.first().id).isFinal(), 10000);
        QCOMPARE(f.server.requests().size(), 1);
        QCOMPARE(f.server.requests().first().target, QByteArray("/mine"));
        sender.stop();

        // An engine that takes over sends the backlog, once.
        f.startEngine(quickLeases());
        QVERIFY(f.engine->isTakingOver());
        QTRY_COMPARE_WITH_TIMEOUT(f.server.requests().size(), 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->stats().pending + f.engine->stats().inFlight, 0, 10000);
    }

    // What an engine leaves unfinished when it stops (a retry not yet due) is taken over by the engine that
    // takes over, at its next lease renewal: no poll finds it again, its id is old.
    void stoppedEnginesRetriesAreTakenOver()
    {
        Fixture f;
        QVERIFY(f.open({}, quickLeases()));
        f.server.enqueue({503, {}, "busy", 0, false});
        f.addEndpoint(QStringLiteral("flaky"), {QStringLiteral("*")}, [](Endpoint &e) {
            e.retry = RetryPolicy::fromSchedule({0, 1500});
        });

        const auto sender = ownOnlyProcess(f);
        QVERIFY(sender);
        const qint64 id = sender->engine->trigger(QStringLiteral("ping"), "{}", EventSource::Cli).deliveries.first().id;
        QTRY_COMPARE_WITH_TIMEOUT(sender->engine->stats().retryWaiting, 1, 10000);
        QCOMPARE(f.server.requests().size(), 1);
        sender->engine.reset(); // stops: its leases go, the retry stays in the workspace

        QTRY_VERIFY_WITH_TIMEOUT(f.latest.value(id).state == DeliveryState::Succeeded, 10000);
        QCOMPARE(f.server.requests().size(), 2);
        QVERIFY(f.ws->writer().flush());
        const auto stored = f.ws->deliveries().find(id);
        QCOMPARE(stored->owner, f.engine->owner());
        const auto attempts = f.ws->deliveries().attempts(id);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).number, 1);
        QCOMPARE(attempts.at(1).number, 2);
    }

    // One engine at a time takes over: two windows (or a window and `hookbench run`) never both send the backlog.
    void onlyOneEngineTakesOver()
    {
        Fixture f;
        QVERIFY(f.open({}, quickLeases()));
        f.addEndpoint(QStringLiteral("a"), {QStringLiteral("*")});
        auto ws2 = openAgain(f);
        QVERIFY(ws2);
        DeliveryEngine second(*ws2, quickLeases());
        second.start();
        QVERIFY(f.engine->isTakingOver());
        QVERIFY(!second.isTakingOver());

        // Left by `hookbench trigger` without --wait.
        DeliveryEngine trigger(*ws2);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids += trigger.trigger(QStringLiteral("ping"), "{}", EventSource::Cli).deliveries.first().id;
        QTRY_COMPARE_WITH_TIMEOUT(f.server.requests().size(), 5, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(f.latest.value(ids.last()).isFinal(), 10000);
        QCOMPARE(second.stats().pending + second.stats().inFlight + second.stats().retryWaiting, 0);

        // When the first stops, the second takes over.
        QSignalSpy takingOver(&second, &DeliveryEngine::takingOverChanged);
        f.engine.reset();
        QVERIFY(takingOver.wait(5000));
        QVERIFY(second.isTakingOver());
        QCOMPARE(f.server.requests().size(), 5);
    }

    // A process killed on this machine leaves its liveness lease behind; its pid is gone, so its deliveries are
    // taken over at once rather than when the lease lapses.
    void killedProcessesDeliveriesAreTakenOverAtOnce()
    {
        Fixture f;
        QVERIFY(f.open({}, quickLeases()));
        f.addEndpoint(QStringLiteral("a"), {QStringLiteral("*")});
        f.engine.reset();
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted(5000));
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished(5000));
        DeliveryEngine killed(*f.ws); // never started: its lease is written by hand, as a killed run left it
        const qint64 id = killed.trigger(QStringLiteral("ping"), "{}", EventSource::Cli).deliveries.first().id;
        QVERIFY(f.ws->writer().flush());
        const QString holder
            = QStringLiteral("%1@%2:%3").arg(killed.owner()).arg(QSysInfo::machineHostName()).arg(deadPid);
        QVERIFY(f.ws->leases().hold(QLatin1String(Storage::kEngineLivePrefix) + QString::number(killed.owner()), holder,
                                    QDateTime::currentMSecsSinceEpoch(), 3600'000));

        DeliveryEngine::Options slowLeases;
        slowLeases.leaseMs = 3600'000; // no renewal during the test: the first takes over or nothing does
        f.startEngine(slowLeases);
        QVERIFY(f.engine->isTakingOver());
        QTRY_VERIFY_WITH_TIMEOUT(f.latest.value(id).isFinal(), 10000);
        QCOMPARE(f.server.requests().size(), 1);
    }

    // A live owner's lease keeps others off its deliveries; redelivering one of them elsewhere is refused.
    void redeliveringAnotherEnginesDeliveryIsRefused()
    {
        Fixture f;
        QVERIFY(f.open({}, quickLeases()));
        f.server.setDefault({500, {}, "no", 0, false});
        f.addEndpoint(QStringLiteral("a"), {QStringLiteral("*")}, [](Endpoint &e) {
            e.retry = RetryPolicy::fromSchedule({0, 3600'000});
        });
        const qint64 id = f.engine->trigger(QStringLiteral("ping"), "{}", EventSource::Cli).deliveries.first().id;
        QTRY_COMPARE_WITH_TIMEOUT(f.engine->stats().retryWaiting, 1, 10000);
        QVERIFY(f.ws->writer().flush());
        const auto other = ownOnlyProcess(f);
        QVERIFY(other);
        QVERIFY(!other->engine->redeliver(id).isEmpty());
        QCOMPARE(f.server.requests().size(), 1);
    }

private:
    // Leases renewed every 100 ms, so that takeovers happen within a test's patience.
    static DeliveryEngine::Options quickLeases()
    {
        DeliveryEngine::Options options;
        options.leaseMs = 300;
        options.pollIntervalMs = 50;
        return options;
    }
    static std::unique_ptr<Storage::Workspace> openAgain(Fixture &f)
    {
        QString error;
        auto ws = Storage::Workspace::open(f.tmp.path(), &error);
        if (!ws)
            qWarning("%s", qPrintable(error));
        return ws;
    }
    // Another process on the fixture's workspace that sends only what it creates (`hookbench send`, `trigger
    // --wait`): its own connection and engine, and the last state its engine reported of each delivery.
    struct OwnOnlyProcess
    {
        std::unique_ptr<Storage::Workspace> ws;
        std::unique_ptr<DeliveryEngine> engine;
        QHash<qint64, Hookbench::Delivery> seen;
    };
    static std::unique_ptr<OwnOnlyProcess> ownOnlyProcess(Fixture &f)
    {
        auto process = std::make_unique<OwnOnlyProcess>();
        process->ws = openAgain(f);
        if (!process->ws)
            return nullptr;
        DeliveryEngine::Options ownOnly = quickLeases();
        ownOnly.takesOver = false;
        process->engine = std::make_unique<DeliveryEngine>(*process->ws, ownOnly);
        QObject::connect(process->engine.get(), &DeliveryEngine::deliveryChanged, process->engine.get(),
                         [seen = &process->seen](const Hookbench::Delivery &d) { seen->insert(d.id, d); });
        process->engine->start();
        return process;
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
