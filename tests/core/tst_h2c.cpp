// Deliveries over HTTP/2 end to end, against a minimal HTTP/2 peer: cleartext to endpoints with
// http2PriorKnowledge (h2c), and HTTPS where ALPN chooses h2.
#include "delivery/deliveryengine.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "testh2cserver.h"

#include <QDir>
#include <QTest>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#endif

using namespace Hookbench;
using namespace Hookbench::Engine;
using Hookbench::Test::TestH2cServer;

namespace {

struct Fixture
{
    explicit Fixture(TestH2cServer::Transport transport = TestH2cServer::Transport::Cleartext)
        : server(transport)
    { }

    Test::TempWorkspace tmp;
    QHash<qint64, Hookbench::Delivery> latest;
    TestH2cServer server;
    std::unique_ptr<Storage::Workspace> ws;
    std::unique_ptr<DeliveryEngine> engine;

    bool open()
    {
        QString error;
        ws = Storage::Workspace::open(tmp.path(), &error);
        if (!ws || !server.listen())
            return false;
        engine = std::make_unique<DeliveryEngine>(*ws);
        QObject::connect(engine.get(), &DeliveryEngine::deliveryChanged, engine.get(),
                         [this](const Hookbench::Delivery &d) { latest.insert(d.id, d); });
        engine->start();
        return true;
    }
    void addEndpoint(int concurrency, bool https = false)
    {
        Endpoint e;
        e.name = QStringLiteral("h2c");
        e.url = QUrl(server.url());
        e.subscriptions = {QStringLiteral("*")};
        e.http2PriorKnowledge = !https;
        e.verifyTls = !https; // the test certificate is self-signed
        e.concurrency = concurrency;
        e.retry = RetryPolicy::fromSchedule({0});
        e.secrets = {QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")};
        const auto r = ws->endpoints().add(e);
        if (!r)
            qWarning("%s", qPrintable(r.error));
        engine->endpointsChanged();
    }
    QList<Hookbench::Delivery> trigger(int count)
    {
        QList<Hookbench::Delivery> all;
        for (int i = 0; i < count; ++i) {
            const QByteArray payload = R"({"n":)" + QByteArray::number(i) + "}";
            all += engine->trigger(QStringLiteral("ping"), payload, EventSource::Manual).deliveries;
        }
        return all;
    }
    bool allFinal(const QList<Hookbench::Delivery> &deliveries) const
    {
        return std::all_of(deliveries.cbegin(), deliveries.cend(), [this](const Hookbench::Delivery &d) {
            return latest.contains(d.id) && latest.value(d.id).isFinal();
        });
    }
    bool allSucceeded(const QList<Hookbench::Delivery> &deliveries) const
    {
        return std::all_of(deliveries.cbegin(), deliveries.cend(), [this](const Hookbench::Delivery &d) {
            return latest.value(d.id).state == DeliveryState::Succeeded;
        });
    }
};

#ifdef Q_OS_LINUX
// TCP_NODELAY of this process's TCP socket with local port `localPort` connected to `peerPort`: 0 or 1, or -1
// when there is no such socket.
int noDelayOfClientSocket(quint16 localPort, quint16 peerPort)
{
    const QStringList entries = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System);
    for (const QString &entry : entries) {
        const int fd = entry.toInt();
        struct stat info = {};
        if (::fstat(fd, &info) != 0 || !S_ISSOCK(info.st_mode))
            continue;
        sockaddr_in local {};
        sockaddr_in peer {};
        socklen_t length = sizeof local;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) != 0 || local.sin_family != AF_INET
            || ntohs(local.sin_port) != localPort)
            continue;
        length = sizeof peer;
        if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0 || ntohs(peer.sin_port) != peerPort)
            continue;
        int on = 0;
        length = sizeof on;
        if (::getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, &length) != 0)
            return -1;
        return on ? 1 : 0;
    }
    return -1;
}
#endif

} // namespace

class TestH2c : public QObject
{
    Q_OBJECT

private slots:
    void deliveriesShareOneHttp2Connection()
    {
        Fixture f;
        QVERIFY(f.open());
        f.addEndpoint(4);
        const QList<Hookbench::Delivery> deliveries = f.trigger(6);
        QCOMPARE(deliveries.size(), 6);
        QTRY_VERIFY(f.allFinal(deliveries));
        QVERIFY(f.allSucceeded(deliveries));

        // HTTP/2 and nothing else: the preface came first, and all six were streams of one connection.
        QCOMPARE(f.server.connections().size(), 1);
        QVERIFY(f.server.connections().first().prefaceSeen);
        QCOMPARE(f.server.streams().size(), 6);
        QList<quint32> ids;
        for (const auto &s : f.server.streams())
            ids << s.id;
        std::sort(ids.begin(), ids.end());
        QVERIFY(std::adjacent_find(ids.cbegin(), ids.cend()) == ids.cend());
        QVERIFY(std::all_of(ids.cbegin(), ids.cend(), [](quint32 id) { return id % 2 == 1; }));

        // Each stream's body is the signed body the delivery's attempt recorded.
        QVERIFY(f.ws->writer().flush());
        QList<QByteArray> sent;
        for (const auto &d : deliveries) {
            const QList<Attempt> attempts = f.ws->deliveries().attempts(d.id);
            QCOMPARE(attempts.size(), 1);
            QVERIFY(!attempts.first().requestBody.isEmpty());
            sent << attempts.first().requestBody;
        }
        QList<QByteArray> received;
        for (const auto &s : f.server.streams())
            received << s.body;
        std::sort(sent.begin(), sent.end());
        std::sort(received.begin(), received.end());
        QCOMPARE(received, sent);
    }

    void clientSocketHasNoDelay()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/self/fd");
#else
        Fixture f;
        QVERIFY(f.open());
        f.addEndpoint(2);
        const QList<Hookbench::Delivery> first = f.trigger(1);
        QTRY_VERIFY(f.allFinal(first));
        QVERIFY(f.allSucceeded(first));
        QCOMPARE(f.server.connections().size(), 1);
        QCOMPARE(noDelayOfClientSocket(f.server.connections().first().peerPort, f.server.port()), 1);

        // A connection QNAM opens again after the server closed the first one gets it too.
        const quint16 oldPort = f.server.connections().first().peerPort;
        f.server.dropConnections();
        QTRY_COMPARE(noDelayOfClientSocket(oldPort, f.server.port()), -1);
        const QList<Hookbench::Delivery> second = f.trigger(1);
        QTRY_VERIFY(f.allFinal(second));
        QVERIFY(f.allSucceeded(second));
        QCOMPARE(f.server.connections().size(), 2);
        QCOMPARE(noDelayOfClientSocket(f.server.connections().last().peerPort, f.server.port()), 1);
#endif
    }

    void httpsWithAlpnH2SocketHasNoDelay()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/self/fd");
#else
        Fixture f(TestH2cServer::Transport::Tls);
        QVERIFY(f.open());
        f.addEndpoint(2, true);
        const QList<Hookbench::Delivery> deliveries = f.trigger(2);
        QTRY_VERIFY(f.allFinal(deliveries));
        QVERIFY(f.allSucceeded(deliveries));
        QCOMPARE(f.server.connections().size(), 1);
        QVERIFY(f.server.connections().first().prefaceSeen);
        QCOMPARE(f.server.streams().size(), 2);
        QCOMPARE(noDelayOfClientSocket(f.server.connections().first().peerPort, f.server.port()), 1);
#endif
    }

    void sequentialDeliveriesComplete()
    {
        Fixture f;
        QVERIFY(f.open());
        f.addEndpoint(1);
        const QList<Hookbench::Delivery> deliveries = f.trigger(20);
        QTRY_VERIFY_WITH_TIMEOUT(f.allFinal(deliveries), 30000);
        QVERIFY(f.allSucceeded(deliveries));
        QCOMPARE(f.server.streams().size(), 20);
        QCOMPARE(f.server.connections().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestH2c)
#include "tst_h2c.moc"
