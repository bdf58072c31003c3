#include "attemptmodel.h"
#include "capturemodel.h"
#include "charts.h"
#include "deliverylogmodel.h"
#include "endpointmodel.h"
#include "endpointstats.h"
#include "eventtypemodel.h"
#include "headermodel.h"
#include "receiverhost.h"
#include "receivermodel.h"
#include "rulemodel.h"
#include "storage/bulkload.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "util/ids.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

using namespace Hookbench;
using Tester = QAbstractItemModelTester;

// Every model of the window under QAbstractItemModelTester, and the delivery log's paging, ordering, filtering
// and coalesced live updates against a real workspace.
class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deliveryLogPagesNewestFirst();
    void deliveryLogPagesGrowDeeperDown();
    void deliveryLogEveryOrder();
    void deliveryLogFilters();
    void deliveryLogLiveChangesWithoutReset();
    void deliveryLogCoalescesRepaints();
    void deliveryLogHiddenNewInOtherOrders();
    void deliveryLogDeferredFirstPage();
    void captureModelPagesAndAddsLive();
    void definitionModelsSyncWithoutReset();
    void endpointModelFollowsStats();
    void sparklineShowsOnASelectedRow();
    void headerModelValidates();
    void ruleModelEdits();
    void attemptModelAppends();

private:
    std::unique_ptr<Storage::Workspace> seeded(Test::TempWorkspace &temp, int count);
};

namespace {

const QDateTime kBase = QDateTime::fromMSecsSinceEpoch(1'750'000'000'000, Qt::UTC);

Storage::BulkDelivery sample(qint64 i)
{
    Storage::BulkDelivery row;
    row.event.id = 10'000'000 + i;
    row.event.uid = QStringLiteral("evt_%1").arg(i);
    row.event.type = i % 2 ? QStringLiteral("invoice.paid") : QStringLiteral("customer.created");
    row.event.payload = QStringLiteral("{\"n\":%1,\"tag\":\"%2\"}")
                            .arg(i)
                            .arg(i % 50 ? QStringLiteral("plain") : QStringLiteral("needle"))
                            .toUtf8();
    row.event.createdAt = kBase.addSecs(i);
    Delivery &d = row.delivery;
    d.id = 20'000'000 + i;
    d.uid = QStringLiteral("msg_%1").arg(i);
    d.eventId = row.event.id;
    d.endpointId = 1 + i % 4;
    d.endpointName = QStringLiteral("endpoint-%1").arg(d.endpointId);
    d.eventType = row.event.type;
    d.url = QStringLiteral("http://127.0.0.1:9/%1").arg(d.endpointId);
    d.state = i % 10 == 0 ? DeliveryState::Failed : DeliveryState::Succeeded;
    d.attemptCount = 1 + int(i % 3);
    d.lastStatus = d.state == DeliveryState::Failed ? 500 : 200;
    d.lastDurationUs = (i * 7'919) % 90'000;
    d.createdAt = row.event.createdAt;
    d.updatedAt = row.event.createdAt;
    Attempt a;
    a.id = 30'000'000 + i;
    a.deliveryId = d.id;
    a.number = 1;
    a.method = "POST";
    a.url = d.url;
    a.requestBody = row.event.payload;
    a.status = d.lastStatus;
    a.startedAt = d.createdAt;
    row.attempts = {a};
    return row;
}

} // namespace

void TestUiModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<Storage::Workspace> TestUiModels::seeded(Test::TempWorkspace &temp, int count)
{
    if (!Storage::bulkInsertDeliveries(temp.path(), count, sample).isEmpty())
        return {};
    QString error;
    return Storage::Workspace::open(temp.path(), &error);
}

void TestUiModels::deliveryLogPagesNewestFirst()
{
    Test::TempWorkspace temp;
    auto ws = seeded(temp, 600);
    QVERIFY(ws);
    Ui::DeliveryLogModel model(ws->deliveries());
    // One page to start with, not the table.
    QCOMPARE(model.rowCount(), Ui::DeliveryLogModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.deliveryId(0), 20'000'599);
    int pages = 1;
    while (model.canFetchMore({}) && pages < 10) {
        model.fetchMore({});
        ++pages;
    }
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(pages, 3);
    QVERIFY(!model.canFetchMore({}));
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.deliveryId(row - 1) > model.deliveryId(row));
    QCOMPARE(model.rowOf(20'000'123), 599 - 123);
    QCOMPARE(model.data(model.index(0, Ui::DeliveryLogModel::EventType)).toString(), QStringLiteral("invoice.paid"));
    QCOMPARE(model.data(model.index(0, Ui::DeliveryLogModel::Status)).toString(), QStringLiteral("200"));
    QVERIFY(!model.data(model.index(0, Ui::DeliveryLogModel::State), Qt::DecorationRole).isNull());
}

// Deeper down the log, a fetch brings more rows at once (an eighth of what is loaded, at most kMaxPageSize), so
// scrolling to the end takes fewer fetches and repaints; nothing is skipped or repeated.
void TestUiModels::deliveryLogPagesGrowDeeperDown()
{
    Test::TempWorkspace temp;
    auto ws = seeded(temp, 3000);
    QVERIFY(ws);
    Ui::DeliveryLogModel model(ws->deliveries());
    QList<int> pages;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        pages.append(model.rowCount() - before);
    }
    // 256 at a time up to 2,048 rows, then 2048/8, 2304/8, 2592/8, then the last 84.
    QCOMPARE(pages, (QList<int> {256, 256, 256, 256, 256, 256, 256, 256, 288, 324, 84}));
    QCOMPARE(model.rowCount(), 3000);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.deliveryId(row - 1) > model.deliveryId(row));
}

void TestUiModels::deliveryLogEveryOrder()
{
    Test::TempWorkspace temp;
    auto ws = seeded(temp, 300);
    QVERIFY(ws);
    Ui::DeliveryLogModel model(ws->deliveries());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    for (int column = 0; column < Ui::DeliveryLogModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            while (model.canFetchMore({}))
                model.fetchMore({});
            QCOMPARE(model.rowCount(), 300);
            // Every delivery exactly once, in the order's direction for a column with a plain numeric value.
            QSet<qint64> ids;
            for (int row = 0; row < model.rowCount(); ++row)
                ids.insert(model.deliveryId(row));
            QCOMPARE(ids.size(), 300);
            if (column == Ui::DeliveryLogModel::Attempts) {
                for (int row = 1; row < model.rowCount(); ++row) {
                    const int a = model.data(model.index(row - 1, column)).toInt();
                    const int b = model.data(model.index(row, column)).toInt();
                    QVERIFY2(order == Qt::AscendingOrder ? a <= b : a >= b, qPrintable(QString::number(row)));
                }
            }
        }
    }
}

void TestUiModels::deliveryLogFilters()
{
    Test::TempWorkspace temp;
    auto ws = seeded(temp, 400);
    QVERIFY(ws);
    Ui::DeliveryLogModel model(ws->deliveries());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    Storage::DeliveryFilter failed;
    failed.states = {DeliveryState::Failed};
    model.setFilter(failed);
    QCOMPARE(model.rowCount(), 40);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, 0), Ui::DeliveryLogModel::StateRole).toInt(), int(DeliveryState::Failed));

    // Free text goes through the full-text index (bodies included).
    Storage::DeliveryFilter text;
    text.text = QStringLiteral("needle");
    model.setFilter(text);
    QCOMPARE(model.rowCount(), 8);
    text.endpointId = 1;
    model.setFilter(text);
    QCOMPARE(model.rowCount(), 4); // i in {0, 100, 200, 300}: i % 50 == 0 and i % 4 == 0
    model.setFilter({});
    QVERIFY(model.rowCount() >= Ui::DeliveryLogModel::kPageSize);
}

void TestUiModels::deliveryLogLiveChangesWithoutReset()
{
    Test::TempWorkspace temp;
    auto ws = seeded(temp, 50);
    QVERIFY(ws);
    Ui::DeliveryLogModel model(ws->deliveries());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    Delivery changed = sample(40).delivery;
    changed.state = DeliveryState::Retrying;
    changed.lastStatus = 503;
    model.applyChange(changed);
    Delivery fresh = sample(60).delivery; // newer than everything loaded
    model.applyChange(fresh);
    Delivery fresher = sample(61).delivery;
    model.applyChange(fresher);
    QCOMPARE(inserts.count(), 0); // nothing until the flush
    QTRY_COMPARE(inserts.count(), 1);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 52);
    QCOMPARE(model.deliveryId(0), fresher.id);
    QCOMPARE(model.deliveryId(1), fresh.id);
    const int row = model.rowOf(changed.id);
    QCOMPARE(model.data(model.index(row, Ui::DeliveryLogModel::Status)).toString(), QStringLiteral("503"));

    // A live delivery that does not match the filter stays out.
    Storage::DeliveryFilter onlyFailed;
    onlyFailed.states = {DeliveryState::Failed};
    model.setFilter(onlyFailed);
    const int before = model.rowCount();
    model.applyChange(sample(71).delivery); // succeeded
    model.flushChanges();
    QCOMPARE(model.rowCount(), before);
    Delivery failedLive = sample(73).delivery;
    failedLive.state = DeliveryState::Failed;
    model.applyChange(failedLive);
    model.flushChanges();
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.deliveryId(0), failedLive.id);
}

void TestUiModels::deliveryLogCoalescesRepaints()
{
    Test::TempWorkspace temp;
    auto ws = seeded(temp, 300);
    QVERIFY(ws);
    Ui::DeliveryLogModel model(ws->deliveries());
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    // A second of traffic at several thousand changes per second: new deliveries and state changes of old ones.
    QElapsedTimer clock;
    clock.start();
    qint64 next = 1000;
    int fed = 0;
    while (clock.elapsed() < 1000 && fed < 20'000) {
        for (int i = 0; i < 50; ++i, ++fed) {
            Delivery d = sample(next++).delivery;
            d.state = DeliveryState::InFlight;
            model.applyChange(d);
            Delivery old = sample(fed % 250).delivery;
            old.attemptCount = fed;
            model.applyChange(old);
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    model.flushChanges();
    // At most ten flushes a second (plus the last one), each one insert and one change.
    QVERIFY2(inserts.count() <= 12, qPrintable(QString::number(inserts.count())));
    QVERIFY2(changes.count() <= 12, qPrintable(QString::number(changes.count())));
    QCOMPARE(model.rowCount(), Ui::DeliveryLogModel::kPageSize + int(next - 1000));
}

void TestUiModels::deliveryLogHiddenNewInOtherOrders()
{
    Test::TempWorkspace temp;
    auto ws = seeded(temp, 20);
    QVERIFY(ws);
    Ui::DeliveryLogModel model(ws->deliveries());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.sort(Ui::DeliveryLogModel::Duration, Qt::DescendingOrder);
    QSignalSpy hidden(&model, &Ui::DeliveryLogModel::hiddenNewCountChanged);
    Delivery d = sample(100).delivery;
    d.createdAt = QDateTime::currentDateTimeUtc();
    model.applyChange(d);
    model.flushChanges();
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(model.hiddenNewCount(), 1);
    QCOMPARE(hidden.count(), 1);
    // A loaded row still updates in place.
    Delivery loaded = sample(3).delivery;
    loaded.lastStatus = 418;
    model.applyChange(loaded);
    model.flushChanges();
    QCOMPARE(model.data(model.index(model.rowOf(loaded.id), Ui::DeliveryLogModel::Status)).toString(),
             QStringLiteral("418"));
    model.reload();
    QCOMPARE(model.hiddenNewCount(), 0);
}

// The log the window opens on reads nothing until it is asked to: no rows, nothing to fetch more of, a sort only
// remembered, and live changes kept until the first page is there.
void TestUiModels::deliveryLogDeferredFirstPage()
{
    Test::TempWorkspace temp;
    auto ws = seeded(temp, 50);
    QVERIFY(ws);
    Ui::DeliveryLogModel model(ws->deliveries(), nullptr, Ui::DeliveryLogModel::FirstPage::Deferred);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy reloads(&model, &Ui::DeliveryLogModel::reloaded);
    QVERIFY(!model.isLoaded());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.sort(Ui::DeliveryLogModel::Time, Qt::AscendingOrder);
    QVERIFY(!model.isLoaded());
    QCOMPARE(reloads.count(), 0);

    Delivery changed = sample(40).delivery;
    changed.state = DeliveryState::Retrying;
    changed.lastStatus = 503;
    model.applyChange(changed);
    Delivery fresh = sample(60).delivery; // newer than anything stored
    model.applyChange(fresh);
    model.flushChanges();
    QCOMPARE(model.rowCount(), 0);

    model.reload();
    QVERIFY(model.isLoaded());
    QCOMPARE(reloads.count(), 1);
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.deliveryId(0), 20'000'000); // the order set before reading
    // The changes that came before the first page are applied at the next flush.
    QTRY_COMPARE(model.rowCount(), 51);
    QCOMPARE(model.deliveryId(50), fresh.id);
    QCOMPARE(model.data(model.index(model.rowOf(changed.id), Ui::DeliveryLogModel::Status)).toString(),
             QStringLiteral("503"));
}

void TestUiModels::captureModelPagesAndAddsLive()
{
    Test::TempWorkspace temp;
    QString error;
    auto ws = Storage::Workspace::open(temp.path(), &error);
    QVERIFY(ws);
    for (int i = 0; i < 250; ++i) {
        CapturedRequest c;
        c.id = Ids::next();
        c.receiverId = 1 + i % 2;
        c.receivedAt = QDateTime::currentDateTimeUtc();
        c.method = "POST";
        c.target = "/hook/" + QByteArray::number(i);
        c.body = "{}";
        c.responseStatus = 200;
        ws->writer().insertCapture(c);
    }
    QVERIFY(ws->writer().flush());
    Ui::CaptureModel model(ws->captures());
    QCOMPARE(model.rowCount(), Ui::CaptureModel::kPageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setReceiver(2);
    QCOMPARE(model.rowCount(), 125);
    QCOMPARE(model.data(model.index(0, Ui::CaptureModel::Path)).toString(), QStringLiteral("/hook/249"));

    CapturedRequest live;
    live.id = Ids::next();
    live.receiverId = 2;
    live.receivedAt = QDateTime::currentDateTimeUtc();
    live.method = "PUT";
    live.target = "/live";
    live.verdicts = {Verdict {SigningScheme::GitHub, Verdict::Result::Valid, {}}};
    model.addLive(live);
    CapturedRequest other = live;
    other.id = Ids::next();
    other.receiverId = 1;
    model.addLive(other);
    model.flushChanges();
    QCOMPARE(model.rowCount(), 126);
    QCOMPARE(model.data(model.index(0, Ui::CaptureModel::Path)).toString(), QStringLiteral("/live"));
    QVERIFY(model.data(model.index(0, Ui::CaptureModel::Signature)).toString().startsWith(QLatin1String("valid")));
    // The whole request is there before the writer has committed it.
    QCOMPARE(model.capture(live.id)->method, QByteArray("PUT"));

    // A failed verdict reads as words, not as its serialised key ("missing_headers").
    CapturedRequest unsigned_ = live;
    unsigned_.id = Ids::next();
    unsigned_.verdicts = {Verdict {SigningScheme::GitHub, Verdict::Result::MissingHeaders, {}}};
    CapturedRequest forged = live;
    forged.id = Ids::next();
    forged.verdicts = {Verdict {SigningScheme::GitHub, Verdict::Result::InvalidSignature, {}}};
    model.addLive(unsigned_);
    model.addLive(forged);
    model.flushChanges();
    QCOMPARE(model.data(model.index(0, Ui::CaptureModel::Signature)).toString(), QStringLiteral("invalid signature"));
    QCOMPARE(model.data(model.index(1, Ui::CaptureModel::Signature)).toString(),
             QStringLiteral("signature headers missing"));
    QVERIFY(model.data(model.index(1, Ui::CaptureModel::Signature), Qt::ToolTipRole)
                .toString()
                .startsWith(QLatin1String("GitHub: signature headers missing")));
}

void TestUiModels::definitionModelsSyncWithoutReset()
{
    Test::TempWorkspace temp;
    QString error;
    auto ws = Storage::Workspace::open(temp.path(), &error);
    QVERIFY(ws);
    EventType a {0, QStringLiteral("alpha.created"), {}, "{}", {}};
    EventType c {0, QStringLiteral("gamma.created"), {}, "{}", {}};
    QVERIFY(ws->eventTypes().add(a));
    QVERIFY(ws->eventTypes().add(c));
    Ui::EventTypeModel types(ws->eventTypes());
    Tester t1(&types, Tester::FailureReportingMode::QtTest);
    QSignalSpy resets(&types, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&types, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&types, &QAbstractItemModel::rowsRemoved);
    EventType b {0, QStringLiteral("beta.created"), QStringLiteral("between"), "{}", {}};
    QVERIFY(ws->eventTypes().add(b));
    types.reload();
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(types.itemAt(1).name, QStringLiteral("beta.created"));
    QVERIFY(ws->eventTypes().remove(a.id));
    types.reload();
    QCOMPARE(removes.count(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(types.rowCount(), 2);

    Endpoint e;
    e.name = QStringLiteral("x");
    e.url = QUrl(QStringLiteral("http://127.0.0.1:9/"));
    QVERIFY(ws->endpoints().add(e));
    Ui::EndpointStats stats(ws->deliveries());
    Ui::EndpointModel endpoints(ws->endpoints(), stats);
    Tester t2(&endpoints, Tester::FailureReportingMode::QtTest);
    QCOMPARE(endpoints.data(endpoints.index(0, Ui::EndpointModel::State)).toString(), QStringLiteral("Enabled"));
    QSignalSpy changed(&endpoints, &QAbstractItemModel::dataChanged);
    QVERIFY(ws->endpoints().setEnabled(e.id, false, QStringLiteral("HTTP 410 Gone")));
    endpoints.reload();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(endpoints.data(endpoints.index(0, Ui::EndpointModel::State)).toString(),
             QStringLiteral("Disabled: HTTP 410 Gone"));

    Receiver r;
    r.name = QStringLiteral("inbox");
    QVERIFY(ws->receivers().add(r));
    Ui::ReceiverHost host(*ws);
    Ui::ReceiverModel receivers(ws->receivers(), host);
    Tester t3(&receivers, Tester::FailureReportingMode::QtTest);
    QCOMPARE(receivers.data(receivers.index(0, Ui::ReceiverModel::State)).toString(), QStringLiteral("Stopped"));
    QSignalSpy receiverChanged(&receivers, &QAbstractItemModel::dataChanged);
    QCOMPARE(host.start(r), QString());
    QCOMPARE(receiverChanged.count(), 1);
    QCOMPARE(receivers.data(receivers.index(0, Ui::ReceiverModel::State)).toString(), QStringLiteral("Listening"));
    QVERIFY(receivers.data(receivers.index(0, Ui::ReceiverModel::Address))
                .toString()
                .startsWith(QLatin1String("http://127.0.0.1:")));
    host.stop(r.id);
    QCOMPARE(receivers.data(receivers.index(0, Ui::ReceiverModel::State)).toString(), QStringLiteral("Stopped"));
}

void TestUiModels::endpointModelFollowsStats()
{
    Test::TempWorkspace temp;
    auto ws = seeded(temp, 40);
    QVERIFY(ws);
    Endpoint e;
    e.name = QStringLiteral("endpoint-1");
    e.url = QUrl(QStringLiteral("http://127.0.0.1:9/1"));
    QVERIFY(ws->endpoints().add(e));
    QCOMPARE(e.id, 1); // the seeded deliveries of endpoint 1 are its history
    Ui::EndpointStats stats(ws->deliveries());
    Ui::EndpointModel model(ws->endpoints(), stats);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    // i % 4 == 0 among 40: 10 deliveries, failed when i % 10 == 0 (0, 20): 80 %.
    QCOMPARE(model.data(model.index(0, Ui::EndpointModel::Success)).toString(), QStringLiteral("80%"));
    QCOMPARE(model.data(model.index(0, Ui::EndpointModel::Activity), Ui::EndpointModel::SamplesRole)
                 .value<QList<Ui::EndpointSample>>()
                 .size(),
             10);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Delivery live = sample(44).delivery;
    live.state = DeliveryState::Succeeded;
    stats.record(live);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(0, Ui::EndpointModel::Success)).toString(), QStringLiteral("82%"));
    const auto [ok, total] = stats.recentOutcomes(live.updatedAt.toMSecsSinceEpoch() + 1000);
    QCOMPARE(ok, 1);
    QCOMPARE(total, 1);
}

// The endpoint list's latency sparkline stays visible on the selected row, whose background is the colour the
// line is drawn in elsewhere.
void TestUiModels::sparklineShowsOnASelectedRow()
{
    QList<Ui::EndpointSample> samples;
    for (int i = 0; i < 12; ++i)
        samples.append({1000LL * i, 1000LL * (10 + (i % 4) * 30), 200, true});
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QVariant::fromValue(samples), Ui::EndpointModel::SamplesRole);
    Ui::SparklineDelegate delegate;
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 120, 24);
    option.state = QStyle::State_Enabled | QStyle::State_Selected;
    QPalette palette;
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    option.palette = palette;
    QImage image(option.rect.size(), QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Highlight));
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            drawn += image.pixelColor(x, y) != palette.color(QPalette::Highlight);
    }
    QVERIFY2(drawn > 60, qPrintable(QString::number(drawn)));
}

void TestUiModels::headerModelValidates()
{
    Ui::HeaderModel model(true);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy edited(&model, &Ui::HeaderModel::edited);
    const int row = model.addHeader();
    QVERIFY(model.setData(model.index(row, Ui::HeaderModel::Name), QStringLiteral("X Bad")));
    QVERIFY(model.setData(model.index(row, Ui::HeaderModel::Value), QStringLiteral("v")));
    QVERIFY(model.firstError().startsWith(QLatin1String("Header 1:")));
    QVERIFY(!model.data(model.index(row, Ui::HeaderModel::Name), Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(model.setData(model.index(row, Ui::HeaderModel::Name), QStringLiteral("X-Team")));
    QCOMPARE(model.firstError(), QString());
    QCOMPARE(model.headers(), HeaderList({Header {"X-Team", "v"}}));
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(edited.count(), 5);

    Ui::HeaderModel readOnly(false);
    readOnly.setHeaders({Header {"A", "1"}});
    QVERIFY(!(readOnly.flags(readOnly.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!readOnly.setData(readOnly.index(0, 0), QStringLiteral("B")));
}

void TestUiModels::ruleModelEdits()
{
    Ui::RuleModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    ResponseRule first;
    ResponseRule second;
    second.behaviour = ResponseRule::Behaviour::FailFirst;
    second.failFirst = 3;
    model.addRule(first);
    model.addRule(second);
    QCOMPARE(model.data(model.index(1, Ui::RuleModel::Answer)).toString(),
             QStringLiteral("500 for the first 3, then 200"));
    QCOMPARE(model.moveRule(1, -1), 0);
    QCOMPARE(model.ruleAt(0).behaviour, ResponseRule::Behaviour::FailFirst);
    QCOMPARE(model.moveRule(0, +1), 1);
    ResponseRule slow = first;
    slow.delayMs = 250;
    model.setRule(0, slow);
    QCOMPARE(model.data(model.index(0, Ui::RuleModel::Answer)).toString(), QStringLiteral("200 after 250 ms"));
    QVERIFY(model.removeRows(0, 2));
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::attemptModelAppends()
{
    Ui::AttemptModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    Attempt a;
    a.id = 1;
    a.number = 1;
    a.status = 503;
    a.durationUs = 1500;
    a.startedAt = kBase;
    model.setAttempts({a});
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Attempt b = a;
    b.id = 2;
    b.number = 2;
    b.status = 200;
    b.startedAt = kBase.addSecs(5);
    model.setAttempts({a, b});
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.data(model.index(1), Ui::AttemptModel::GapRole).toLongLong(), 5000);
    QVERIFY(model.data(model.index(1), Ui::AttemptModel::SucceededRole).toBool());
    QVERIFY(!model.data(model.index(0), Ui::AttemptModel::SucceededRole).toBool());
    model.setAttempts({b});
    QCOMPARE(resets.count(), 1);
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
