#include "testh2cserver.h"

#include "http2frames.h"

#include <QFile>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>

namespace Hookbench::Test {

using namespace Http2Frames;

namespace {

// HPACK ":status: 200" is static table entry 8.
const QByteArray kStatus200("\x88", 1);

QByteArray readTlsFile(const char *name)
{
    QFile file(qEnvironmentVariable("HOOKBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/tls/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TestH2cServer::TestH2cServer(Transport transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
    if (transport == Transport::Tls) {
        auto *server = new QSslServer(this);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(readTlsFile("localhost.crt")));
        tls.setPrivateKey(QSslKey(readTlsFile("localhost.key"), QSsl::Rsa));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2});
        server->setSslConfiguration(tls);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    auto takeConnections = [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_peers.insert(socket, Peer {int(m_connections.size()), {}, {}, {}});
            m_connections.append(Connection {socket->peerPort(), false});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_peers.remove(socket);
                socket->deleteLater();
            });
            if (socket->bytesAvailable() > 0) // arrived with the end of the TLS handshake
                onReadyRead(socket);
        }
    };
    // Qt 6.4's QSslServer offers a connection once its handshake is done, through pendingConnectionAvailable only.
    connect(m_server, &QTcpServer::newConnection, this, takeConnections);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, takeConnections);
}

TestH2cServer::~TestH2cServer()
{
    // The sockets die with the server, after this object's members: they must not call back into it.
    const auto sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

bool TestH2cServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString TestH2cServer::url(const QString &path) const
{
    const QString scheme = m_transport == Transport::Tls ? QStringLiteral("https") : QStringLiteral("http");
    return QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(port()).arg(path);
}

void TestH2cServer::dropConnections()
{
    const QList<QTcpSocket *> sockets = m_peers.keys();
    for (QTcpSocket *socket : sockets) {
        quint32 last = 0;
        for (const Stream &s : std::as_const(m_streams)) {
            if (s.connection == m_peers.value(socket).index)
                last = qMax(last, s.id);
        }
        socket->write(frame(GoAway, 0, 0, be32(last) + be32(0)));
        socket->disconnectFromHost();
    }
}

void TestH2cServer::onReadyRead(QTcpSocket *socket)
{
    Peer &peer = m_peers[socket];
    peer.buffer += socket->readAll();
    Connection &connection = m_connections[peer.index];
    QByteArray out;
    if (!connection.prefaceSeen) {
        if (peer.buffer.size() < kPreface.size())
            return;
        if (!peer.buffer.startsWith(kPreface)) {
            socket->abort(); // not HTTP/2 with prior knowledge: refused, so the test sees the failure
            return;
        }
        connection.prefaceSeen = true;
        peer.buffer.remove(0, kPreface.size());
        // Flow control out of the way: large stream windows and a large connection window.
        out += frame(Settings, 0, 0, QByteArray("\x00\x04", 2) + be32(0x7fffffff));
        out += frame(WindowUpdate, 0, 0, be32(0x7fff0000));
    }
    qsizetype pos = 0;
    while (std::optional<Frame> f = nextFrame(peer.buffer, &pos)) {
        out += acknowledgement(*f);
        const quint8 flags = f->flags;
        const quint32 stream = f->stream;
        QByteArray &payload = f->payload;
        switch (f->type) {
        case Headers:
            peer.bodies.insert(stream, {});
            if (!(flags & EndHeaders))
                peer.endStreamAfterHeaders.insert(stream, flags & EndStream);
            else if (flags & EndStream)
                finishStream(peer, stream, out);
            break;
        case Continuation:
            if ((flags & EndHeaders) && peer.endStreamAfterHeaders.take(stream))
                finishStream(peer, stream, out);
            break;
        case Data:
            if ((flags & Padded) && !payload.isEmpty()) {
                const int padding = quint8(payload.at(0));
                payload = payload.mid(1, payload.size() - 1 - padding);
            }
            peer.bodies[stream] += payload;
            if (flags & EndStream)
                finishStream(peer, stream, out);
            break;
        default: // WINDOW_UPDATE, PRIORITY, RST_STREAM, GOAWAY: nothing to do for a peer this simple
            break;
        }
    }
    peer.buffer.remove(0, pos);
    if (!out.isEmpty())
        socket->write(out);
}

void TestH2cServer::finishStream(Peer &peer, quint32 stream, QByteArray &out)
{
    m_streams.append(Stream {stream, peer.bodies.take(stream), peer.index});
    out += frame(Headers, EndHeaders | EndStream, stream, kStatus200);
    emit streamFinished();
}

} // namespace Hookbench::Test
