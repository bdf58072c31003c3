// The schedule runner: firing through the engine on a fake clock (limits, end times, jitter, missed-firing
// policies, per-endpoint rendering, reloads, one runner per workspace), and a real interval schedule producing
// deliveries to a local peer.
#include "delivery/deliveryengine.h"
#include "scheduling/schedulerunner.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "testhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Hookbench;
using Hookbench::Scheduling::ScheduleRunner;

namespace {

const QDateTime T0 = QDateTime::fromString(QStringLiteral("2026-03-02T10:00:00Z"), Qt::ISODate);

struct Fixture
{
    Test::TempWorkspace tmp;
    std::unique_ptr<Storage::Workspace> ws;
    std::unique_ptr<Engine::DeliveryEngine> engine;
    std::unique_ptr<ScheduleRunner> runner;
    QDateTime clock = T0;
    QList<Event> events;
    QStringList failures;

    bool open()
    {
        QString error;
        ws = Storage::Workspace::open(tmp.path(), &error);
        if (!ws)
            return false;
        engine = std::make_unique<Engine::DeliveryEngine>(*ws);
        EventType tick;
        tick.name = QStringLiteral("tick");
        tick.payloadTemplate = R"({"seq": {{seq}}, "to": "{{endpoint.name}}"})";
        EventType plain;
        plain.name = QStringLiteral("plain");
        plain.payloadTemplate = R"({"seq": {{seq}}, "at": "{{now}}"})";
        return ws->eventTypes().add(tick).ok() && ws->eventTypes().add(plain).ok();
    }
    ScheduleRunner &makeRunner(ScheduleRunner::Options options = {0, 15000})
    {
        runner = std::make_unique<ScheduleRunner>(*ws, *engine, options);
        runner->setClock([this] { return clock; });
        QObject::connect(runner.get(), &ScheduleRunner::fired, runner.get(),
                         [this](const Schedule &, const QList<Event> &e) { events += e; });
        QObject::connect(runner.get(), &ScheduleRunner::firingFailed, runner.get(),
                         [this](const Schedule &, const QString &why) { failures << why; });
        return *runner;
    }
    qint64 add(Schedule s)
    {
        if (!s.createdAt.isValid())
            s.createdAt = T0;
        if (!s.nextFireAt.isValid())
            s.nextFireAt = Scheduling::nextFiringWithin(s, clock);
        const auto r = ws->schedules().add(s);
        if (!r)
            qWarning("%s", qPrintable(r.error));
        return s.id;
    }
    Schedule stored(qint64 id) const { return *ws->schedules().find(id); }
    void advanceTo(const QDateTime &t)
    {
        clock = t;
        runner->fireDue();
    }
};

Schedule every(qint64 ms, const QString &type = QStringLiteral("plain"))
{
    Schedule s;
    s.eventType = type;
    s.kind = Schedule::Kind::Interval;
    s.intervalMs = ms;
    return s;
}

qint64 seqOf(const Event &e)
{
    return QJsonDocument::fromJson(e.payload).object().value(QLatin1String("seq")).toInteger();
}

} // namespace

class TestScheduleRunner : public QObject
{
    Q_OBJECT

private slots:
    void intervalFiresAndRecords()
    {
        Fixture f;
        QVERIFY(f.open());
        const qint64 id = f.add(every(60'000));
        QCOMPARE(f.stored(id).nextFireAt, T0.addSecs(60));
        ScheduleRunner &runner = f.makeRunner();
        runner.start();
        QVERIFY(runner.isActive());
        QCOMPARE(runner.nextFiring(id), T0.addSecs(60));
        f.advanceTo(T0.addSecs(59));
        QVERIFY(f.events.isEmpty());
        f.advanceTo(T0.addSecs(60));
        QCOMPARE(f.events.size(), 1);
        QCOMPARE(f.events.first().source, EventSource::Schedule);
        QCOMPARE(f.events.first().type, QStringLiteral("plain"));
        QCOMPARE(seqOf(f.events.first()), 1);
        const Schedule s = f.stored(id);
        QCOMPARE(s.firedCount, 1);
        QCOMPARE(s.lastFiredAt, T0.addSecs(60));
        QCOMPARE(s.nextFireAt, T0.addSecs(120));
        f.advanceTo(T0.addSecs(120));
        QCOMPARE(f.events.size(), 2);
        QCOMPARE(seqOf(f.events.last()), 2);
        // The event was created in the workspace like any other.
        f.ws->writer().flush();
        QVERIFY(f.ws->events().findByUid(f.events.last().uid));
    }

    void limitAndUntilEndTheSchedule()
    {
        Fixture f;
        QVERIFY(f.open());
        Schedule limited = every(60'000);
        limited.limit = 2;
        const qint64 a = f.add(limited);
        Schedule until = every(60'000);
        until.until = T0.addSecs(150);
        const qint64 b = f.add(until);
        f.makeRunner().start();
        for (int minute = 1; minute <= 5; ++minute)
            f.advanceTo(T0.addSecs(60 * minute));
        QCOMPARE(f.events.size(), 4);
        QCOMPARE(f.stored(a).firedCount, 2);
        QVERIFY(!f.stored(a).nextFireAt.isValid());
        QCOMPARE(f.stored(b).firedCount, 2);
        QVERIFY(!f.stored(b).nextFireAt.isValid());
        QVERIFY(!f.runner->nextFiring(a).isValid());
    }

    void onceFiresOnce()
    {
        Fixture f;
        QVERIFY(f.open());
        Schedule once;
        once.eventType = QStringLiteral("plain");
        once.kind = Schedule::Kind::Once;
        once.at = T0.addSecs(30);
        const qint64 id = f.add(once);
        f.makeRunner().start();
        f.advanceTo(T0.addSecs(30));
        f.advanceTo(T0.addSecs(3600));
        QCOMPARE(f.events.size(), 1);
        QVERIFY(!f.stored(id).nextFireAt.isValid());
    }

    void missedFiringsAreSkippedOrCaughtUpOnce_data()
    {
        QTest::addColumn<bool>("catchUp");
        QTest::addColumn<int>("firedAtStart");
        QTest::newRow("skip") << false << 0;
        QTest::newRow("catch up once") << true << 1;
    }

    void missedFiringsAreSkippedOrCaughtUpOnce()
    {
        QFETCH(bool, catchUp);
        QFETCH(int, firedAtStart);
        Fixture f;
        QVERIFY(f.open());
        // The last run stopped ten minutes ago with a firing due every minute since.
        Schedule s = every(60'000);
        s.catchUp = catchUp;
        s.firedCount = 3;
        s.nextFireAt = T0.addSecs(-600);
        const qint64 id = f.add(s);
        f.makeRunner().start();
        QCOMPARE(f.events.size(), firedAtStart);
        const Schedule after = f.stored(id);
        QCOMPARE(after.firedCount, 3 + firedAtStart);
        QVERIFY(after.nextFireAt > T0);
        QVERIFY(after.nextFireAt <= T0.addSecs(60));
        // From then on it runs normally.
        f.advanceTo(after.nextFireAt);
        QCOMPARE(f.events.size(), firedAtStart + 1);
    }

    void jitterDelaysWithinItsBound()
    {
        Fixture f;
        QVERIFY(f.open());
        Schedule s = every(60'000);
        s.jitterMs = 10'000;
        const qint64 id = f.add(s);
        QRandomGenerator random(42);
        ScheduleRunner &runner = f.makeRunner();
        runner.setRandomGenerator(&random);
        runner.start();
        const QDateTime due = runner.nextFiring(id);
        QVERIFY(due >= T0.addSecs(60));
        QVERIFY(due <= T0.addSecs(70));
        f.advanceTo(due.addMSecs(-1));
        QVERIFY(f.events.isEmpty());
        f.advanceTo(due);
        QCOMPARE(f.events.size(), 1);
        // Jitter does not drift the schedule: the next nominal firing is still on the minute.
        QCOMPARE(f.stored(id).nextFireAt, T0.addSecs(120));
    }

    void rendersPerEndpointWhenTheTemplateNamesIt()
    {
        Fixture f;
        QVERIFY(f.open());
        for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}) {
            Endpoint e;
            e.name = name;
            e.url = QUrl(QStringLiteral("http://127.0.0.1:9/") + name);
            e.subscriptions = {name == QLatin1String("gamma") ? QStringLiteral("other") : QStringLiteral("tick")};
            QVERIFY(f.ws->endpoints().add(e));
        }
        f.add(every(60'000, QStringLiteral("tick")));
        f.makeRunner().start();
        f.advanceTo(T0.addSecs(60));
        QCOMPARE(f.events.size(), 2);
        QStringList names;
        for (const Event &e : std::as_const(f.events)) {
            names << QJsonDocument::fromJson(e.payload).object().value(QLatin1String("to")).toString();
            QCOMPARE(seqOf(e), 1);
        }
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("alpha"), QStringLiteral("beta")}));
        f.ws->writer().flush();
        for (const Event &e : std::as_const(f.events)) {
            const auto deliveries = f.ws->deliveries().forEvent(e.id);
            QCOMPARE(deliveries.size(), 1);
            QCOMPARE(deliveries.first().endpointName,
                     QJsonDocument::fromJson(e.payload).object().value(QLatin1String("to")).toString());
        }
    }

    void payloadOverrideAndFailures()
    {
        Fixture f;
        QVERIFY(f.open());
        Schedule own = every(60'000);
        own.payload = R"({"own": {{seq}}})";
        f.add(own);
        Schedule orphan = every(60'000, QStringLiteral("gone.type"));
        const qint64 orphanId = f.add(orphan);
        f.makeRunner().start();
        f.advanceTo(T0.addSecs(60));
        QCOMPARE(f.events.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(f.events.first().payload).object().value(QLatin1String("own")).toInt(), 1);
        QCOMPARE(f.failures.size(), 1);
        QVERIFY(f.failures.first().contains(QLatin1String("gone.type")));
        // A failed firing is not counted, and the schedule goes on.
        QCOMPARE(f.stored(orphanId).firedCount, 0);
        QCOMPARE(f.stored(orphanId).nextFireAt, T0.addSecs(120));
    }

    void reloadFollowsEdits()
    {
        Fixture f;
        QVERIFY(f.open());
        ScheduleRunner &runner = f.makeRunner();
        runner.start();
        const qint64 id = f.add(every(60'000));
        QVERIFY(!runner.nextFiring(id).isValid());
        runner.reload();
        QCOMPARE(runner.nextFiring(id), T0.addSecs(60));

        Schedule s = f.stored(id);
        s.enabled = false;
        QVERIFY(f.ws->schedules().update(s));
        runner.reload();
        QVERIFY(!runner.nextFiring(id).isValid());
        f.advanceTo(T0.addSecs(60));
        QVERIFY(f.events.isEmpty());

        s.enabled = true;
        s.intervalMs = 30'000;
        s.nextFireAt = Scheduling::nextFiringWithin(s, f.clock);
        QVERIFY(f.ws->schedules().update(s));
        runner.reload();
        QCOMPARE(runner.nextFiring(id), s.nextFireAt);

        QVERIFY(f.ws->schedules().remove(id));
        runner.reload();
        QVERIFY(!runner.nextFiring(id).isValid());
    }

    void onlyOneRunnerPerWorkspaceFires()
    {
        Fixture f;
        QVERIFY(f.open());
        const qint64 id = f.add(every(60'000));
        ScheduleRunner &first = f.makeRunner();
        first.start();
        ScheduleRunner second(*f.ws, *f.engine, {0, 15000});
        second.setClock([&f] { return f.clock; });
        QSignalSpy secondFired(&second, &ScheduleRunner::fired);
        second.start();
        QVERIFY(first.isActive());
        QVERIFY(!second.isActive());
        QVERIFY(!second.nextFiring(id).isValid());
        f.clock = T0.addSecs(60);
        first.fireDue();
        second.fireDue();
        QCOMPARE(f.events.size(), 1);
        QCOMPARE(secondFired.size(), 0);

        // When the first one stops, the second takes over at its next look.
        first.stop();
        second.reload();
        QVERIFY(second.isActive());
        QCOMPARE(second.nextFiring(id), T0.addSecs(120));
    }

    void stoppedRunnerReleasesTheLeaseAtOnce()
    {
        Fixture f;
        QVERIFY(f.open());
        const qint64 id = f.add(every(60'000));
        ScheduleRunner &first = f.makeRunner();
        QSignalSpy notSaved(&first, &ScheduleRunner::leaseNotSaved);
        first.start();
        QVERIFY(first.isActive());
        first.stop();
        QCOMPARE(notSaved.size(), 0);

        // Same instant, well inside the first one's lease: a cleanly stopped runner must not keep it.
        ScheduleRunner second(*f.ws, *f.engine, {0, 15000});
        second.setClock([&f] { return f.clock; });
        second.start();
        QVERIFY(second.isActive());
        QCOMPARE(second.nextFiring(id), T0.addSecs(60));
    }

    void leaseThatCannotBeSavedIsReported()
    {
        Fixture f;
        QVERIFY(f.open());
        {
            // Another connection makes every settings write fail, as a full disk or a read-only file would.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refuse"));
            db.setDatabaseName(f.tmp.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *event : {"INSERT", "UPDATE"})
                QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_%1 BEFORE %1 ON settings "
                                              "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                                   .arg(QLatin1String(event))));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("refuse"));
        ScheduleRunner &runner = f.makeRunner();
        QSignalSpy notSaved(&runner, &ScheduleRunner::leaseNotSaved);
        runner.start();
        QCOMPARE(notSaved.size(), 1);
        QVERIFY2(notSaved.first().first().toString().contains(QLatin1String("refused by the test")),
                 qPrintable(notSaved.first().first().toString()));
    }

    void intervalScheduleDeliversToAPeer()
    {
        Fixture f;
        QVERIFY(f.open());
        Test::TestHttpServer server;
        QVERIFY(server.listen());
        Endpoint e;
        e.name = QStringLiteral("peer");
        e.url = QUrl(server.url());
        e.subscriptions = {QStringLiteral("plain")};
        QVERIFY(f.ws->endpoints().add(e));
        f.engine->start();

        Schedule s = every(200);
        s.limit = 3;
        s.createdAt = QDateTime::currentDateTimeUtc();
        s.nextFireAt = Scheduling::nextFiringWithin(s, s.createdAt);
        QVERIFY(f.ws->schedules().add(s));
        ScheduleRunner runner(*f.ws, *f.engine);
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!runner.nextFiring(s.id).isValid(), 5000);
        QCOMPARE(f.ws->schedules().find(s.id)->firedCount, 3);
        QList<qint64> seqs;
        for (const auto &r : server.requests()) {
            QCOMPARE(headerValue(r.headers, "X-Hookbench-Event"), QByteArray("plain"));
            seqs << QJsonDocument::fromJson(r.body).object().value(QLatin1String("seq")).toInteger();
        }
        std::sort(seqs.begin(), seqs.end());
        QCOMPARE(seqs, (QList<qint64> {1, 2, 3}));
        // Spaced by the interval (measured where they arrive), within a generous margin for a loaded machine.
        const qint64 span = server.requests().last().receivedMs - server.requests().first().receivedMs;
        QVERIFY2(span >= 300, qPrintable(QString::number(span)));
        runner.stop();
        f.engine->stop();
    }
};

QTEST_GUILESS_MAIN(TestScheduleRunner)
#include "tst_schedulerunner.moc"
