// `hookbench listen`, run as the built binary: what it prints, how it answers, when it exits.
#include "clirunner.h"
#include "signing/signer.h"
#include "storage/workspace.h"
#include "tempworkspace.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using namespace Hookbench;

namespace {

// A running `hookbench listen`: its URL once the first line is out, everything it printed once it exits.
class Listener
{
public:
    explicit Listener(const QStringList &options)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(Test::hookbenchBinary(), QStringList {QStringLiteral("listen")} + options);
    }
    ~Listener()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // Waits for "listening on URL"; empty when it does not come.
    QString url()
    {
        if (m_url.isEmpty()) {
            // Whether it came or not shows in the line read next.
            (void)QTest::qWaitFor(
                [this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; }, 10000);
            const QByteArray line = m_process.readLine().trimmed();
            m_lines.append(line);
            if (line.startsWith("listening on "))
                m_url = QString::fromUtf8(line.mid(13));
        }
        return m_url;
    }
    bool waitForExit(int timeoutMs = 20000)
    {
        const bool exited = QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
        const QByteArray rest = m_process.readAllStandardOutput().trimmed();
        if (!rest.isEmpty())
            m_lines += rest.split('\n');
        return exited;
    }
    // Lines printed after the first so far (request lines appear while it runs).
    QList<QByteArray> linesSoFar()
    {
        while (m_process.canReadLine())
            m_lines.append(m_process.readLine().trimmed());
        return m_lines.mid(1);
    }
    void signal(int number) { ::kill(pid_t(m_process.processId()), number); }
    int exitCode() const { return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1; }
    const QList<QByteArray> &lines() const { return m_lines; }
    QByteArray errors() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
    QString m_url;
    QList<QByteArray> m_lines;
};

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

Answer send(const QString &url, const QByteArray &body, const HeaderList &headers = {},
            const QByteArray &method = "POST")
{
    QNetworkAccessManager nam;
    QNetworkRequest request {QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    for (const Header &h : headers)
        request.setRawHeader(h.name, h.value);
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeader("Content-Type")};
}

HeaderList gitHubSignature(const QString &secret, const QByteArray &body)
{
    Signing::SigningContext ctx;
    ctx.scheme = SigningScheme::GitHub;
    ctx.secrets = {secret};
    ctx.deliveryId = QStringLiteral("d-1");
    ctx.eventType = QStringLiteral("push");
    return Signing::signatureHeaders(ctx, body);
}

} // namespace

class TestListenCli : public QObject
{
    Q_OBJECT

private slots:
    void countTwoPrintsJsonAndSummary()
    {
        Listener listen({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--count"), QStringLiteral("2"),
                         QStringLiteral("--json"), QStringLiteral("--verify"), QStringLiteral("github:topsecret")});
        const QString url = listen.url();
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")) && url.endsWith(QLatin1Char('/')),
                 listen.lines().value(0).constData());
        QVERIFY(QUrl(url).port() > 0);
        const QByteArray body = R"({"n":1})";
        QCOMPARE(send(url + QStringLiteral("in?x=1"), body, gitHubSignature(QStringLiteral("topsecret"), body)).status,
                 200);
        QCOMPARE(send(url + QStringLiteral("in"), body, gitHubSignature(QStringLiteral("wrong"), body)).status, 200);
        QVERIFY(listen.waitForExit());
        // A request that failed verification is a failure for the exit status (README: 1).
        QCOMPARE(listen.exitCode(), 1);
        QCOMPARE(listen.lines().size(), 4);
        QCOMPARE(listen.lines().last(), QByteArray("2 received, 1 verified, 1 invalid"));

        QJsonParseError error;
        const QJsonObject first = QJsonDocument::fromJson(listen.lines().at(1), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key : {"id", "time", "remote", "method", "path", "headers", "body", "size", "verdicts"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QVERIFY(!first.contains(QStringLiteral("body_base64")));
        QVERIFY(first.value(QStringLiteral("id")).toString().toLongLong() > 0);
        QVERIFY(QDateTime::fromString(first.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(first.value(QStringLiteral("remote")).toString().startsWith(QStringLiteral("127.0.0.1:")));
        QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("/in?x=1"));
        QCOMPARE(first.value(QStringLiteral("body")).toString(), QString::fromUtf8(body));
        QCOMPARE(first.value(QStringLiteral("size")).toInt(), body.size());
        // Headers: name/value pairs in arrival order, names in their case.
        const QJsonArray headers = first.value(QStringLiteral("headers")).toArray();
        QStringList names;
        for (const QJsonValue &h : headers) {
            QCOMPARE(h.toArray().size(), 2);
            names.append(h.toArray().at(0).toString());
        }
        QVERIFY(names.indexOf(QStringLiteral("X-GitHub-Event")) >= 0);
        QVERIFY(names.indexOf(QStringLiteral("X-GitHub-Event")) < names.indexOf(QStringLiteral("X-Hub-Signature-256")));
        const QJsonObject verdict = first.value(QStringLiteral("verdicts")).toArray().first().toObject();
        QCOMPARE(verdict.value(QStringLiteral("scheme")).toString(), QStringLiteral("github"));
        QCOMPARE(verdict.value(QStringLiteral("result")).toString(), QStringLiteral("valid"));
        const QJsonObject second = QJsonDocument::fromJson(listen.lines().at(2)).object();
        QCOMPARE(second.value(QStringLiteral("verdicts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toString(),
                 QStringLiteral("invalid_signature"));
    }

    void binaryBodiesAreBase64()
    {
        Listener listen({QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--json")});
        const QString url = listen.url();
        QVERIFY(!url.isEmpty());
        const QByteArray binary("\xff\x00\xfe\x01", 4);
        QCOMPARE(send(url, binary).status, 200);
        QVERIFY(listen.waitForExit());
        const QJsonObject r = QJsonDocument::fromJson(listen.lines().at(1)).object();
        QVERIFY(!r.contains(QStringLiteral("body")));
        QCOMPARE(QByteArray::fromBase64(r.value(QStringLiteral("body_base64")).toString().toLatin1()), binary);
        QCOMPARE(r.value(QStringLiteral("size")).toInt(), 4);
        QCOMPARE(listen.lines().last(), QByteArray("1 received, 0 verified, 0 invalid"));
    }

    // A leading byte order mark is part of the bytes received: `body` and header values keep it as U+FEFF.
    // Checked in the bytes printed: QJsonDocument's reader itself drops a mark at the start of a string.
    void byteOrderMarksAreKept()
    {
        Listener listen({QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--json")});
        const QString url = listen.url();
        QVERIFY(!url.isEmpty());
        QCOMPARE(send(url, "\xef\xbb\xbf{\"a\":1}", {{"X-V", "\xef\xbb\xbfv"}}).status, 200);
        QVERIFY(listen.waitForExit());
        const QByteArray line = listen.lines().at(1);
        QVERIFY2(line.contains("\"body\":\"\xef\xbb\xbf{\\\"a\\\":1}\""), line.constData());
        QVERIFY2(line.contains("[\"X-V\",\"\xef\xbb\xbfv\"]"), line.constData());
        QVERIFY2(line.contains("\"size\":10"), line.constData());
    }

    // A header value that is not UTF-8 goes as base64, as a body does: "caf\xe9" and "café" must not print alike.
    void nonUtf8HeaderValuesAreBase64()
    {
        Listener listen({QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--json")});
        const QString url = listen.url();
        QVERIFY(!url.isEmpty());
        QCOMPARE(send(url, "{}", {{"X-Latin", "caf\xe9"}, {"X-Utf8", "caf\xc3\xa9"}}).status, 200);
        QVERIFY(listen.waitForExit());
        const QJsonObject r = QJsonDocument::fromJson(listen.lines().at(1)).object();
        QJsonValue latin;
        QJsonValue utf8;
        for (const QJsonValue &h : r.value(QStringLiteral("headers")).toArray()) {
            const QJsonArray pair = h.toArray();
            QCOMPARE(pair.size(), 2);
            if (pair.at(0).toString() == QLatin1String("X-Latin"))
                latin = pair.at(1);
            else if (pair.at(0).toString() == QLatin1String("X-Utf8"))
                utf8 = pair.at(1);
        }
        QCOMPARE(utf8.toString(), QStringLiteral("caf\u00e9"));
        QVERIFY2(latin.isObject(), listen.lines().at(1).constData());
        QCOMPARE(latin.toObject().keys(), QStringList {QStringLiteral("value_base64")});
        QCOMPARE(QByteArray::fromBase64(latin.toObject().value(QStringLiteral("value_base64")).toString().toLatin1()),
                 QByteArray("caf\xe9"));
    }

    void textLinesAppearAsRequestsArrive()
    {
        Listener listen({});
        const QString url = listen.url();
        QVERIFY(!url.isEmpty());
        QCOMPARE(send(url + QStringLiteral("first"), "abc").status, 200);
        QTRY_COMPARE(listen.linesSoFar().size(), 1);
        const QByteArray line = listen.linesSoFar().first();
        // The whole line, field by field: time (UTC, milliseconds), client, request line, body size, answer.
        static const QRegularExpression shape(QStringLiteral(
            R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z  127\.0\.0\.1:\d+  POST /first  3 bytes  -> 200$)"));
        QVERIFY2(shape.match(QString::fromLatin1(line)).hasMatch(), line.constData());
        QCOMPARE(send(url + QStringLiteral("second"), {}, {}, "DELETE").status, 200);
        QTRY_COMPARE(listen.linesSoFar().size(), 2);
        QVERIFY(listen.linesSoFar().at(1).contains("DELETE /second"));
        listen.signal(SIGTERM);
        QVERIFY(listen.waitForExit());
        QCOMPARE(listen.exitCode(), 0);
        QCOMPARE(listen.lines().last(), QByteArray("2 received, 0 verified, 0 invalid"));
    }

    void sigintAndDurationEndIt()
    {
        Listener interrupted({});
        QVERIFY(!interrupted.url().isEmpty());
        interrupted.signal(SIGINT);
        QVERIFY(interrupted.waitForExit());
        QCOMPARE(interrupted.exitCode(), 0);
        QCOMPARE(interrupted.lines().last(), QByteArray("0 received, 0 verified, 0 invalid"));

        Listener timed({QStringLiteral("--duration"), QStringLiteral("1")});
        QVERIFY(!timed.url().isEmpty());
        QVERIFY(timed.waitForExit(10000));
        QCOMPARE(timed.exitCode(), 0);
        QCOMPARE(timed.lines().last(), QByteArray("0 received, 0 verified, 0 invalid"));
    }

    void answersAsTold()
    {
        Listener listen({QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--status"),
                         QStringLiteral("201"), QStringLiteral("--body"), QStringLiteral("created"),
                         QStringLiteral("--delay"), QStringLiteral("200"), QStringLiteral("--fail-first"),
                         QStringLiteral("1")});
        const QString url = listen.url();
        QVERIFY(!url.isEmpty());
        QCOMPARE(send(url, "a").status, 500);
        // The last counted request still gets its (delayed) answer before the process exits.
        const Answer second = send(url, "b");
        QCOMPARE(second.status, 201);
        QCOMPARE(second.body, QByteArray("created"));
        QCOMPARE(second.contentType, QByteArray("text/plain; charset=utf-8"));
        QVERIFY(listen.waitForExit());
        QCOMPARE(listen.exitCode(), 0);
        QVERIFY(listen.lines().at(1).contains("-> 500"));
        QVERIFY(listen.lines().at(2).contains("-> 201"));
    }

    void countIsExact()
    {
        Listener listen({QStringLiteral("--count"), QStringLiteral("1")});
        const QUrl url(listen.url());
        QVERIFY(url.isValid());
        QTcpSocket socket;
        QByteArray received;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /1 HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\nPOST /2 HTTP/1.1\r\nHost: "
                     "a\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(listen.waitForExit());
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(received.count("HTTP/1.1 200"), 1);
        QCOMPARE(listen.lines().size(), 3);
        QCOMPARE(listen.lines().last(), QByteArray("1 received, 0 verified, 0 invalid"));
    }

    // What the workspace cannot store is said on stderr as it happens: here the captures' table is dropped under
    // a running `listen`, so its capture of the request fails.
    void writeFailuresAreReported()
    {
        Test::TempWorkspace temp;
        Listener listen({QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--workspace"), temp.path()});
        QVERIFY(QUrl(listen.url()).isValid());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
            db.setDatabaseName(temp.path());
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            QVERIFY(db.open());
            QSqlQuery drop(db);
            QVERIFY2(drop.exec(QStringLiteral("DROP TABLE captured_requests")), qPrintable(drop.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
        QCOMPARE(send(listen.url(), "{}").status, 200);
        QVERIFY(listen.waitForExit());
        const QByteArray errors = listen.errors();
        QVERIFY2(errors.contains("hookbench listen: not saved to the workspace: "), errors.constData());
        QVERIFY2(errors.contains("captured_requests"), errors.constData());
        // It ran and answered, but what it was asked to keep was not kept: a script must be able to tell.
        QCOMPARE(listen.lines().last(), QByteArray("1 received, 0 verified, 0 invalid"));
        QCOMPARE(listen.exitCode(), 1);
    }

    void rejectsInvalidAndOversized()
    {
        Listener listen({QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--verify"),
                         QStringLiteral("github:s3cret"), QStringLiteral("--reject-invalid"),
                         QStringLiteral("--max-body"), QStringLiteral("16")});
        const QString url = listen.url();
        QVERIFY(!url.isEmpty());
        QCOMPARE(send(url, QByteArray(17, 'x')).status, 413); // refused before capture: not counted
        QCOMPARE(send(url, "{}").status, 401);
        QVERIFY(listen.waitForExit());
        QCOMPARE(listen.lines().last(), QByteArray("1 received, 0 verified, 1 invalid"));
        QVERIFY2(listen.lines().at(1).endsWith("  POST /  2 bytes  -> 401  github:missing_headers"),
                 listen.lines().at(1).constData());
        QCOMPARE(listen.exitCode(), 1);
    }

    void forwardsAndReportsTheAnswer()
    {
        Test::TestHttpServer target;
        QVERIFY(target.listen());
        target.setDefault({202, {}, "accepted", 0, false});
        Listener listen({QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--json"),
                         QStringLiteral("--forward"), target.url(QStringLiteral("/app"))});
        const QString url = listen.url();
        QVERIFY(!url.isEmpty());
        QCOMPARE(send(url + QStringLiteral("in"), "payload", {{"X-Custom", "1"}}).status, 200);
        QVERIFY(listen.waitForExit());
        QCOMPARE(target.requests().size(), 1);
        QCOMPARE(target.requests().first().body, QByteArray("payload"));
        QCOMPARE(headerValue(target.requests().first().headers, "X-Custom"), QByteArray("1"));
        // stdout: the URL, one request object, the summary; the forward's result is a JSON line on stderr.
        QCOMPARE(listen.lines().size(), 3);
        const QJsonObject request = QJsonDocument::fromJson(listen.lines().at(1)).object();
        QVERIFY(request.contains(QStringLiteral("method")));
        QCOMPARE(listen.lines().last(), QByteArray("1 received, 0 verified, 0 invalid"));
        QJsonObject update;
        for (const QByteArray &line : listen.errors().split('\n')) {
            if (line.startsWith('{'))
                update = QJsonDocument::fromJson(line).object();
        }
        QCOMPARE(update.value(QStringLiteral("forwarded")).toString(), request.value(QStringLiteral("id")).toString());
        QCOMPARE(update.value(QStringLiteral("status")).toInt(), 202);
        QCOMPARE(update.value(QStringLiteral("to")).toString(), target.url(QStringLiteral("/app")));
    }

    // Verdicts decide the exit status: 0 when every request verified, 1 when one did not (a missing signature
    // counts; a wrong one is in countTwoPrintsJsonAndSummary).
    void exitStatusFollowsVerification()
    {
        const QByteArray body = R"({"n":1})";
        Listener good({QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--verify"),
                       QStringLiteral("github:topsecret")});
        QVERIFY(!good.url().isEmpty());
        QCOMPARE(send(good.url(), body, gitHubSignature(QStringLiteral("topsecret"), body)).status, 200);
        QVERIFY(good.waitForExit());
        QCOMPARE(good.lines().last(), QByteArray("1 received, 1 verified, 0 invalid"));
        QCOMPARE(good.exitCode(), 0);

        Listener unsigned_({QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--verify"),
                            QStringLiteral("github:topsecret")});
        QVERIFY(!unsigned_.url().isEmpty());
        QCOMPARE(send(unsigned_.url(), body).status, 200);
        QVERIFY(unsigned_.waitForExit());
        QCOMPARE(unsigned_.lines().last(), QByteArray("1 received, 0 verified, 1 invalid"));
        QCOMPARE(unsigned_.exitCode(), 1);
    }

    // Beyond loopback the printed URL still goes through loopback (it is the one to use here), and stderr says
    // that other machines can reach the receiver. Listens on every interface for a second, behind a generated
    // token; the test itself only connects through loopback.
    void bindingBeyondLoopbackIsSaid()
    {
        Listener wide(
            {QStringLiteral("--bind"), QStringLiteral("0.0.0.0"), QStringLiteral("--duration"), QStringLiteral("1")});
        const QString url = wide.url();
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")) && url.contains(QStringLiteral("/t/")),
                 qPrintable(url));
        QCOMPARE(send(url + QStringLiteral("x"), "{}").status, 200);
        QVERIFY(wide.waitForExit());
        const QByteArray note = wide.errors();
        QVERIFY2(note.contains("0.0.0.0, every network interface"), note.constData());
        QVERIFY2(note.contains("other machines can reach this receiver"), note.constData());
        QVERIFY2(note.contains("access token"), note.constData());

        Listener local({QStringLiteral("--duration"), QStringLiteral("1")});
        QVERIFY(!local.url().isEmpty());
        QVERIFY(local.waitForExit());
        QVERIFY(!local.errors().contains("other machines"));
    }

    // --save without --port keeps the port the receiver got, not 0 (which `hookbench run` would take as "any").
    void saveKeepsThePortItListensOn()
    {
        Test::TempWorkspace temp;
        Listener listen({QStringLiteral("--save"), QStringLiteral("--workspace"), temp.path(),
                         QStringLiteral("--duration"), QStringLiteral("1")});
        const QUrl url(listen.url());
        QVERIFY(url.port() > 0);
        QVERIFY(listen.waitForExit());
        QCOMPARE(listen.exitCode(), 0);
        QString error;
        const auto ws = Storage::Workspace::open(temp.path(), &error);
        QVERIFY2(ws, qPrintable(error));
        const auto saved = ws->receivers().findByName(QStringLiteral("listen"));
        QVERIFY(saved);
        QVERIFY(saved->autoStart);
        QCOMPARE(int(saved->port), url.port());
    }

    void usageAndStartErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("port") << QStringList {QStringLiteral("--port"), QStringLiteral("http")} << 2
                              << QStringLiteral("--port");
        QTest::newRow("status") << QStringList {QStringLiteral("--status"), QStringLiteral("99")} << 2
                                << QStringLiteral("--status");
        QTest::newRow("verify") << QStringList {QStringLiteral("--verify"), QStringLiteral("rot13:x")} << 2
                                << QStringLiteral("--verify");
        QTest::newRow("standard secret not base64")
            << QStringList {QStringLiteral("--verify"), QStringLiteral("standard:my-plain-secret")} << 2
            << QStringLiteral("--verify: A Standard Webhooks secret must be");
        QTest::newRow("standard secret prefix only")
            << QStringList {QStringLiteral("--verify"), QStringLiteral("standard:whsec_")} << 2
            << QStringLiteral("--verify");
        QTest::newRow("reject without verify")
            << QStringList {QStringLiteral("--reject-invalid")} << 2 << QStringLiteral("--reject-invalid");
        QTest::newRow("forward") << QStringList {QStringLiteral("--forward"), QStringLiteral("not a url")} << 2
                                 << QStringLiteral("--forward");
        QTest::newRow("cert without key")
            << QStringList {QStringLiteral("--cert"), QStringLiteral("/x.pem")} << 2 << QStringLiteral("--key");
        QTest::newRow("short token") << QStringList {QStringLiteral("--bind"), QStringLiteral("0.0.0.0"),
                                                     QStringLiteral("--token"), QStringLiteral("short")}
                                     << 2 << QStringLiteral("token");
        QTest::newRow("stray argument") << QStringList {QStringLiteral("extra")} << 2 << QStringLiteral("extra");
        QTest::newRow("missing key file") << QStringList {QStringLiteral("--cert"), QStringLiteral("/nonexistent.crt"),
                                                          QStringLiteral("--key"), QStringLiteral("/nonexistent.key")}
                                          << 3 << QStringLiteral("nonexistent");
    }
    void usageAndStartErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Test::CliResult r = Test::runCli(QStringList {QStringLiteral("listen")} + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.errText().contains(message), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
    }

    void busyPortIsAnError()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        const Test::CliResult r
            = Test::runCli({QStringLiteral("listen"), QStringLiteral("--port"), QString::number(taken.serverPort())});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.errText().contains(QString::number(taken.serverPort())), qPrintable(r.errText()));
    }
};

QTEST_GUILESS_MAIN(TestListenCli)
#include "tst_listen_cli.moc"
