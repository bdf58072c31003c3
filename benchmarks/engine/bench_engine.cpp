// Engine benchmark (run by hand, not a test): N signed 1 KB deliveries through the full engine — signing,
// durable outbox, every attempt logged — against a local responder process, and in the same invocation a bare
// single QNetworkAccessManager client (no signing, no storage) as the baseline.
//   bench_engine [N=20000]
#include "delivery/deliveryengine.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>

using namespace Hookbench;

namespace {

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
    double wallSeconds = 0;
    double cpuSeconds = 0;
    QList<qint64> latenciesUs;

    double rate() const { return count / wallSeconds; }
    double cpuPerItemUs() const { return cpuSeconds * 1e6 / count; }
    qint64 percentile(double p)
    {
        std::sort(latenciesUs.begin(), latenciesUs.end());
        return latenciesUs.isEmpty()
            ? 0
            : latenciesUs.at(qMin<qsizetype>(latenciesUs.size() - 1, qsizetype(p * latenciesUs.size())));
    }
    void print(QTextStream &out)
    {
        out << qSetFieldWidth(28) << Qt::left << name << qSetFieldWidth(0)
            << QString::asprintf("%8.0f deliveries/s  %7.1f us CPU/delivery  p50 %7.2f ms  p99 %7.2f ms\n", rate(),
                                 cpuPerItemUs(), percentile(0.50) / 1000.0, percentile(0.99) / 1000.0);
    }
};

QByteArray payload()
{
    QByteArray body = R"({"type":"benchmark.event","data":{"filler":")";
    body += QByteArray(1024 - body.size() - 4, 'x');
    body += R"("}})";
    return body;
}

Figures bare(const QUrl &url, int n)
{
    Figures f;
    f.name = QStringLiteral("bare QNAM (baseline)");
    f.count = n;
    QNetworkAccessManager nam;
    const QByteArray body = payload();
    int started = 0;
    int finished = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    const double cpu0 = cpuSeconds();
    clock.start();
    std::function<void()> launch = [&] {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const qint64 t0 = clock.nsecsElapsed();
        QNetworkReply *reply = nam.post(request, body);
        ++started;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, t0] {
            f.latenciesUs.append((clock.nsecsElapsed() - t0) / 1000);
            reply->deleteLater();
            if (++finished == n)
                loop.quit();
            else if (started < n)
                launch();
        });
    };
    // Keep 64 requests queued: more than QNAM's 6 connections per host, so the client is never idle.
    for (int i = 0; i < qMin(64, n); ++i)
        launch();
    loop.exec();
    f.wallSeconds = clock.nsecsElapsed() / 1e9;
    f.cpuSeconds = cpuSeconds() - cpu0;
    return f;
}

Figures engine(const QUrl &url, int n, int senders)
{
    Figures f;
    f.name = QStringLiteral("engine, %1 sender%2").arg(senders).arg(senders == 1 ? QString() : QStringLiteral("s"));
    f.count = n;
    QTemporaryDir dir;
    QString error;
    auto ws = Storage::Workspace::open(dir.filePath(QStringLiteral("bench.hookbench")), &error);
    if (!ws)
        qFatal("%s", qPrintable(error));
    Endpoint e;
    e.name = QStringLiteral("bench");
    e.url = url;
    e.scheme = SigningScheme::StandardWebhooks;
    e.secrets = {QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")};
    e.concurrency = 6 * senders;
    e.circuitBreakerThreshold = 0;
    ws->endpoints().add(e);
    Engine::DeliveryEngine::Options options;
    options.senders = senders;
    options.pollIntervalMs = 0;
    Engine::DeliveryEngine engine(*ws, options);
    QHash<qint64, qint64> startedAt;
    int done = 0;
    QEventLoop loop;
    QElapsedTimer clock;
    QObject::connect(&engine, &Engine::DeliveryEngine::deliveryChanged, &loop, [&](const Hookbench::Delivery &d) {
        if (!d.isFinal())
            return;
        f.latenciesUs.append((clock.nsecsElapsed() - startedAt.value(d.id)) / 1000);
        if (++done == n)
            loop.quit();
    });
    const QByteArray body = payload();
    const double cpu0 = cpuSeconds();
    clock.start();
    engine.start();
    // Events arrive in batches, as a busy application would produce them.
    int triggered = 0;
    QTimer feeder;
    QObject::connect(&feeder, &QTimer::timeout, &loop, [&] {
        for (int i = 0; i < 500 && triggered < n; ++i, ++triggered) {
            const qint64 t0 = clock.nsecsElapsed();
            for (const auto &d :
                 engine.trigger(QStringLiteral("benchmark.event"), body, EventSource::Cli, e.id).deliveries)
                startedAt.insert(d.id, t0);
        }
        if (triggered >= n)
            feeder.stop();
    });
    feeder.start(0);
    loop.exec();
    ws->writer().flush();
    f.wallSeconds = clock.nsecsElapsed() / 1e9;
    f.cpuSeconds = cpuSeconds() - cpu0;
    engine.stop();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    QTextStream out(stdout);
    QProcess responder;
    responder.start(QCoreApplication::applicationDirPath() + QStringLiteral("/bench_responder"), QStringList());
    if (!responder.waitForReadyRead(10000))
        qFatal("the responder did not start");
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hook").arg(QString::fromLatin1(responder.readLine().trimmed())));
    out << "engine benchmark: " << n << " signed 1 KB deliveries to " << url.toString() << ", 2 cores\n";

    // Warm-up, so connection set-up and first-use costs are not in the figures.
    bare(url, qMin(n, 500));
    Figures baseline = bare(url, n);
    Figures one = engine(url, n, 1);
    Figures pool = engine(url, n, 2);
    baseline.print(out);
    one.print(out);
    pool.print(out);
    out << QString::asprintf("ratio engine(1 sender)/bare: %.2f   ratio engine(2 senders)/bare: %.2f\n",
                             one.rate() / baseline.rate(), pool.rate() / baseline.rate());
    responder.kill();
    responder.waitForFinished();
    return 0;
}
