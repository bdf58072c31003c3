// A minimal keep-alive responder for the engine benchmark: answers every request with a small 200, over HTTP/1.1
// or over cleartext HTTP/2 with prior knowledge (h2c, detected from the client's connection preface). Runs as its
// own process so the benchmark's CPU figures count only the sending side. Single-threaded QTcpServer, as the
// performance notes found it on a par with nginx.
#include "http2frames.h"

#include <QCoreApplication>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

using namespace Hookbench::Http2Frames;

namespace {

const QByteArray kHttp1Answer
    = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}";
const QByteArray kBody = "{\"ok\":true}";

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
    while (std::optional<Frame> f = nextFrame(c.buffer, &pos)) {
        out += acknowledgement(*f);
        const quint8 flags = f->flags;
        const quint32 stream = f->stream;
        switch (f->type) {
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
                    if (c->buffer.size() < kPreface.size() && kPreface.startsWith(c->buffer))
                        return;
                    if (c->buffer.startsWith(kPreface)) {
                        c->mode = Connection::Mode::Http2;
                        c->buffer.remove(0, kPreface.size());
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
