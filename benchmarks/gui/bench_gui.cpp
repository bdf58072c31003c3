// GUI benchmark (run by hand, not a test; README.md has the figures).
//
// Seeds a workspace with N deliveries (1,000,000 by default, through core's bulk loader), then measures in child
// processes, so each figure starts from a fresh process and peak memory is the child's own:
//   - models:   through the delivery log section (DeliveriesPage: its DeliveryLogModel in its QTableView, set up as
//               the user sees it), shown: the first page, filtered first pages (state, endpoint, status), text
//               searches (FTS5), scrolling to the end, peak RSS (VmHWM);
//   - start-up: time from process start to the first painted MainWindow over that workspace, against a minimal
//               QMainWindow, alternating, several runs each; medians and their ratio;
//   - live:     the event-loop latency of the GUI thread (a 10 ms QTimer probe) and the log's repaints per second
//               while deliveries flow — first through the real engine to a local responder process at the
//               engine's own pace, then a synthetic feed of 5,000 deliveries/s into the engine's change signal.
//
//   bench_gui [--count N] [--runs K] [--workspace PATH] [--seconds S] [--rate R] [--only models|startup|live]
#include "deliveriespage.h"
#include "delivery/deliveryengine.h"
#include "deliverylogmodel.h"
#include "fontpreloader.h"
#include "mainwindow.h"
#include "session.h"
#include "storage/bulkload.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Hookbench;

namespace {

constexpr qint64 kIdEpochMs = 1704067200000LL; // as in util/ids.cpp: ids grow with creation time
const char *const kEventTypes[] = {"invoice.paid",    "invoice.payment_failed", "customer.created", "customer.updated",
                                   "order.shipped",   "order.cancelled",        "issues.opened",    "push",
                                   "charge.refunded", "subscription.renewed"};
const char *const kEndpoints[] = {"billing", "fulfilment", "github-bot", "legacy-crm", "analytics"};
const char *const kNames[] = {"ada",   "grace",    "alan", "edsger",  "barbara", "donald", "ken",    "dennis",
                              "linus", "margaret", "john", "frances", "niklaus", "tony",   "leslie", "radia"};
// One delivery in 100,000 mentions it: what a user searching for one customer's order would type.
constexpr qint64 kRareEvery = 100'000;
const char *const kRareWord = "zanzibar";

std::unique_ptr<Storage::Workspace> openWorkspace(const QString &path)
{
    QString error;
    auto ws = Storage::Workspace::open(path, &error);
    if (!ws)
        qFatal("%s", qPrintable(error));
    return ws;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

qint64 vmHwmKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

// The seed: five endpoints, ten event types, a month of traffic, mostly succeeded with some failures and retries,
// each delivery with one attempt carrying a small JSON body and realistic headers (what the text index holds).
QString seed(const QString &path, qint64 count, QTextStream &out)
{
    {
        auto ws = openWorkspace(path);
        for (const char *type : kEventTypes) {
            EventType t;
            t.name = QString::fromLatin1(type);
            t.payloadTemplate = QByteArrayLiteral("{\"id\": \"{{uuid}}\"}");
            ws->eventTypes().add(t);
        }
        for (const char *name : kEndpoints) {
            Endpoint e;
            e.name = QString::fromLatin1(name);
            e.url = QUrl(QStringLiteral("http://127.0.0.1:9/%1").arg(e.name));
            e.enabled = false; // nothing in the seed is ever sent
            ws->endpoints().add(e);
        }
    }
    auto ws = openWorkspace(path);
    QList<Endpoint> endpoints = ws->endpoints().list();
    ws.reset();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 spanMs = 30LL * 86400 * 1000;
    const qint64 startMs = nowMs - spanMs;
    const QByteArray userAgent = "Hookbench/1.0";
    QElapsedTimer clock;
    clock.start();
    const QString error = Storage::bulkInsertDeliveries(
        path, count,
        [&](qint64 i) {
            Storage::BulkDelivery row;
            const qint64 createdMs = startMs + i * spanMs / count;
            const qint64 id = ((createdMs - kIdEpochMs) << 22) | (i & 0xFFFF);
            const QDateTime created = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
            const Endpoint &endpoint = endpoints.at(int(i % endpoints.size()));
            const QString type = QString::fromLatin1(kEventTypes[(i / 3) % std::size(kEventTypes)]);
            const QString name = QString::fromLatin1(kNames[(i * 7) % std::size(kNames)]);
            row.event.id = id | (1LL << 16);
            row.event.uid = QStringLiteral("evt_%1").arg(id, 0, 36);
            row.event.type = type;
            row.event.createdAt = created;
            row.event.source = EventSource::Cli;
            QByteArray body = "{\"id\":\"" + row.event.uid.toLatin1() + "\",\"type\":\"" + type.toLatin1()
                + "\",\"data\":{\"customer\":\"" + name.toLatin1() + "\",\"amount\":" + QByteArray::number(i % 9000)
                + ",\"note\":\"" + (i % kRareEvery == 4321 ? QByteArray(kRareWord) : QByteArray("standard")) + "\"}}";
            row.event.payload = body;
            Delivery &d = row.delivery;
            d.id = id;
            d.uid = QStringLiteral("msg_%1").arg(id, 0, 36);
            d.eventId = row.event.id;
            d.endpointId = endpoint.id;
            d.eventType = type;
            d.endpointName = endpoint.name;
            d.url = endpoint.url.toString();
            d.createdAt = created;
            const int kind = int(i % 50);
            const bool recent = nowMs - createdMs < 3600'000;
            d.attemptCount = 1;
            if (kind == 0) {
                d.state = DeliveryState::Failed;
                d.lastStatus = 500;
                d.lastError = QStringLiteral("HTTP 500");
            } else if (kind == 1) {
                d.state = recent ? DeliveryState::Retrying : DeliveryState::Failed;
                d.lastStatus = 503;
                d.lastError = QStringLiteral("HTTP 503");
                if (recent)
                    d.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(nowMs + 3600'000 + i % 1000, Qt::UTC);
            } else if (kind == 2) {
                d.state = DeliveryState::Failed;
                d.lastError = QStringLiteral("Connection refused");
            } else {
                d.state = DeliveryState::Succeeded;
                d.lastStatus = kind == 3 ? 202 : 200;
            }
            d.lastDurationUs = 800 + (i * 37) % 250'000;
            d.updatedAt = created;
            Attempt a;
            a.id = id | (2LL << 16);
            a.deliveryId = id;
            a.number = 1;
            a.method = "POST";
            a.url = d.url;
            a.requestHeaders = {{"Content-Type", "application/json"},
                                {"User-Agent", userAgent},
                                {"webhook-id", d.uid.toLatin1()},
                                {"webhook-timestamp", QByteArray::number(createdMs / 1000)}};
            a.requestBody = body;
            a.status = d.lastStatus;
            if (d.lastStatus)
                a.responseHeaders = {{"Content-Type", "application/json"}};
            a.responseBody = d.lastStatus ? QByteArray("{\"ok\":true}") : QByteArray();
            a.durationUs = d.lastDurationUs;
            a.error = d.lastError;
            a.startedAt = created;
            a.finishedAt = created.addMSecs(d.lastDurationUs / 1000);
            row.attempts = {a};
            return row;
        },
        [&](qint64 done) {
            if (done % 200'000 == 0 || done == count)
                out << "  seeded " << done << " deliveries, " << qRound(ms(clock) / 1000) << " s" << Qt::endl;
        });
    return error;
}

// --- child: the log's model in a shown view ---------------------------------------------------------------------

int childModels(const QString &path)
{
    QTextStream out(stdout);
    auto ws = openWorkspace(path);
    // The delivery log section itself (not started: nothing is sent), so the view is set up as the user's is.
    Engine::DeliveryEngine engine(*ws);
    Ui::Session session(*ws, engine);
    QElapsedTimer t;
    t.start();
    Ui::DeliveriesPage page(session);
    page.resize(1200, 700);
    page.show();
    Ui::DeliveryLogModel &model = *page.model();
    QTableView &view = *page.view();
    QCoreApplication::processEvents();
    out << "first-page " << ms(t) << Qt::endl;

    auto timeFilter = [&](const char *name, const Storage::DeliveryFilter &f) {
        QList<double> times;
        int rows = 0;
        for (int i = 0; i < 5; ++i) {
            model.setFilter({});
            QElapsedTimer c;
            c.start();
            model.setFilter(f);
            times.append(ms(c));
            rows = model.rowCount();
        }
        out << name << ' ' << median(times) << ' ' << times.constFirst() << ' ' << rows << Qt::endl;
    };
    const QList<Endpoint> endpoints = ws->endpoints().list();
    Storage::DeliveryFilter failed;
    failed.states = {DeliveryState::Failed};
    timeFilter("filter-state", failed);
    Storage::DeliveryFilter endpoint;
    endpoint.endpointId = endpoints.value(2).id;
    timeFilter("filter-endpoint", endpoint);
    Storage::DeliveryFilter status;
    status.status = 503;
    timeFilter("filter-status", status);
    Storage::DeliveryFilter combined;
    combined.states = {DeliveryState::Failed};
    combined.endpointId = endpoints.value(1).id;
    combined.eventType = QString::fromLatin1(kEventTypes[0]);
    timeFilter("filter-combined", combined);
    Storage::DeliveryFilter rare;
    rare.text = QString::fromLatin1(kRareWord);
    timeFilter("text-rare", rare);
    Storage::DeliveryFilter common;
    common.text = QStringLiteral("grace");
    timeFilter("text-common", common);
    Storage::DeliveryFilter textAndState;
    textAndState.text = QStringLiteral("ada");
    textAndState.states = {DeliveryState::Failed};
    timeFilter("text-and-state", textAndState);
    Storage::DeliveryFilter byUid;
    if (const auto d = ws->deliveries().page({}, 0, 1); !d.isEmpty())
        byUid.text = d.constFirst().uid;
    timeFilter("text-uid", byUid);
    {
        // A first page sorted by another column (duration, indexed like every column).
        model.setFilter({});
        QList<double> times;
        for (int i = 0; i < 5; ++i) {
            model.sort(Ui::DeliveryLogModel::Time, Qt::DescendingOrder);
            QElapsedTimer c;
            c.start();
            model.sort(Ui::DeliveryLogModel::Duration, Qt::DescendingOrder);
            times.append(ms(c));
        }
        out << "sort-duration " << median(times) << ' ' << times.constFirst() << ' ' << model.rowCount() << Qt::endl;
        model.sort(Ui::DeliveryLogModel::Time, Qt::DescendingOrder);
    }

    // Scrolling to the end, the way a user holding End would: the view asks for more as it reaches the bottom.
    model.setFilter({});
    QCoreApplication::processEvents();
    QElapsedTimer c;
    c.start();
    QList<double> steps;
    while (model.canFetchMore({})) {
        QElapsedTimer step;
        step.start();
        view.scrollToBottom();
        QCoreApplication::processEvents();
        steps.append(ms(step));
    }
    view.scrollToBottom();
    QCoreApplication::processEvents();
    out << "scroll-end " << ms(c) << ' ' << model.rowCount() << ' ' << percentile(steps, 0.99) << ' ' << steps.size()
        << Qt::endl;
    // Whether a step costs more as rows pile up: the median step of the first and of the last 200.
    out << "scroll-steps " << median(steps.mid(0, 200)) << ' '
        << median(steps.mid(qMax<qsizetype>(0, steps.size() - 200))) << Qt::endl;
    out << "vmhwm-kb " << vmHwmKb() << Qt::endl;
    return 0;
}

// --- child: start-up to the first painted window -----------------------------------------------------------------

// Reports once the window has painted for the first time and that paint has finished.
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QElapsedTimer &clock)
        : m_clock(clock)
    { }

    // After the first paint, also waits for the first paint once this log has read its first page ("listed"): the
    // window reads the log it opens on only after its first paint.
    void alsoWaitFor(const Ui::DeliveryLogModel *log)
    {
        m_decided = true;
        m_log = log;
        if (m_seen && !m_log)
            QCoreApplication::quit();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return QObject::eventFilter(watched, event);
        if (!m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [this] {
                QTextStream(stdout) << "shown " << ms(m_clock) << Qt::endl;
                if (m_decided && !m_log)
                    QCoreApplication::quit();
            });
        } else if (m_log && m_log->isLoaded() && !m_listed) {
            m_listed = true;
            QTimer::singleShot(0, qApp, [this] {
                QTextStream(stdout) << "listed " << ms(m_clock) << Qt::endl;
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer &m_clock;
    const Ui::DeliveryLogModel *m_log = nullptr;
    bool m_decided = false;
    bool m_seen = false;
    bool m_listed = false;
};

int childStartup(int argc, char **argv, bool full, const QString &path, QElapsedTimer &clock)
{
    QApplication app(argc, argv);
    FirstPaint probe(clock);
    app.installEventFilter(&probe);
    if (!full) {
        probe.alsoWaitFor(nullptr);
        QMainWindow window;
        window.setCentralWidget(new QLabel(QStringLiteral("Hookbench")));
        window.resize(1280, 800);
        window.show();
        return app.exec();
    }
    // As app/main.cpp starts the window.
    const Ui::FontPreloader fonts;
    const double appMs = ms(clock);
    auto workspace = openWorkspace(path);
    const double openMs = ms(clock);
    Engine::DeliveryEngine engine(*workspace);
    const double engineMs = ms(clock);
    Ui::MainWindow window(workspace.get(), &engine);
    QObject::connect(&window.session(), &Ui::Session::startUpFinished, &engine, &Engine::DeliveryEngine::start,
                     Qt::SingleShotConnection);
    const double windowMs = ms(clock);
    // The section the window opens on is built once the window has been painted: when it is the log, its first
    // page painted is waited for too.
    QObject::connect(&window.session(), &Ui::Session::startUpFinished, &probe, [&] {
        const auto *log = qobject_cast<Ui::DeliveriesPage *>(window.currentSection());
        probe.alsoWaitFor(log ? log->model() : nullptr);
    });
    window.show();
    // Where the time goes, cumulative from process start.
    QTextStream(stdout) << "phases " << appMs << ' ' << openMs << ' ' << engineMs << ' ' << windowMs << Qt::endl;
    const int status = app.exec();
    engine.stop();
    return status;
}

// --- child: responsiveness while deliveries flow --------------------------------------------------------------------

struct Probe
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    QList<double> lateMs;

    void start()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            if (last)
                lateMs.append(qMax(0.0, double(now - last) / 1e6 - 10.0));
            last = now;
        });
        lateMs.clear();
        last = 0;
        clock.start();
        timer.start();
    }
    void stop() { timer.stop(); }
};

class PaintCounter final : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

void wait(int msecs)
{
    QEventLoop loop;
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
}

int childLive(const QString &path, int seconds, int rate)
{
    QTextStream out(stdout);
    QProcess responder;
    responder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    responder.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../engine/bench_responder"),
                    QStringList());
    if (!responder.waitForReadyRead(10000))
        qFatal("the responder did not start");
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hook").arg(QString::fromLatin1(responder.readLine().trimmed())));

    auto ws = openWorkspace(path);
    EventType type;
    type.name = QStringLiteral("live.event");
    ws->eventTypes().add(type);
    Endpoint e;
    // A reused workspace keeps the endpoints of earlier runs.
    e.name = QStringLiteral("live-%1").arg(QDateTime::currentMSecsSinceEpoch());
    e.url = url;
    e.subscriptions = {type.name};
    e.concurrency = 12;
    e.circuitBreakerThreshold = 0;
    if (const auto r = ws->endpoints().add(e); !r)
        qFatal("%s", qPrintable(r.error));
    Engine::DeliveryEngine engine(*ws);
    engine.start();
    Ui::MainWindow window(ws.get(), &engine);
    window.resize(1280, 800);
    window.show();
    window.showSection(QStringLiteral("deliveries"));
    PaintCounter paints;
    window.deliveriesPage()->view()->viewport()->installEventFilter(&paints);
    wait(1000);

    Probe probe;
    // 1. The real engine, kept busy: a window of outstanding deliveries refilled as they finish.
    const QByteArray body = R"({"type":"live.event","data":{"customer":"ada","amount":42}})";
    int outstanding = 0;
    qint64 finished = 0;
    const int windowSize = 512;
    bool flowing = true;
    auto refill = [&] {
        while (flowing && outstanding < windowSize) {
            const auto result = engine.trigger(type.name, body, EventSource::Cli, e.id);
            if (!result.ok())
                qFatal("%s", qPrintable(result.error));
            outstanding += int(result.deliveries.size());
        }
    };
    QObject::connect(&engine, &Engine::DeliveryEngine::deliveryChanged, &window, [&](const Hookbench::Delivery &d) {
        if (d.endpointId != e.id || !d.isFinal())
            return;
        --outstanding;
        ++finished;
    });
    QTimer refiller;
    QObject::connect(&refiller, &QTimer::timeout, refill);
    refiller.start(5);
    refill();
    wait(1000); // warm up
    finished = 0;
    paints.count = 0;
    QElapsedTimer c;
    c.start();
    probe.start();
    wait(seconds * 1000);
    probe.stop();
    double elapsed = ms(c) / 1000;
    out << "engine-flow " << double(finished) / elapsed << ' ' << median(probe.lateMs) << ' '
        << percentile(probe.lateMs, 0.99) << ' ' << percentile(probe.lateMs, 1.0) << ' ' << paints.count / elapsed
        << Qt::endl;
    flowing = false;
    refiller.stop();
    for (int i = 0; i < 100 && outstanding > 0; ++i)
        wait(100);

    // 2. A synthetic feed at `rate` deliveries/s through the engine's change signal, the path live changes take
    // to the log, the status bar and the charts: each delivery appears in flight, then succeeded.
    qint64 nextId = ((QDateTime::currentMSecsSinceEpoch() - kIdEpochMs) << 22) | (63LL << 16);
    QList<Hookbench::Delivery> inFlight;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    qint64 fed = 0;
    QElapsedTimer feedClock;
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        const qint64 due = qint64(double(feedClock.nsecsElapsed()) / 1e9 * rate);
        for (Hookbench::Delivery &d : inFlight) {
            d.state = DeliveryState::Succeeded;
            d.attemptCount = 1;
            d.lastStatus = 200;
            d.lastDurationUs = 2500;
            d.updatedAt = QDateTime::currentDateTimeUtc();
            emit engine.deliveryChanged(d);
        }
        inFlight.clear();
        for (; fed < due; ++fed) {
            Hookbench::Delivery d;
            d.id = ++nextId;
            d.uid = QStringLiteral("msg_synthetic%1").arg(d.id);
            d.endpointId = e.id;
            d.endpointName = e.name;
            d.eventType = type.name;
            d.url = url.toString();
            d.state = DeliveryState::InFlight;
            d.createdAt = QDateTime::currentDateTimeUtc();
            emit engine.deliveryChanged(d);
            inFlight.append(d);
        }
    });
    paints.count = 0;
    int flushes = 0;
    QObject::connect(window.deliveriesPage()->model(), &QAbstractItemModel::rowsInserted, [&] { ++flushes; });
    feedClock.start();
    feeder.start(5);
    c.restart();
    probe.start();
    wait(seconds * 1000);
    probe.stop();
    feeder.stop();
    elapsed = ms(c) / 1000;
    out << "synthetic-flow " << double(fed) / elapsed << ' ' << median(probe.lateMs) << ' '
        << percentile(probe.lateMs, 0.99) << ' ' << percentile(probe.lateMs, 1.0) << ' ' << paints.count / elapsed
        << ' ' << window.deliveriesPage()->model()->rowCount() << ' ' << flushes / elapsed << Qt::endl;
    out << "vmhwm-kb " << vmHwmKb() << Qt::endl;
    engine.stop();
    responder.kill();
    responder.waitForFinished();
    return 0;
}

// --- parent -----------------------------------------------------------------------------------------------------

struct ChildResult
{
    QMap<QString, QList<double>> values; // first word of each line → the numbers after it
    double wallMs = 0;
};

ChildResult runChild(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    ChildResult result;
    if (!child.waitForStarted(10000))
        qFatal("could not start the child");
    while (child.state() != QProcess::NotRunning || child.canReadLine()) {
        if (!child.canReadLine() && !child.waitForReadyRead(600'000) && child.state() == QProcess::NotRunning
            && !child.canReadLine())
            break;
        while (child.canReadLine()) {
            const QList<QByteArray> words = child.readLine().trimmed().split(' ');
            QList<double> numbers;
            for (qsizetype i = 1; i < words.size(); ++i)
                numbers.append(words.at(i).toDouble());
            if (words.constFirst() == "shown" && result.wallMs == 0)
                result.wallMs = ms(clock);
            result.values.insert(QString::fromLatin1(words.constFirst()), numbers);
        }
    }
    child.waitForFinished(600'000);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        qFatal("child %s failed", qPrintable(arguments.join(QLatin1Char(' '))));
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer processClock;
    processClock.start();
    // Children: each measurement in a process of its own.
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--child") != 0)
            continue;
        const QByteArray mode = argv[i + 1];
        QString path;
        int seconds = 5;
        int rate = 5000;
        for (int j = 1; j + 1 < argc; ++j) {
            if (qstrcmp(argv[j], "--workspace") == 0)
                path = QString::fromLocal8Bit(argv[j + 1]);
            else if (qstrcmp(argv[j], "--seconds") == 0)
                seconds = atoi(argv[j + 1]);
            else if (qstrcmp(argv[j], "--rate") == 0)
                rate = atoi(argv[j + 1]);
        }
        if (mode == "minimal" || mode == "main")
            return childStartup(argc, argv, mode == "main", path, processClock);
        QApplication app(argc, argv);
        // Settings of earlier runs (column widths, last section) must not change what is measured.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        if (mode == "models")
            return childModels(path);
        if (mode == "live")
            return childLive(path, seconds, rate);
        qFatal("unknown child mode %s", mode.constData());
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hookbench GUI benchmark"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("count"),
         QStringLiteral("Deliveries in the seeded workspace (default 1000000; 0: a new, empty one)."),
         QStringLiteral("N"), QStringLiteral("1000000")},
        {QStringLiteral("runs"), QStringLiteral("Start-up runs of each window (default 7)."), QStringLiteral("K"),
         QStringLiteral("7")},
        {QStringLiteral("workspace"),
         QStringLiteral("Seed into (or reuse, when it holds N deliveries) this workspace instead of a temporary one."),
         QStringLiteral("PATH")},
        {QStringLiteral("seconds"), QStringLiteral("Length of each live phase (default 5)."), QStringLiteral("S"),
         QStringLiteral("5")},
        {QStringLiteral("rate"), QStringLiteral("Deliveries/s of the synthetic live feed (default 5000)."),
         QStringLiteral("R"), QStringLiteral("5000")},
        {QStringLiteral("only"), QStringLiteral("Run one part: models, startup or live."), QStringLiteral("PART")},
    });
    parser.process(app);
    const qint64 count = qBound<qint64>(0, parser.value(QStringLiteral("count")).toLongLong(), qint64(10'000'000));
    const int runs = qBound(1, parser.value(QStringLiteral("runs")).toInt(), 50);
    const QString only = parser.value(QStringLiteral("only"));
    auto runs_ = [&](const char *part) { return only.isEmpty() || only == QLatin1String(part); };
    QTextStream out(stdout);

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.hookbench"));
    // Made here when new, so no child pays for creating it.
    const qint64 existing = openWorkspace(path)->deliveries().count({});
    if (existing < count) {
        out << "seeding " << count << " deliveries into " << path << Qt::endl;
        QElapsedTimer clock;
        clock.start();
        if (const QString error = seed(path, count - existing, out); !error.isEmpty())
            qFatal("%s", qPrintable(error));
        out << "seeded in " << qRound(ms(clock) / 1000) << " s, file " << QFileInfo(path).size() / (1024 * 1024)
            << " MB" << Qt::endl;
    } else {
        out << "reusing " << path << " with " << existing << " deliveries" << Qt::endl;
    }
    const QStringList common
        = {QStringLiteral("--workspace"), path, QStringLiteral("-platform"), QStringLiteral("offscreen")};

    if (runs_("models")) {
        out << Qt::endl << "Delivery log model (ms; median of 5 in one process, then the first, then rows)" << Qt::endl;
        const ChildResult r = runChild(QStringList {QStringLiteral("--child"), QStringLiteral("models")} + common);
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
            QStringList numbers;
            for (double v : it.value())
                numbers << QString::number(v, 'f', it.key() == QLatin1String("vmhwm-kb") ? 0 : 2);
            out << QStringLiteral("  %1 %2").arg(it.key(), -16).arg(numbers.join(QLatin1String("  "))) << Qt::endl;
        }
        out << QStringLiteral("  peak RSS %1 MB")
                   .arg(r.values.value(QStringLiteral("vmhwm-kb")).value(0) / 1024, 0, 'f', 0)
            << Qt::endl;
    }

    if (runs_("startup")) {
        out << Qt::endl
            << "Start-up to the first painted window (ms from process start; " << runs << " runs each)" << Qt::endl;
        QList<double> minimalWall, mainWall, minimalIn, mainIn, appIn, openIn, engineIn, windowIn, listedIn;
        for (int i = 0; i < runs; ++i) {
            const ChildResult a = runChild(QStringList {QStringLiteral("--child"), QStringLiteral("minimal")} + common);
            minimalWall.append(a.wallMs);
            minimalIn.append(a.values.value(QStringLiteral("shown")).value(0));
            const ChildResult b = runChild(QStringList {QStringLiteral("--child"), QStringLiteral("main")} + common);
            mainWall.append(b.wallMs);
            mainIn.append(b.values.value(QStringLiteral("shown")).value(0));
            const QList<double> phases = b.values.value(QStringLiteral("phases"));
            appIn.append(phases.value(0));
            openIn.append(phases.value(1));
            engineIn.append(phases.value(2));
            windowIn.append(phases.value(3));
            if (b.values.contains(QStringLiteral("listed")))
                listedIn.append(b.values.value(QStringLiteral("listed")).value(0));
        }
        out << QStringLiteral("  minimal QMainWindow: %1 ms (in-process %2 ms)")
                   .arg(median(minimalWall), 0, 'f', 1)
                   .arg(median(minimalIn), 0, 'f', 1)
            << Qt::endl;
        out << QStringLiteral("  Hookbench MainWindow over the workspace: %1 ms (in-process %2 ms)")
                   .arg(median(mainWall), 0, 'f', 1)
                   .arg(median(mainIn), 0, 'f', 1)
            << Qt::endl;
        out << QStringLiteral("    in-process, cumulative: QApplication %1, workspace open %2, engine made %3, "
                              "MainWindow built %4, first paint done %5 ms")
                   .arg(median(appIn), 0, 'f', 1)
                   .arg(median(openIn), 0, 'f', 1)
                   .arg(median(engineIn), 0, 'f', 1)
                   .arg(median(windowIn), 0, 'f', 1)
                   .arg(median(mainIn), 0, 'f', 1)
            << Qt::endl;
        if (!listedIn.isEmpty())
            out << QStringLiteral("    the log it opens on painted with its first page read: %1 ms in-process")
                       .arg(median(listedIn), 0, 'f', 1)
                << Qt::endl;
        out << QStringLiteral("  ratio %1 (in-process %2)")
                   .arg(median(mainWall) / median(minimalWall), 0, 'f', 2)
                   .arg(median(mainIn) / median(minimalIn), 0, 'f', 2)
            << Qt::endl;
    }

    if (runs_("live")) {
        out << Qt::endl << "Live flow (deliveries/s, event-loop lateness p50/p99/max ms, log repaints/s)" << Qt::endl;
        const ChildResult r
            = runChild(QStringList {QStringLiteral("--child"), QStringLiteral("live"), QStringLiteral("--seconds"),
                                    parser.value(QStringLiteral("seconds")), QStringLiteral("--rate"),
                                    parser.value(QStringLiteral("rate"))}
                       + common);
        for (const char *key : {"engine-flow", "synthetic-flow"}) {
            const QList<double> v = r.values.value(QString::fromLatin1(key));
            out << QStringLiteral("  %1 %2/s  lateness p50 %3  p99 %4  max %5 ms  repaints %6/s")
                       .arg(QString::fromLatin1(key), -15)
                       .arg(v.value(0), 0, 'f', 0)
                       .arg(v.value(1), 0, 'f', 1)
                       .arg(v.value(2), 0, 'f', 1)
                       .arg(v.value(3), 0, 'f', 1)
                       .arg(v.value(4), 0, 'f', 1)
                << Qt::endl;
        }
        out << QStringLiteral("  peak RSS %1 MB")
                   .arg(r.values.value(QStringLiteral("vmhwm-kb")).value(0) / 1024, 0, 'f', 0)
            << Qt::endl;
    }
    return 0;
}
