#pragma once

#include <QHash>
#include <QList>
#include <QTcpServer>

class QTcpSocket;

namespace Hookbench::Test {

// A minimal HTTP/2 peer on 127.0.0.1 for engine tests, cleartext with prior knowledge (h2c) or over TLS with "h2"
// chosen by ALPN: takes the client preface and SETTINGS, acknowledges them, and answers every stream with an empty
// 200. It records what it saw per stream and per connection. Header blocks are not decoded (HPACK with Huffman is
// more than these tests need).
class TestH2cServer final : public QObject
{
    Q_OBJECT

public:
    struct Stream
    {
        quint32 id = 0;
        QByteArray body; // the stream's DATA payloads, concatenated
        int connection = 0; // index into connections()
    };
    struct Connection
    {
        quint16 peerPort = 0; // the client's local port
        bool prefaceSeen = false;
    };

    enum class Transport
    {
        Cleartext,
        Tls, // with tests/data/tls/localhost.crt, which clients must be told not to verify
    };

    explicit TestH2cServer(Transport transport = Transport::Cleartext, QObject *parent = nullptr);
    ~TestH2cServer() override;
    bool listen();
    quint16 port() const { return m_server->serverPort(); }
    QString url(const QString &path = QStringLiteral("/hook")) const;

    const QList<Stream> &streams() const { return m_streams; }
    const QList<Connection> &connections() const { return m_connections; }
    // Closes every open connection (after a GOAWAY), as a server restarting would.
    void dropConnections();

signals:
    void streamFinished();

private:
    struct Peer
    {
        int index = 0;
        QByteArray buffer;
        QHash<quint32, QByteArray> bodies;
        QHash<quint32, bool> endStreamAfterHeaders; // HEADERS without END_HEADERS: whether END_STREAM was set
    };
    void onReadyRead(QTcpSocket *socket);
    void finishStream(Peer &peer, quint32 stream, QByteArray &out);

    Transport m_transport;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, Peer> m_peers;
    QList<Connection> m_connections;
    QList<Stream> m_streams;
};

} // namespace Hookbench::Test
