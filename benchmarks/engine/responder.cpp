// A minimal keep-alive responder for the engine benchmark: answers every request with a small 200, over HTTP/1.1
// or over cleartext HTTP/2 with prior knowledge (h2c, detected from the client's connection preface). Runs as its
// own process so the benchmark's CPU figures count only the sending side. Single-threaded QTcpServer, as the
// performance notes found it on a par with nginx.
#include <QCoreApplication>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

namespace {

const QByteArray kHttp1Answer
    = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}";
const QByteArray kH2Preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
const QByteArray kBody = "{\"ok\":true}";

enum FrameType : quint8
{
    Data = 0x0,
    Headers = 0x1,
    Settings = 0x4,
    Ping = 0x6,
    WindowUpdate = 0x8,
    Continuation = 0x9,
};
enum Flag : quint8
{
    EndStream = 0x1,
    Ack = 0x1,
    EndHeaders = 0x4,
};

QByteArray frame(quint8 type, quint8 flags, quint32 stream, const QByteArray &payload)
{
    QByteArray f(9, Qt::Uninitialized);
    const quint32 length = quint32(payload.size());
    f[0] = char(length >> 16);
    f[1] = char(length >> 8);
    f[2] = char(length);
    f[3] = char(type);
    f[4] = char(flags);
    f[5] = char((stream >> 24) & 0x7f);
    f[6] = char(stream >> 16);
    f[7] = char(stream >> 8);
    f[8] = char(stream);
    return f + payload;
}

QByteArray be32(quint32 v)
{
    const char bytes[] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    return QByteArray(bytes, 4);
}

// HPACK: ":status: 200" is static entry 8; content-type (31) and content-length (28) as literals without indexing.
const QByteArray kH2ResponseHeaders
    = QByteArray("\x88", 1) + QByteArray("\x0f\x10\x10", 3) + "application/json" + QByteArray("\x0f\x0d\x02", 3) + "11";

struct Connection
{
    enum class Mode
    {
        Unknown,
        Http1,
        Http2,
    };
    Mode mode = Mode::Unknown;
    QByteArray buffer;
    QHash<quint32, bool> endStreamSeen; // HEADERS without END_HEADERS: whether END_STREAM was set
};

void serveHttp1(QTcpSocket *socket, Connection &c)
{
    QByteArray out;
    while (true) {
        const qsizetype head = c.buffer.indexOf("\r\n\r\n");
        if (head < 0)
            break;
        qsizetype length = 0;
        const qsizetype cl = c.buffer.indexOf("ontent-Length:");
        if (cl >= 0 && cl < head)
            length = c.buffer.mid(cl + 14, c.buffer.indexOf('\r', cl) - cl - 14).trimmed().toLongLong();
        if (c.buffer.size() < head + 4 + length)
            break;
        c.buffer.remove(0, head + 4 + length);
        out += kHttp1Answer;
    }
    if (!out.isEmpty())
        socket->write(out);
}

void serveHttp2(QTcpSocket *socket, Connection &c)
{
    QByteArray out;
    auto answer = [&](quint32 stream) {
        out += frame(Headers, EndHeaders, stream, kH2ResponseHeaders);
        out += frame(Data, EndStream, stream, kBody);
    };
    qsizetype pos = 0;
    while (c.buffer.size() - pos >= 9) {
        const auto *h = reinterpret_cast<const uchar *>(c.buffer.constData() + pos);
        const quint32 length = (quint32(h[0]) << 16) | (quint32(h[1]) << 8) | h[2];
        if (c.buffer.size() - pos < 9 + qsizetype(length))
            break;
        const quint8 type = h[3];
        const quint8 flags = h[4];
        const quint32 stream = ((quint32(h[5]) & 0x7f) << 24) | (quint32(h[6]) << 16) | (quint32(h[7]) << 8) | h[8];
        const QByteArray payload = c.buffer.mid(pos + 9, length);
        pos += 9 + length;
        switch (type) {
        case Settings:
            if (!(flags & Ack))
                out += frame(Settings, Ack, 0, {});
            break;
        case Ping:
            if (!(flags & Ack))
                out += frame(Ping, Ack, 0, payload);
            break;
        case Headers:
            if (!(flags & EndHeaders))
                c.endStreamSeen.insert(stream, flags & EndStream);
            else if (flags & EndStream)
                answer(stream);
            break;
        case Continuation:
            if ((flags & EndHeaders) && c.endStreamSeen.take(stream))
                answer(stream);
            break;
        case Data:
            if (flags & EndStream)
                answer(stream);
            break;
        default: // WINDOW_UPDATE, PRIORITY, RST_STREAM, GOAWAY: nothing to do for a responder this simple
            break;
        }
    }
    c.buffer.remove(0, pos);
    if (!out.isEmpty())
        socket->write(out);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    QTextStream(stdout) << server.serverPort() << Qt::endl;
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto *c = new Connection;
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, c] {
                c->buffer += socket->readAll();
                if (c->mode == Connection::Mode::Unknown) {
                    if (c->buffer.size() < kH2Preface.size() && kH2Preface.startsWith(c->buffer))
                        return;
                    if (c->buffer.startsWith(kH2Preface)) {
                        c->mode = Connection::Mode::Http2;
                        c->buffer.remove(0, kH2Preface.size());
                        // Flow control out of the way: large stream windows and a large connection window.
                        socket->write(frame(Settings, 0, 0, QByteArray("\x00\x04", 2) + be32(0x7fffffff))
                                      + frame(WindowUpdate, 0, 0, be32(0x7fff0000)));
                    } else {
                        c->mode = Connection::Mode::Http1;
                    }
                }
                if (c->mode == Connection::Mode::Http2)
                    serveHttp2(socket, *c);
                else
                    serveHttp1(socket, *c);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, c] {
                delete c;
                socket->deleteLater();
            });
        }
    });
    return app.exec();
}
