// Engine benchmark (run by hand, not a test; see README.md next to this file).
//
// Sends N signed 1 KB deliveries through the full engine — Standard Webhooks signing, durable outbox, every
// attempt logged with its request and response — to a local responder, and in the same invocation runs a bare
// single QNetworkAccessManager client (no signing, no storage) against the same responder as the baseline.
// Then measures start-up with 100,000 retries pending in the future and the CPU they cost while none is due.
//
//   bench_engine [--count N] [--senders K] [--pending P] [--only bare|engine|pool|h2c|startup|writer]
#include "delivery/deliveryengine.h"
#include "storage/workspace.h"
#include "util/ids.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <functional>
#include <sys/resource.h>
#include <unistd.h>

using namespace Hookbench;

namespace {

// CPU seconds of every live thread of this process (Linux /proc), by thread id, with the thread's name.
struct ThreadCpu
{
    QString name;
    double seconds = 0;
};

QMap<QString, ThreadCpu> cpuByThread()
{
    QMap<QString, ThreadCpu> out;
    const double tick = double(sysconf(_SC_CLK_TCK));
    for (const QString &task : QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        // Fields after the name: state is [0], utime [11], stime [12].
        out[task] = {QString::fromUtf8(line.mid(open + 1, close - open - 1)),
                     double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / tick};
    }
    return out;
}

// What each thread alive at `after` spent since `before`, summed by thread name. Compared by thread id: a thread
// that ended in between (a QNAM's, say) must not count against a new one of the same name.
QMap<QString, double> delta(const QMap<QString, ThreadCpu> &after, const QMap<QString, ThreadCpu> &before)
{
    QMap<QString, double> out;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        out[it->name] += it->seconds - before.value(it.key()).seconds;
    return out;
}

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Figures
{
    QString name;
    int count = 0;
    int failed = 0;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    QList<qint64> latenciesUs;
    // The engine's deliveries: from the trigger until the engine marks them in flight (outbox commit, then a free
    // slot), and from then until their final state.
    QList<qint64> waitingUs;
    QList<qint64> inFlightUs;
    QMap<QString, double> threadCpu; // seconds, by thread name

    double rate() const { return count / wallSeconds; }
    double cpuPerItemUs() const { return cpuSeconds * 1e6 / count; }
    static double percentileMs(const QList<qint64> &values, double p)
    {
        QList<qint64> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        if (sorted.isEmpty())
            return 0;
        return double(sorted.at(qMin<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size()))))) / 1000.0;
    }
    double percentileMs(double p) const { return percentileMs(latenciesUs, p); }
    void print(QTextStream &out) const
    {
        out << QString::asprintf("%-22s %7.0f deliveries/s  %6.1f us CPU/delivery  p50 %6.2f ms  p99 %6.2f ms",
                                 qPrintable(name), rate(), cpuPerItemUs(), percentileMs(0.50), percentileMs(0.99));
        if (failed)
            out << "  (" << failed << " failed)";
        out << Qt::endl;
        if (!waitingUs.isEmpty()) {
            out << QString::asprintf("    until in flight p50 %.2f ms, p90 %.2f ms; in flight p50 %.2f ms, p90 %.2f ms",
                                     percentileMs(waitingUs, 0.5), percentileMs(waitingUs, 0.9),
                                     percentileMs(inFlightUs, 0.5), percentileMs(inFlightUs, 0.9))
                << Qt::endl;
        }
        if (!threadCpu.isEmpty()) {
            out << "    CPU us/delivery by thread:";
            for (auto it = threadCpu.cbegin(); it != threadCpu.cend(); ++it) {
                if (it.value() * 1e6 / count >= 1)
                    out << QString::asprintf("  %s %.0f", qPrintable(it.key()), it.value() * 1e6 / count);
            }
            out << Qt::endl;
        }
    }
};

QByteArray payload()
{
    QByteArray body = R"({"type":"benchmark.event","data":{"filler":")";
    body += QByteArray(1024 - body.size() - 4, 'x');
    body += R"("}})";
    return body;
}

// `window`: requests kept outstanding, so the client is never idle waiting for work: more than the 6 connections
// per host of one QNAM, as a busy application would have queued. 64 is its best: with thousands queued, QNAM's own
// queue costs it 30–60 % (2026-11-29: 4,238–4,520/s at 64 and 1,000, 2,978/s at 10,000).
Figures bare(const QUrl &url, int n, bool h2c, int window)
{
    Figures f;
    f.name = h2c ? QStringLiteral("bare QNAM, h2c") : QStringLiteral("bare QNAM (baseline)");
    f.count = n;
    QNetworkAccessManager nam;
    const QByteArray body = payload();
    int started = 0;
    int finished = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    const double cpu0 = cpuSeconds();
    const auto threads0 = cpuByThread();
    clock.start();
    std::function<void()> launch = [&] {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (h2c)
            request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
        const qint64 t0 = clock.nsecsElapsed();
        QNetworkReply *reply = nam.post(request, body);
        ++started;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, t0] {
            f.latenciesUs.append((clock.nsecsElapsed() - t0) / 1000);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++f.failed;
            reply->deleteLater();
            if (++finished == n)
                loop.quit();
            else if (started < n)
                launch();
        });
    };
    for (int i = 0; i < qMin(window, n); ++i)
        launch();
    loop.exec();
    f.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    f.cpuSeconds = cpuSeconds() - cpu0;
    f.threadCpu = delta(cpuByThread(), threads0);
    return f;
}

// Like bare(), but `threads` QNAMs, each on a thread of its own with its share of the window: the engine's pool
// without signing or storage, so the ceiling of any pool of QNAMs on this machine.
Figures barePool(const QUrl &url, int n, int threads, int window)
{
    Figures f;
    f.name = QStringLiteral("bare QNAM pool, %1").arg(threads);
    f.count = n;
    const QByteArray body = payload();
    std::atomic<int> started {0};
    QMutex mutex;
    QSemaphore done;
    QSemaphore leave;
    QElapsedTimer clock;
    const double cpu0 = cpuSeconds();
    const auto threads0 = cpuByThread();
    clock.start();
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&] {
            QNetworkAccessManager nam;
            QEventLoop loop;
            int inFlight = 0;
            int failed = 0;
            QList<qint64> latencies;
            std::function<bool()> launch = [&] {
                if (started.fetch_add(1) >= n)
                    return false;
                QNetworkRequest request(url);
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                const qint64 t0 = clock.nsecsElapsed();
                QNetworkReply *reply = nam.post(request, body);
                ++inFlight;
                QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, t0] {
                    latencies.append((clock.nsecsElapsed() - t0) / 1000);
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                        ++failed;
                    reply->deleteLater();
                    --inFlight;
                    if (!launch() && inFlight == 0)
                        loop.quit();
                });
                return true;
            };
            for (int i = 0; i < qMax(1, window / threads); ++i) {
                if (!launch())
                    break;
            }
            if (inFlight > 0)
                loop.exec();
            {
                QMutexLocker lock(&mutex);
                f.latenciesUs += latencies;
                f.failed += failed;
            }
            // Alive (with QNAM's own thread) until the figures are read: /proc lists live threads only.
            done.release();
            leave.acquire();
        }));
        workers.back()->setObjectName(QStringLiteral("bare-sender"));
        workers.back()->start();
    }
    done.acquire(threads);
    f.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    f.cpuSeconds = cpuSeconds() - cpu0;
    f.threadCpu = delta(cpuByThread(), threads0);
    leave.release(threads);
    for (auto &worker : workers)
        worker->wait();
    return f;
}

Event benchmarkEvent(const QDateTime &now)
{
    Event event;
    event.id = Ids::next();
    event.uid = Ids::sortableUid(QLatin1String("evt_"));
    event.type = QStringLiteral("benchmark.event");
    event.payload = payload();
    event.source = EventSource::Cli;
    event.createdAt = now;
    return event;
}

// A pending delivery of the event to the endpoint, as the engine's fan-out makes it.
Delivery newDelivery(const Event &event, const Endpoint &e, const QDateTime &now)
{
    Delivery d;
    d.id = Ids::next();
    d.uid = Ids::sortableUid(QLatin1String("msg_"));
    d.eventId = event.id;
    d.endpointId = e.id;
    d.eventType = event.type;
    d.endpointName = e.name;
    d.url = e.url.toString();
    d.state = DeliveryState::Pending;
    d.createdAt = now;
    return d;
}

std::unique_ptr<Storage::Workspace> openWorkspace(const QString &path)
{
    QString error;
    auto ws = Storage::Workspace::open(path, &error);
    if (!ws)
        qFatal("%s", qPrintable(error));
    return ws;
}

// `window`: events kept triggered but unfinished (n: every one at once, as `hookbench send --count N` does). Each
// is committed to the outbox before it is sent, so with a small window the engine's connections wait part of the
// time and its CPU is not the bound.
Figures engine(const QUrl &url, int n, int window, int senders, bool h2c, int concurrency)
{
    Figures f;
    f.name = (senders == 1 ? QStringLiteral("engine, 1 sender") : QStringLiteral("engine, %1 senders").arg(senders))
        + (h2c ? QStringLiteral(", h2c") : QString())
        + (concurrency > 0 ? QStringLiteral(", limit %1").arg(concurrency) : QString());
    f.count = n;
    QTemporaryDir dir;
    auto ws = openWorkspace(dir.filePath(QStringLiteral("bench.hookbench")));
    Endpoint e;
    e.name = QStringLiteral("bench");
    e.url = url;
    e.scheme = SigningScheme::StandardWebhooks;
    e.secrets = {QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")};
    // 0: as many requests in flight as the senders have connections (6 per QNAM per host), so the endpoint's
    // limit is what holds them back. The bare client instead hands QNAM all its window of requests, which QNAM queues
    // behind its 6 connections, so a connection never waits for the next request; --concurrency 64 gives the
    // engine the same.
    e.concurrency = concurrency > 0 ? concurrency : 6 * senders;
    e.circuitBreakerThreshold = 0;
    e.http2PriorKnowledge = h2c;
    if (const auto r = ws->endpoints().add(e); !r)
        qFatal("%s", qPrintable(r.error));
    Engine::DeliveryEngine::Options options;
    options.senders = senders;
    Engine::DeliveryEngine engine(*ws, options);

    const QByteArray body = payload();
    QHash<qint64, qint64> triggeredAt;
    int triggered = 0;
    int done = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    auto trigger = [&] {
        const qint64 t0 = clock.nsecsElapsed();
        const auto result = engine.trigger(QStringLiteral("benchmark.event"), body, EventSource::Cli, e.id);
        if (!result.ok())
            qFatal("%s", qPrintable(result.error));
        for (const auto &d : result.deliveries)
            triggeredAt.insert(d.id, t0);
        ++triggered;
    };
    QHash<qint64, qint64> inFlightAt;
    QObject::connect(&engine, &Engine::DeliveryEngine::deliveryChanged, &loop, [&](const Hookbench::Delivery &d) {
        if (d.state == DeliveryState::InFlight && !inFlightAt.contains(d.id))
            inFlightAt.insert(d.id, clock.nsecsElapsed());
        if (!d.isFinal())
            return;
        if (const qint64 sentAt = inFlightAt.take(d.id); sentAt > 0) {
            f.waitingUs.append((sentAt - triggeredAt.value(d.id)) / 1000);
            f.inFlightUs.append((clock.nsecsElapsed() - sentAt) / 1000);
        }
        f.latenciesUs.append((clock.nsecsElapsed() - triggeredAt.take(d.id)) / 1000);
        if (d.state != DeliveryState::Succeeded)
            ++f.failed;
        if (++done == n)
            loop.quit();
        else if (triggered < n)
            trigger();
    });
    const double cpu0 = cpuSeconds();
    const auto threads0 = cpuByThread();
    clock.start();
    engine.start();
    for (int i = 0; i < qMin(window, n); ++i)
        trigger();
    loop.exec();
    // Everything the engine logged is on disk before the clock stops.
    ws->writer().flush();
    f.threadCpu = delta(cpuByThread(), threads0);
    engine.stop();
    f.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    f.cpuSeconds = cpuSeconds() - cpu0;
    return f;
}

// The storage side alone: what the engine writes for N successful deliveries, four at a time (event and outbox
// row, committed promptly and waited for; then the attempt with its request and response and the delivery's
// outcome, left to the regular batch, as the engine does), then the full-text indexing of all of it. No network and no
// engine, so a change to the writer shows without the noise of the rest.
void writerOnly(int n, QTextStream &out)
{
    QTemporaryDir dir;
    auto ws = openWorkspace(dir.filePath(QStringLiteral("writer.hookbench")));
    Endpoint e;
    e.name = QStringLiteral("bench");
    e.url = QUrl(QStringLiteral("http://127.0.0.1:9/hook"));
    if (const auto r = ws->endpoints().add(e); !r)
        qFatal("%s", qPrintable(r.error));
    const QByteArray body = payload();
    const HeaderList responseHeaders = {{"Content-Type", "application/json"},
                                        {"Content-Length", "11"},
                                        {"Date", "Sun, 29 Nov 2026 09:00:00 GMT"},
                                        {"Connection", "keep-alive"}};
    constexpr int kStep = 4;
    QEventLoop loop;
    quint64 lastOutbox = 0;
    quint64 outboxCommitted = 0;
    QObject::connect(&ws->writer(), &Storage::BatchWriter::outboxCommitted, &loop,
                     [&](quint64 ticket) { outboxCommitted = ticket; });
    const auto threads0 = cpuByThread();
    QElapsedTimer clock;
    clock.start();
    for (int done = 0; done < n;) {
        const int step = qMin(kStep, n - done);
        QList<Delivery> deliveries;
        for (int i = 0; i < step; ++i) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const Event event = benchmarkEvent(now);
            Delivery d = newDelivery(event, e, now);
            d.nextAttemptAt = now;
            lastOutbox = ws->writer().insertEvent(event, {d});
            deliveries.append(d);
        }
        // As the engine does: the outbox is committed promptly and waited for, the rest goes with the regular batch.
        ws->writer().commitSoon();
        while (outboxCommitted < lastOutbox)
            loop.processEvents(QEventLoop::WaitForMoreEvents);
        for (Delivery &d : deliveries) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            Attempt a;
            a.id = Ids::next();
            a.deliveryId = d.id;
            a.number = 1;
            a.method = "POST";
            a.url = d.url;
            a.requestHeaders = {{"User-Agent", "Hookbench/1.0"},
                                {"Content-Type", "application/json"},
                                {"webhook-id", d.uid.toLatin1()},
                                {"webhook-timestamp", QByteArray::number(now.toSecsSinceEpoch())},
                                {"webhook-signature", "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="}};
            a.requestBody = body;
            a.status = 200;
            a.responseHeaders = responseHeaders;
            a.responseBody = R"({"ok":true})";
            a.durationUs = 900;
            a.startedAt = now;
            a.finishedAt = now;
            ws->writer().insertAttempt(a);
            d.state = DeliveryState::Succeeded;
            d.attemptCount = 1;
            d.lastStatus = 200;
            d.lastDurationUs = a.durationUs;
            d.nextAttemptAt = QDateTime();
            d.updatedAt = now;
            ws->writer().saveDeliveryProgress(d);
        }
        done += step;
    }
    ws->writer().flush();
    const double writeSeconds = double(clock.nsecsElapsed()) / 1e9;
    const double writeCpu = delta(cpuByThread(), threads0).value(QStringLiteral("hookbench-write"));
    // The text index catches up in the background: wait until the writer thread stops using CPU (bounded).
    double last = -1;
    for (int i = 0; i < 200; ++i) {
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
        const double now = delta(cpuByThread(), threads0).value(QStringLiteral("hookbench-write"));
        if (now == last)
            break;
        last = now;
    }
    out << QString::asprintf("writer alone: %d deliveries in %.2f s; writer thread %.1f us CPU/delivery writing, "
                             "%.1f us with the text index",
                             n, writeSeconds, writeCpu * 1e6 / n, last * 1e6 / n)
        << Qt::endl;
}

// Start-up with `pending` retries due in an hour, and what they cost while the engine waits.
void startup(int pending, QTextStream &out)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pending.hookbench"));
    {
        auto ws = openWorkspace(path);
        Endpoint e;
        e.name = QStringLiteral("later");
        e.url = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        if (const auto r = ws->endpoints().add(e); !r)
            qFatal("%s", qPrintable(r.error));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Event event = benchmarkEvent(now);
        QList<Delivery> deliveries;
        deliveries.reserve(pending);
        for (int i = 0; i < pending; ++i) {
            Delivery d = newDelivery(event, e, now);
            d.state = DeliveryState::Retrying;
            d.attemptCount = 1;
            d.lastStatus = 503;
            d.lastError = QStringLiteral("HTTP 503");
            d.nextAttemptAt = now.addSecs(3600 + i % 600);
            deliveries.append(d);
        }
        ws->writer().insertEvent(event, deliveries);
        if (!ws->writer().flush(120000))
            qFatal("writing the pending deliveries timed out");
    }
    auto ws = openWorkspace(path);
    Engine::DeliveryEngine engine(*ws);
    QElapsedTimer clock;
    const double cpu0 = cpuSeconds();
    clock.start();
    engine.start();
    const double startMs = double(clock.nsecsElapsed()) / 1e6;
    const double startCpuMs = (cpuSeconds() - cpu0) * 1000;
    const auto stats = engine.stats();
    if (stats.retryWaiting != pending)
        qFatal("expected %d waiting retries, the engine has %d", pending, stats.retryWaiting);

    // Let the event loop settle (deferred deletes, the first poll), then measure a quiet second.
    QEventLoop loop;
    QTimer::singleShot(1500, &loop, &QEventLoop::quit);
    loop.exec();
    const double idle0 = cpuSeconds();
    QTimer::singleShot(2000, &loop, &QEventLoop::quit);
    loop.exec();
    const double idleCpuMsPerSecond = (cpuSeconds() - idle0) * 1000 / 2;
    out << QString::asprintf("start-up with %d retries pending: start() %.0f ms (%.0f ms CPU); while waiting %.2f ms "
                             "CPU per second",
                             pending, startMs, startCpuMs, idleCpuMsPerSecond)
        << Qt::endl;
    engine.stop();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hookbench delivery engine benchmark"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("count"), QStringLiteral("Deliveries per client (default 20000)."), QStringLiteral("N"),
         QStringLiteral("20000")},
        {QStringLiteral("senders"), QStringLiteral("Senders in the engine's pool (default 2)."), QStringLiteral("K"),
         QStringLiteral("2")},
        {QStringLiteral("pending"), QStringLiteral("Retries pending for the start-up figure (default 100000)."),
         QStringLiteral("P"), QStringLiteral("100000")},
        {QStringLiteral("concurrency"),
         QStringLiteral("The endpoint's concurrency limit (default 0: 6 per sender, QNAM's connections per host)."),
         QStringLiteral("C"), QStringLiteral("0")},
        {QStringLiteral("window"), QStringLiteral("Requests the bare client keeps outstanding (default 64)."),
         QStringLiteral("W"), QStringLiteral("64")},
        {QStringLiteral("engine-window"),
         QStringLiteral("Events the engine's client keeps triggered and unfinished: a number (default 64), or all "
                        "(every one at once, as 'hookbench send --count N' does)."),
         QStringLiteral("E"), QStringLiteral("64")},
        {QStringLiteral("url"),
         QStringLiteral("Send to this HTTP server (for example nginx on loopback) instead of starting the built-in "
                        "responder."),
         QStringLiteral("URL")},
        {QStringLiteral("h2c-url"),
         QStringLiteral("With --url: where that server speaks HTTP/2 with prior knowledge, for the h2c part (default: "
                        "--url)."),
         QStringLiteral("URL")},
        {QStringLiteral("only"),
         QStringLiteral(
             "Run one part: bare, engine (one sender), pool, bare-pool (K bare QNAMs on threads of their "
             "own), h2c (bare and engine over h2c), startup, or writer (the storage side alone, no network)."),
         QStringLiteral("PART")},
    });
    parser.process(app);
    const int n = qBound(1, parser.value(QStringLiteral("count")).toInt(), 1'000'000);
    const int senders = qBound(1, parser.value(QStringLiteral("senders")).toInt(), 16);
    const int pending = qBound(1, parser.value(QStringLiteral("pending")).toInt(), 1'000'000);
    const QString only = parser.value(QStringLiteral("only"));
    const int concurrency = qBound(0, parser.value(QStringLiteral("concurrency")).toInt(), 1000);
    const int bareWindow = qBound(1, parser.value(QStringLiteral("window")).toInt(), 1'000'000);
    const QString engineWindowText = parser.value(QStringLiteral("engine-window"));
    const int engineWindow
        = qMin(n, engineWindowText == QLatin1String("all") ? n : qBound(1, engineWindowText.toInt(), 1'000'000));
    auto runs = [&](const char *part) { return only.isEmpty() || only == QLatin1String(part); };
    QTextStream out(stdout);
    if (only == QLatin1String("startup")) {
        startup(pending, out);
        return 0;
    }
    if (only == QLatin1String("writer")) {
        writerOnly(n, out);
        return 0;
    }

    // The responder is a process of its own, so getrusage() here counts only the sending side.
    QProcess responder;
    QUrl url(parser.value(QStringLiteral("url")));
    if (url.isEmpty()) {
        responder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        responder.start(QCoreApplication::applicationDirPath() + QStringLiteral("/bench_responder"), QStringList());
        if (!responder.waitForReadyRead(10000))
            qFatal("the responder did not start");
        url = QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(QString::fromLatin1(responder.readLine().trimmed())));
    } else if (!url.isValid() || url.scheme() != QLatin1String("http")) {
        qFatal("--url needs an http:// URL");
    }
    out << "engine benchmark: " << n << " signed 1 KB deliveries per client to " << url.toString() << ", "
        << QThread::idealThreadCount() << " cores, outstanding: bare client " << bareWindow << ", engine "
        << engineWindow << Qt::endl;

    // Warm-up, so first-use costs (connection set-up, lazy initialisation) are not in the figures.
    bare(url, qMin(n, 500), false, bareWindow);
    std::optional<Figures> baseline;
    {
        baseline = bare(url, n, false, bareWindow);
        baseline->print(out);
    }
    auto report = [&](const Figures &f) {
        f.print(out);
        if (baseline)
            out << QString::asprintf("    ratio to the bare client: %.2f deliveries/s, %.2f CPU per delivery\n",
                                     f.rate() / baseline->rate(), f.cpuPerItemUs() / baseline->cpuPerItemUs());
    };
    if (runs("engine"))
        report(engine(url, n, engineWindow, 1, false, concurrency));
    if (runs("pool"))
        report(engine(url, n, engineWindow, senders, false, concurrency));
    if (runs("bare-pool"))
        report(barePool(url, n, senders, bareWindow));
    if (runs("h2c")) {
        const QUrl h2cUrl
            = parser.isSet(QStringLiteral("h2c-url")) ? QUrl(parser.value(QStringLiteral("h2c-url"))) : url;
        report(bare(h2cUrl, n, true, bareWindow));
        report(engine(h2cUrl, n, engineWindow, 1, true, concurrency));
        report(engine(h2cUrl, n, engineWindow, senders, true, concurrency));
    }
    if (responder.state() != QProcess::NotRunning) {
        responder.kill();
        responder.waitForFinished();
    }
    if (runs("startup"))
        startup(pending, out);
    return 0;
}
