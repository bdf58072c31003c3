// The schedules of the Trigger & schedules section: the model under QAbstractItemModelTester (rows following the
// store and the runner without resets), the editor's validation next to each field, its date-time pickers (local
// time shown, the same instant stored) and its live preview, and the panel's store operations reaching the
// session's schedule runner.
#include "delivery/deliveryengine.h"
#include "scheduleeditor.h"
#include "schedulemodel.h"
#include "schedulespanel.h"
#include "scheduling/schedulerunner.h"
#include "session.h"
#include "storage/workspace.h"
#include "tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <time.h>

using namespace Hookbench;
using Hookbench::Ui::ScheduleEditor;
using Hookbench::Ui::ScheduleModel;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-03-02T10:00:00Z"), Qt::ISODate);

Schedule every(qint64 ms, const QString &type = QStringLiteral("order.paid"))
{
    Schedule s;
    s.eventType = type;
    s.kind = Schedule::Kind::Interval;
    s.intervalMs = ms;
    s.createdAt = kNow;
    s.nextFireAt = Scheduling::nextFiringWithin(s, kNow);
    return s;
}

template<typename T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

} // namespace

class TestSchedules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Local time an hour ahead of UTC in March (a POSIX rule, so no time zone database is needed): local and
        // UTC times differ, as they do for most users.
        qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
        tzset();
        QCOMPARE(QDateTime(QDate(2026, 3, 2), QTime(11, 0)).toUTC(), kNow);
    }

    void modelFollowsStoreAndRunner()
    {
        Test::TempWorkspace tmp;
        QString error;
        auto ws = Storage::Workspace::open(tmp.path(), &error);
        QVERIFY2(ws, qPrintable(error));
        Schedule a = every(60'000);
        QVERIFY(ws->schedules().add(a));
        ScheduleModel model(ws->schedules());
        model.setClock([] { return kNow; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUtcTimes(true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(ScheduleModel::ColumnCount));
        QCOMPARE(model.index(0, ScheduleModel::EventType).data().toString(), QStringLiteral("order.paid"));
        QCOMPARE(model.index(0, ScheduleModel::When).data().toString(), QStringLiteral("every 1m"));
        QCOMPARE(model.index(0, ScheduleModel::NextFiring).data(ScheduleModel::NextFiringRole).toDateTime(),
                 kNow.addSecs(60));
        QCOMPARE(model.index(0, ScheduleModel::NextFiring).data().toString(),
                 QStringLiteral("2026-03-02 10:01:00 UTC (in 1 min)"));
        QCOMPARE(model.index(0, ScheduleModel::State).data().toString(), QStringLiteral("Enabled"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        Schedule b;
        b.eventType = QStringLiteral("order.paid");
        b.kind = Schedule::Kind::Cron;
        b.cron = QStringLiteral("30 9 * * MON-FRI");
        b.utc = true;
        b.limit = 3;
        QVERIFY(ws->schedules().add(b));
        model.reload();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ScheduleModel::When).data().toString(),
                 QStringLiteral("cron 30 9 * * MON-FRI (UTC), at most 3 times"));
        // 2 March 2026 is a Monday.
        QCOMPARE(model.index(1, ScheduleModel::NextFiring).data(ScheduleModel::NextFiringRole).toDateTime(),
                 QDateTime::fromString(QStringLiteral("2026-03-03T09:30:00Z"), Qt::ISODate));
        QCOMPARE(model.index(1, ScheduleModel::Fired).data().toString(), QStringLiteral("0 of 3"));

        // The runner's progress updates one row in place.
        Schedule progressed = *ws->schedules().find(a.id);
        progressed.firedCount = 4;
        progressed.lastFiredAt = kNow;
        model.scheduleChanged(progressed);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, ScheduleModel::Fired).data().toString(), QStringLiteral("4"));

        a = *ws->schedules().find(a.id);
        a.enabled = false;
        QVERIFY(ws->schedules().update(a));
        model.reload();
        QCOMPARE(model.index(0, ScheduleModel::State).data().toString(), QStringLiteral("Disabled"));
        QVERIFY(model.index(0, ScheduleModel::NextFiring).data().toString().isEmpty());

        QVERIFY(ws->schedules().remove(a.id));
        model.reload();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reset.size(), 0);
        model.refreshTimes();
    }

    void editorValidatesEachField()
    {
        ScheduleEditor editor({QStringLiteral("order.paid"), QStringLiteral("user.followed")});
        editor.setClock([] { return kNow; });
        auto *kind = child<QComboBox>(editor, "scheduleKind");
        auto *every = child<QLineEdit>(editor, "scheduleEvery");
        auto *cron = child<QLineEdit>(editor, "scheduleCron");
        auto *at = child<QDateTimeEdit>(editor, "scheduleAt");
        auto *utc = child<QCheckBox>(editor, "scheduleUtc");
        auto *untilEnabled = child<QCheckBox>(editor, "scheduleUntilEnabled");
        auto *until = child<QDateTimeEdit>(editor, "scheduleUntil");
        auto *jitter = child<QLineEdit>(editor, "scheduleJitter");
        auto *limit = child<QSpinBox>(editor, "scheduleLimit");
        auto *payload = child<QPlainTextEdit>(editor, "schedulePayload");
        auto *type = child<QComboBox>(editor, "scheduleEventType");
        QVERIFY(kind && every && cron && at && utc && untilEnabled && until && jitter && limit && payload && type);
        QCOMPARE(type->currentText(), QStringLiteral("order.paid"));

        // A fresh schedule fires every minute; the preview shows five firings.
        QVERIFY(editor.isValid());
        QCOMPARE(editor.preview().size(), 5);

        every->clear();
        QTest::keyClicks(every, QStringLiteral("5 parsecs"));
        QVERIFY(!editor.isValid());
        QVERIFY(!editor.fieldError(QStringLiteral("interval")).isEmpty());
        QVERIFY(editor.preview().isEmpty());
        every->setText(QStringLiteral("10ms"));
        QVERIFY(editor.fieldError(QStringLiteral("interval")).contains(QStringLiteral("at least")));

        kind->setCurrentIndex(int(Schedule::Kind::Cron));
        QTest::keyClicks(cron, QStringLiteral("0 9 * * FOO"));
        QCOMPARE(editor.fieldError(QStringLiteral("cron")), QStringLiteral("day-of-week: 'FOO' is not a day name"));
        // The message sits under the cron field, and OK waits for a valid schedule.
        QCOMPARE(child<QLabel>(editor, "cronError")->text(), editor.fieldError(QStringLiteral("cron")));
        QVERIFY(!child<QLabel>(editor, "cronError")->isHidden());
        auto *buttons = editor.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(editor.fieldError(QStringLiteral("interval")).isEmpty()); // not the chosen kind
        cron->setText(QStringLiteral("0 9 * * MON-FRI"));
        utc->setChecked(true);
        QVERIFY2(editor.isValid(), qPrintable(editor.fieldError(QStringLiteral("cron"))));
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(child<QLabel>(editor, "cronError")->isHidden());
        QCOMPARE(
            editor.preview(),
            (QStringList {QStringLiteral("Tue 2026-03-03 09:00:00 UTC"), QStringLiteral("Wed 2026-03-04 09:00:00 UTC"),
                          QStringLiteral("Thu 2026-03-05 09:00:00 UTC"), QStringLiteral("Fri 2026-03-06 09:00:00 UTC"),
                          QStringLiteral("Mon 2026-03-09 09:00:00 UTC")}));
        // The limit and the end time shorten the preview.
        limit->setValue(2);
        QCOMPARE(editor.preview().size(), 2);
        limit->setValue(0);
        // The end time: off by default, its picker disabled until it is switched on; with UTC ticked the picker
        // shows UTC.
        QVERIFY(!untilEnabled->isChecked());
        QVERIFY(!until->isEnabled());
        untilEnabled->setChecked(true);
        QVERIFY(until->isEnabled());
        until->setDateTime(QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC));
        QCOMPARE(until->text(), QStringLiteral("2026-03-04 12:00:00"));
        QCOMPARE(editor.preview().size(), 2);
        until->setDateTime(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(editor.fieldError(QStringLiteral("until")).contains(QStringLiteral("past")));
        QCOMPARE(child<QLabel>(editor, "untilError")->text(), editor.fieldError(QStringLiteral("until")));
        QVERIFY(!child<QLabel>(editor, "untilError")->isHidden());
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        untilEnabled->setChecked(false);
        QVERIFY(editor.isValid());
        QVERIFY(child<QLabel>(editor, "untilError")->isHidden());
        QVERIFY(!editor.schedule().until.isValid());

        jitter->setText(QStringLiteral("lots"));
        QVERIFY(!editor.fieldError(QStringLiteral("jitter")).isEmpty());
        jitter->setText(QStringLiteral("30s"));
        payload->setPlainText(QStringLiteral("{\n\"a\": }"));
        QVERIFY(editor.fieldError(QStringLiteral("payload")).contains(QStringLiteral("line 2")));
        payload->setPlainText(QStringLiteral(R"({"n": {{seq}}})"));
        type->setCurrentText(QStringLiteral("Bad Type"));
        QVERIFY(!editor.fieldError(QStringLiteral("event_type")).isEmpty());
        type->setCurrentText(QStringLiteral("user.followed"));
        QVERIFY(editor.isValid());

        kind->setCurrentIndex(int(Schedule::Kind::Once));
        QVERIFY(!untilEnabled->isEnabled());
        at->setDateTime(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(editor.fieldError(QStringLiteral("at")).contains(QStringLiteral("past")));
        QCOMPARE(child<QLabel>(editor, "atError")->text(), editor.fieldError(QStringLiteral("at")));
        QVERIFY(!child<QLabel>(editor, "atError")->isHidden());
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        at->setDateTime(QDateTime(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC));
        QVERIFY(editor.isValid());
        QVERIFY(child<QLabel>(editor, "atError")->isHidden());
        QCOMPARE(editor.preview(), QStringList {QStringLiteral("Mon 2026-03-02 18:00:00 UTC")});

        const Schedule s = editor.schedule();
        QCOMPARE(s.kind, Schedule::Kind::Once);
        QCOMPARE(s.eventType, QStringLiteral("user.followed"));
        QCOMPARE(s.at, QDateTime::fromString(QStringLiteral("2026-03-02T18:00:00Z"), Qt::ISODate));
        QCOMPARE(s.jitterMs, qint64(30'000));
        QCOMPARE(s.payload, QByteArray(R"({"n": {{seq}}})"));
        QVERIFY(s.utc);
    }

    void editorRoundTripsASchedule()
    {
        Schedule s;
        s.id = 7;
        s.eventType = QStringLiteral("order.paid");
        s.kind = Schedule::Kind::Cron;
        s.cron = QStringLiteral("*/15 * * * *");
        s.jitterMs = 2000;
        s.limit = 10;
        s.firedCount = 4;
        s.catchUp = true;
        s.until = kNow.addDays(3);
        ScheduleEditor editor({QStringLiteral("order.paid")});
        editor.setClock([] { return kNow; });
        editor.setSchedule(s);
        QVERIFY(editor.isValid());
        // Limit 10 with 4 fired: the preview still shows five.
        QCOMPARE(editor.preview().size(), 5);
        const Schedule back = editor.schedule();
        QCOMPARE(back.id, qint64(7));
        QCOMPARE(back.cron, s.cron);
        QCOMPARE(back.jitterMs, s.jitterMs);
        QCOMPARE(back.limit, s.limit);
        QCOMPARE(back.firedCount, 4);
        QVERIFY(back.catchUp);
        QCOMPARE(back.until, s.until);
    }

    void editorPicksLocalTimes()
    {
        ScheduleEditor editor({QStringLiteral("order.paid")});
        editor.setClock([] { return kNow; });
        Schedule s;
        s.eventType = QStringLiteral("order.paid");
        s.kind = Schedule::Kind::Once;
        s.at = QDateTime::fromString(QStringLiteral("2026-03-02T18:00:00Z"), Qt::ISODate);
        editor.setSchedule(s);
        auto *at = child<QDateTimeEdit>(editor, "scheduleAt");
        auto *utc = child<QCheckBox>(editor, "scheduleUtc");
        auto *zone = child<QLabel>(editor, "scheduleAtZone");
        QVERIFY(at && utc && zone);
        // A date-time picker with a calendar, showing the local time (18:00 UTC is 19:00 CET) and saying so.
        QVERIFY(at->calendarPopup());
        QCOMPARE(at->timeSpec(), Qt::LocalTime);
        QCOMPARE(at->text(), QStringLiteral("2026-03-02 19:00:00"));
        QCOMPARE(zone->text(), QStringLiteral("local time (CET)"));
        QVERIFY(editor.isValid());
        QCOMPARE(editor.preview(), QStringList {QStringLiteral("Mon 2026-03-02 19:00:00")});
        // Stored as before: the same instant, in UTC.
        QCOMPARE(editor.schedule().at, s.at);
        QCOMPARE(editor.schedule().at.toUTC(), s.at);

        // From the keyboard: up twice in the hour section.
        at->setCurrentSection(QDateTimeEdit::HourSection);
        QTest::keyClick(at, Qt::Key_Up);
        QTest::keyClick(at, Qt::Key_Up);
        QCOMPARE(at->time(), QTime(21, 0));
        QCOMPARE(editor.schedule().at, QDateTime::fromString(QStringLiteral("2026-03-02T20:00:00Z"), Qt::ISODate));

        // In UTC the picker keeps what it shows and reads it as UTC, as the cron expression is read.
        utc->setChecked(true);
        QCOMPARE(at->text(), QStringLiteral("2026-03-02 21:00:00"));
        QCOMPARE(zone->text(), QStringLiteral("UTC"));
        QCOMPARE(editor.schedule().at, QDateTime::fromString(QStringLiteral("2026-03-02T21:00:00Z"), Qt::ISODate));

        // An end time loaded from a local schedule shows in local time and comes back unchanged.
        Schedule interval;
        interval.eventType = QStringLiteral("order.paid");
        interval.kind = Schedule::Kind::Interval;
        interval.intervalMs = 3'600'000;
        interval.until = QDateTime::fromString(QStringLiteral("2026-03-10T08:30:00Z"), Qt::ISODate);
        editor.setSchedule(interval);
        QVERIFY(child<QCheckBox>(editor, "scheduleUntilEnabled")->isChecked());
        QCOMPARE(child<QDateTimeEdit>(editor, "scheduleUntil")->text(), QStringLiteral("2026-03-10 09:30:00"));
        QCOMPARE(child<QLabel>(editor, "scheduleUntilZone")->text(), QStringLiteral("local time (CET)"));
        QCOMPARE(editor.schedule().until, interval.until);

        // A new one-off schedule starts at the next full hour.
        Schedule fresh;
        fresh.eventType = QStringLiteral("order.paid");
        fresh.kind = Schedule::Kind::Once;
        editor.setSchedule(fresh);
        QCOMPARE(at->text(), QStringLiteral("2026-03-02 12:00:00"));
        QVERIFY(editor.isValid());
    }

    void panelReachesTheRunner()
    {
        Test::TempWorkspace tmp;
        QString error;
        auto ws = Storage::Workspace::open(tmp.path(), &error);
        QVERIFY2(ws, qPrintable(error));
        EventType t;
        t.name = QStringLiteral("order.paid");
        QVERIFY(ws->eventTypes().add(t));
        Engine::DeliveryEngine engine(*ws);
        Ui::Session session(*ws, engine);
        QVERIFY(session.schedules().isRunning());
        QVERIFY(session.schedules().isActive());
        Ui::SchedulesPanel panel(session);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        Schedule s;
        s.eventType = QStringLiteral("order.paid");
        s.kind = Schedule::Kind::Interval;
        s.intervalMs = 3'600'000;
        QCOMPARE(panel.addSchedule(s), QString());
        QCOMPARE(panel.model()->rowCount(), 1);
        const qint64 id = panel.model()->index(0, 0).data(ScheduleModel::IdRole).toLongLong();
        QVERIFY(session.schedules().nextFiring(id).isValid());
        QCOMPARE(ws->schedules().find(id)->nextFireAt, session.schedules().nextFiring(id));

        QCOMPARE(panel.setScheduleEnabled(id, false), QString());
        QVERIFY(!session.schedules().nextFiring(id).isValid());
        QCOMPARE(panel.model()->index(0, ScheduleModel::State).data().toString(), QStringLiteral("Disabled"));
        QCOMPARE(panel.setScheduleEnabled(id, true), QString());
        QVERIFY(session.schedules().nextFiring(id).isValid());

        QCOMPARE(panel.removeSchedule(id), QString());
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(!session.schedules().nextFiring(id).isValid());
        QVERIFY(!ws->schedules().find(id));
    }

    // While the runner cannot record that it runs the workspace's schedules it fires none of them: the panel says
    // so (as it shows a failing schedule), until the lease can be saved again.
    void panelShowsALeaseThatCannotBeSaved()
    {
        Test::TempWorkspace tmp;
        QString error;
        auto ws = Storage::Workspace::open(tmp.path(), &error);
        QVERIFY2(ws, qPrintable(error));
        // Another connection makes every settings write fail, as a full disk or a read-only file would.
        const QString connection = QStringLiteral("refuse");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(tmp.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *event : {"INSERT", "UPDATE"})
                QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_%1 BEFORE %1 ON settings "
                                              "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                                   .arg(QLatin1String(event))));
        }
        Engine::DeliveryEngine engine(*ws);
        Ui::Session session(*ws, engine);
        QVERIFY(!session.schedules().isActive());
        QVERIFY2(session.scheduleLeaseFailure().contains(QLatin1String("refused by the test")),
                 qPrintable(session.scheduleLeaseFailure()));
        Ui::SchedulesPanel panel(session);
        auto *label = child<QLabel>(panel, "scheduleLeaseError");
        QVERIFY(label);
        QVERIFY(!label->isHidden());
        QVERIFY2(label->text().contains(QLatin1String("refused by the test")), qPrintable(label->text()));

        {
            QSqlDatabase db = QSqlDatabase::database(connection);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_INSERT")));
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_UPDATE")));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        session.schedules().reload();
        QVERIFY(session.schedules().isActive());
        QVERIFY(session.scheduleLeaseFailure().isEmpty());
        QVERIFY(label->isHidden());
    }
};

QTEST_MAIN(TestSchedules)
#include "tst_schedules.moc"
