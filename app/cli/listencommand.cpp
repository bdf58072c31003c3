// `hookbench listen`: the built-in receiver on the command line.
#include "cli.h"
#include "commands.h"
#include "domain/validation.h"
#include "receiver/httpreceiver.h"
#include "receiver/workspacecapturesink.h"
#include "signalwatcher.h"
#include "storage/workspace.h"
#include "util/bytewriter.h"
#include "util/ids.h"
#include "util/isotime.h"
#include "util/utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <array>
#include <charconv>
#include <cstdio>

namespace Hookbench::Cli {

namespace {

// After --count, --duration or a signal, answers being prepared and forwards in flight get this long on top of
// the configured delay before the receiver closes.
constexpr int GraceMs = 10'000;

// Bytes that are not UTF-8 (obs-text in a request target) are shown as Latin-1 rather than replaced.
QString text(const QByteArray &bytes)
{
    return Utf8::isUtf8(bytes) ? Utf8::fromUtf8Exact(bytes) : QString::fromLatin1(bytes);
}

// Request lines go out as they arrive, but written together at the end of the event loop's turn: a burst of
// requests costs one write instead of one per line.
class LinePrinter
{
public:
    ~LinePrinter() { flush(); }
    void print(const QByteArray &line)
    {
        printWith([&line](QByteArray &pending) { pending += line; });
    }
    // The line is appended by `write(QByteArray &pending)`, without its newline: no copy of it on the way.
    template<typename Write>
    void printWith(Write write)
    {
        write(m_pending);
        m_pending += '\n';
        if (m_pending.size() > 64 * 1024) {
            flush();
        } else if (!m_flushQueued) {
            m_flushQueued = true;
            QTimer::singleShot(0, &m_context, [this] { flush(); });
        }
    }
    void flush()
    {
        m_flushQueued = false;
        if (m_pending.isEmpty())
            return;
        std::fwrite(m_pending.constData(), 1, size_t(m_pending.size()), stdout);
        std::fflush(stdout);
        m_pending.resize(0); // keeps its capacity for the next burst
    }

private:
    QObject m_context; // the queued flush goes with the printer
    QByteArray m_pending;
    bool m_flushQueued = false;
};

// Prints every capture, counts verdicts, and passes captures on to the workspace when there is one.
class ListenSink final : public Receiving::CaptureSink
{
public:
    ListenSink(bool json, LinePrinter &printer, Receiving::CaptureSink *next)
        : m_json(json)
        , m_printer(printer)
        , m_next(next)
    { }

    void capture(const CapturedRequest &c) override
    {
        ++m_received;
        bool valid = false;
        for (const Verdict &v : c.verdicts)
            valid = valid || v.result == Verdict::Result::Valid;
        if (!c.verdicts.isEmpty())
            ++(valid ? m_verified : m_invalid);
        if (m_next)
            m_next->capture(c);
        if (m_json)
            m_printer.print(jsonLine(c));
        else
            m_printer.printWith([&c](QByteArray &pending) { appendTextLine(pending, c); });
    }

    void forwarded(qint64 captureId, const QString &to, int status, const QString &error,
                   const QByteArray &body) override
    {
        if (m_next)
            m_next->forwarded(captureId, to, status, error, body);
        // An update to a request printed before, keyed by its id. With --json every line on stdout is a request
        // object, so scripts can read one per line: the update goes to stderr, as a JSON line of its own.
        if (m_json) {
            const QJsonObject o {{QLatin1String("forwarded"), QString::number(captureId)},
                                 {QLatin1String("to"), to},
                                 {QLatin1String("status"), status},
                                 {QLatin1String("error"), error}};
            const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fflush(stderr);
        } else {
            m_printer.print("  " + QByteArray::number(captureId) + " forwarded to " + to.toUtf8() + ": "
                            + (status ? QByteArray::number(status) : error.toUtf8()));
        }
    }

    int received() const { return m_received; }
    int invalid() const { return m_invalid; }
    QString summary() const
    {
        return QStringLiteral("%1 received, %2 verified, %3 invalid").arg(m_received).arg(m_verified).arg(m_invalid);
    }

private:
    // "<time>  <remote>  <method> <target>  <size> bytes  -> <status>", then "  <scheme>:<result>" per verdict.
    // Measured, then written in place: made of a dozen temporary QByteArrays, the line cost about 3,000
    // instructions, a sixth of the receiving thread's work per request (callgrind).
    static void appendTextLine(QByteArray &out, const CapturedRequest &c)
    {
        std::array<char, IsoTime::MaxUtcWithMsLength> timeText;
        const QByteArrayView time(timeText.data(),
                                  IsoTime::writeUtcWithMs(c.receivedAt.toMSecsSinceEpoch(), timeText.data()));
        std::array<char, 24> sizeDigits;
        const QByteArrayView size(sizeDigits.data(),
                                  std::to_chars(sizeDigits.begin(), sizeDigits.end(), c.body.size()).ptr
                                      - sizeDigits.data());
        std::array<char, 16> statusDigits;
        const QByteArrayView status = c.responseStatus
            ? QByteArrayView(statusDigits.data(),
                             std::to_chars(statusDigits.begin(), statusDigits.end(), c.responseStatus).ptr
                                 - statusDigits.data())
            : QByteArrayView("no answer");
        const qsizetype start = out.size();
        out.resize(start + time.size() + 2 + c.remoteAddress.size() + 2 + c.method.size() + 1 + c.target.size() + 2
                   + size.size() + 11 + status.size());
        char *to = out.data() + start;
        ByteWriter(to) << time << "  ";
        to += time.size() + 2;
        // As QString::toLatin1() has it: a character beyond Latin-1 becomes '?'.
        for (const QChar ch : c.remoteAddress)
            *to++ = ch.unicode() > 0xff ? '?' : char(ch.unicode());
        ByteWriter(to) << "  " << c.method << " " << c.target << "  " << size << " bytes  -> " << status;
        for (const Verdict &v : c.verdicts)
            out += "  " + schemeName(v.scheme).toLatin1() + ':' + verdictResultName(v.result).toLatin1();
    }

    static QByteArray jsonLine(const CapturedRequest &c)
    {
        // A value that is not UTF-8 goes as base64, as the body does: as text, two different byte sequences could
        // print alike.
        QJsonArray headers;
        for (const Header &h : c.headers) {
            const QJsonValue value = Utf8::isUtf8(h.value)
                ? QJsonValue(Utf8::fromUtf8Exact(h.value))
                : QJsonValue(QJsonObject {{QLatin1String("value_base64"), QString::fromLatin1(h.value.toBase64())}});
            headers.append(QJsonArray {QString::fromLatin1(h.name), value});
        }
        QJsonArray verdicts;
        for (const Verdict &v : c.verdicts)
            verdicts.append(QJsonObject {{QLatin1String("scheme"), schemeName(v.scheme)},
                                         {QLatin1String("result"), verdictResultName(v.result)},
                                         {QLatin1String("detail"), v.detail}});
        // Ids are 63-bit: as strings, so JavaScript readers keep every digit.
        QJsonObject o {{QLatin1String("id"), QString::number(c.id)},
                       {QLatin1String("time"), c.receivedAt.toString(Qt::ISODateWithMs)},
                       {QLatin1String("remote"), c.remoteAddress},
                       {QLatin1String("method"), QString::fromLatin1(c.method)},
                       {QLatin1String("path"), text(c.target)},
                       {QLatin1String("headers"), headers},
                       {QLatin1String("size"), double(c.body.size())},
                       {QLatin1String("status"), c.responseStatus},
                       {QLatin1String("verdicts"), verdicts}};
        if (Utf8::isUtf8(c.body))
            o[QLatin1String("body")] = Utf8::fromUtf8Exact(c.body);
        else
            o[QLatin1String("body_base64")] = QString::fromLatin1(c.body.toBase64());
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    bool m_json;
    LinePrinter &m_printer;
    Receiving::CaptureSink *m_next;
    int m_received = 0;
    int m_verified = 0;
    int m_invalid = 0;
};

// Said on stderr when the receiver is not on loopback: the URL printed goes through loopback, and nothing else
// would tell that other machines can reach it too.
QString exposureNote(const QString &bind)
{
    const QString where = bind == QLatin1String("0.0.0.0") || bind == QLatin1String("::")
        ? QStringLiteral("%1, every network interface").arg(bind)
        : QStringLiteral("%1, not a loopback address").arg(bind);
    return QStringLiteral("hookbench listen: bound to %1: other machines can reach this receiver. Every request needs "
                          "the access token, in the path (/t/TOKEN/) or in the X-Hookbench-Token header.")
        .arg(where);
}

} // namespace

int runListen(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(
        parser, QStringLiteral("listen"),
        QStringLiteral("receive webhooks on a local URL: print every request, answer by rules, verify signatures. "
                       "Without --workspace nothing is stored."),
        QStringLiteral("Workspace to capture every request into (default: none, nothing is stored)."));
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("Port to listen on (default 0: a free port)."), QStringLiteral("P")},
        {QStringLiteral("bind"),
         QStringLiteral("Address to listen on (default 127.0.0.1, with ::1). Any other address requires the access "
                        "token (--token, or a generated one) in the path /t/TOKEN/ or in X-Hookbench-Token."),
         QStringLiteral("ADDR")},
        {QStringLiteral("token"), QStringLiteral("Access token for a non-loopback --bind (at least 16 characters)."),
         QStringLiteral("TOKEN")},
        {QStringLiteral("status"), QStringLiteral("Status to answer (default 200)."), QStringLiteral("CODE")},
        {QStringLiteral("body"), QStringLiteral("Body to answer (default {\"ok\":true})."), QStringLiteral("TEXT")},
        {QStringLiteral("delay"), QStringLiteral("Wait this long before answering."), QStringLiteral("MS")},
        {QStringLiteral("fail-first"), QStringLiteral("Answer 500 to the first N requests, then succeed."),
         QStringLiteral("N")},
        {QStringLiteral("verify"),
         QStringLiteral("Verify signatures: SCHEME:SECRET with SCHEME standard, github, stripe or hmac; repeatable. "
                        "The exit status is 1 when a request's signature did not verify."),
         QStringLiteral("SCHEME:SECRET")},
        {QStringLiteral("reject-invalid"), QStringLiteral("Answer 401 when no --verify secret gives a valid verdict.")},
        {QStringLiteral("forward"), QStringLiteral("Forward every request to this URL and show its answer."),
         QStringLiteral("URL")},
        {QStringLiteral("max-body"),
         QStringLiteral("Largest body accepted, in bytes (default 26214400); larger get 413."),
         QStringLiteral("BYTES")},
        {QStringLiteral("cert"), QStringLiteral("Serve HTTPS with this certificate (PEM), with --key."),
         QStringLiteral("FILE")},
        {QStringLiteral("key"), QStringLiteral("Private key (PEM, unencrypted) for --cert."), QStringLiteral("FILE")},
        {QStringLiteral("count"), QStringLiteral("Exit after N requests."), QStringLiteral("N")},
        {QStringLiteral("duration"), QStringLiteral("Exit after S seconds."), QStringLiteral("S")},
        {QStringLiteral("json"),
         QStringLiteral("One JSON object per request on stdout (keys: id, time, remote, method, path, headers as "
                        "[name, value] pairs, a value that is not UTF-8 as {\"value_base64\": …}, body or "
                        "body_base64, size, status, verdicts). With --forward, each forward's result is a JSON "
                        "line on stderr (keys: forwarded, the request's id; to; status; error).")},
        {QStringLiteral("save"),
         QStringLiteral("With --workspace: keep this receiver, as \"listen\" and on the port it listens on, for "
                        "`hookbench run` to start.")},
    });
    if (int code = parseOrExit(parser, arguments); code >= 0)
        return code;
    const QString command = QStringLiteral("listen");
    if (!parser.positionalArguments().isEmpty())
        return fail(command, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    Receiver config;
    config.name = QStringLiteral("listen");
    qint64 port = 0, status = 200, delay = 0, failFirst = 0, count = 0, duration = 0, maxBody = config.maxBodyBytes;
    for (const QString &why :
         {readIntegerOption(parser, "port", 0, 65535, &port), readIntegerOption(parser, "status", 200, 599, &status),
          readIntegerOption(parser, "delay", 0, 600'000, &delay),
          readIntegerOption(parser, "fail-first", 0, 1'000'000'000, &failFirst),
          readIntegerOption(parser, "count", 1, 1'000'000'000, &count),
          readIntegerOption(parser, "duration", 1, 31'536'000, &duration),
          readIntegerOption(parser, "max-body", 1, 1LL << 34, &maxBody)}) {
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
    config.tlsCertificatePath = parser.value(QStringLiteral("cert"));
    config.tlsKeyPath = parser.value(QStringLiteral("key"));
    if (config.tlsCertificatePath.isEmpty() != config.tlsKeyPath.isEmpty())
        return fail(command, QStringLiteral("--cert and --key go together"));
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
        const QString secret = spec.mid(colon + 1);
        if (*scheme == SigningScheme::StandardWebhooks) {
            if (QString why = Validation::checkStandardWebhooksSecret(secret); !why.isEmpty())
                return fail(command, QStringLiteral("--verify: ") + why);
        }
        config.secrets.append(VerificationSecret {*scheme, secret, {}});
    }
    config.rejectInvalid = parser.isSet(QStringLiteral("reject-invalid"));
    if (config.rejectInvalid && config.secrets.isEmpty())
        return fail(command, QStringLiteral("--reject-invalid needs at least one --verify"));
    if (parser.isSet(QStringLiteral("forward"))) {
        if (QString why = Validation::checkUrl(parser.value(QStringLiteral("forward"))); !why.isEmpty())
            return fail(command, QStringLiteral("--forward: ") + why);
        config.forwardTo = QUrl(parser.value(QStringLiteral("forward")), QUrl::StrictMode);
    }
    if (const auto errors = Validation::validate(config); !errors.isEmpty())
        return fail(command, Validation::describe(errors));
    if (parser.isSet(QStringLiteral("save")) && !parser.isSet(QStringLiteral("workspace")))
        return fail(command, QStringLiteral("--save needs --workspace"));

    // The seam to storage: with --workspace, captures also go to the workspace's batching writer.
    std::unique_ptr<Storage::Workspace> ws;
    std::unique_ptr<Receiving::WorkspaceCaptureSink> storage;
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
        storage = std::make_unique<Receiving::WorkspaceCaptureSink>(ws->writer());
    }

    LinePrinter printer;
    ListenSink sink(parser.isSet(QStringLiteral("json")), printer, storage.get());
    Receiving::HttpReceiver receiver(config, &sink);
    QString error;
    if (!receiver.start(&error))
        return fail(command, error, Error);
    // Watching before the first line goes out: a script may signal as soon as it has read it.
    SignalWatcher watcher;
    out() << "listening on " << receiver.baseUrl() << Qt::endl;
    if (!config.isLoopbackOnly())
        err() << exposureNote(config.bindAddress.trimmed()) << Qt::endl;
    // Kept with the port it got, so that `hookbench run` starts it where endpoints aimed at it point.
    if (ws && config.autoStart && config.port == 0) {
        config.port = receiver.port();
        if (const auto r = ws->receivers().update(config); !r)
            return fail(command, r.error, Error);
    }

    QEventLoop loop;
    QObject::connect(&receiver, &Receiving::HttpReceiver::stopped, &loop, &QEventLoop::quit);
    const int grace = int(delay) + GraceMs;
    auto finish = [&] {
        if (receiver.isListening())
            receiver.stopGracefully(grace);
    };
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &loop, [&] {
        // A second signal does not wait for anything.
        if (!receiver.isListening())
            loop.quit();
        finish();
    });
    if (count > 0) {
        // Called while the count-th request is handled: the receiver answers it, takes no other, and stops.
        QObject::connect(&receiver, &Receiving::HttpReceiver::requestCaptured, &loop, [&] {
            if (sink.received() >= count)
                finish();
        });
    }
    QTimer deadline;
    if (duration > 0) {
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, finish);
        deadline.start(int(duration * 1000));
    }
    loop.exec();
    receiver.stop();
    if (ws)
        ws->writer().flush();
    printer.flush();
    out() << sink.summary() << Qt::endl;
    // A request whose signature did not verify is a failed verification: CI jobs checking signatures with
    // --verify … --count N must see it in the exit status.
    return sink.invalid() > 0 ? Failure : Ok;
}

} // namespace Hookbench::Cli
