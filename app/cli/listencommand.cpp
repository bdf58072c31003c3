// `hookbench listen`: the built-in receiver on the command line.
#include "cli.h"
#include "commands.h"
#include "domain/validation.h"
#include "receiver/httpreceiver.h"
#include "signalwatcher.h"
#include "storage/workspace.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringDecoder>
#include <QTimer>

namespace Hookbench::Cli {

namespace {

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

class ListenSink final : public Receiving::CaptureSink
{
public:
    ListenSink(bool json, Storage::Workspace *ws)
        : m_json(json)
        , m_ws(ws)
    { }

    void capture(const CapturedRequest &c) override
    {
        ++m_received;
        bool valid = false;
        for (const Verdict &v : c.verdicts)
            valid = valid || v.result == Verdict::Result::Valid;
        if (!c.verdicts.isEmpty())
            ++(valid ? m_verified : m_invalid);
        if (m_ws)
            m_ws->writer().insertCapture(c);
        print(c);
    }

    void forwarded(qint64 captureId, const QString &to, int status, const QString &error,
                   const QByteArray &body) override
    {
        if (m_ws)
            m_ws->writer().saveForwardResult({captureId, to, status, error, body});
        if (m_json)
            printJsonLine(QJsonObject {{QLatin1String("forwarded"), QString::number(captureId)},
                                       {QLatin1String("to"), to},
                                       {QLatin1String("status"), status},
                                       {QLatin1String("error"), error}});
        else
            out() << "  forwarded to " << to << ": " << (status ? QString::number(status) : error) << Qt::endl;
    }

    int received() const { return m_received; }
    void summary() const
    {
        out() << m_received << " received, " << m_verified << " verified, " << m_invalid << " invalid" << Qt::endl;
    }

private:
    void print(const CapturedRequest &c)
    {
        QJsonArray verdicts;
        QStringList verdictText;
        for (const Verdict &v : c.verdicts) {
            verdicts.append(QJsonObject {{QLatin1String("scheme"), schemeName(v.scheme)},
                                         {QLatin1String("result"), verdictResultName(v.result)},
                                         {QLatin1String("detail"), v.detail}});
            verdictText << schemeName(v.scheme) + QLatin1Char(':') + verdictResultName(v.result);
        }
        if (m_json) {
            QJsonArray headers;
            for (const Header &h : c.headers)
                headers.append(QJsonArray {QString::fromLatin1(h.name), QString::fromUtf8(h.value)});
            QJsonObject o {{QLatin1String("id"), QString::number(c.id)},
                           {QLatin1String("time"), c.receivedAt.toString(Qt::ISODateWithMs)},
                           {QLatin1String("remote"), c.remoteAddress},
                           {QLatin1String("method"), QString::fromLatin1(c.method)},
                           {QLatin1String("path"), QString::fromUtf8(c.target)},
                           {QLatin1String("headers"), headers},
                           {QLatin1String("size"), double(c.body.size())},
                           {QLatin1String("verdicts"), verdicts}};
            if (isUtf8(c.body))
                o[QLatin1String("body")] = QString::fromUtf8(c.body);
            else
                o[QLatin1String("body_base64")] = QString::fromLatin1(c.body.toBase64());
            printJsonLine(o);
            return;
        }
        out() << c.receivedAt.toString(Qt::ISODateWithMs) << "  " << c.remoteAddress << "  " << c.method << ' '
              << QString::fromUtf8(c.target) << "  " << c.body.size() << " bytes  -> " << c.responseStatus;
        if (!verdictText.isEmpty())
            out() << "  " << verdictText.join(QLatin1Char(' '));
        out() << Qt::endl;
    }

    bool m_json;
    Storage::Workspace *m_ws;
    int m_received = 0;
    int m_verified = 0;
    int m_invalid = 0;
};

} // namespace

int runListen(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(
        parser, QStringLiteral("listen"),
        QStringLiteral("receive webhooks on a local URL: print every request, answer by rules, verify signatures."));
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("Port to listen on (default 0: a free port)."), QStringLiteral("P")},
        {QStringLiteral("bind"),
         QStringLiteral("Address to listen on (default 127.0.0.1, with ::1). Other addresses need --token."),
         QStringLiteral("ADDR")},
        {QStringLiteral("token"),
         QStringLiteral("Access token required in the path (/t/TOKEN/…) or X-Hookbench-Token when not on loopback."),
         QStringLiteral("T")},
        {QStringLiteral("status"), QStringLiteral("Status to answer (default 200)."), QStringLiteral("CODE")},
        {QStringLiteral("body"), QStringLiteral("Body to answer (default {\"ok\":true})."), QStringLiteral("TEXT")},
        {QStringLiteral("delay"), QStringLiteral("Wait this long before answering."), QStringLiteral("MS")},
        {QStringLiteral("fail-first"), QStringLiteral("Answer 500 to the first N requests, then succeed."),
         QStringLiteral("N")},
        {QStringLiteral("verify"),
         QStringLiteral("Verify signatures: SCHEME:SECRET with SCHEME standard, github, stripe or hmac; repeatable."),
         QStringLiteral("SCHEME:SECRET")},
        {QStringLiteral("reject-invalid"), QStringLiteral("Answer 401 when no --verify secret matches.")},
        {QStringLiteral("forward"), QStringLiteral("Forward every request to this URL and show its answer."),
         QStringLiteral("URL")},
        {QStringLiteral("max-body"),
         QStringLiteral("Largest body accepted, in bytes (default 26214400); larger get 413."),
         QStringLiteral("BYTES")},
        {QStringLiteral("count"), QStringLiteral("Exit after N requests."), QStringLiteral("N")},
        {QStringLiteral("duration"), QStringLiteral("Exit after S seconds."), QStringLiteral("S")},
        {QStringLiteral("json"),
         QStringLiteral("One JSON object per request (keys: id, time, remote, method, path, headers, body or "
                        "body_base64, size, verdicts).")},
    });
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QString command = QStringLiteral("listen");
    if (!parser.positionalArguments().isEmpty())
        return fail(command, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    Receiver config;
    config.name = QStringLiteral("listen");
    auto integer = [&](const char *option, qint64 min, qint64 max, qint64 *target) -> QString {
        if (!parser.isSet(QLatin1String(option)))
            return {};
        bool ok = false;
        const qint64 v = parser.value(QLatin1String(option)).toLongLong(&ok);
        if (!ok || v < min || v > max)
            return QStringLiteral("--%1: '%2' is not a number from %3 to %4")
                .arg(QLatin1String(option), parser.value(QLatin1String(option)))
                .arg(min)
                .arg(max);
        *target = v;
        return {};
    };
    qint64 port = 0, status = 200, delay = 0, failFirst = 0, count = 0, duration = 0, maxBody = config.maxBodyBytes;
    for (const QString &why :
         {integer("port", 0, 65535, &port), integer("status", 100, 599, &status), integer("delay", 0, 600'000, &delay),
          integer("fail-first", 0, 1'000'000, &failFirst), integer("count", 1, 1'000'000'000, &count),
          integer("duration", 1, 31'536'000, &duration), integer("max-body", 1, 1LL << 34, &maxBody)}) {
        if (!why.isEmpty())
            return fail(command, why);
    }
    config.port = quint16(port);
    config.maxBodyBytes = maxBody;
    if (parser.isSet(QStringLiteral("bind")))
        config.bindAddress = parser.value(QStringLiteral("bind"));
    config.accessToken = parser.value(QStringLiteral("token"));
    if (!config.isLoopbackOnly() && config.accessToken.isEmpty())
        config.accessToken = Ids::uid(QLatin1String(""));
    ResponseRule rule;
    rule.status = int(status);
    if (parser.isSet(QStringLiteral("body"))) {
        rule.body = parser.value(QStringLiteral("body")).toUtf8();
        if (!Validation::checkJson(rule.body).isEmpty())
            rule.headers = {Header {"Content-Type", "text/plain; charset=utf-8"}};
    }
    rule.delayMs = int(delay);
    if (failFirst > 0) {
        rule.behaviour = ResponseRule::Behaviour::FailFirst;
        rule.failFirst = int(failFirst);
    }
    config.rules = {rule};
    for (const QString &spec : parser.values(QStringLiteral("verify"))) {
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        const auto scheme = colon > 0 ? schemeFromName(spec.left(colon)) : std::nullopt;
        if (!scheme || *scheme == SigningScheme::None || colon + 1 >= spec.size())
            return fail(
                command,
                QStringLiteral("--verify: '%1' is not SCHEME:SECRET with SCHEME standard, github, stripe or hmac")
                    .arg(spec));
        config.secrets.append(VerificationSecret {*scheme, spec.mid(colon + 1), {}});
    }
    config.rejectInvalid = parser.isSet(QStringLiteral("reject-invalid"));
    if (parser.isSet(QStringLiteral("forward"))) {
        if (QString why = Validation::checkUrl(parser.value(QStringLiteral("forward"))); !why.isEmpty())
            return fail(command, QStringLiteral("--forward: ") + why);
        config.forwardTo = QUrl(parser.value(QStringLiteral("forward")), QUrl::StrictMode);
    }
    if (const auto errors = Validation::validate(config); !errors.isEmpty())
        return fail(command, Validation::describe(errors));

    std::unique_ptr<Storage::Workspace> ws;
    if (parser.isSet(QStringLiteral("workspace"))) {
        int code = Ok;
        ws = openWorkspace(parser, command, &code);
        if (!ws)
            return code;
        // Captures belong to a receiver named "listen" in the workspace, created on first use.
        config.autoStart = parser.isSet(QStringLiteral("save"));
        if (const auto existing = ws->receivers().findByName(config.name)) {
            config.id = existing->id;
            ws->receivers().update(config);
        } else if (const auto r = ws->receivers().add(config); !r) {
            return fail(command, r.error, Error);
        }
    }

    ListenSink sink(parser.isSet(QStringLiteral("json")), ws.get());
    Receiving::HttpReceiver receiver(config, &sink);
    QString error;
    if (!receiver.start(&error))
        return fail(command, error, Error);
    out() << "listening on " << receiver.baseUrl() << Qt::endl;

    SignalWatcher watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &loop, &QEventLoop::quit);
    if (count > 0) {
        QObject::connect(&receiver, &Receiving::HttpReceiver::requestCaptured, &loop, [&] {
            if (sink.received() >= count)
                QTimer::singleShot(0, &loop, &QEventLoop::quit); // let the answer go out first
        });
    }
    if (duration > 0)
        QTimer::singleShot(int(duration * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    // Answers still being written get a moment to leave before the sockets close.
    QCoreApplication::processEvents();
    receiver.stop();
    if (ws)
        ws->writer().flush();
    sink.summary();
    return Ok;
}

} // namespace Hookbench::Cli
