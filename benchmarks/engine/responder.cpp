// A minimal keep-alive HTTP/1.1 responder for the engine benchmark: answers every request with a small 200.
// Runs as its own process so the benchmark's CPU figures count only the client side.
#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    QTextStream(stdout) << server.serverPort() << Qt::endl;
    static const QByteArray answer
        = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}";
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto *buffer = new QByteArray;
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] {
                *buffer += socket->readAll();
                while (true) {
                    const qsizetype head = buffer->indexOf("\r\n\r\n");
                    if (head < 0)
                        return;
                    qsizetype length = 0;
                    const qsizetype cl = buffer->indexOf("ontent-Length:");
                    if (cl >= 0 && cl < head)
                        length = buffer->mid(cl + 14, buffer->indexOf('\r', cl) - cl - 14).trimmed().toLongLong();
                    if (buffer->size() < head + 4 + length)
                        return;
                    buffer->remove(0, head + 4 + length);
                    socket->write(answer);
                }
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
        }
    });
    return app.exec();
}
