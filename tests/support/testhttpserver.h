#pragma once

#include "domain/header.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTcpServer>

class QTcpSocket;

namespace Hookbench::Test {

// A small scripted HTTP/1.1 peer on 127.0.0.1 for engine tests: records every request and answers from a queue
// of scripted responses (then with the default). Independent of Hookbench's own receiver on purpose.
class TestHttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        HeaderList headers;
        QByteArray body;
        qint64 receivedMs = 0; // monotonic, since the server started
    };
    struct Response
    {
        int status = 200;
        HeaderList headers;
        QByteArray body = "ok";
        int delayMs = 0;
        bool neverAnswer = false;
        int trickleMs = 0; // > 0: after the head, the body goes out a byte at a time, this far apart
        bool closeMidBody = false; // the head and half the body, then the connection closes
    };

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/hook")) const;

    void enqueue(const Response &response) { m_script.append(response); }
    void setDefault(const Response &response) { m_default = response; }
    // Requests to this target (path and query) are answered so, ahead of the script and the default.
    void setForTarget(const QByteArray &target, const Response &response) { m_byTarget.insert(target, response); }

    const QList<Request> &requests() const { return m_requests; }
    int maxConcurrent() const { return m_maxConcurrent; }

signals:
    void requestReceived();

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Response> m_script;
    Response m_default;
    QHash<QByteArray, Response> m_byTarget;
    QList<Request> m_requests;
    QElapsedTimer m_clock;
    int m_concurrent = 0;
    int m_maxConcurrent = 0;
};

} // namespace Hookbench::Test
