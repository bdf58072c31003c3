#include "domain/validation.h"
#include "storage/database.h"
#include "storage/sqlbind.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "util/ids.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <latch>
#include <thread>

using namespace Hookbench;
using namespace Hookbench::Storage;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

std::unique_ptr<Workspace> openOrFail(const QString &path)
{
    QString error;
    auto ws = Workspace::open(path, &error);
    if (!ws)
        qWarning("open failed: %s", qPrintable(error));
    return ws;
}

// A pending delivery of the event to endpoint 3 ("x"), due now.
Delivery pendingDelivery(const Event &ev, const QDateTime &now)
{
    Delivery d;
    d.id = Ids::next();
    d.uid = Ids::uid(QLatin1String("msg_"));
    d.eventId = ev.id;
    d.endpointId = 3;
    d.eventType = ev.type;
    d.endpointName = QStringLiteral("x");
    d.url = QStringLiteral("http://127.0.0.1:1/");
    d.state = DeliveryState::Pending;
    d.nextAttemptAt = now;
    d.createdAt = now;
    d.updatedAt = now;
    return d;
}

Endpoint sampleEndpoint()
{
    Endpoint e;
    e.name = QStringLiteral("orders service");
    e.url = QUrl(QStringLiteral("https://127.0.0.1:8443/hooks?x=1"));
    e.subscriptions = {QStringLiteral("issues.*"), QStringLiteral("ping")};
    e.method = "PUT";
    e.bodyEncoding = BodyEncoding::Form;
    e.headers = {Header {"Authorization", "Bearer abc"}, Header {"X-Trace", "1"}};
    e.scheme = SigningScheme::StandardWebhooks;
    e.secrets
        = {QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), QStringLiteral("whsec_plJ3nmyCDGBKInavdOK15jsl")};
    e.customHmac.prefix = QStringLiteral("sig=");
    e.timeoutMs = 3000;
    e.retry = RetryPolicy::exponential(500, 3.0, 60'000, 5);
    e.retryClientErrors = true;
    e.followRedirects = true;
    e.concurrency = 7;
    e.ratePerSecond = 2.5;
    e.verifyTls = false;
    e.http2PriorKnowledge = true;
    e.circuitBreakerThreshold = 9;
    e.expiresAt = QDateTime::fromMSecsSinceEpoch(1'900'000'000'000LL, Qt::UTC);
    e.channelToken = QStringLiteral("tok");
    e.origin = EndpointOrigin::GoogleChannel;
    e.originData = R"({"channel":"c1"})";
    return e;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void migratesEmptyFile()
    {
        Test::TempWorkspace tmp;
        {
            auto ws = openOrFail(tmp.path());
            QVERIFY(ws);
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(tmp.path());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), kSchemaVersion);
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
            QCOMPARE(q.value(0).toInt(), kApplicationId);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) && q.next());
            QVERIFY(q.value(0).toInt() >= 9);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        // Opening again is a no-op migration.
        QVERIFY(openOrFail(tmp.path()));
    }

    // `hookbench` commands started together on a new workspace (a CI job's first steps) each find the schema
    // made, by whichever came first, instead of failing on "table already exists".
    void concurrentOpensOfANewFileAllSucceed()
    {
        for (int round = 0; round < 3; ++round) {
            Test::TempWorkspace tmp;
            constexpr int kOpeners = 4;
            std::latch start(kOpeners);
            QStringList errors;
            QMutex mutex;
            std::vector<std::thread> openers;
            for (int i = 0; i < kOpeners; ++i) {
                openers.emplace_back([&] {
                    start.arrive_and_wait();
                    QString error;
                    auto ws = Workspace::open(tmp.path(), &error);
                    if (!ws) {
                        QMutexLocker lock(&mutex);
                        errors.append(error);
                    }
                });
            }
            for (std::thread &t : openers)
                t.join();
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
            QVERIFY(openOrFail(tmp.path()));
        }
    }

    // Schema 4 gives deliveries an owner; those written before have none, so any engine may take them over.
    void deliveriesOfSchema3HaveNoOwner()
    {
        Test::TempWorkspace tmp;
        Delivery d;
        d.id = Ids::next();
        d.uid = QStringLiteral("msg_old");
        d.eventId = 1;
        d.endpointId = 1;
        d.eventType = QStringLiteral("old.thing");
        d.endpointName = QStringLiteral("old");
        d.url = QStringLiteral("http://127.0.0.1:1/");
        d.createdAt = QDateTime::currentDateTimeUtc();
        {
            auto ws = openOrFail(tmp.path());
            QVERIFY(ws);
            ws->writer().saveDelivery(d);
            QVERIFY(ws->writer().flush());
            QVERIFY(ws->deliveries().find(d.id));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(tmp.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE deliveries DROP COLUMN owner")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        auto ws = openOrFail(tmp.path());
        QVERIFY(ws);
        const auto stored = ws->deliveries().find(d.id);
        QVERIFY(stored);
        QCOMPARE(stored->owner, 0);
        QCOMPARE(stored->uid, d.uid);
        const auto due = ws->deliveries().unfinishedDue(42, QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().id, d.id);
    }

    void leasesAreHeldByOneAtATime()
    {
        Test::TempWorkspace tmp;
        auto ws = openOrFail(tmp.path());
        QVERIFY(ws);
        LeaseStore &leases = ws->leases();
        const QString key = QStringLiteral("test/lease");
        QVERIFY(leases.hold(key, QStringLiteral("a"), 1000, 500));
        QVERIFY(!leases.hold(key, QStringLiteral("b"), 1200, 500)); // a's, until 1500
        QVERIFY(leases.hold(key, QStringLiteral("a"), 1400, 500)); // renewed until 1900
        QVERIFY(!leases.hold(key, QStringLiteral("b"), 1800, 500));
        QCOMPARE(leases.holders(QStringLiteral("test/"), 1800), QStringList {QStringLiteral("a")});
        QVERIFY(leases.holders(QStringLiteral("test/"), 1900).isEmpty()); // lapsed
        QVERIFY(leases.hold(key, QStringLiteral("b"), 1900, 500)); // taken over once lapsed
        leases.release(key, QStringLiteral("a")); // not a's any more: nothing happens
        QVERIFY(!leases.hold(key, QStringLiteral("a"), 2000, 500));
        leases.release(key, QStringLiteral("b"));
        QVERIFY(leases.hold(key, QStringLiteral("a"), 2000, 500));
        // A prefix with LIKE's wildcards matches itself only.
        QVERIFY(leases.hold(QStringLiteral("te%t/x"), QStringLiteral("c"), 2000, 500));
        QCOMPARE(leases.holders(QStringLiteral("test/"), 2000), QStringList {QStringLiteral("a")});
    }

    void refusesNewerVersionUntouched()
    {
        Test::TempWorkspace tmp;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(tmp.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion + 5)));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray before = fileHash(tmp.path());
        QString error;
        QVERIFY(!Workspace::open(tmp.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        QCOMPARE(fileHash(tmp.path()), before);
    }

    void refusesCorruptFilesUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("hello, this is not a database\n").repeated(20)
                                   << QStringLiteral("not a Hookbench workspace");
        QByteArray fakeHeader("SQLite format 3\0", 16);
        fakeHeader += QByteArray("\x10\x00", 2) + QByteArray(82, '\0'); // page size 4096
        QTest::newRow("truncated") << fakeHeader + QByteArray(1000, '\x7f') << QStringLiteral("damaged");
        QTest::newRow("garbage pages") << fakeHeader + QByteArray(4096 * 2 - 100, '\xAB') << QStringLiteral("damaged");
    }
    void refusesCorruptFilesUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        Test::TempWorkspace tmp;
        {
            QFile f(tmp.path());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        QString error;
        QVERIFY(!Workspace::open(tmp.path(), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QFile f(tmp.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void refusesOtherApplicationsDatabase()
    {
        Test::TempWorkspace tmp;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(tmp.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(tmp.path());
        QString error;
        QVERIFY(!Workspace::open(tmp.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("not a Hookbench workspace")), qPrintable(error));
        QCOMPARE(fileHash(tmp.path()), before);
    }

    void eventTypeRoundTrip()
    {
        Test::TempWorkspace tmp;
        auto ws = openOrFail(tmp.path());
        QVERIFY(ws);
        EventType t {0,
                     QStringLiteral("issues.opened"),
                     QStringLiteral("An issue was opened"),
                     R"({"action":"opened","n":{{seq}}})",
                     {}};
        QVERIFY(ws->eventTypes().add(t));
        QVERIFY(t.id > 0);
        QCOMPARE(ws->eventTypes().find(t.name), std::optional(t));
        QCOMPARE(ws->eventTypes().findById(t.id), std::optional(t));

        EventType duplicate = t;
        const WriteResult dup = ws->eventTypes().add(duplicate);
        QVERIFY(!dup);
        QCOMPARE(dup.error, QStringLiteral("An event type named “issues.opened” already exists; choose another name."));

        EventType invalid {0, QStringLiteral("Bad Name"), {}, "{", {}};
        const WriteResult bad = ws->eventTypes().add(invalid);
        QVERIFY(!bad);
        QVERIFY(bad.error.contains(QStringLiteral("name")));
        QVERIFY(bad.error.contains(QStringLiteral("line 1, column 1")));
        QCOMPARE(ws->eventTypes().list().size(), 1);

        t.description = QStringLiteral("changed");
        QVERIFY(ws->eventTypes().update(t));
        QCOMPARE(ws->eventTypes().findById(t.id)->description, QStringLiteral("changed"));
        QCOMPARE(ws->eventTypes().nextSequence(t.name), 1);
        QCOMPARE(ws->eventTypes().nextSequence(t.name), 2);
        QVERIFY(ws->eventTypes().remove(t.id));
        QVERIFY(!ws->eventTypes().find(t.name));
        QVERIFY(!ws->eventTypes().remove(t.id));
    }

    void eventTypeFiredBySchedulesIsKept()
    {
        Test::TempWorkspace tmp;
        auto ws = openOrFail(tmp.path());
        QVERIFY(ws);
        EventType tock {0, QStringLiteral("tock"), {}, R"({"n":{{seq}}})", {}};
        QVERIFY(ws->eventTypes().add(tock));
        auto every = [](const QByteArray &payload) {
            Schedule s;
            s.eventType = QStringLiteral("tock");
            s.kind = Schedule::Kind::Interval;
            s.intervalMs = 60'000;
            s.payload = payload;
            return s;
        };
        Schedule first = every({});
        Schedule ownPayload = every(R"({"own":true})");
        Schedule third = every({});
        third.enabled = false; // enabling it again would fail just the same
        QVERIFY(ws->schedules().add(first));
        QVERIFY(ws->schedules().add(ownPayload));
        QVERIFY(ws->schedules().add(third));

        QCOMPARE(
            ws->eventTypes().remove(tock.id).error,
            QStringLiteral("Schedules %1, %2 fire “tock”; remove or change them first.").arg(first.id).arg(third.id));
        QVERIFY(ws->eventTypes().find(QStringLiteral("tock")));
        QVERIFY(ws->schedules().remove(first.id));
        QCOMPARE(ws->eventTypes().remove(tock.id).error,
                 QStringLiteral("Schedule %1 fires “tock”; remove or change it first.").arg(third.id));
        QVERIFY(ws->schedules().remove(third.id));
        // A schedule with a payload of its own does not need the type's template.
        QVERIFY(ws->eventTypes().remove(tock.id));
        QVERIFY(!ws->eventTypes().find(QStringLiteral("tock")));
        QCOMPARE(ws->schedules().list().size(), 1);
    }

    void endpointRoundTrip()
    {
        Test::TempWorkspace tmp;
        Endpoint e = sampleEndpoint();
        {
            auto ws = openOrFail(tmp.path());
            QVERIFY(ws);
            const WriteResult r = ws->endpoints().add(e);
            QVERIFY2(r, qPrintable(r.error));
        }
        auto ws = openOrFail(tmp.path()); // survives reopening
        QVERIFY(ws);
        const auto loaded = ws->endpoints().find(e.id);
        QVERIFY(loaded);
        QCOMPARE(*loaded, e);
        QCOMPARE(ws->endpoints().findByName(e.name)->id, e.id);

        QVERIFY(ws->endpoints().setEnabled(e.id, false, QStringLiteral("410 Gone")));
        QCOMPARE(ws->endpoints().find(e.id)->disabledReason, QStringLiteral("410 Gone"));
        QVERIFY(ws->endpoints().setConsecutiveFailures(e.id, 4));
        QCOMPARE(ws->endpoints().find(e.id)->consecutiveFailures, 4);
        QVERIFY(ws->endpoints().setEnabled(e.id, true));
        QCOMPARE(ws->endpoints().find(e.id)->consecutiveFailures, 0);
        QVERIFY(ws->endpoints().find(e.id)->enabled);

        Endpoint bad = e;
        bad.headers.append(Header {"X-Evil", "a\r\nInjected: yes"});
        QVERIFY(!ws->endpoints().update(bad));
        QCOMPARE(ws->endpoints().find(e.id)->headers, e.headers); // nothing stored

        QVERIFY(ws->endpoints().remove(e.id));
        QVERIFY(ws->endpoints().list().isEmpty());
    }

    void receiverAndScheduleRoundTrip()
    {
        Test::TempWorkspace tmp;
        auto ws = openOrFail(tmp.path());
        QVERIFY(ws);
        Receiver r;
        r.name = QStringLiteral("local");
        r.port = 9911;
        ResponseRule flaky;
        flaky.method = "POST";
        flaky.pathPattern = QStringLiteral("/stripe/*");
        flaky.behaviour = ResponseRule::Behaviour::FailFirst;
        flaky.failFirst = 2;
        flaky.failStatus = 503;
        flaky.delayMs = 20;
        r.rules = {flaky, ResponseRule {}};
        r.secrets = {VerificationSecret {SigningScheme::Stripe, QStringLiteral("whsec_abc"), {}},
                     VerificationSecret {SigningScheme::CustomHmac, QStringLiteral("k"), CustomHmacOptions {}}};
        r.forwardTo = QUrl(QStringLiteral("http://127.0.0.1:3000/webhooks"));
        r.rejectInvalid = true;
        QVERIFY(ws->receivers().add(r));
        QCOMPARE(ws->receivers().find(r.id), std::optional(r));
        QCOMPARE(ws->receivers().findByName(QStringLiteral("local"))->secrets.at(0).secret,
                 QStringLiteral("whsec_abc"));

        Schedule s;
        s.eventType = QStringLiteral("invoice.paid");
        s.kind = Schedule::Kind::Cron;
        s.cron = QStringLiteral("*/5 * * * *");
        s.utc = true;
        s.jitterMs = 1500;
        s.limit = 3;
        s.until = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000LL, Qt::UTC);
        s.catchUp = true;
        s.payload = R"({"x":1})";
        s.nextFireAt = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000LL, Qt::UTC);
        QVERIFY(ws->schedules().add(s));
        QCOMPARE(ws->schedules().find(s.id), std::optional(s));
        const QDateTime fired = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000LL, Qt::UTC);
        QVERIFY(ws->schedules().recordFiring(s.id, 1, fired, fired.addSecs(300)));
        QCOMPARE(ws->schedules().find(s.id)->firedCount, 1);
        QCOMPARE(ws->schedules().find(s.id)->nextFireAt, fired.addSecs(300));

        QVERIFY(ws->settings().setValue(QStringLiteral("api/token"), QStringLiteral("t1")));
        QVERIFY(ws->settings().setValue(QStringLiteral("api/token"), QStringLiteral("t2")));
        QCOMPARE(ws->settings().value(QStringLiteral("api/token")), QStringLiteral("t2"));
        QCOMPARE(ws->settings().value(QStringLiteral("missing"), QStringLiteral("d")), QStringLiteral("d"));
    }

    // Each kind of definition is named in a sentence of its own (a shared "A %1 named" read "A endpoint named",
    // and no translation can make one sentence agree with every noun).
    void duplicateAndMissingDefinitionsAreNamed()
    {
        Test::TempWorkspace tmp;
        auto ws = openOrFail(tmp.path());
        QVERIFY(ws);
        Endpoint e = sampleEndpoint();
        QVERIFY(ws->endpoints().add(e));
        Endpoint twin = sampleEndpoint();
        QCOMPARE(ws->endpoints().add(twin).error,
                 QStringLiteral("An endpoint named “%1” already exists; choose another name.").arg(e.name));
        Receiver r;
        r.name = QStringLiteral("local");
        QVERIFY(ws->receivers().add(r));
        Receiver again;
        again.name = QStringLiteral("local");
        QCOMPARE(ws->receivers().add(again).error,
                 QStringLiteral("A receiver named “local” already exists; choose another name."));

        QCOMPARE(ws->endpoints().remove(e.id + 100).error,
                 QStringLiteral("There is no endpoint with id %1.").arg(e.id + 100));
        QCOMPARE(ws->receivers().remove(r.id + 100).error,
                 QStringLiteral("There is no receiver with id %1.").arg(r.id + 100));
        QCOMPARE(ws->eventTypes().remove(4242).error, QStringLiteral("There is no event type with id 4242."));
        QCOMPARE(ws->schedules().remove(4242).error, QStringLiteral("There is no schedule with id 4242."));
        QCOMPARE(ws->endpoints().list().size(), 1);
        QCOMPARE(ws->receivers().list().size(), 1);
    }

    void historyRoundTripThroughWriter()
    {
        Test::TempWorkspace tmp;
        auto ws = openOrFail(tmp.path());
        QVERIFY(ws);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        Event ev {
            Ids::next(),      Ids::uid(QLatin1String("evt_")),       QStringLiteral("issues.opened"), R"({"a":1})", now,
            EventSource::Cli, QStringLiteral("endpoint x: disabled")};
        Delivery d = pendingDelivery(ev, now);
        ws->writer().insertEvent(ev, {d});

        Attempt a;
        a.id = Ids::next();
        a.deliveryId = d.id;
        a.number = 1;
        a.method = "POST";
        a.url = d.url;
        a.requestHeaders = {Header {"Content-Type", "application/json"}, Header {"webhook-id", d.uid.toLatin1()}};
        a.requestBody = ev.payload;
        a.status = 503;
        a.responseHeaders = {Header {"Retry-After", "  5"}};
        a.responseBody = QByteArray("\x00\x01\xff binary", 10);
        a.responseTruncated = true;
        a.durationUs = 1234;
        a.error = QStringLiteral("Service Unavailable");
        a.startedAt = now;
        a.finishedAt = now.addMSecs(1);
        ws->writer().insertAttempt(a);
        d.state = DeliveryState::Retrying;
        d.attemptCount = 1;
        d.lastStatus = 503;
        d.nextAttemptAt = now.addSecs(5);
        const quint64 ticket = ws->writer().saveDelivery(d);

        QSignalSpy committed(&ws->writer(), &BatchWriter::committed);
        QTRY_VERIFY(ws->writer().lastCommitted() >= ticket);

        QCOMPARE(ws->events().find(ev.id), std::optional(ev));
        QCOMPARE(ws->events().findByUid(ev.uid)->id, ev.id);
        QCOMPARE(ws->deliveries().find(d.id), std::optional(d));
        QCOMPARE(ws->deliveries().findByUid(d.uid)->id, d.id);
        QCOMPARE(ws->deliveries().attempts(d.id), QList<Attempt> {a});
        QCOMPARE(ws->deliveries().unfinished().size(), 1);
        QCOMPARE(ws->deliveries().forEvent(ev.id).size(), 1);

        DeliveryFilter filter;
        filter.states = {DeliveryState::Retrying};
        QCOMPARE(ws->deliveries().count(filter), 1);
        filter.states = {DeliveryState::Failed};
        QCOMPARE(ws->deliveries().count(filter), 0);
        filter = {};
        filter.status = 503;
        QCOMPARE(ws->deliveries().page(filter, 0, 10).size(), 1);
        QCOMPARE(ws->deliveries().page(filter, d.id, 10).size(), 0);

        CapturedRequest c;
        c.id = Ids::next();
        c.receiverId = 1;
        c.receivedAt = now;
        c.remoteAddress = QStringLiteral("127.0.0.1:5555");
        c.method = "POST";
        c.target = "/hook?a=1&b=%20";
        c.headers = {Header {"host", "x"}, Header {"X-Hub-Signature-256", "sha256=00"}};
        c.body = QByteArray("\0\r\n\xfe", 4);
        c.verdicts = {Verdict {SigningScheme::GitHub, Verdict::Result::InvalidSignature, QStringLiteral("mismatch")}};
        c.responseStatus = 401;
        ws->writer().insertCapture(c);
        ws->writer().saveForwardResult({c.id, QStringLiteral("http://127.0.0.1:2/"), 202, {}, "ok"});
        QVERIFY(ws->writer().flush());
        c.forwardedTo = QStringLiteral("http://127.0.0.1:2/");
        c.forwardStatus = 202;
        c.forwardResponseBody = "ok";
        QCOMPARE(ws->captures().find(c.id), std::optional(c));
        QCOMPARE(ws->captures().page(1, 0, 10).size(), 1);
        QCOMPARE(ws->captures().count(1), 1);
        QCOMPARE(ws->captures().count(2), 0);
        QVERIFY(ws->captures().clear(1));

        // A row the schema refuses is reported and skipped; the rows around it are still written.
        QSignalSpy failures(&ws->writer(), &BatchWriter::writeFailed);
        CapturedRequest good1 = c, bad = c, good2 = c;
        good1.id = Ids::next();
        bad.id = Ids::next();
        bad.method = QByteArray(); // method is NOT NULL
        good2.id = Ids::next();
        ws->writer().insertCapture(good1);
        ws->writer().insertCapture(bad);
        ws->writer().insertCapture(good2);
        QVERIFY(ws->writer().flush());
        QCOMPARE(failures.count(), 1);
        QCOMPARE(ws->captures().count(1), 2);
        QVERIFY(ws->captures().clear(1));
        QCOMPARE(ws->captures().count(0), 0);
    }

    void deliveryProgressWritesOnlyProgress()
    {
        Test::TempWorkspace tmp;
        auto ws = openOrFail(tmp.path());
        QVERIFY(ws);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        Event ev {Ids::next(), Ids::uid(QLatin1String("evt_")), QStringLiteral("ping"), "{}", now, EventSource::Cli,
                  {}};
        Delivery d = pendingDelivery(ev, now);
        ws->writer().insertEvent(ev, {d});

        Delivery progressed = d;
        progressed.state = DeliveryState::Failed;
        progressed.attemptCount = 3;
        progressed.nextAttemptAt = QDateTime();
        progressed.updatedAt = now.addSecs(2);
        progressed.lastStatus = 500;
        progressed.lastDurationUs = 777;
        progressed.lastError = QStringLiteral("gave up");
        progressed.endpointName = QStringLiteral("not written");
        progressed.url = QStringLiteral("http://127.0.0.1:1/not-written");
        ws->writer().saveDeliveryProgress(progressed);

        // A progress save for a row that is not stored yet inserts it whole.
        Delivery fresh = pendingDelivery(ev, now);
        fresh.state = DeliveryState::Succeeded;
        fresh.attemptCount = 1;
        fresh.nextAttemptAt = QDateTime();
        ws->writer().saveDeliveryProgress(fresh);
        QVERIFY(ws->writer().flush());

        Delivery expected = progressed;
        expected.endpointName = d.endpointName;
        expected.url = d.url;
        QCOMPARE(ws->deliveries().find(d.id), std::optional(expected));
        QCOMPARE(ws->deliveries().find(fresh.id), std::optional(fresh));

        // The full save still rewrites the endpoint's name and URL.
        ws->writer().saveDelivery(progressed);
        QVERIFY(ws->writer().flush());
        QCOMPARE(ws->deliveries().find(d.id), std::optional(progressed));
    }

    // Runs of captures are written as multi-row inserts (groups of 64 and smaller powers of two): every
    // count must store every capture exactly, in whatever group it falls, with text columns stored as TEXT.
    void capturesInGroupsAreStoredExactly_data()
    {
        QTest::addColumn<int>("count");
        for (int n : {1, 2, 3, 4, 5, 15, 16, 17, 63, 64, 65, 127, 130})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }
    void capturesInGroupsAreStoredExactly()
    {
        QFETCH(int, count);
        Test::TempWorkspace tmp;
        BatchWriterOptions options;
        options.flushIntervalMs = 60'000; // one batch: everything goes in at flush()
        options.maxBatch = 100'000;
        QString error;
        auto ws = Workspace::open(tmp.path(), options, &error);
        QVERIFY2(ws, qPrintable(error));
        QSignalSpy failures(&ws->writer(), &BatchWriter::writeFailed);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        QList<CapturedRequest> sent;
        for (int i = 0; i < count; ++i) {
            CapturedRequest c;
            c.id = Ids::next();
            c.receiverId = 3;
            c.receivedAt = now.addMSecs(i);
            // Null, empty and ordinary remotes; a Latin-1 method byte; both versions.
            c.remoteAddress = i % 5 == 0 ? QString()
                : i % 5 == 1             ? QStringLiteral("")
                                         : QStringLiteral("[::1]:%1").arg(i);
            c.method = i % 7 == 3 ? QByteArray("M\xe9THOD") : i % 2 ? QByteArray("PUT") : QByteArray("POST");
            c.target = "/t/" + QByteArray::number(i) + "?q=%00&r=\xff";
            c.httpVersion = i % 3 ? QByteArray("HTTP/1.1") : QByteArray("HTTP/1.0");
            c.headers = {Header {"Content-Type", "application/json"}, Header {"x-n", QByteArray::number(i)}};
            if (i % 4 == 0)
                c.headers.clear();
            QByteArray body(i * 37 % 300, Qt::Uninitialized);
            for (qsizetype b = 0; b < body.size(); ++b)
                body[b] = char((b * 131 + i) % 256); // every byte value, NULs included
            c.body = i % 6 == 0 ? QByteArray() : body;
            if (i % 9 == 1)
                c.verdicts = {Verdict {SigningScheme::Stripe, Verdict::Result::Valid, QStringLiteral("grüße ✓")}};
            c.responseStatus = 200 + i % 3;
            if (i == count / 2 && count > 2) {
                // Already forwarded (an import, say): written alone, with its forward columns, between two runs.
                c.forwardedTo = QStringLiteral("http://127.0.0.1:9/x");
                c.forwardStatus = 502;
                c.forwardError = QStringLiteral("Bad Gateway");
                c.forwardResponseBody = QByteArray("\0\xff", 2);
            }
            sent.append(c);
            ws->writer().insertCapture(c);
        }
        QVERIFY(ws->writer().flush());
        QCOMPARE(failures.count(), 0);
        QCOMPARE(ws->captures().count(3), count);
        for (const CapturedRequest &c : std::as_const(sent)) {
            const std::optional<CapturedRequest> stored = ws->captures().find(c.id);
            QVERIFY(stored);
            QCOMPARE(*stored, c);
        }
        QSqlDatabase db = Storage::openConnection(tmp.path(), QStringLiteral("group-test"), &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT id, typeof(remote), remote, typeof(method), method, typeof(http_version), "
                               "typeof(verdicts), typeof(body), typeof(headers) FROM captured_requests")));
            int rows = 0;
            while (q.next()) {
                ++rows;
                const auto c = std::find_if(sent.cbegin(), sent.cend(),
                                            [&](const CapturedRequest &r) { return r.id == q.value(0).toLongLong(); });
                QVERIFY(c != sent.cend());
                QCOMPARE(q.value(1).toString(),
                         c->remoteAddress.isNull() ? QStringLiteral("null") : QStringLiteral("text"));
                QCOMPARE(q.value(2).toString(), c->remoteAddress);
                QCOMPARE(q.value(3).toString(), QStringLiteral("text"));
                QCOMPARE(q.value(4).toString(), QString::fromLatin1(c->method)); // é stored as UTF-8 text
                QCOMPARE(q.value(5).toString(), QStringLiteral("text"));
                QCOMPARE(q.value(6).toString(), QStringLiteral("text"));
                QCOMPARE(q.value(7).toString(), c->body.isNull() ? QStringLiteral("null") : QStringLiteral("blob"));
                QCOMPARE(q.value(8).toString(), QStringLiteral("blob"));
            }
            QCOMPARE(rows, count);
            // Text comparisons in SQL see the same values as before (a BLOB would never equal a TEXT literal).
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM captured_requests WHERE method = 'POST' AND "
                                          "http_version IN ('HTTP/1.1', 'HTTP/1.0') AND verdicts LIKE '[%'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), int(std::count_if(sent.cbegin(), sent.cend(), [](const CapturedRequest &c) {
                         return c.method == "POST";
                     })));
        }
        db = QSqlDatabase();
        Storage::closeConnection(QStringLiteral("group-test"));
    }

    // A capture the schema refuses, anywhere in a group, is reported and skipped alone; the group's other rows,
    // the runs around it and a forward result saved in the middle of a run are all written.
    void aBadCaptureCostsOnlyItself_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("bad");
        QTest::addColumn<int>("forwardAfter"); // a forward result is saved after this capture; -1: none
        QTest::newRow("alone") << 1 << 0 << -1;
        QTest::newRow("first of 4") << 4 << 0 << -1;
        QTest::newRow("second of 2") << 2 << 1 << -1;
        QTest::newRow("middle of 16") << 16 << 7 << -1;
        QTest::newRow("last of 64") << 64 << 63 << -1;
        QTest::newRow("in the 16 after 64") << 85 << 70 << -1;
        QTest::newRow("in the 32 after 64") << 127 << 80 << -1;
        QTest::newRow("the one left alone") << 67 << 66 << -1;
        QTest::newRow("in an 8 after a forward result") << 40 << 30 << 10;
    }
    void aBadCaptureCostsOnlyItself()
    {
        QFETCH(int, count);
        QFETCH(int, bad);
        QFETCH(int, forwardAfter);
        Test::TempWorkspace tmp;
        BatchWriterOptions options;
        options.flushIntervalMs = 60'000;
        options.maxBatch = 100'000;
        QString error;
        auto ws = Workspace::open(tmp.path(), options, &error);
        QVERIFY2(ws, qPrintable(error));
        QSignalSpy failures(&ws->writer(), &BatchWriter::writeFailed);
        QList<qint64> good;
        qint64 forwardedId = 0;
        for (int i = 0; i < count; ++i) {
            CapturedRequest c;
            c.id = Ids::next();
            c.receiverId = 5;
            c.receivedAt = QDateTime::currentDateTimeUtc();
            c.method = i == bad ? QByteArray() : QByteArray("POST"); // method is NOT NULL
            c.body = QByteArray::number(i);
            ws->writer().insertCapture(c);
            if (i != bad)
                good.append(c.id);
            if (i == forwardAfter) {
                // Splits the run in two; refers to a capture queued before it.
                ws->writer().saveForwardResult({c.id, QStringLiteral("http://127.0.0.1:9/"), 204, {}, "fw"});
                forwardedId = c.id;
            }
        }
        QVERIFY(ws->writer().flush());
        QCOMPARE(failures.count(), 1);
        QCOMPARE(ws->captures().count(5), count - 1);
        for (qint64 id : std::as_const(good))
            QVERIFY(ws->captures().find(id));
        if (forwardedId) {
            const auto f = ws->captures().find(forwardedId);
            QCOMPARE(f->forwardStatus, 204);
            QCOMPARE(f->forwardResponseBody, QByteArray("fw"));
        }
    }

    void outboxCommitsAheadOfTheLog()
    {
        Test::TempWorkspace tmp;
        BatchWriterOptions options;
        options.flushIntervalMs = 60'000; // the regular batch never closes by itself here
        options.promptIntervalMs = 5;
        QString error;
        auto ws = Workspace::open(tmp.path(), options, &error);
        QVERIFY2(ws, qPrintable(error));
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        Attempt a;
        a.id = Ids::next();
        a.deliveryId = Ids::next();
        a.number = 1;
        a.method = "POST";
        a.url = QStringLiteral("http://127.0.0.1:1/");
        a.startedAt = now;
        a.finishedAt = now;
        const quint64 attemptTicket = ws->writer().insertAttempt(a);
        Event ev {Ids::next(), Ids::uid(QLatin1String("evt_")), QStringLiteral("ping"), "{}", now, EventSource::Cli,
                  {}};
        const Delivery d = pendingDelivery(ev, now);
        QSignalSpy outbox(&ws->writer(), &BatchWriter::outboxCommitted);
        const quint64 eventTicket = ws->writer().insertEvent(ev, {d});
        ws->writer().commitSoon();
        QVERIFY(outbox.wait(5000));
        QCOMPARE(outbox.first().first().toULongLong(), eventTicket);
        // The outbox is readable from another connection; the older attempt still waits for its batch, so the
        // writer does not claim it durable.
        QVERIFY(ws->deliveries().find(d.id));
        QVERIFY(ws->deliveries().attempts(a.deliveryId).isEmpty());
        QVERIFY(ws->writer().lastCommitted() < attemptTicket);
        QVERIFY(ws->writer().flush());
        QCOMPARE(ws->deliveries().attempts(a.deliveryId).size(), 1);
        QCOMPARE(ws->writer().lastCommitted(), ws->writer().lastQueued());
    }

    void writerFlushesEverythingOnShutdown()
    {
        Test::TempWorkspace tmp;
        constexpr int kRows = 5000;
        {
            BatchWriterOptions options;
            options.flushIntervalMs = 60'000; // nothing would be written by the timer during the test
            options.maxBatch = 100'000;
            QString error;
            auto ws = Workspace::open(tmp.path(), options, &error);
            QVERIFY2(ws, qPrintable(error));
            for (int i = 0; i < kRows; ++i) {
                CapturedRequest c;
                c.id = Ids::next();
                c.receiverId = 7;
                c.receivedAt = QDateTime::currentDateTimeUtc();
                c.method = "POST";
                c.target = "/x";
                c.body = QByteArray::number(i);
                ws->writer().insertCapture(c);
            }
            QVERIFY(ws->writer().lastCommitted() < ws->writer().lastQueued());
        } // destroyed with everything still queued
        auto ws = openOrFail(tmp.path());
        QVERIFY(ws);
        QCOMPARE(ws->captures().count(7), kRows);
    }

    // bindAll() fills the driver's positional list directly; every type the writer binds must round-trip, a
    // statement reused with new values must not keep old ones, and a wrong count must refuse to run.
    void bindAllRoundTripsAndRefusesWrongCounts()
    {
        Test::TempWorkspace tmp;
        QString error;
        QSqlDatabase db = Storage::openConnection(tmp.path(), QStringLiteral("bind-test"), &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        {
            QSqlQuery create(db);
            QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT, c BLOB, d INTEGER, e TEXT)")));
            QSqlQuery insert(db);
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?)")));
            const QByteArray binary("\x00\xff\x01 binary", 11);
            QVERIFY(Storage::execWith(insert, {qint64(1) << 40, QStringLiteral("grüße ✓"), binary, 7, QString()}));
            QVERIFY(Storage::execWith(insert, {2, QStringLiteral("second"), QByteArray(), true, QStringLiteral("x")}));
            QVERIFY(!Storage::execWith(insert, {3, QStringLiteral("too few")}));
            QVERIFY(insert.lastError().isValid());
            QVERIFY(!Storage::execWith(insert, {4, QString(), QByteArray(), 0, QString(), 5}));
            // Counted once: the same checks against the count the caller kept.
            const qsizetype placeholders = Storage::placeholderCount(insert);
            QCOMPARE(placeholders, 5);
            QVERIFY(!Storage::bindAll(insert, {5, QStringLiteral("short")}, placeholders));
            QVERIFY(!insert.exec());
            QVERIFY(Storage::bindAll(insert, {6, QStringLiteral("counted"), binary, 8, QString()}, placeholders));
            QVERIFY(insert.exec());

            QSqlQuery read(db);
            QVERIFY(read.exec(
                QStringLiteral("SELECT a, b, c, d, e, typeof(b), typeof(c), typeof(e) FROM t ORDER BY rowid")));
            QVERIFY(read.next());
            QCOMPARE(read.value(0).toLongLong(), qint64(1) << 40);
            QCOMPARE(read.value(1).toString(), QStringLiteral("grüße ✓"));
            QCOMPARE(read.value(2).toByteArray(), binary);
            QCOMPARE(read.value(3).toInt(), 7);
            QCOMPARE(read.value(5).toString(), QStringLiteral("text"));
            QCOMPARE(read.value(6).toString(), QStringLiteral("blob"));
            QCOMPARE(read.value(7).toString(), QStringLiteral("null")); // a null QString is NULL, as addBindValue
            QVERIFY(read.next());
            QCOMPARE(read.value(0).toInt(), 2);
            QCOMPARE(read.value(1).toString(), QStringLiteral("second"));
            QCOMPARE(read.value(3).toInt(), 1);
            QCOMPARE(read.value(4).toString(), QStringLiteral("x"));
            QVERIFY(read.next());
            QCOMPARE(read.value(0).toInt(), 6);
            QCOMPARE(read.value(1).toString(), QStringLiteral("counted"));
            QCOMPARE(read.value(2).toByteArray(), binary);
            QVERIFY(!read.next());
        }
        db = QSqlDatabase();
        Storage::closeConnection(QStringLiteral("bind-test"));
    }

    void writerBatchesUnderLoad()
    {
        Test::TempWorkspace tmp;
        auto ws = openOrFail(tmp.path());
        QVERIFY(ws);
        QSignalSpy committed(&ws->writer(), &BatchWriter::committed);
        constexpr int kRows = 3000;
        quint64 last = 0;
        for (int i = 0; i < kRows; ++i) {
            CapturedRequest c;
            c.id = Ids::next();
            c.receiverId = 1;
            c.receivedAt = QDateTime::currentDateTimeUtc();
            c.method = "POST";
            last = ws->writer().insertCapture(c);
        }
        QTRY_VERIFY_WITH_TIMEOUT(ws->writer().lastCommitted() >= last, 20000);
        QCOMPARE(ws->captures().count(1), kRows);
        // Far fewer transactions than rows.
        QVERIFY2(committed.count() < kRows / 10, qPrintable(QString::number(committed.count())));
    }

    // A batch is written when it is full or its interval has passed; rows that arrive while it is written wait
    // for a batch of their own rather than following at once in a transaction of a few rows.
    void rowsArrivingDuringAWriteWaitForTheirOwnBatch()
    {
        Test::TempWorkspace tmp;
        BatchWriterOptions options;
        options.flushIntervalMs = 60'000; // only full batches close by themselves here
        options.maxBatch = 100;
        QString error;
        auto ws = Workspace::open(tmp.path(), options, &error);
        QVERIFY2(ws, qPrintable(error));
        QSignalSpy committed(&ws->writer(), &BatchWriter::committed);
        QList<quint64> tickets;
        for (int i = 0; i < 250; ++i) {
            CapturedRequest c;
            c.id = Ids::next();
            c.receiverId = 1;
            c.receivedAt = QDateTime::currentDateTimeUtc();
            c.method = "POST";
            tickets.append(ws->writer().insertCapture(c));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!committed.isEmpty() && committed.last().first().toULongLong() >= tickets.at(199),
                                 10000);
        QVERIFY(!committed.wait(300));
        QCOMPARE(ws->writer().lastCommitted(), tickets.at(199));
        QCOMPARE(ws->captures().count(1), 200);
        QVERIFY(ws->writer().flush());
        QCOMPARE(ws->captures().count(1), 250);
    }

    void idsAreUniqueAndOrdered()
    {
        qint64 previous = 0;
        for (int i = 0; i < 100'000; ++i) {
            const qint64 id = Ids::next();
            QVERIFY(id > previous);
            previous = id;
        }
        QVERIFY(Ids::uid(QLatin1String("msg_")).startsWith(QLatin1String("msg_")));
        QCOMPARE(Ids::uid(QLatin1String("msg_")).size(), 28);
    }

    void sortableUidsKeepTheShapeAndSortByTime()
    {
        const QRegularExpression shape(QStringLiteral("^msg_[0-9A-Za-z]{24}$"));
        QSet<QString> seen;
        for (int i = 0; i < 20'000; ++i) {
            const QString uid = Ids::sortableUid(QLatin1String("msg_"));
            QVERIFY2(shape.match(uid).hasMatch(), qPrintable(uid));
            seen.insert(uid);
        }
        QCOMPARE(seen.size(), 20'000);
        // Ids from different milliseconds compare as their times do; the time part is the same within one.
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        const QString first = Ids::sortableUid(QLatin1String("evt_"));
        QElapsedTimer clock;
        clock.start();
        while (QDateTime::currentMSecsSinceEpoch() <= start + 1 && clock.elapsed() < 1000) { }
        const QString second = Ids::sortableUid(QLatin1String("evt_"));
        QVERIFY2(first.mid(4, 8) < second.mid(4, 8), qPrintable(first + QLatin1Char(' ') + second));
        QVERIFY(first < second);
        // The time part reads back as the time the id was made.
        const QLatin1StringView alphabet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
        qint64 ms = 0;
        for (const QChar c : first.mid(4, 8))
            ms = ms * 62 + alphabet.indexOf(c);
        QVERIFY2(ms >= start && ms <= start + 1000, qPrintable(QString::number(ms - start)));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
