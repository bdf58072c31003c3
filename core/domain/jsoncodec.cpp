#include "jsoncodec.h"

#include "util/utf8.h"

namespace Hookbench::Json {

namespace {

QString str(const QJsonObject &o, const char *key, const QString &fallback = {})
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : fallback;
}

qint64 integer(const QJsonObject &o, const char *key, qint64 fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? qint64(v.toDouble()) : fallback;
}

bool boolean(const QJsonObject &o, const char *key, bool fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isBool() ? v.toBool() : fallback;
}

QJsonArray stringsToJson(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

QJsonValue timeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromJson(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonArray headersToJson(const HeaderList &headers)
{
    QJsonArray a;
    for (const Header &h : headers)
        a.append(QJsonArray {QString::fromUtf8(h.name), Utf8::fromUtf8Exact(h.value)});
    return a;
}

HeaderList headersFromJson(const QJsonArray &array)
{
    HeaderList out;
    for (const QJsonValue &v : array) {
        if (v.isArray()) {
            const QJsonArray pair = v.toArray();
            out.append(Header {pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8()});
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            out.append(Header {str(o, "name").toUtf8(), str(o, "value").toUtf8()});
        }
    }
    return out;
}

QJsonObject retryPolicyToJson(const RetryPolicy &p)
{
    QJsonObject o;
    if (p.kind == RetryPolicy::Kind::Schedule) {
        o[QLatin1String("kind")] = QStringLiteral("schedule");
        QJsonArray delays;
        for (qint64 d : p.scheduleMs)
            delays.append(double(d));
        o[QLatin1String("schedule_ms")] = delays;
    } else {
        o[QLatin1String("kind")] = QStringLiteral("exponential");
        o[QLatin1String("base_ms")] = double(p.baseMs);
        o[QLatin1String("factor")] = p.factor;
        o[QLatin1String("cap_ms")] = double(p.capMs);
        o[QLatin1String("max_attempts")] = p.maxAttempts;
    }
    return o;
}

RetryPolicy retryPolicyFromJson(const QJsonObject &o)
{
    RetryPolicy p;
    if (str(o, "kind") == QLatin1String("exponential")) {
        p = RetryPolicy::exponential(integer(o, "base_ms", 1000), o.value(QLatin1String("factor")).toDouble(2.0),
                                     integer(o, "cap_ms", 3'600'000), int(integer(o, "max_attempts", 8)));
    } else if (o.value(QLatin1String("schedule_ms")).isArray()) {
        QList<qint64> delays;
        for (const QJsonValue &v : o.value(QLatin1String("schedule_ms")).toArray())
            delays.append(qint64(v.toDouble()));
        p = RetryPolicy::fromSchedule(delays);
    }
    return p;
}

QJsonObject customHmacToJson(const CustomHmacOptions &c)
{
    return QJsonObject {
        {QLatin1String("header"), c.headerName},
        {QLatin1String("algorithm"), algorithmName(c.algorithm)},
        {QLatin1String("encoding"),
         c.encoding == SignatureEncoding::Base64 ? QStringLiteral("base64") : QStringLiteral("hex")},
        {QLatin1String("prefix"), c.prefix},
        {QLatin1String("sign_timestamp"), c.signTimestamp},
        {QLatin1String("timestamp_header"), c.timestampHeader},
    };
}

CustomHmacOptions customHmacFromJson(const QJsonObject &o)
{
    CustomHmacOptions c;
    c.headerName = str(o, "header", c.headerName);
    c.algorithm = algorithmFromName(str(o, "algorithm")).value_or(HmacAlgorithm::Sha256);
    c.encoding = str(o, "encoding") == QLatin1String("base64") ? SignatureEncoding::Base64 : SignatureEncoding::Hex;
    c.prefix = str(o, "prefix");
    c.signTimestamp = boolean(o, "sign_timestamp", false);
    c.timestampHeader = str(o, "timestamp_header", c.timestampHeader);
    return c;
}

QJsonObject eventTypeToJson(const EventType &t)
{
    return QJsonObject {
        {QLatin1String("name"), t.name},
        {QLatin1String("description"), t.description},
        {QLatin1String("template"), QString::fromUtf8(t.payloadTemplate)},
    };
}

EventType eventTypeFromJson(const QJsonObject &o)
{
    EventType t;
    t.name = str(o, "name");
    t.description = str(o, "description");
    t.payloadTemplate = str(o, "template", QStringLiteral("{}")).toUtf8();
    return t;
}

QJsonObject endpointToJson(const Endpoint &e, Secrets secrets)
{
    QJsonObject o {
        {QLatin1String("name"), e.name},
        {QLatin1String("url"), e.url.toString()},
        {QLatin1String("enabled"), e.enabled},
        {QLatin1String("disabled_reason"), e.disabledReason},
        {QLatin1String("events"), stringsToJson(e.subscriptions)},
        {QLatin1String("method"), QString::fromLatin1(e.method)},
        {QLatin1String("content_type"), bodyEncodingName(e.bodyEncoding)},
        {QLatin1String("headers"), headersToJson(e.headers)},
        {QLatin1String("scheme"), schemeName(e.scheme)},
        {QLatin1String("custom_hmac"), customHmacToJson(e.customHmac)},
        {QLatin1String("github_legacy_sha1"), e.legacyGitHubSha1},
        {QLatin1String("timeout_ms"), e.timeoutMs},
        {QLatin1String("retry"), retryPolicyToJson(e.retry)},
        {QLatin1String("retry_client_errors"), e.retryClientErrors},
        {QLatin1String("follow_redirects"), e.followRedirects},
        {QLatin1String("concurrency"), e.concurrency},
        {QLatin1String("rate_per_second"), e.ratePerSecond},
        {QLatin1String("verify_tls"), e.verifyTls},
        {QLatin1String("http2_prior_knowledge"), e.http2PriorKnowledge},
        {QLatin1String("circuit_breaker_threshold"), e.circuitBreakerThreshold},
        {QLatin1String("expires_at"), timeToJson(e.expiresAt)},
        {QLatin1String("channel_token"), e.channelToken},
        {QLatin1String("origin"), originName(e.origin)},
    };
    if (!e.originData.isEmpty())
        o[QLatin1String("origin_data")] = QString::fromUtf8(e.originData);
    if (secrets == Secrets::Include)
        o[QLatin1String("secrets")] = stringsToJson(e.secrets);
    return o;
}

Endpoint endpointFromJson(const QJsonObject &o)
{
    Endpoint e;
    e.name = str(o, "name");
    e.url = QUrl(str(o, "url"), QUrl::StrictMode);
    e.enabled = boolean(o, "enabled", true);
    e.disabledReason = str(o, "disabled_reason");
    if (o.contains(QLatin1String("events")))
        e.subscriptions = stringsFromJson(o.value(QLatin1String("events")));
    e.method = str(o, "method", QStringLiteral("POST")).toUpper().toLatin1();
    e.bodyEncoding = str(o, "content_type") == QLatin1String("form") ? BodyEncoding::Form : BodyEncoding::Json;
    e.headers = headersFromJson(o.value(QLatin1String("headers")).toArray());
    e.scheme = schemeFromName(str(o, "scheme", QStringLiteral("none"))).value_or(SigningScheme::None);
    e.secrets = stringsFromJson(o.value(QLatin1String("secrets")));
    e.customHmac = customHmacFromJson(o.value(QLatin1String("custom_hmac")).toObject());
    e.legacyGitHubSha1 = boolean(o, "github_legacy_sha1", false);
    e.timeoutMs = int(integer(o, "timeout_ms", e.timeoutMs));
    if (o.value(QLatin1String("retry")).isObject())
        e.retry = retryPolicyFromJson(o.value(QLatin1String("retry")).toObject());
    e.retryClientErrors = boolean(o, "retry_client_errors", false);
    e.followRedirects = boolean(o, "follow_redirects", false);
    e.concurrency = int(integer(o, "concurrency", e.concurrency));
    e.ratePerSecond = o.value(QLatin1String("rate_per_second")).toDouble(0);
    e.verifyTls = boolean(o, "verify_tls", true);
    e.http2PriorKnowledge = boolean(o, "http2_prior_knowledge", false);
    e.circuitBreakerThreshold = int(integer(o, "circuit_breaker_threshold", e.circuitBreakerThreshold));
    e.expiresAt = timeFromJson(o.value(QLatin1String("expires_at")));
    e.channelToken = str(o, "channel_token");
    e.origin = originFromName(str(o, "origin", QStringLiteral("manual")));
    e.originData = str(o, "origin_data").toUtf8();
    return e;
}

QJsonObject responseRuleToJson(const ResponseRule &r)
{
    return QJsonObject {
        {QLatin1String("method"), QString::fromLatin1(r.method)},
        {QLatin1String("path"), r.pathPattern},
        {QLatin1String("status"), r.status},
        {QLatin1String("headers"), headersToJson(r.headers)},
        {QLatin1String("body"), QString::fromUtf8(r.body)},
        {QLatin1String("delay_ms"), r.delayMs},
        {QLatin1String("behaviour"), behaviourName(r.behaviour)},
        {QLatin1String("fail_first"), r.failFirst},
        {QLatin1String("fail_percent"), r.failPercent},
        {QLatin1String("fail_status"), r.failStatus},
        {QLatin1String("retry_after_seconds"), r.retryAfterSeconds},
    };
}

ResponseRule responseRuleFromJson(const QJsonObject &o)
{
    ResponseRule r;
    r.method = str(o, "method", QStringLiteral("*")).toLatin1();
    r.pathPattern = str(o, "path", r.pathPattern);
    r.status = int(integer(o, "status", 200));
    if (o.contains(QLatin1String("headers")))
        r.headers = headersFromJson(o.value(QLatin1String("headers")).toArray());
    if (o.contains(QLatin1String("body")))
        r.body = str(o, "body").toUtf8();
    r.delayMs = int(integer(o, "delay_ms", 0));
    r.behaviour = behaviourFromName(str(o, "behaviour", QStringLiteral("respond")));
    r.failFirst = int(integer(o, "fail_first", 0));
    r.failPercent = o.value(QLatin1String("fail_percent")).toDouble(0);
    r.failStatus = int(integer(o, "fail_status", 500));
    r.retryAfterSeconds = int(integer(o, "retry_after_seconds", 1));
    return r;
}

QJsonObject receiverToJson(const Receiver &r, Secrets secrets)
{
    QJsonArray rules;
    for (const ResponseRule &rule : r.rules)
        rules.append(responseRuleToJson(rule));
    QJsonObject o {
        {QLatin1String("name"), r.name},
        {QLatin1String("bind"), r.bindAddress},
        {QLatin1String("port"), int(r.port)},
        {QLatin1String("rules"), rules},
        {QLatin1String("tolerance_seconds"), r.toleranceSeconds},
        {QLatin1String("reject_invalid"), r.rejectInvalid},
        {QLatin1String("max_body_bytes"), double(r.maxBodyBytes)},
        {QLatin1String("forward_to"), r.forwardTo.toString()},
        {QLatin1String("answer_handshakes"), r.answerHandshakes},
        {QLatin1String("auto_start"), r.autoStart},
        {QLatin1String("tls_certificate"), r.tlsCertificatePath},
        {QLatin1String("tls_key"), r.tlsKeyPath},
    };
    QJsonArray verification;
    for (const VerificationSecret &s : r.secrets) {
        QJsonObject so {{QLatin1String("scheme"), schemeName(s.scheme)},
                        {QLatin1String("custom_hmac"), customHmacToJson(s.customHmac)}};
        if (secrets == Secrets::Include)
            so[QLatin1String("secret")] = s.secret;
        verification.append(so);
    }
    o[QLatin1String("verification")] = verification;
    if (secrets == Secrets::Include)
        o[QLatin1String("access_token")] = r.accessToken;
    return o;
}

Receiver receiverFromJson(const QJsonObject &o)
{
    Receiver r;
    r.name = str(o, "name");
    r.bindAddress = str(o, "bind", r.bindAddress);
    r.port = quint16(integer(o, "port", 0));
    for (const QJsonValue &v : o.value(QLatin1String("rules")).toArray())
        r.rules.append(responseRuleFromJson(v.toObject()));
    for (const QJsonValue &v : o.value(QLatin1String("verification")).toArray()) {
        const QJsonObject so = v.toObject();
        VerificationSecret s;
        s.scheme = schemeFromName(str(so, "scheme")).value_or(SigningScheme::None);
        s.secret = str(so, "secret");
        s.customHmac = customHmacFromJson(so.value(QLatin1String("custom_hmac")).toObject());
        r.secrets.append(s);
    }
    r.toleranceSeconds = int(integer(o, "tolerance_seconds", 300));
    r.rejectInvalid = boolean(o, "reject_invalid", false);
    r.accessToken = str(o, "access_token");
    r.maxBodyBytes = integer(o, "max_body_bytes", r.maxBodyBytes);
    const QString forward = str(o, "forward_to");
    if (!forward.isEmpty())
        r.forwardTo = QUrl(forward, QUrl::StrictMode);
    r.answerHandshakes = boolean(o, "answer_handshakes", true);
    r.autoStart = boolean(o, "auto_start", false);
    r.tlsCertificatePath = str(o, "tls_certificate");
    r.tlsKeyPath = str(o, "tls_key");
    return r;
}

QJsonObject scheduleToJson(const Schedule &s)
{
    return QJsonObject {
        {QLatin1String("event_type"), s.eventType},
        {QLatin1String("kind"), scheduleKindName(s.kind)},
        {QLatin1String("at"), timeToJson(s.at)},
        {QLatin1String("interval_ms"), double(s.intervalMs)},
        {QLatin1String("cron"), s.cron},
        {QLatin1String("utc"), s.utc},
        {QLatin1String("jitter_ms"), double(s.jitterMs)},
        {QLatin1String("limit"), s.limit},
        {QLatin1String("until"), timeToJson(s.until)},
        {QLatin1String("catch_up"), s.catchUp},
        {QLatin1String("enabled"), s.enabled},
        {QLatin1String("payload"), s.payload.isEmpty() ? QJsonValue(QJsonValue::Null) : QString::fromUtf8(s.payload)},
    };
}

Schedule scheduleFromJson(const QJsonObject &o)
{
    Schedule s;
    s.eventType = str(o, "event_type");
    s.kind = scheduleKindFromName(str(o, "kind"));
    s.at = timeFromJson(o.value(QLatin1String("at")));
    s.intervalMs = integer(o, "interval_ms", s.intervalMs);
    s.cron = str(o, "cron");
    s.utc = boolean(o, "utc", false);
    s.jitterMs = integer(o, "jitter_ms", 0);
    s.limit = int(integer(o, "limit", 0));
    s.until = timeFromJson(o.value(QLatin1String("until")));
    s.catchUp = boolean(o, "catch_up", false);
    s.enabled = boolean(o, "enabled", true);
    s.payload = str(o, "payload").toUtf8();
    return s;
}

QJsonArray verdictsToJson(const QList<Verdict> &verdicts)
{
    QJsonArray a;
    for (const Verdict &v : verdicts)
        a.append(QJsonObject {{QLatin1String("scheme"), schemeName(v.scheme)},
                              {QLatin1String("result"), verdictResultName(v.result)},
                              {QLatin1String("detail"), v.detail}});
    return a;
}

QList<Verdict> verdictsFromJson(const QJsonArray &array)
{
    QList<Verdict> out;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        out.append(Verdict {schemeFromName(str(o, "scheme")).value_or(SigningScheme::None),
                            verdictResultFromName(str(o, "result")), str(o, "detail")});
    }
    return out;
}

} // namespace Hookbench::Json
