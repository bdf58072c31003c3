#include "testhttpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Hookbench::Test {

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

TestHttpServer::~TestHttpServer()
{
    // The sockets die with the server, after this object's members: they must not call back into it.
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

bool TestHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString TestHttpServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}

void TestHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (true) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            Header h {line.left(colon), line.mid(colon + 1).trimmed()};
            if (h.name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = h.value.toLongLong();
            request.headers.append(h);
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        request.receivedMs = m_clock.elapsed();
        m_requests.append(request);
        const auto byTarget = m_byTarget.constFind(request.target);
        const Response response = byTarget != m_byTarget.constEnd() ? *byTarget
            : m_script.isEmpty()                                    ? m_default
                                                                    : m_script.takeFirst();
        ++m_concurrent;
        m_maxConcurrent = qMax(m_maxConcurrent, m_concurrent);
        emit requestReceived();
        if (response.neverAnswer)
            continue;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response] {
            --m_concurrent;
            if (guard)
                answer(guard, response);
        });
    }
}

void TestHttpServer::answer(QTcpSocket *socket, const Response &r)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " Scripted\r\n";
    for (const Header &h : r.headers)
        out += h.name + ": " + h.value + "\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
    if (r.closeMidBody) {
        socket->write(out + r.body.left(r.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    if (r.trickleMs <= 0) {
        socket->write(out + r.body);
        return;
    }
    socket->write(out);
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [socket, timer, body = r.body, sent = qsizetype(0)]() mutable {
        if (sent >= body.size()) {
            timer->stop();
            timer->deleteLater();
            return;
        }
        socket->write(body.mid(sent++, 1));
    });
    timer->start(r.trickleMs);
}

} // namespace Hookbench::Test
