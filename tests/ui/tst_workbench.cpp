#include "capturemodel.h"
#include "clirunner.h"
#include "deliveriespage.h"
#include "delivery/deliveryengine.h"
#include "deliverydetails.h"
#include "deliverylogmodel.h"
#include "emptystate.h"
#include "endpointeditor.h"
#include "endpointmodel.h"
#include "endpointspage.h"
#include "eventtypeeditor.h"
#include "eventtypemodel.h"
#include "eventtypespage.h"
#include "mainwindow.h"
#include "receivereditor.h"
#include "receiverhost.h"
#include "receivermodel.h"
#include "receiverspage.h"
#include "schedulemodel.h"
#include "schedulespanel.h"
#include "scheduling/schedulerunner.h"
#include "session.h"
#include "storage/bulkload.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "testhttpserver.h"
#include "triggerpage.h"
#include "util/ids.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace Hookbench;

namespace {

// Answers the next modal message box with `button` once it is shown (polling, bounded to ~5 s).
// A workspace in a temporary folder and its engine (not started); with a section, the window opens on it.
struct WindowFixture
{
    Test::TempWorkspace temp;
    std::unique_ptr<Storage::Workspace> ws;
    std::unique_ptr<Engine::DeliveryEngine> engine;

    bool open(const QString &section = {})
    {
        QString error;
        ws = Storage::Workspace::open(temp.path(), &error);
        if (!ws) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        engine = std::make_unique<Engine::DeliveryEngine>(*ws);
        if (!section.isEmpty())
            QSettings().setValue(QStringLiteral("window/section"), section);
        return true;
    }
};

// With `text`, the box's text is kept there (it must outlive the box).
void answerNextMessageBox(QMessageBox::StandardButton button, int triesLeft = 500, QString *text = nullptr)
{
    QTimer::singleShot(10, qApp, [button, triesLeft, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            if (text)
                *text = box->text();
            box->button(button)->click();
        } else if (triesLeft > 0)
            answerNextMessageBox(button, triesLeft - 1, text);
    });
}

} // namespace

// The real main window over a real workspace, engine and receiver, driven the way a user would: define an event
// type and an endpoint aimed at a built-in receiver, trigger, and see the delivery succeed in the log and the
// request arrive in the receiver's list; then redeliver from the keyboard.
class TestWorkbench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void endToEnd()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open());
        auto &ws = fixture.ws;
        Engine::DeliveryEngine &engine = *fixture.engine;
        engine.start();
        Ui::MainWindow window(ws.get(), &engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // 1. An event type, typed into the editor.
        window.showSection(QStringLiteral("event-types"));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        Ui::EventTypeEditor *typeEditor = window.eventTypesPage()->editor();
        QTest::keyClicks(typeEditor->nameEdit(), QStringLiteral("user.followed"));
        typeEditor->findChild<QPlainTextEdit *>(QStringLiteral("eventTypeTemplate"))
            ->setPlainText(QStringLiteral("{\"user\": \"ada\", \"seq\": {{seq}}}"));
        QTest::mouseClick(typeEditor->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(ws->eventTypes().find(QStringLiteral("user.followed")));
        QCOMPARE(window.eventTypesPage()->model()->rowCount(), 1);

        // 2. A built-in receiver, started in one click from the empty receivers section.
        window.showSection(QStringLiteral("receivers"));
        auto *quick = window.receiversPage()->findChild<QPushButton *>(QStringLiteral("quickStart"));
        QVERIFY(quick && quick->isVisible());
        QTest::mouseClick(quick, Qt::LeftButton);
        const QList<Receiver> receivers = ws->receivers().list();
        QCOMPARE(receivers.size(), 1);
        const QString receiverUrl = window.session().receivers().baseUrl(receivers.first().id);
        QVERIFY(receiverUrl.startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("receiverStatus"))->text().contains(receiverUrl));

        // 3. An endpoint aimed at it, subscribed to the type, signed.
        window.showSection(QStringLiteral("endpoints"));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        Ui::EndpointEditor *endpointEditor = window.endpointsPage()->editor();
        QTest::keyClicks(endpointEditor->nameEdit(), QStringLiteral("local"));
        QTest::keyClicks(endpointEditor->findChild<QLineEdit *>(QStringLiteral("endpointUrl")),
                         receiverUrl + QStringLiteral("hook"));
        auto *events = endpointEditor->findChild<QListWidget *>(QStringLiteral("eventList"));
        QCOMPARE(events->count(), 1);
        endpointEditor->findChild<QCheckBox *>(QStringLiteral("allEvents"))->setChecked(false);
        events->item(0)->setCheckState(Qt::Checked);
        QTest::mouseClick(endpointEditor->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        const auto stored = ws->endpoints().findByName(QStringLiteral("local"));
        QVERIFY(stored);
        QCOMPARE(stored->subscriptions, QStringList({QStringLiteral("user.followed")}));

        // 4. Trigger with Ctrl+Enter.
        window.showSection(QStringLiteral("trigger"));
        QVERIFY(window.triggerPage()->selectEventType(QStringLiteral("user.followed")));
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);

        // 5. The delivery succeeds in the log…
        window.showSection(QStringLiteral("deliveries"));
        Ui::DeliveryLogModel *log = window.deliveriesPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() == 1
                                     && log->data(log->index(0, 0), Ui::DeliveryLogModel::StateRole).toInt()
                                         == int(DeliveryState::Succeeded),
                                 15000);
        QCOMPARE(log->data(log->index(0, Ui::DeliveryLogModel::Status)).toString(), QStringLiteral("200"));
        QTableView *view = window.deliveriesPage()->view();
        view->setFocus();
        view->setCurrentIndex(log->index(0, 0));
        Ui::DeliveryDetails *details = window.deliveriesPage()->details();
        QTRY_COMPARE(details->currentAttempt().status, 200);
        QVERIFY(details->currentAttempt().requestBody.contains("\"user\""));

        // … and the request arrives in the receiver's list.
        window.showSection(QStringLiteral("receivers"));
        Ui::CaptureModel *captures = window.receiversPage()->captures();
        QTRY_COMPARE_WITH_TIMEOUT(captures->rowCount(), 1, 10000);
        QCOMPARE(captures->data(captures->index(0, Ui::CaptureModel::Path)).toString(), QStringLiteral("/hook"));
        QCOMPARE(captures->data(captures->index(0, Ui::CaptureModel::Method)).toString(), QStringLiteral("POST"));

        // 6. Redeliver from the keyboard, in the log: a second attempt with the same delivery id.
        window.showSection(QStringLiteral("deliveries"));
        view->setFocus();
        // Select with a click, as a user would. (Not selectRow(): Qt 6.4's QTest leaves Ctrl in
        // QGuiApplication::keyboardModifiers() after a Ctrl+key click, so a programmatic selectRow() toggles the
        // selected row off instead of selecting it; a mouse event carries its own modifiers.)
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          view->visualRect(log->index(0, Ui::DeliveryLogModel::EventType)).center());
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QVERIFY(window.deliveriesPage()->redeliverAction()->isEnabled());
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(log->data(log->index(0, Ui::DeliveryLogModel::Attempts)).toString(),
                                  QStringLiteral("2"), 15000);
        QCOMPARE(log->rowCount(), 1);
        QTRY_COMPARE(captures->rowCount(), 2);
        QTRY_COMPARE(details->currentAttempt().status, 200);

        // Copy as cURL gives the request of the selected attempt.
        QAction *copyCurl = nullptr;
        for (QAction *a : window.deliveriesPage()->sectionActions()) {
            if (a && a->text().remove(QLatin1Char('&')).contains(QLatin1String("cURL")))
                copyCurl = a;
        }
        QVERIFY(copyCurl && copyCurl->isEnabled());
        copyCurl->trigger();
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("curl -X POST '") + receiverUrl));

        // 7. The text filter finds the delivery by a word of its body once the writer has indexed it.
        Storage::DeliveryFilter byBody;
        byBody.text = QStringLiteral("ada");
        QTRY_COMPARE_WITH_TIMEOUT(ws->deliveries().count(byBody), 1, 10000);
        auto *search = window.deliveriesPage()->findChild<QLineEdit *>(QStringLiteral("deliverySearch"));
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("ada"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(log->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("nothing-like-this"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(log->rowCount(), 0);

        // 8. Closing remembers the section.
        window.close();
        QCOMPARE(QSettings().value(QStringLiteral("window/section")).toString(), QStringLiteral("deliveries"));
        engine.stop();
    }

    // Start-up builds only the section shown; the others are built when first shown, and a request that opens the
    // log with a filter reaches a log built just for it.
    void sectionsAreBuiltWhenFirstShown()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("deliveries")));
        auto &ws = fixture.ws;
        Engine::DeliveryEngine &engine = *fixture.engine;
        {
            Ui::MainWindow window(ws.get(), &engine);
            QCOMPARE(window.currentSection()->key(), QStringLiteral("deliveries"));
            QVERIFY(window.findChild<Ui::DeliveriesPage *>());
            QVERIFY(!window.findChild<Ui::EventTypesPage *>());
            QVERIFY(!window.findChild<Ui::ReceiversPage *>());
            window.showSection(QStringLiteral("event-types"));
            QVERIFY(window.findChild<Ui::EventTypesPage *>());
            QCOMPARE(window.currentSection(), window.eventTypesPage());
        }
        QSettings().setValue(QStringLiteral("window/section"), QStringLiteral("event-types"));
        Ui::MainWindow window(ws.get(), &engine);
        QVERIFY(!window.findChild<Ui::DeliveriesPage *>());
        Storage::DeliveryFilter failing;
        failing.status = 503;
        window.session().showDeliveries(failing);
        QCOMPARE(window.currentSection()->key(), QStringLiteral("deliveries"));
        QCOMPARE(window.deliveriesPage()->model()->filter().status, 503);
        QCOMPARE(window.deliveriesPage()->currentFilter().status, 503);
    }

    // The application resumes the workspace's outbox once its window is up: a delivery a previous run left pending
    // reaches its endpoint without anything being clicked.
    void applicationResumesTheOutbox()
    {
        Test::TestHttpServer server;
        QVERIFY(server.listen());
        Test::TempWorkspace temp;
        {
            QString error;
            auto ws = Storage::Workspace::open(temp.path(), &error);
            QVERIFY2(ws, qPrintable(error));
            EventType type;
            type.name = QStringLiteral("app.resumed");
            QVERIFY(ws->eventTypes().add(type));
            Endpoint e;
            e.name = QStringLiteral("local");
            e.url = QUrl(server.url());
            e.subscriptions = {type.name};
            QVERIFY(ws->endpoints().add(e));
            Engine::DeliveryEngine engine(*ws); // never started: the delivery stays in the outbox
            QCOMPARE(engine.trigger(type.name, "{}", EventSource::Manual).deliveries.size(), 1);
            QVERIFY(ws->writer().flush());
        }
        QVERIFY(server.requests().isEmpty());
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(Test::hookbenchBinary(), {QStringLiteral("--workspace"), temp.path()});
        QVERIFY(app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!server.requests().isEmpty(), 30000);
        QCOMPARE(server.requests().constFirst().method, QByteArray("POST"));
        app.kill();
        app.waitForFinished();
    }

    // A name another event type, endpoint or receiver already has is refused next to the field as it is typed, with
    // Save disabled, as other bad names are; not only after Save, by the store.
    void takenNamesAreRefusedAsTyped()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("event-types")));
        EventType type;
        type.name = QStringLiteral("invoice.paid");
        QVERIFY(fixture.ws->eventTypes().add(type));
        Endpoint endpoint;
        endpoint.name = QStringLiteral("good");
        endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:1/"));
        QVERIFY(fixture.ws->endpoints().add(endpoint));
        Receiver receiver;
        receiver.name = QStringLiteral("inbox");
        receiver.rules = {ResponseRule {}};
        QVERIFY(fixture.ws->receivers().add(receiver));
        Ui::MainWindow window(fixture.ws.get(), fixture.engine.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto check = [&window](const QString &section, QWidget *editor, QLineEdit *name, const QString &taken) {
            window.session().showSection(section, true);
            auto *error = editor->findChild<QLabel *>(QStringLiteral("nameError"));
            auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveButton"));
            QVERIFY(error && save);
            QTest::keyClicks(name, taken);
            QVERIFY2(!error->isHidden() && error->text().contains(QLatin1String("already exists")),
                     qPrintable(section + QLatin1String(": ") + error->text()));
            QVERIFY(!save->isEnabled());
            QTest::keyClicks(name, QStringLiteral("2"));
            QVERIFY2(error->isHidden() || !error->text().contains(QLatin1String("already exists")),
                     qPrintable(error->text()));
        };
        QTRY_COMPARE(window.eventTypesPage()->model()->rowCount(), 1);
        check(QStringLiteral("event-types"), window.eventTypesPage()->editor(),
              window.eventTypesPage()->editor()->nameEdit(), type.name);
        window.showSection(QStringLiteral("endpoints"));
        QTRY_COMPARE(window.endpointsPage()->model()->rowCount(), 1);
        check(QStringLiteral("endpoints"), window.endpointsPage()->editor(),
              window.endpointsPage()->editor()->nameEdit(), endpoint.name);
        window.showSection(QStringLiteral("receivers"));
        QTRY_COMPARE(window.receiversPage()->model()->rowCount(), 1);
        check(QStringLiteral("receivers"), window.receiversPage()->editor(),
              window.receiversPage()->editor()->nameEdit(), receiver.name);

        // The stored item keeps its own name without a complaint.
        Ui::EventTypesPage *types = window.eventTypesPage();
        QCOMPARE(types->model()->rowCount(), 1);
        types->editor()->setEventType(types->model()->itemAt(0));
        QVERIFY(types->editor()->findChild<QLabel *>(QStringLiteral("nameError"))->isHidden());
        QVERIFY(types->editor()->isValid());
    }

    // A capture stores the verdicts of the secrets its receiver had when it arrived. One from before a secret was
    // added has none: once the receiver has a secret, it must not claim that none is configured.
    void captureFromBeforeASecretSaysSo()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("receivers")));
        Receiver r;
        r.name = QStringLiteral("inbox");
        r.rules = {ResponseRule {}};
        QVERIFY(fixture.ws->receivers().add(r));
        CapturedRequest old;
        old.id = Ids::next();
        old.receiverId = r.id;
        old.method = "POST";
        old.target = "/hook";
        old.httpVersion = "HTTP/1.1";
        old.receivedAt = QDateTime::currentDateTimeUtc();
        fixture.ws->writer().insertCapture(old);
        QVERIFY(fixture.ws->writer().flush());
        r.secrets = {VerificationSecret {SigningScheme::GitHub, QStringLiteral("s3cret"), {}}};
        QVERIFY(fixture.ws->receivers().update(r));

        Ui::MainWindow window(fixture.ws.get(), fixture.engine.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::ReceiversPage *page = window.receiversPage();
        QTRY_VERIFY(page && page->model()->rowCount() == 1);
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        QTRY_COMPARE(page->captures()->rowCount(), 1);
        page->captureView()->setCurrentIndex(page->captures()->index(0, 0));
        auto *verdicts = page->findChild<QTextBrowser *>(QStringLiteral("verdicts"));
        QVERIFY(verdicts);
        const QString text = verdicts->toPlainText();
        QVERIFY2(!text.contains(QLatin1String("No verification secret configured")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Not verified when captured")), qPrintable(text));
    }

    // A row the workspace refuses to store (here: a capture without a method, which the schema forbids) is
    // reported on the writer's thread; the window shows it in its status bar, where it stays.
    void writeFailuresAreShown()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("event-types")));
        Ui::MainWindow window(fixture.ws.get(), fixture.engine.get());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("writeFailure")));
        CapturedRequest bad;
        bad.id = Ids::next();
        bad.receiverId = 1;
        bad.receivedAt = QDateTime::currentDateTimeUtc();
        fixture.ws->writer().insertCapture(bad);
        QVERIFY(fixture.ws->writer().flush());
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("writeFailure")));
        const QLabel *label = window.findChild<QLabel *>(QStringLiteral("writeFailure"));
        QVERIFY(!label->isHidden());
        QVERIFY2(label->toolTip().contains(QStringLiteral("NOT NULL")), qPrintable(label->toolTip()));
        QVERIFY(label->text().startsWith(QStringLiteral("Not saved to the workspace")));
    }

    // The section the window opens on is built once the window has been painted: the first paint shows the menus,
    // the side bar (the section already selected) and the status bar; the section follows, with its menu and what
    // it lists. A window never shown builds it when its start-up ends all the same.
    void sectionOpenedOnFollowsTheFirstPaint()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("deliveries")));
        {
            Ui::MainWindow window(fixture.ws.get(), fixture.engine.get());
            QVERIFY(!window.findChild<Ui::DeliveriesPage *>());
            auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sections"));
            QVERIFY(sidebar);
            QCOMPARE(sidebar->currentItem()->text(), Ui::DeliveriesPage::tr("Deliveries"));
            const auto menuTitles = [&window] {
                QStringList titles;
                for (QAction *a : window.menuBar()->actions()) {
                    if (a->isVisible())
                        titles << a->text();
                }
                return titles;
            };
            const QStringList before = menuTitles();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY(window.findChild<Ui::DeliveriesPage *>());
            Ui::DeliveriesPage *page = window.findChild<Ui::DeliveriesPage *>();
            QVERIFY(!window.session().startingUp());
            QCOMPARE(window.currentSection(), page);
            QVERIFY(page->isVisible());
            QTRY_VERIFY(page->model()->isLoaded());
            // An empty workspace: the log says what to do first.
            QTRY_VERIFY(page->findChild<Ui::EmptyState *>() && page->findChild<Ui::EmptyState *>()->isVisible());
            QCOMPARE(menuTitles().size(), before.size() + 1);
        }
        {
            Ui::MainWindow hidden(fixture.ws.get(), fixture.engine.get());
            QVERIFY(!hidden.findChild<Ui::DeliveriesPage *>());
            QTRY_VERIFY(hidden.findChild<Ui::DeliveriesPage *>());
            QCOMPARE(hidden.currentSection()->key(), QStringLiteral("deliveries"));
        }
        // A window shown but not painted (one that starts minimised) ends its start-up all the same.
        {
            Ui::MainWindow unpainted(fixture.ws.get(), fixture.engine.get());
            unpainted.setUpdatesEnabled(false);
            unpainted.show();
            QVERIFY(unpainted.session().startingUp());
            QTRY_VERIFY_WITH_TIMEOUT(!unpainted.session().startingUp(), 10000);
            QVERIFY(unpainted.findChild<Ui::DeliveriesPage *>());
        }
        // The first row of the side bar too.
        QSettings().setValue(QStringLiteral("window/section"), QStringLiteral("event-types"));
        Ui::MainWindow window(fixture.ws.get(), fixture.engine.get());
        QVERIFY(!window.findChild<Ui::EventTypesPage *>());
        window.show();
        QTRY_VERIFY(window.findChild<Ui::EventTypesPage *>() && window.findChild<Ui::EventTypesPage *>()->isVisible());
        QVERIFY(!window.findChild<Ui::DeliveriesPage *>());
    }

    // Leaving an editor with unsaved changes asks first: Cancel stays, Save stores (only valid input), Discard
    // leaves without storing.
    void leavingUnsavedEditorAsks()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open());
        auto &ws = fixture.ws;
        Engine::DeliveryEngine &engine = *fixture.engine;
        Ui::MainWindow window(ws.get(), &engine);
        window.show();
        window.showSection(QStringLiteral("event-types"));
        Ui::EventTypesPage *page = window.eventTypesPage();
        page->create();
        Ui::EventTypeEditor *editor = page->editor();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("order.created"));
        auto *templ = editor->findChild<QPlainTextEdit *>(QStringLiteral("eventTypeTemplate"));
        templ->setPlainText(QStringLiteral("{\"id\": 1"));

        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!page->confirmLeave());
        answerNextMessageBox(QMessageBox::Save); // invalid template: stays, nothing stored
        QVERIFY(!page->confirmLeave());
        QVERIFY(!ws->eventTypes().find(QStringLiteral("order.created")));

        templ->setPlainText(QStringLiteral("{\"id\": 1}"));
        answerNextMessageBox(QMessageBox::Save);
        QVERIFY(page->confirmLeave());
        QVERIFY(ws->eventTypes().find(QStringLiteral("order.created")));
        QVERIFY(page->confirmLeave()); // saved: nothing left to ask about

        editor->nameEdit()->setText(QStringLiteral("order.renamed"));
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(page->confirmLeave());
        QVERIFY(!ws->eventTypes().find(QStringLiteral("order.renamed")));
    }

    void invalidEndpointCannotBeSaved()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open());
        auto &ws = fixture.ws;
        Engine::DeliveryEngine &engine = *fixture.engine;
        Ui::MainWindow window(ws.get(), &engine);
        window.show();
        window.showSection(QStringLiteral("endpoints"));
        window.endpointsPage()->create();
        Ui::EndpointEditor *editor = window.endpointsPage()->editor();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("bad"));
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("endpointUrl")), QStringLiteral("not a url"));
        auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(!save->isEnabled());
        QTest::keyClick(editor->nameEdit(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(ws->endpoints().list().isEmpty());
        QVERIFY(!window.endpointsPage()->canSend());
        window.endpointsPage()->editor()->setEndpoint({});
    }

    // The log opens on its first page with its count, and builds what it does not show yet only when needed: the
    // details pane's timeline and tabs when a delivery is selected, the empty states when nothing is listed.
    void deliveryLogBuildsDetailsWhenNeeded()
    {
        Test::TempWorkspace temp;
        const QDateTime base = QDateTime::fromMSecsSinceEpoch(1'750'000'000'000, Qt::UTC);
        const QString bulkError = Storage::bulkInsertDeliveries(temp.path(), 300, [&](qint64 i) {
            Storage::BulkDelivery row;
            row.event.id = 10'000'000 + i;
            row.event.uid = QStringLiteral("evt_%1").arg(i);
            row.event.type = QStringLiteral("invoice.paid");
            row.event.payload = "{}";
            row.event.createdAt = base.addSecs(i);
            Delivery &d = row.delivery;
            d.id = 20'000'000 + i;
            d.uid = QStringLiteral("msg_%1").arg(i);
            d.eventId = row.event.id;
            d.endpointId = 1;
            d.endpointName = QStringLiteral("billing");
            d.eventType = row.event.type;
            d.url = QStringLiteral("http://127.0.0.1:9/");
            d.state = DeliveryState::Succeeded;
            d.attemptCount = 1;
            d.lastStatus = 200;
            d.createdAt = row.event.createdAt;
            d.updatedAt = row.event.createdAt;
            Attempt a;
            a.id = 30'000'000 + i;
            a.deliveryId = d.id;
            a.number = 1;
            a.method = "POST";
            a.url = d.url;
            a.status = 200;
            a.startedAt = d.createdAt;
            row.attempts = {a};
            return row;
        });
        QVERIFY2(bulkError.isEmpty(), qPrintable(bulkError));
        QString error;
        auto ws = Storage::Workspace::open(temp.path(), &error);
        QVERIFY(ws);
        Engine::DeliveryEngine engine(*ws);
        QSettings().setValue(QStringLiteral("window/section"), QStringLiteral("deliveries"));
        Ui::MainWindow window(ws.get(), &engine);
        // Built with the window, its rows read once the window has been painted.
        Ui::DeliveriesPage *page = window.deliveriesPage();
        QVERIFY(window.session().startingUp());
        QVERIFY(!page->model()->isLoaded());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.session().startingUp());
        QVERIFY(page->model()->isLoaded());
        QCOMPARE(page->model()->rowCount(), Ui::DeliveryLogModel::kPageSize);
        QVERIFY(page->view()->isVisible());
        QVERIFY(page->details()->isVisible());
        // Its header measures one title for its height: the height Qt's own header has over the same columns.
        QHeaderView *header = page->view()->horizontalHeader();
        QTableView reference;
        reference.setModel(page->model());
        reference.horizontalHeader()->setSortIndicatorShown(true);
        reference.horizontalHeader()->setSortIndicator(Ui::DeliveryLogModel::Time, Qt::DescendingOrder);
        QCOMPARE(header->sizeHint().height(), reference.horizontalHeader()->sizeHint().height());
        // The count is asked for once the log has been painted, and arrives.
        auto *count = page->findChild<QLabel *>(QStringLiteral("deliveryCount"));
        QVERIFY(count);
        QTRY_COMPARE(count->text(), QStringLiteral("300 deliveries"));
        QVERIFY(!page->findChild<Ui::EmptyState *>());
        Ui::DeliveryDetails *details = page->details();
        QVERIFY(!details->findChild<QTabWidget *>());
        QCOMPARE(details->currentAttempt().id, qint64(0));

        page->view()->setCurrentIndex(page->model()->index(0, 0));
        QVERIFY(details->findChild<QTabWidget *>());
        QCOMPARE(details->currentAttempt().status, 200);
        QCOMPARE(details->deliveryId(), qint64(20'000'299));

        // A click on a column title sorts by it.
        const int duration = Ui::DeliveryLogModel::Duration;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(duration) + header->sectionSize(duration) / 2,
                                 header->height() / 2));
        QCOMPARE(page->model()->order().column, Storage::DeliveryOrder::Column::Duration);
        QCOMPARE(header->sortIndicatorSection(), duration);

        Storage::DeliveryFilter none;
        none.status = 404;
        page->applyFilter(none);
        QTRY_VERIFY(page->findChild<Ui::EmptyState *>() && page->findChild<Ui::EmptyState *>()->isVisible());
    }

    // A window that is not shown (a tool's, a test's) still reads the log it opens on, a moment later.
    void logIsReadWithoutAPaint()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("deliveries")));
        auto &ws = fixture.ws;
        Engine::DeliveryEngine &engine = *fixture.engine;
        Ui::MainWindow window(ws.get(), &engine);
        Ui::DeliveriesPage *page = window.deliveriesPage();
        QVERIFY(!page->model()->isLoaded());
        QTRY_VERIFY(page->model()->isLoaded());
        QVERIFY(!window.session().startingUp());
    }

    // The window's commands work from the moment it is shown, before the log it opens on has read its rows: Ctrl+F
    // goes to the log's search, F5 reads the log, Ctrl+1 switches section and Ctrl+N starts a new item there.
    void shortcutsWorkBeforeTheLogIsRead()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("deliveries")));
        auto &ws = fixture.ws;
        Engine::DeliveryEngine &engine = *fixture.engine;
        Ui::MainWindow window(ws.get(), &engine);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(window.session().startingUp());
        Ui::DeliveriesPage *page = window.deliveriesPage();
        QVERIFY(!page->model()->isLoaded());

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), page->findChild<QLineEdit *>(QStringLiteral("deliverySearch")));
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(page->model()->isLoaded());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentSection()->key(), QStringLiteral("event-types"));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(window.eventTypesPage()->editor()->isVisible());
        QTRY_VERIFY(!window.session().startingUp());
        // An empty workspace: once read, the log says so.
        window.showSection(QStringLiteral("deliveries"));
        QTRY_VERIFY(page->findChild<Ui::EmptyState *>() && page->findChild<Ui::EmptyState *>()->isVisible());
    }

    // At the default window size every column of the endpoint list is in view, the latency sparkline last, also
    // with a header saved by an older version that stretched the last column.
    void endpointColumnsFitTheDefaultWindow()
    {
        Test::TempWorkspace temp;
        QString error;
        auto ws = Storage::Workspace::open(temp.path(), &error);
        QVERIFY(ws);
        for (const char *name : {"billing", "fulfilment-service-eu-west"}) {
            Endpoint e;
            e.name = QString::fromLatin1(name);
            e.url = QUrl(QStringLiteral("https://hooks.example.com/services/%1/incoming/webhooks").arg(e.name));
            e.subscriptions = {QStringLiteral("invoice.*"), QStringLiteral("customer.*")};
            QVERIFY(ws->endpoints().add(e));
        }
        Engine::DeliveryEngine engine(*ws);
        auto check = [&](Ui::MainWindow &window) {
            QCOMPARE(window.size(), QSize(1280, 800));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showSection(QStringLiteral("endpoints"));
            QTableView *view = window.endpointsPage()->view();
            QTRY_VERIFY(view->isVisible());
            QCOMPARE(view->model()->rowCount(), 2);
            const QHeaderView *header = view->horizontalHeader();
            const int last = Ui::EndpointModel::Activity;
            QCOMPARE(header->count(), int(Ui::EndpointModel::ColumnCount));
            QCOMPARE(header->logicalIndex(header->count() - 1), last);
            for (int column = 0; column < header->count(); ++column) {
                QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
                QVERIFY2(header->sectionSize(column) >= header->minimumSectionSize(),
                         qPrintable(QString::number(column)));
            }
            QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
            QVERIFY2(header->sectionViewportPosition(last) + header->sectionSize(last) <= view->viewport()->width(),
                     qPrintable(QStringLiteral("latency column ends at %1 of %2")
                                    .arg(header->sectionViewportPosition(last) + header->sectionSize(last))
                                    .arg(view->viewport()->width())));
            // Wide enough for the sparkline and for a useful part of the URL.
            QVERIFY(header->sectionSize(last) >= view->fontMetrics().horizontalAdvance(QStringLiteral("Latency")));
            QStringList widths;
            for (int column = 0; column < header->count(); ++column)
                widths << QString::number(header->sectionSize(column));
            QVERIFY2(header->sectionSize(Ui::EndpointModel::Url) >= 120, qPrintable(widths.join(u' ')));
        };
        {
            Ui::MainWindow window(ws.get(), &engine);
            check(window);
        }
        // A header as an older version saved it: every column interactive, wide, the last one stretched.
        {
            QStandardItemModel columns(0, Ui::EndpointModel::ColumnCount);
            QTableView old;
            old.setModel(&columns);
            old.horizontalHeader()->setStretchLastSection(true);
            const int widths[] = {96, 208, 106, 106, 70, 76, 90};
            for (int column = 0; column < Ui::EndpointModel::ColumnCount; ++column)
                old.setColumnWidth(column, widths[column]);
            QSettings().setValue(QStringLiteral("endpoints/header"), old.horizontalHeader()->saveState());
        }
        Ui::MainWindow window(ws.get(), &engine);
        check(window);
        QSettings().remove(QStringLiteral("endpoints/header"));
    }

    // With no event type the section says to define one first, in the Send now tab only: the Schedules tab stays
    // reachable, lists the schedules there are and explains that a new one needs an event type.
    void triggerWithoutEventTypesKeepsSchedulesReachable()
    {
        Test::TempWorkspace temp;
        QString error;
        auto ws = Storage::Workspace::open(temp.path(), &error);
        QVERIFY(ws);
        // A schedule made earlier (its event type since removed, or made on the command line).
        Schedule s;
        s.eventType = QStringLiteral("order.paid");
        s.kind = Schedule::Kind::Interval;
        s.intervalMs = 3'600'000;
        QVERIFY(ws->schedules().add(s));
        Engine::DeliveryEngine engine(*ws);
        Ui::MainWindow window(ws.get(), &engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(QStringLiteral("trigger"));
        Ui::TriggerPage *page = window.triggerPage();
        QTabWidget *tabs = page->tabs();
        QTRY_VERIFY(tabs->isVisible());
        QCOMPARE(tabs->currentIndex(), 0);
        QVERIFY(page->emptyState()->isVisible());
        QVERIFY(!page->canSend());
        QStringList texts;
        for (const QLabel *label : page->emptyState()->findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.join(u'\n').contains(QStringLiteral("Define an event type first")),
                 qPrintable(texts.join(u'\n')));
        QVERIFY(tabs->isTabEnabled(1));
        QVERIFY(tabs->isTabVisible(1));

        tabs->setCurrentIndex(1);
        Ui::SchedulesPanel *panel = page->schedulesPanel();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(panel->view()->isVisible());
        QCOMPARE(panel->model()->rowCount(), 1);
        auto *needs = panel->findChild<QWidget *>(QStringLiteral("scheduleNeedsEventType"));
        QVERIFY(needs && needs->isVisible());
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("scheduleNeedsEventTypeText"))
                    ->text()
                    .contains(QStringLiteral("A schedule fires one of your event types")));
        auto *newSchedule = panel->findChild<QPushButton *>(QStringLiteral("newSchedule"));
        QVERIFY(!newSchedule->isEnabled());
        QVERIFY(!panel->canCreate());

        // Once there is an event type, both tabs are ready.
        EventType t;
        t.name = QStringLiteral("order.paid");
        QVERIFY(ws->eventTypes().add(t));
        window.session().eventTypesEdited();
        QVERIFY(!needs->isVisible());
        QVERIFY(newSchedule->isEnabled());
        QVERIFY(panel->canCreate());
        tabs->setCurrentIndex(0);
        QTRY_VERIFY(!page->emptyState()->isVisible());
        QVERIFY(page->canSend());
    }

    // Each section's first-run paragraph is shown whole at the default window size: the label is as tall as its
    // text needs at its width (it was given the height of the text wrapped to the whole section's width).
    void emptyStatesShowTheirWholeText()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open());
        Ui::MainWindow window(fixture.ws.get(), fixture.engine.get());
        QCOMPARE(window.size(), QSize(1280, 800));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int checked = 0;
        for (const QString &key :
             {QStringLiteral("event-types"), QStringLiteral("endpoints"), QStringLiteral("trigger"),
              QStringLiteral("deliveries"), QStringLiteral("receivers")}) {
            window.showSection(key);
            QTRY_VERIFY2(window.currentSection()->findChild<Ui::EmptyState *>()
                             && window.currentSection()->findChild<Ui::EmptyState *>()->isVisible(),
                         qPrintable(key));
            for (const Ui::EmptyState *empty : window.currentSection()->findChildren<Ui::EmptyState *>()) {
                if (!empty->isVisible())
                    continue;
                auto *text = empty->findChild<QLabel *>(QStringLiteral("emptyStateText"));
                QVERIFY(text);
                QTRY_VERIFY2(text->height() >= text->heightForWidth(text->width()),
                             qPrintable(QStringLiteral("%1: %2 px high, its text needs %3 at %4 px")
                                            .arg(key)
                                            .arg(text->height())
                                            .arg(text->heightForWidth(text->width()))
                                            .arg(text->width())));
                ++checked;
            }
        }
        QVERIFY(checked >= 5);
    }

    // A schedule that cannot fire (here its own payload does not render) says so: "Failing" in the
    // schedules list with the reason in the tooltip, and a status bar message; the next firing that succeeds
    // clears it. Deleting the event type names the schedules that fire it.
    void scheduleFailuresAreShown()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("event-types")));
        EventType t;
        t.name = QStringLiteral("order.paid");
        QVERIFY(fixture.ws->eventTypes().add(t));
        Ui::MainWindow window(fixture.ws.get(), fixture.engine.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(QStringLiteral("trigger"));
        Ui::SchedulesPanel *panel = window.triggerPage()->schedulesPanel();
        Schedule s;
        s.eventType = t.name;
        s.kind = Schedule::Kind::Interval;
        s.intervalMs = 60'000;
        s.payload = R"({"id": "{{nosuch}}"})";
        QCOMPARE(panel->addSchedule(s), QString());
        const qint64 id = panel->model()->index(0, 0).data(Ui::ScheduleModel::IdRole).toLongLong();

        window.showSection(QStringLiteral("event-types"));
        Ui::EventTypesPage *types = window.eventTypesPage();
        QVERIFY(types->open(t.name));
        QString question;
        answerNextMessageBox(QMessageBox::No, 500, &question);
        emit types->editor()->deleteRequested();
        QVERIFY2(question.contains(QStringLiteral("cannot fire without it"))
                     && question.contains(QStringLiteral("#%1 (every 1m)").arg(id)),
                 qPrintable(question));
        QVERIFY(fixture.ws->eventTypes().find(t.name));

        auto &runner = window.session().schedules();
        const QDateTime start = QDateTime::currentDateTimeUtc();
        runner.setClock([start] { return start.addSecs(61); });
        runner.fireDue();
        const QModelIndex state = panel->model()->index(0, Ui::ScheduleModel::State);
        QCOMPARE(state.data().toString(), QStringLiteral("Failing"));
        QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("{{nosuch}}")),
                 qPrintable(state.data(Qt::ToolTipRole).toString()));
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("Schedule %1 (order.paid) could not fire").arg(id))
                     && message.contains(QStringLiteral("{{nosuch}}")),
                 qPrintable(message));

        // The payload is mended: the next firing works and the list says so.
        Schedule mended = *fixture.ws->schedules().find(id);
        mended.payload = R"({"id": "{{uuid}}"})";
        QCOMPARE(panel->updateSchedule(mended), QString());
        QCOMPARE(state.data().toString(), QStringLiteral("Failing"));
        runner.setClock([start] { return start.addSecs(300); });
        runner.fireDue();
        QCOMPARE(state.data().toString(), QStringLiteral("Enabled"));
        QVERIFY(state.data(Qt::ToolTipRole).toString().isEmpty());

        // A removed schedule's failure is forgotten: a new schedule may be given its id.
        runner.setClock([start] { return start.addSecs(1000); });
        Schedule broken = *fixture.ws->schedules().find(id);
        broken.payload = R"({"id": "{{nosuch}}"})";
        QCOMPARE(panel->updateSchedule(broken), QString());
        runner.setClock([start] { return start.addSecs(2000); });
        runner.fireDue();
        QVERIFY(!window.session().scheduleFailure(id).isEmpty());
        QCOMPARE(panel->removeSchedule(id), QString());
        QVERIFY(window.session().scheduleFailure(id).isEmpty());
    }

    // At the default window size the schedules list shows each schedule's rule and next firing whole (the state,
    // one short word, no longer takes the spare room), and its column widths are kept across windows.
    void scheduleColumnsFitAndAreKept()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("trigger")));
        QSettings().remove(QStringLiteral("schedules/header"));
        EventType t;
        t.name = QStringLiteral("customer.subscription.updated");
        QVERIFY(fixture.ws->eventTypes().add(t));
        Schedule hourly;
        hourly.eventType = t.name;
        hourly.kind = Schedule::Kind::Interval;
        hourly.intervalMs = 3'600'000;
        hourly.limit = 3;
        Schedule weekdays = hourly;
        weekdays.kind = Schedule::Kind::Cron;
        weekdays.cron = QStringLiteral("0 9 * * 1-5");
        {
            Ui::MainWindow window(fixture.ws.get(), fixture.engine.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showSection(QStringLiteral("trigger"));
            Ui::SchedulesPanel *panel = window.triggerPage()->schedulesPanel();
            QCOMPARE(panel->addSchedule(hourly), QString());
            QCOMPARE(panel->addSchedule(weekdays), QString());
            window.triggerPage()->tabs()->setCurrentIndex(1);
            QTableView *view = panel->view();
            QTRY_VERIFY(view->isVisible());
            QHeaderView *header = view->horizontalHeader();
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                for (int column = 0; column < Ui::ScheduleModel::ColumnCount; ++column) {
                    const QString text = view->model()->index(row, column).data().toString();
                    const int needed = view->fontMetrics().horizontalAdvance(text) + 8;
                    QVERIFY2(header->sectionSize(column) >= needed,
                             qPrintable(QStringLiteral("column %1: %2 px for “%3” (%4)")
                                            .arg(column)
                                            .arg(header->sectionSize(column))
                                            .arg(text)
                                            .arg(needed)));
                }
            }
            QVERIFY2(header->sectionSize(Ui::ScheduleModel::State) < 200,
                     qPrintable(QString::number(header->sectionSize(Ui::ScheduleModel::State))));
            header->resizeSection(Ui::ScheduleModel::EventType, 333);
            window.close();
        }
        Ui::MainWindow window(fixture.ws.get(), fixture.engine.get());
        window.showSection(QStringLiteral("trigger"));
        QCOMPARE(window.triggerPage()->schedulesPanel()->view()->horizontalHeader()->sectionSize(
                     Ui::ScheduleModel::EventType),
                 333);
        QSettings().remove(QStringLiteral("schedules/header"));
    }

    // The View menu and the Keyboard shortcuts dialog show "Trigger & schedules" with its "&"; the dialog lists the
    // section menus' commands too (Ctrl+R Redeliver), read from the actions themselves.
    void shortcutsListEveryMenuCommand()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("deliveries")));
        Ui::MainWindow window(fixture.ws.get(), fixture.engine.get());
        QVERIFY(window.deliveriesPage());
        QHash<QString, QString> listed;
        for (const QAction *a : window.shortcutActions())
            listed.insert(Ui::MainWindow::commandText(a->text()), a->shortcut().toString(QKeySequence::PortableText));
        QCOMPARE(listed.value(QStringLiteral("Redeliver")), QStringLiteral("Ctrl+R"));
        QCOMPARE(listed.value(QStringLiteral("Replay event")), QStringLiteral("Ctrl+Shift+R"));
        QCOMPARE(listed.value(QStringLiteral("Copy as cURL")), QStringLiteral("Ctrl+Shift+C"));
        QCOMPARE(listed.value(QStringLiteral("Trigger & schedules")), QStringLiteral("Ctrl+3"));
        QCOMPARE(listed.value(QStringLiteral("Refresh")), QStringLiteral("F5"));
        QStringList view;
        for (const QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->text() == QStringLiteral("&View")) {
                for (const QAction *a : menu->menu()->actions())
                    view << a->text();
            }
        }
        QVERIFY2(view.contains(QStringLiteral("Trigger && schedules")), qPrintable(view.join(u'|')));
        QCOMPARE(Ui::MainWindow::commandText(QStringLiteral("Copy as c&URL")), QStringLiteral("Copy as cURL"));
        QCOMPARE(Ui::MainWindow::commandText(QStringLiteral("A && &B")), QStringLiteral("A & B"));
    }

    // "show in the log" filters the log to one event: the filter bar shows that filter, and Clear (or a click on
    // it) drops it, leaving nothing that claims a filter is still on.
    void oneEventFilterIsVisibleAndCleared()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("deliveries")));
        EventType t;
        t.name = QStringLiteral("order.paid");
        QVERIFY(fixture.ws->eventTypes().add(t));
        Endpoint e;
        e.name = QStringLiteral("shop");
        e.url = QUrl(QStringLiteral("http://127.0.0.1:9/hook"));
        e.subscriptions = {QStringLiteral("*")};
        QVERIFY(fixture.ws->endpoints().add(e));
        const Engine::TriggerResult sent = fixture.engine->trigger(t.name, "{}", EventSource::Manual);
        QVERIFY2(sent.ok(), qPrintable(sent.error));
        Ui::MainWindow window(fixture.ws.get(), fixture.engine.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::DeliveriesPage *page = window.deliveriesPage();
        auto *chip = page->findChild<QToolButton *>(QStringLiteral("eventFilter"));
        QVERIFY(chip);
        QVERIFY(!chip->isVisible());

        Storage::DeliveryFilter one;
        one.eventId = sent.event.id;
        window.session().showDeliveries(one);
        QTRY_VERIFY(chip->isVisible());
        QVERIFY2(chip->text().contains(sent.event.uid), qPrintable(chip->text()));
        QCOMPARE(page->model()->filter().eventId, sent.event.id);

        for (QToolButton *button : page->findChildren<QToolButton *>()) {
            if (button->text() == QStringLiteral("Clear"))
                button->click();
        }
        QVERIFY(!chip->isVisible());
        QCOMPARE(page->model()->filter().eventId, 0);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("deliveryCount"))->toolTip().isEmpty());

        window.session().showDeliveries(one);
        QTRY_VERIFY(chip->isVisible());
        chip->click();
        QVERIFY(!chip->isVisible());
        QCOMPARE(page->model()->filter().eventId, 0);
    }

    // An endpoint added on the command line is among Trigger's "Send to" choices when the section is next shown,
    // without an F5 there.
    void triggerChoicesFollowTheWorkspaceWhenShown()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("trigger")));
        EventType t;
        t.name = QStringLiteral("order.paid");
        QVERIFY(fixture.ws->eventTypes().add(t));
        Ui::MainWindow window(fixture.ws.get(), fixture.engine.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::TriggerPage *page = window.triggerPage();
        auto *target = page->findChild<QComboBox *>(QStringLiteral("triggerEndpoint"));
        QVERIFY(target);
        QCOMPARE(target->findText(QStringLiteral("Only from-cli")), -1);

        QString error;
        auto cli = Storage::Workspace::open(fixture.temp.path(), &error);
        QVERIFY2(cli, qPrintable(error));
        Endpoint e;
        e.name = QStringLiteral("from-cli");
        e.url = QUrl(QStringLiteral("http://127.0.0.1:9/hook"));
        e.subscriptions = {QStringLiteral("*")};
        QVERIFY(cli->endpoints().add(e));
        window.showSection(QStringLiteral("endpoints"));
        QTRY_VERIFY(!page->isVisible());
        window.showSection(QStringLiteral("trigger"));
        QTRY_VERIFY(page->isVisible());
        QVERIFY(target->findText(QStringLiteral("Only from-cli")) > 0);
    }

    // Send now with a payload naming {{endpoint.name}}: one event per endpoint, each payload with its name, as a
    // schedule fires it (before, one event went to both with the name empty).
    void sendNowRendersEndpointNamePerEndpoint()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("trigger")));
        EventType t;
        t.name = QStringLiteral("greet");
        t.payloadTemplate = R"({"to":"{{endpoint.name}}"})";
        QVERIFY(fixture.ws->eventTypes().add(t));
        for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("beta")}) {
            Endpoint e;
            e.name = name;
            e.url = QUrl(QStringLiteral("http://127.0.0.1:9/") + name);
            e.subscriptions = {QStringLiteral("*")};
            QVERIFY(fixture.ws->endpoints().add(e));
        }
        Ui::MainWindow window(fixture.ws.get(), fixture.engine.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(QStringLiteral("trigger"));
        QVERIFY(window.triggerPage()->selectEventType(QStringLiteral("greet")));
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        auto *sent = window.triggerPage()->findChild<QListWidget *>(QStringLiteral("sentList"));
        QVERIFY(sent);
        QCOMPARE(sent->count(), 2);
        QVERIFY(fixture.ws->writer().flush());
        QSet<QByteArray> payloads;
        for (int i = 0; i < sent->count(); ++i) {
            const auto event = fixture.ws->events().find(sent->item(i)->data(Qt::UserRole + 1).toLongLong());
            QVERIFY(event);
            payloads.insert(event->payload);
        }
        QCOMPARE(payloads, (QSet<QByteArray> {R"({"to":"alpha"})", R"({"to":"beta"})"}));
    }

    // Schedules added or disabled by another process (`hookbench schedule add/disable`) show after F5 on Trigger &
    // schedules, as endpoints added on the command line do on Endpoints.
    void schedulesFollowOtherProcessesOnRefresh()
    {
        WindowFixture fixture;
        QVERIFY(fixture.open(QStringLiteral("trigger")));
        EventType t;
        t.name = QStringLiteral("order.paid");
        QVERIFY(fixture.ws->eventTypes().add(t));
        Schedule first;
        first.eventType = t.name;
        first.kind = Schedule::Kind::Interval;
        first.intervalMs = 3'600'000;
        QVERIFY(fixture.ws->schedules().add(first));
        Ui::MainWindow window(fixture.ws.get(), fixture.engine.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        window.showSection(QStringLiteral("trigger"));
        Ui::SchedulesPanel *panel = window.triggerPage()->schedulesPanel();
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(panel->model()->rowCount(), 1);

        // The command line, on its own connection to the same file.
        QString error;
        auto cli = Storage::Workspace::open(fixture.temp.path(), &error);
        QVERIFY2(cli, qPrintable(error));
        Schedule second = first;
        QVERIFY(cli->schedules().add(second));
        Schedule disabled = *cli->schedules().find(first.id);
        disabled.enabled = false;
        QVERIFY(cli->schedules().update(disabled));

        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(panel->model()->rowCount(), 2);
        QCOMPARE(panel->model()->index(0, Ui::ScheduleModel::State).data().toString(), QStringLiteral("Disabled"));
        QCOMPARE(panel->model()->index(1, 0).data(Ui::ScheduleModel::IdRole).toLongLong(), second.id);
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
