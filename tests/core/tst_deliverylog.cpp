#include "storage/bulkload.h"
#include "storage/database.h"
#include "storage/deliverycounter.h"
#include "storage/textindex.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "util/ids.h"

#include <QMutex>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <memory>

using namespace Hookbench;
using namespace Hookbench::Storage;

// The store side of the delivery log: full-text search kept up to date by the writer, keyset paging in every
// sort order, the live-row filter and the background counter.
class TestDeliveryLog : public QObject
{
    Q_OBJECT

private slots:
    void matchQuery_data();
    void matchQuery();
    void indexedTextIsWhatQStringsMade();
    void liveFilter();
    void writerIndexesTextInBackground();
    void attemptsFromAnotherWriterAreIndexedToo();
    void everyOrderPagesThroughEveryRow_data();
    void everyOrderPagesThroughEveryRow();
    void textSearchWalksNewestFirst();
    void counterAnswersOffThread();
    void interrupterStopsARunningStatement();
};

namespace {

const QStringList kTypes = {QStringLiteral("invoice.paid"), QStringLiteral("issues.opened"), QStringLiteral("ping")};
const QStringList kEndpoints = {QStringLiteral("billing"), QStringLiteral("crm"), QStringLiteral("search")};

BulkDelivery sample(qint64 i, const QDateTime &base)
{
    BulkDelivery row;
    row.event.id = 1'000'000 + i;
    row.event.uid = QStringLiteral("evt_%1").arg(i);
    row.event.type = kTypes.at(i % 3);
    row.event.payload = QStringLiteral("{\"n\":%1,\"word\":\"%2\"}")
                            .arg(i)
                            .arg(i % 100 == 0 ? QStringLiteral("zebra") : QStringLiteral("common"))
                            .toUtf8();
    row.event.createdAt = base.addMSecs(i);
    Delivery &d = row.delivery;
    d.id = 2'000'000 + i;
    d.uid = QStringLiteral("msg_%1").arg(i);
    d.eventId = row.event.id;
    d.endpointId = 1 + i % 3;
    d.eventType = row.event.type;
    d.endpointName = kEndpoints.at((i / 7) % 3);
    d.url = QStringLiteral("http://127.0.0.1:9/%1").arg(d.endpointName);
    d.state = DeliveryState(i % 6);
    d.attemptCount = int(i % 4);
    d.lastStatus = i % 5 == 0 ? 500 : 200;
    d.lastDurationUs = (i * 7919) % 1000;
    d.createdAt = row.event.createdAt;
    if (i % 4 == 1)
        d.nextAttemptAt = base.addSecs(1000 - i % 13);
    Attempt a;
    a.id = 3'000'000 + i;
    a.deliveryId = d.id;
    a.number = 1;
    a.method = "POST";
    a.url = d.url;
    a.requestHeaders = {Header {"Content-Type", "application/json"}};
    a.requestBody = row.event.payload;
    a.status = d.lastStatus;
    a.startedAt = d.createdAt;
    a.finishedAt = d.createdAt;
    row.attempts = {a};
    return row;
}

} // namespace

void TestDeliveryLog::matchQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("word") << QStringLiteral("stripe") << QStringLiteral("\"stripe\"*");
    QTest::newRow("two words") << QStringLiteral(" a  b ") << QStringLiteral("\"a\"* AND \"b\"*");
    QTest::newRow("host") << QStringLiteral("api.example.com") << QStringLiteral("\"api.example.com\"*");
    QTest::newRow("quote") << QStringLiteral("say\"hi") << QStringLiteral("\"say\"\"hi\"*");
    QTest::newRow("operators are words") << QStringLiteral("NOT x") << QStringLiteral("\"NOT\"* AND \"x\"*");
    QTest::newRow("punctuation only") << QStringLiteral("-- ..") << QString();
}

void TestDeliveryLog::matchQuery()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QCOMPARE(ftsMatchQuery(text), query);
}

void TestDeliveryLog::liveFilter()
{
    Delivery d;
    d.uid = QStringLiteral("msg_ABC");
    d.eventType = QStringLiteral("issues.opened");
    d.endpointId = 4;
    d.endpointName = QStringLiteral("CRM");
    d.url = QStringLiteral("https://crm.example/hook");
    d.state = DeliveryState::Retrying;
    d.lastStatus = 503;
    d.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

    DeliveryFilter f;
    QVERIFY(deliveryMatches(f, d));
    f.states = {DeliveryState::Failed, DeliveryState::Retrying};
    f.endpointId = 4;
    f.status = 503;
    f.eventType = QStringLiteral("issues.opened");
    f.text = QStringLiteral("crm.EXAMPLE abc");
    f.from = d.createdAt;
    f.to = d.createdAt.addSecs(1);
    QVERIFY(deliveryMatches(f, d));
    f.to = d.createdAt;
    QVERIFY(!deliveryMatches(f, d));
    f.to = {};
    f.text = QStringLiteral("crm zebra");
    QVERIFY(!deliveryMatches(f, d));
    f.text.clear();
    f.states = {DeliveryState::Succeeded};
    QVERIFY(!deliveryMatches(f, d));
}

// The text as it was composed from QStrings before it was built as UTF-8 bytes. Rows indexed then are deleted
// from the contentless index with the text composed now, so both must be the same bytes for every input.
static IndexedText textFromQStrings(const QString &uid, const QString &eventType, const QList<Attempt> &attempts)
{
    const auto headers = [](QString &out, const HeaderList &list) {
        for (const Header &h : list)
            out += QString::fromLatin1(h.name) + QLatin1String(": ") + QString::fromUtf8(h.value) + QLatin1Char('\n');
    };
    QString meta = uid + QLatin1Char(' ') + eventType, headerText, body;
    for (const Attempt &a : attempts) {
        meta += QLatin1Char('\n') + QString::fromLatin1(a.method) + QLatin1Char(' ') + a.url;
        if (a.status)
            meta += QLatin1Char(' ') + QString::number(a.status);
        if (!a.error.isEmpty())
            meta += QLatin1Char(' ') + a.error;
        headers(headerText, a.requestHeaders);
        headers(headerText, a.responseHeaders);
        body += QString::fromUtf8(a.requestBody.left(16 * 1024)) + QLatin1Char('\n');
        body += QString::fromUtf8(a.responseBody.left(16 * 1024)) + QLatin1Char('\n');
    }
    return {meta.toUtf8(), headerText.toUtf8(), body.toUtf8()};
}

void TestDeliveryLog::indexedTextIsWhatQStringsMade()
{
    Attempt plain;
    plain.method = "POST";
    plain.url = QStringLiteral("http://127.0.0.1:9/hook");
    plain.status = 200;
    plain.requestHeaders = {Header {"Content-Type", "application/json"}};
    plain.requestBody = R"({"id":"evt_1"})";
    plain.responseBody = R"({"ok":true})";

    Attempt odd;
    odd.method = "P\xd6ST"; // a Latin-1 byte
    odd.url = QStringLiteral("http://127.0.0.1:9/caf\u00e9");
    odd.error = QStringLiteral("\u00e9chec \u2013 timeout");
    odd.requestHeaders = {Header {"X-\xe9", "caf\xc3\xa9"}, Header {"X-Bad", "\xff\xfe ok \xc3"},
                          Header {"X-Nul", QByteArray("a\0b", 3)}};
    odd.responseHeaders = {Header {"Server", "\xef\xbb\xbf" "bom"}};
    odd.requestBody = QByteArray("\xef\xbb\xbf{\"a\":\"\xf0\x9f\x98\x80\"}\0\x01", 17);
    odd.responseBody = "\xc0\xaf overlong, \xed\xa0\x80 surrogate, \xf4\x90\x80\x80 beyond U+10FFFF";
    odd.status = 503;

    // A two-byte character straddling the 16 KiB cap, so the capped body ends in half of it.
    Attempt capped = plain;
    capped.requestBody = QByteArray(16 * 1024 - 1, 'a') + "\xc3\xa9 tail";
    capped.responseBody = QByteArray(16 * 1024 + 5, 'b');

    const QList<QList<Attempt>> cases = {{}, {plain}, {odd}, {capped}, {plain, odd, capped}};
    for (const QList<Attempt> &attempts : cases) {
        const IndexedText now = composeIndexedText(QStringLiteral("msg_\u00e9"), QStringLiteral("ping"), attempts);
        const IndexedText before = textFromQStrings(QStringLiteral("msg_\u00e9"), QStringLiteral("ping"), attempts);
        QCOMPARE(now.meta, before.meta);
        QCOMPARE(now.headers, before.headers);
        QCOMPARE(now.body, before.body);
    }
}

void TestDeliveryLog::writerIndexesTextInBackground()
{
    Test::TempWorkspace temp;
    QString error;
    auto ws = Workspace::open(temp.path(), &error);
    QVERIFY2(ws, qPrintable(error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    BulkDelivery row = sample(1, now);
    row.delivery.id = Ids::next();
    row.attempts.first().deliveryId = row.delivery.id;
    row.attempts.first().responseBody = "{\"error\":\"quota exceeded\"}";
    ws->writer().insertEvent(row.event, {row.delivery});
    ws->writer().insertAttempt(row.attempts.first());
    QVERIFY(ws->writer().flush());

    DeliveryFilter f;
    f.text = QStringLiteral("quota");
    QTRY_COMPARE(ws->deliveries().count(f), 1);
    f.text = QStringLiteral("msg_1"); // the uid, tokenised as a phrase
    QCOMPARE(ws->deliveries().count(f), 1);
    f.text = QStringLiteral("Content-Type appl");
    QCOMPARE(ws->deliveries().page(f, DeliveryOrder {}, {}, 10).size(), 1);

    // A second attempt replaces the row: its words are found, the first attempt's still are, nothing doubles.
    Attempt second = row.attempts.first();
    second.id = Ids::next();
    second.number = 2;
    second.responseBody = "{\"status\":\"accepted\"}";
    ws->writer().insertAttempt(second);
    QVERIFY(ws->writer().flush());
    f.text = QStringLiteral("accepted");
    QTRY_COMPARE(ws->deliveries().count(f), 1);
    f.text = QStringLiteral("quota");
    QCOMPARE(ws->deliveries().count(f), 1);
    f.text = QStringLiteral("nowhere");
    QCOMPARE(ws->deliveries().count(f), 0);
}

// The writer indexes a delivery from the attempts it has just written only when they are all of them; attempts
// another process wrote (its own writer, the same file) must still end up in the index, whichever writer
// indexes the delivery.
void TestDeliveryLog::attemptsFromAnotherWriterAreIndexedToo()
{
    Test::TempWorkspace temp;
    QString error;
    auto first = Workspace::open(temp.path(), &error);
    QVERIFY2(first, qPrintable(error));
    auto second = Workspace::open(temp.path(), &error);
    QVERIFY2(second, qPrintable(error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    BulkDelivery row = sample(1, now);
    row.delivery.id = Ids::next();
    row.delivery.attemptCount = 2;
    Attempt one = row.attempts.first();
    one.id = Ids::next();
    one.deliveryId = row.delivery.id;
    one.responseBody = "{\"error\":\"walrus\"}";
    Attempt two = one;
    two.id = Ids::next();
    two.number = 2;
    two.responseBody = "{\"status\":\"narwhal\"}";
    // Another process's attempt lands first; this writer then writes the delivery and its own attempt.
    second->writer().insertAttempt(two);
    QVERIFY(second->writer().flush());
    first->writer().insertEvent(row.event, {row.delivery});
    first->writer().insertAttempt(one);
    QVERIFY(first->writer().flush());

    DeliveryFilter f;
    f.text = QStringLiteral("walrus");
    QTRY_COMPARE(first->deliveries().count(f), 1);
    f.text = QStringLiteral("narwhal");
    QTRY_COMPARE(first->deliveries().count(f), 1);
    f.text = QStringLiteral("walrus narwhal"); // one row holds both attempts' words
    QCOMPARE(first->deliveries().count(f), 1);
}

void TestDeliveryLog::everyOrderPagesThroughEveryRow_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    for (int c = int(DeliveryOrder::Column::Time); c <= int(DeliveryOrder::Column::NextAttempt); ++c) {
        QTest::addRow("column %d desc", c) << c << true;
        QTest::addRow("column %d asc", c) << c << false;
    }
}

void TestDeliveryLog::everyOrderPagesThroughEveryRow()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    Test::TempWorkspace temp;
    const QDateTime base = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    constexpr int kRows = 500;
    QCOMPARE(bulkInsertDeliveries(temp.path(), kRows, [&](qint64 i) { return sample(i, base); }), QString());
    QString error;
    auto ws = Workspace::open(temp.path(), &error);
    QVERIFY2(ws, qPrintable(error));

    const DeliveryOrder order {DeliveryOrder::Column(column), descending};
    DeliveryFilter filter;
    filter.states = {DeliveryState::Succeeded, DeliveryState::Failed, DeliveryState::Retrying};
    QList<Delivery> expected;
    for (int i = 0; i < kRows; ++i) {
        if (filter.states.contains(sample(i, base).delivery.state))
            expected.append(sample(i, base).delivery);
    }
    std::stable_sort(expected.begin(), expected.end(), [&](const Delivery &a, const Delivery &b) {
        const DeliveryPageKey ka = deliveryPageKey(a, order);
        const DeliveryPageKey kb = deliveryPageKey(b, order);
        const auto cmp = QVariant::compare(ka.value, kb.value);
        if (cmp != QPartialOrdering::Equivalent)
            return descending ? cmp == QPartialOrdering::Greater : cmp == QPartialOrdering::Less;
        return descending ? a.id > b.id : a.id < b.id;
    });

    QList<qint64> seen;
    DeliveryPageKey key;
    for (int pages = 0; pages < 100; ++pages) {
        const QList<Delivery> page = ws->deliveries().page(filter, order, key, 37);
        for (const Delivery &d : page)
            seen.append(d.id);
        if (page.size() < 37)
            break;
        key = deliveryPageKey(page.constLast(), order);
    }
    QList<qint64> expectedIds;
    for (const Delivery &d : std::as_const(expected))
        expectedIds.append(d.id);
    QCOMPARE(seen, expectedIds);
}

void TestDeliveryLog::textSearchWalksNewestFirst()
{
    Test::TempWorkspace temp;
    const QDateTime base = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    QCOMPARE(bulkInsertDeliveries(temp.path(), 1000, [&](qint64 i) { return sample(i, base); }), QString());
    QString error;
    auto ws = Workspace::open(temp.path(), &error);
    QVERIFY2(ws, qPrintable(error));

    DeliveryFilter filter;
    filter.text = QStringLiteral("zebra");
    QCOMPARE(ws->deliveries().count(filter), 10);
    filter.endpointId = 1; // i % 3 == 0 among i % 100 == 0: 0, 300, 600, 900
    QCOMPARE(ws->deliveries().count(filter), 4);
    const QList<Delivery> first = ws->deliveries().page(filter, DeliveryOrder {}, {}, 3);
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0).uid, QStringLiteral("msg_900"));
    QCOMPARE(first.at(2).uid, QStringLiteral("msg_300"));
    const QList<Delivery> rest
        = ws->deliveries().page(filter, DeliveryOrder {}, deliveryPageKey(first.constLast(), DeliveryOrder {}), 3);
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest.first().uid, QStringLiteral("msg_0"));
    // Oldest first, and a prefix.
    filter.endpointId = 0;
    filter.text = QStringLiteral("zeb");
    const QList<Delivery> oldest
        = ws->deliveries().page(filter, DeliveryOrder {DeliveryOrder::Column::Time, false}, {}, 2);
    QCOMPARE(oldest.size(), 2);
    QCOMPARE(oldest.at(0).uid, QStringLiteral("msg_0"));
    QCOMPARE(oldest.at(1).uid, QStringLiteral("msg_100"));
    // A text filter in another order goes through the index too.
    const QList<Delivery> byStatus
        = ws->deliveries().page(filter, DeliveryOrder {DeliveryOrder::Column::Status, true}, {}, 100);
    QCOMPARE(byStatus.size(), 10);
}

void TestDeliveryLog::counterAnswersOffThread()
{
    Test::TempWorkspace temp;
    const QDateTime base = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    QCOMPARE(bulkInsertDeliveries(temp.path(), 300, [&](qint64 i) { return sample(i, base); }), QString());
    DeliveryCounter counter(temp.path());
    QSignalSpy spy(&counter, &DeliveryCounter::counted);
    DeliveryFilter filter;
    filter.status = 500;
    const quint64 request = counter.request(filter);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
    QCOMPARE(spy.constLast().at(0).toULongLong(), request);
    QCOMPARE(spy.constLast().at(1).toLongLong(), 60);

    // A burst of requests, as typing a search makes (each stops or skips the ones before it): the answers come in
    // request order, and the last is the newest request's, exact.
    spy.clear();
    quint64 last = 0;
    for (int status : {200, 201, 404, 500, 503, 200, 500}) {
        filter.status = status;
        last = counter.request(filter);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() && spy.constLast().at(0).toULongLong() == last, 10000);
    QCOMPARE(spy.constLast().at(1).toLongLong(), 60);
    quint64 previous = 0;
    for (const QList<QVariant> &answer : std::as_const(spy)) {
        QVERIFY(answer.at(0).toULongLong() > previous);
        previous = answer.at(0).toULongLong();
    }
}

// A statement running on one thread is stopped from another: how a count nobody waits for any more ends at once.
void TestDeliveryLog::interrupterStopsARunningStatement()
{
    Test::TempWorkspace temp;
    QMutex mutex;
    QueryInterrupter interrupter;
    std::atomic<bool> running {false};
    QString failure;
    bool finished = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        QString error;
        QSqlDatabase db = openConnection(temp.path(), QStringLiteral("interrupted"), &error);
        {
            QMutexLocker lock(&mutex);
            interrupter = QueryInterrupter(db);
        }
        {
            QSqlQuery q(db);
            running = true;
            // Minutes of work unless stopped.
            const bool ok = q.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                                  "WHERE x < 1000000000) SELECT count(*) FROM c"));
            QMutexLocker lock(&mutex);
            failure = ok ? QString() : q.lastError().text();
            finished = true;
            interrupter = QueryInterrupter();
        }
        db = QSqlDatabase();
        closeConnection(QStringLiteral("interrupted"));
    }));
    thread->start();
    QTRY_VERIFY(running.load());
    bool available = false;
    const auto interruptAndCheck = [&] {
        QMutexLocker lock(&mutex);
        if (!finished) {
            available = interrupter.isAvailable();
            interrupter.interrupt();
        }
        return finished;
    };
    QTRY_VERIFY_WITH_TIMEOUT(interruptAndCheck(), 20000);
    QVERIFY(available);
    QVERIFY(thread->wait(20000));
    QVERIFY2(failure.contains(QStringLiteral("interrupt")), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestDeliveryLog)
#include "tst_deliverylog.moc"
