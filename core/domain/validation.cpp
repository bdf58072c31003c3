#include "validation.h"

#include "scheduling/templaterenderer.h"
#include "signing/signer.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace Hookbench::Validation {

// lupdate files the tr() strings of a function outside any class under its namespace: the context here must be
// that namespace, or the translations are never found.
static QString tr(const char *text)
{
    return QCoreApplication::translate("Hookbench::Validation", text);
}

QString checkUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("The URL is empty; enter an absolute http:// or https:// URL.");
    // Characters a URL cannot hold as they are, named with where they are and how to write them: QUrl's own
    // diagnostics are English debug text ("Invalid path (character ' ' not permitted); source was …").
    static const QString kUnsafe = QStringLiteral("\"<>\\^`{|}");
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isSpace())
            return tr("The URL contains a space at position %1; encode it as %2.")
                .arg(QString::number(i + 1), QStringLiteral("%20"));
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || kUnsafe.contains(c))
            return tr("The URL contains “%1” at position %2; encode it as %3.")
                .arg(c.unicode() < 0x20 || c.unicode() == 0x7f
                         ? QStringLiteral("0x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                         : QString(c),
                     QString::number(i + 1), QString::fromLatin1(QUrl::toPercentEncoding(QString(c))));
    }
    // The port, read from the authority ("user@host:port", "[::1]:port") before QUrl, which only says "invalid".
    if (const qsizetype start = trimmed.indexOf(QLatin1String("://")); start >= 0) {
        QStringView authority = QStringView(trimmed).mid(start + 3);
        for (const QChar end : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
            if (const qsizetype at = authority.indexOf(end); at >= 0)
                authority = authority.left(at);
        }
        if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0)
            authority = authority.mid(at + 1);
        const qsizetype bracket = authority.lastIndexOf(QLatin1Char(']'));
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        if (colon > bracket) {
            const QStringView port = authority.mid(colon + 1);
            bool number = !port.isEmpty();
            for (const QChar c : port)
                number = number && c.isDigit() && c.unicode() < 0x80;
            if (!port.isEmpty() && !number)
                return tr("The port “%1” is not a number.").arg(port.toString());
            if (number) {
                const qint64 value = port.size() > 6 ? 999999 : port.toLongLong();
                if (value < 1 || value > 65535)
                    return tr("The port %1 is out of range (1–65535).").arg(port.toString());
            }
        }
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        // What is left is rare (a malformed host, a stray "%"); Qt's reason without its echo of the whole URL.
        const QString reason = url.errorString().section(QLatin1String("; source was"), 0, 0);
        return tr("“%1” is not a valid URL: %2").arg(trimmed, reason);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return url.scheme().isEmpty()
            ? tr("“%1” is not an absolute URL; it must start with http:// or https://.").arg(trimmed)
            : tr("“%1” uses the scheme “%2”; only http and https are supported.").arg(trimmed, url.scheme());
    if (url.host().isEmpty())
        return tr("“%1” has no host name.").arg(trimmed);
    return {};
}

// RFC 9110 token characters.
static bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

QString checkHeaderName(QByteArrayView name)
{
    if (name.isEmpty())
        return tr("The header name is empty.");
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (!isTokenChar(c)) {
            const QString shown = (c >= 0x21 && c < 0x7f)
                ? QString(QLatin1Char(c))
                : QStringLiteral("0x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
            return tr("The header name “%1” contains “%2” at position %3; header names may only contain letters, "
                      "digits and !#$%&'*+-.^_`|~.")
                .arg(QString::fromLatin1(name), shown)
                .arg(i + 1);
        }
    }
    return {};
}

QString checkHeaderValue(QByteArrayView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\r' || c == '\n')
            return tr("The header value contains a line break at position %1; header values must be on one line.")
                .arg(i + 1);
        if (c == '\0')
            return tr("The header value contains a NUL byte at position %1.").arg(i + 1);
    }
    return {};
}

QString parseHeaderLine(const QString &line, Header *out)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return tr("“%1” is not a header; write it as “Name: value”.").arg(line);
    const QByteArray name = line.left(colon).trimmed().toUtf8();
    const QByteArray value = line.mid(colon + 1).trimmed().toUtf8();
    if (QString error = checkHeaderName(name); !error.isEmpty())
        return error;
    if (QString error = checkHeaderValue(value); !error.isEmpty())
        return error;
    if (out)
        *out = Header {name, value};
    return {};
}

QString checkSignaturePrefix(const QString &prefix)
{
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        const QChar c = prefix.at(i);
        if (c.unicode() > 0x20 && c.unicode() < 0x7f)
            continue;
        const QString shown = c == QLatin1Char(' ') ? tr("a space")
            : c.isPrint()                           ? QString(c)
                                                    : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        return tr("The signature prefix “%1” contains %2 at position %3; a prefix may only contain visible ASCII "
                  "characters, and no spaces, which separate the signatures of several secrets.")
            .arg(prefix, shown)
            .arg(i + 1);
    }
    return {};
}

QString checkStandardWebhooksSecret(const QString &secret)
{
    // The key is exactly what signing and verifying use: a secret that decodes to nothing would sign with an
    // empty key, which anybody can compute. The length the message advises (24 to 64 bytes) is not enforced:
    // published test vectors use shorter keys.
    if (Signing::standardWebhooksKey(secret).isEmpty())
        return tr("A Standard Webhooks secret must be “whsec_” followed by base64 (24 to 64 random bytes).");
    return {};
}

QString checkEventTypeName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$"));
    if (name.isEmpty())
        return tr("The event type name is empty.");
    if (!pattern.match(name).hasMatch())
        return tr("“%1” is not a valid event type name; use lowercase words separated by dots, such as "
                  "“issues.opened” or “payment_intent.succeeded”.")
            .arg(name);
    return {};
}

QString checkSubscription(const QString &pattern)
{
    if (pattern == QLatin1String("*"))
        return {};
    if (pattern.endsWith(QLatin1String(".*"))) {
        if (checkEventTypeName(pattern.chopped(2)).isEmpty())
            return {};
        return tr("“%1” is not a valid subscription; a wildcard is a dotted prefix followed by “.*”, such as "
                  "“issues.*”.")
            .arg(pattern);
    }
    if (checkEventTypeName(pattern).isEmpty())
        return {};
    return tr("“%1” is not a valid subscription; use an event type name (“issues.opened”), a prefix wildcard "
              "(“issues.*”) or “*”.")
        .arg(pattern);
}

QString checkMethod(QByteArrayView method)
{
    static const QList<QByteArray> allowed = {"POST", "PUT", "PATCH", "GET", "DELETE"};
    if (!allowed.contains(method.toByteArray()))
        return tr("“%1” is not a supported method; use POST, PUT, PATCH, GET or DELETE.")
            .arg(QString::fromLatin1(method));
    return {};
}

static QString jsonError(const QByteArray &text, const QJsonParseError &error)
{
    int line = 1;
    int column = 1;
    // Qt reports the offset just past the character it stumbled on, except for text after a complete document,
    // where the offset is that first extra character itself.
    const int stumbled = error.error == QJsonParseError::GarbageAtEnd ? error.offset : error.offset - 1;
    const qsizetype end = qMin<qsizetype>(qMax(0, stumbled), text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(text[i]) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return tr("Invalid JSON at line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
}

QString checkJson(const QByteArray &text)
{
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return jsonError(text, error);
    return {};
}

QString checkPayloadTemplate(const QByteArray &text)
{
    // Each {{…}} becomes a number of the same length ("1000…"), valid both as a JSON value and inside a
    // string, so the parser's offsets still point into the user's text.
    QByteArray neutral = text;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = neutral.indexOf("{{", from);
        if (open < 0)
            break;
        const qsizetype close = neutral.indexOf("}}", open + 2);
        const qsizetype newline = neutral.indexOf('\n', open);
        if (close < 0 || (newline >= 0 && newline < close))
            break; // an unterminated placeholder is left for the JSON parser to report
        const qsizetype length = close + 2 - open;
        neutral.replace(open, length, QByteArray(QByteArray(1, '1') + QByteArray(length - 1, '0')));
        from = close + 2;
    }
    if (QString why = checkJson(neutral); !why.isEmpty())
        return why;
    // Every placeholder must be one the renderer knows, with the arguments it needs ({{random.int 1 6}}): the
    // template is rendered once with sample values, so a misspelt placeholder is refused when the template is
    // saved, not when it first fires (and a schedule fails with it every time).
    QRandomGenerator random(1);
    TemplateContext sample;
    sample.eventType = QStringLiteral("sample.event");
    sample.endpointName = QStringLiteral("sample");
    sample.now = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    sample.random = &random;
    return renderTemplate(text, sample).error;
}

QString checkEndpointName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("The endpoint name is empty.");
    if (name.size() > 200)
        return tr("The endpoint name is longer than 200 characters.");
    return {};
}

static void add(ValidationErrors &errors, const QString &field, const QString &message)
{
    if (!message.isEmpty())
        errors.append(ValidationError {field, message});
}

ValidationErrors validate(const EventType &eventType)
{
    ValidationErrors errors;
    add(errors, QStringLiteral("name"), checkEventTypeName(eventType.name));
    add(errors, QStringLiteral("template"), checkPayloadTemplate(eventType.payloadTemplate));
    return errors;
}

ValidationErrors validate(const Endpoint &endpoint)
{
    ValidationErrors errors;
    add(errors, QStringLiteral("name"), checkEndpointName(endpoint.name));
    add(errors, QStringLiteral("url"), checkUrl(endpoint.url.toString(QUrl::FullyEncoded)));
    if (endpoint.subscriptions.isEmpty())
        add(errors, QStringLiteral("events"),
            tr("The endpoint subscribes to no event types; add at least one, or “*”."));
    for (const QString &s : endpoint.subscriptions)
        add(errors, QStringLiteral("events"), checkSubscription(s));
    add(errors, QStringLiteral("method"), checkMethod(endpoint.method));
    for (const Header &h : endpoint.headers) {
        add(errors, QStringLiteral("headers"), checkHeaderName(h.name));
        add(errors, QStringLiteral("headers"), checkHeaderValue(h.value));
    }
    if (endpoint.scheme != SigningScheme::None && endpoint.secrets.isEmpty())
        add(errors, QStringLiteral("secrets"),
            tr("The signing scheme %1 needs at least one secret.").arg(schemeDisplayName(endpoint.scheme)));
    for (const QString &secret : endpoint.secrets) {
        if (secret.isEmpty())
            add(errors, QStringLiteral("secrets"), tr("A secret is empty."));
        else if (endpoint.scheme == SigningScheme::StandardWebhooks)
            add(errors, QStringLiteral("secrets"), checkStandardWebhooksSecret(secret));
    }
    if (endpoint.scheme == SigningScheme::CustomHmac) {
        add(errors, QStringLiteral("signature header"), checkHeaderName(endpoint.customHmac.headerName.toLatin1()));
        add(errors, QStringLiteral("signature prefix"), checkSignaturePrefix(endpoint.customHmac.prefix));
        if (endpoint.customHmac.signTimestamp)
            add(errors, QStringLiteral("timestamp header"),
                checkHeaderName(endpoint.customHmac.timestampHeader.toLatin1()));
    }
    if (endpoint.timeoutMs < 1 || endpoint.timeoutMs > 600'000)
        add(errors, QStringLiteral("timeout"), tr("The timeout must be between 1 ms and 10 minutes."));
    if (endpoint.concurrency < 1 || endpoint.concurrency > 256)
        add(errors, QStringLiteral("concurrency"), tr("The concurrency limit must be between 1 and 256."));
    if (endpoint.ratePerSecond < 0)
        add(errors, QStringLiteral("rate"), tr("The rate limit cannot be negative."));
    if (endpoint.circuitBreakerThreshold < 0)
        add(errors, QStringLiteral("circuit breaker"), tr("The circuit breaker threshold cannot be negative."));
    const RetryPolicy &r = endpoint.retry;
    if (r.kind == RetryPolicy::Kind::Schedule) {
        if (r.scheduleMs.isEmpty())
            add(errors, QStringLiteral("retry"), tr("The retry schedule is empty; it needs at least one entry."));
        for (qint64 d : r.scheduleMs) {
            if (d < 0) {
                add(errors, QStringLiteral("retry"), tr("A retry delay cannot be negative."));
                break;
            }
        }
    } else {
        if (r.maxAttempts < 1 || r.maxAttempts > 100)
            add(errors, QStringLiteral("retry"), tr("The number of attempts must be between 1 and 100."));
        if (r.baseMs < 0 || r.capMs < r.baseMs)
            add(errors, QStringLiteral("retry"), tr("The backoff cap must be at least the base delay."));
        if (r.factor < 1.0)
            add(errors, QStringLiteral("retry"), tr("The backoff factor must be at least 1."));
    }
    add(errors, QStringLiteral("channel token"), checkHeaderValue(endpoint.channelToken.toUtf8()));
    return errors;
}

ValidationErrors validate(const Receiver &receiver)
{
    ValidationErrors errors;
    if (receiver.name.trimmed().isEmpty())
        add(errors, QStringLiteral("name"), tr("The receiver name is empty."));
    const QHostAddress address(receiver.bindAddress);
    if (address.isNull() && receiver.bindAddress.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0)
        add(errors, QStringLiteral("bind address"),
            tr("“%1” is not an IP address to listen on (for example 127.0.0.1, ::1 or 0.0.0.0).")
                .arg(receiver.bindAddress));
    if (!receiver.isLoopbackOnly() && receiver.accessToken.size() < 16)
        add(errors, QStringLiteral("access token"),
            tr("A receiver reachable from other machines needs an access token of at least 16 characters."));
    if (receiver.maxBodyBytes < 1)
        add(errors, QStringLiteral("maximum body"), tr("The maximum body size must be at least one byte."));
    if (receiver.forwardTo.isValid() && !receiver.forwardTo.isEmpty())
        add(errors, QStringLiteral("forward to"), checkUrl(receiver.forwardTo.toString(QUrl::FullyEncoded)));
    for (const ResponseRule &rule : receiver.rules) {
        if (rule.status < 100 || rule.status > 599)
            add(errors, QStringLiteral("rules"), tr("Status %1 is not an HTTP status (100–599).").arg(rule.status));
        for (const Header &h : rule.headers) {
            add(errors, QStringLiteral("rules"), checkHeaderName(h.name));
            add(errors, QStringLiteral("rules"), checkHeaderValue(h.value));
        }
        if (rule.delayMs < 0)
            add(errors, QStringLiteral("rules"), tr("A rule's delay cannot be negative."));
        if (rule.failPercent < 0 || rule.failPercent > 100)
            add(errors, QStringLiteral("rules"), tr("A failure percentage must be between 0 and 100."));
    }
    for (const VerificationSecret &s : receiver.secrets) {
        if (s.secret.isEmpty())
            add(errors, QStringLiteral("secrets"), tr("A verification secret is empty."));
        else if (s.scheme == SigningScheme::StandardWebhooks)
            add(errors, QStringLiteral("secrets"), checkStandardWebhooksSecret(s.secret));
        if (s.scheme == SigningScheme::CustomHmac) {
            add(errors, QStringLiteral("secrets"), checkHeaderName(s.customHmac.headerName.toLatin1()));
            add(errors, QStringLiteral("secrets"), checkSignaturePrefix(s.customHmac.prefix));
            if (s.customHmac.signTimestamp)
                add(errors, QStringLiteral("secrets"), checkHeaderName(s.customHmac.timestampHeader.toLatin1()));
        }
    }
    return errors;
}

QString describe(const ValidationErrors &errors)
{
    QStringList parts;
    for (const ValidationError &e : errors)
        parts.append(e.field + QStringLiteral(": ") + e.message);
    return parts.join(QStringLiteral("; "));
}

} // namespace Hookbench::Validation
