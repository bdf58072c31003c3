// The Subscription APIs section: its switch really starts and stops the server (a request to 127.0.0.1 answers,
// then is refused), the base URL and token are shown and copied, the choice is kept in the workspace, and the
// activity list (under QAbstractItemModelTester) shows a WebSub verification the callback refused, also after
// the section is built again from the workspace.
#include "apipage.h"
#include "delivery/deliveryengine.h"
#include "session.h"
#include "storage/workspace.h"
#include "subscriptions/apisettings.h"
#include "tempworkspace.h"
#include "testhttpserver.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Hookbench;
using Hookbench::Ui::ApiActivityModel;
using Hookbench::Ui::ApiPage;

namespace {

constexpr int WaitMs = 10'000;

template<typename T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

} // namespace

class TestApiPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void switchStartsAndStopsTheServer();
    void activityShowsRefusedVerification();
    void activityModelKeepsTheNewest();

private:
    // GET base + path with the token; the status, or -1 when no HTTP answer came (connection refused).
    int get(const QString &url, const QString &token);

    std::unique_ptr<Test::TempWorkspace> m_tmp;
    std::unique_ptr<Storage::Workspace> m_ws;
    std::unique_ptr<Engine::DeliveryEngine> m_engine;
    std::unique_ptr<Ui::Session> m_session;
    QNetworkAccessManager *m_client = nullptr;
};

void TestApiPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestApiPage::init()
{
    m_tmp = std::make_unique<Test::TempWorkspace>();
    QString error;
    m_ws = Storage::Workspace::open(m_tmp->path(), &error);
    QVERIFY2(m_ws, qPrintable(error));
    m_engine = std::make_unique<Engine::DeliveryEngine>(*m_ws);
    m_engine->start();
    m_session = std::make_unique<Ui::Session>(*m_ws, *m_engine);
    m_client = new QNetworkAccessManager(this);
    m_client->setProxy(QNetworkProxy::NoProxy);
}

void TestApiPage::cleanup()
{
    delete m_client;
    m_session.reset();
    m_engine->stop();
    m_engine.reset();
    m_ws.reset();
    m_tmp.reset();
}

int TestApiPage::get(const QString &url, const QString &token)
{
    QNetworkRequest request {QUrl(url)};
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_client->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(WaitMs))
        return 0;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    reply->deleteLater();
    return status.isValid() ? status.toInt() : -1;
}

void TestApiPage::switchStartsAndStopsTheServer()
{
    ApiPage page(*m_session);
    page.show();
    auto *serve = child<QCheckBox>(page, "apiSwitch");
    auto *baseUrl = child<QLineEdit>(page, "apiBaseUrl");
    auto *token = child<QLineEdit>(page, "apiToken");
    QVERIFY(serve && baseUrl && token);
    QVERIFY(!page.isServing());
    QVERIFY(baseUrl->text().isEmpty());
    // The token is shown before serving, so it can be put into the application first.
    const QString workspaceToken = Subscriptions::loadApiSettings(m_ws->settings()).token;
    QVERIFY(workspaceToken.startsWith(QLatin1String("hbk_")));
    QCOMPARE(token->text(), workspaceToken);

    QTest::mouseClick(serve, Qt::LeftButton, {}, QPoint(6, serve->height() / 2));
    QVERIFY(serve->isChecked());
    QVERIFY(page.isServing());
    const QString base = baseUrl->text();
    QVERIFY2(base.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(base));
    QVERIFY(Subscriptions::loadApiSettings(m_ws->settings()).enabled);
    QCOMPARE(get(base + QStringLiteral("/hooks"), token->text()), 200);
    QCOMPARE(get(base + QStringLiteral("/hooks"), QStringLiteral("wrong")), 401);

    // Copy buttons put exactly what is shown on the clipboard.
    QTest::mouseClick(child<QPushButton>(page, "apiBaseUrlCopy"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), base);
    QTest::mouseClick(child<QPushButton>(page, "apiTokenCopy"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), workspaceToken);

    QTest::mouseClick(serve, Qt::LeftButton, {}, QPoint(6, serve->height() / 2));
    QVERIFY(!serve->isChecked());
    QVERIFY(!page.isServing());
    QVERIFY(baseUrl->text().isEmpty());
    QVERIFY(!Subscriptions::loadApiSettings(m_ws->settings()).enabled);
    QCOMPARE(get(base + QStringLiteral("/hooks"), workspaceToken), -1);
}

void TestApiPage::activityShowsRefusedVerification()
{
    // A callback that answers 404 to the hub's verification GET.
    Test::TestHttpServer callback;
    QVERIFY(callback.listen());
    callback.setDefault({404, {}, "no such subscription", 0, false});
    const QString callbackUrl = callback.url(QStringLiteral("/cb"));
    {
        ApiPage page(*m_session);
        ApiActivityModel &model = page.activity();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *view = child<QTreeView>(page, "apiActivity");
        QVERIFY(view);
        QCOMPARE(view->model(), &model);
        QCOMPARE(model.rowCount(), 0);
        page.setServing(true);
        QVERIFY(page.isServing());

        QNetworkRequest request(QUrl(page.baseUrl() + QStringLiteral("/hub")));
        request.setRawHeader("Authorization", "Bearer " + page.token().toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_client->post(request,
                                              "hub.mode=subscribe&hub.callback=" + QUrl::toPercentEncoding(callbackUrl)
                                                  + "&hub.topic=https%3A%2F%2Fexample.com%2Ffeed");
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        delete reply;

        // The accepted request, then the refusal on top.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, WaitMs);
        QCOMPARE(model.index(0, ApiActivityModel::Api).data().toString(), QStringLiteral("WebSub"));
        QCOMPARE(model.index(0, ApiActivityModel::Action).data().toString(), QStringLiteral("verify"));
        QCOMPARE(model.index(0, ApiActivityModel::Subject).data().toString(), callbackUrl);
        QCOMPARE(model.index(0, ApiActivityModel::Outcome).data().toString(), QStringLiteral("Refused"));
        QCOMPARE(model.index(0, 0).data(ApiActivityModel::OutcomeRole).toInt(),
                 int(Storage::ApiActivity::Outcome::Refused));
        QCOMPARE(model.index(0, ApiActivityModel::Message).data().toString(),
                 QStringLiteral("Intent verification refused: %1 answered 404 instead of echoing hub.challenge")
                     .arg(callbackUrl));
        QCOMPARE(model.index(1, ApiActivityModel::Action).data().toString(), QStringLiteral("subscribe"));
        QCOMPARE(model.index(1, ApiActivityModel::Outcome).data().toString(), QStringLiteral("OK"));
        page.setServing(false);
    }
    // Built again (the next start), the section shows the refusal from the workspace.
    ApiPage again(*m_session);
    QCOMPARE(again.activity().rowCount(), 2);
    QCOMPARE(again.activity().activityAt(0).outcome, Storage::ApiActivity::Outcome::Refused);
    QVERIFY(again.activity().activityAt(0).message.contains(callbackUrl));
}

void TestApiPage::activityModelKeepsTheNewest()
{
    ApiActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Storage::ApiActivity a;
    a.api = QStringLiteral("github");
    a.action = QStringLiteral("subscribe");
    a.at = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < ApiActivityModel::MaxRows + 3; ++i) {
        a.id = i + 1;
        model.prepend(a);
    }
    QCOMPARE(model.rowCount(), ApiActivityModel::MaxRows);
    QCOMPARE(model.index(0, 0).data(ApiActivityModel::IdRole).toLongLong(), ApiActivityModel::MaxRows + 3);
    QCOMPARE(model.columnCount(), int(ApiActivityModel::ColumnCount));
    QCOMPARE(model.index(0, ApiActivityModel::Api).data().toString(), QStringLiteral("GitHub"));
    model.setActivities({a});
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestApiPage)
#include "tst_apipage.moc"
