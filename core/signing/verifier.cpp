#include "verifier.h"

#include "signer.h"

#include <QCoreApplication>
#include <QtNumeric>

#include <limits>

namespace Hookbench::Signing {

namespace {

// lupdate files the tr() strings of a function outside any class under its namespace: the context here must be
// that namespace, or the translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Hookbench::Signing", text);
}

Verdict verdict(SigningScheme scheme, Verdict::Result result, const QString &detail)
{
    return Verdict {scheme, result, detail};
}

Verdict missing(SigningScheme scheme, const QStringList &names)
{
    return verdict(scheme, Verdict::Result::MissingHeaders, tr("missing %1").arg(names.join(QStringLiteral(", "))));
}

std::optional<qint64> parseTimestamp(const QByteArray &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

// Seconds from `timestamp` to `now`, held at the ends of qint64: the sender chooses the timestamp, any number a
// header can carry, and the difference must not overflow (found by fuzz_signatures).
qint64 secondsSince(qint64 timestamp, qint64 now)
{
    qint64 difference = 0;
    if (qSubOverflow(now, timestamp, &difference))
        return now > timestamp ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return difference;
}

// Either way from now, as Standard Webhooks and custom timestamps are checked.
bool outsideTolerance(qint64 secondsAgo, int tolerance)
{
    return secondsAgo > tolerance || secondsAgo < -qint64(tolerance);
}

Verdict verifyStandard(const QString &secret, const HeaderList &headers, const QByteArray &body, qint64 now,
                       int tolerance)
{
    const auto scheme = SigningScheme::StandardWebhooks;
    QStringList absent;
    for (const char *name : {"webhook-id", "webhook-timestamp", "webhook-signature"}) {
        if (!hasHeader(headers, QByteArrayView(name)))
            absent.append(QLatin1String(name));
    }
    if (!absent.isEmpty())
        return missing(scheme, absent);
    const QByteArray id = headerValue(headers, "webhook-id");
    const QByteArray ts = headerValue(headers, "webhook-timestamp");
    const auto timestamp = parseTimestamp(ts);
    if (!timestamp)
        return verdict(scheme, Verdict::Result::InvalidSignature, tr("webhook-timestamp is not a Unix time"));
    if (const qint64 ago = secondsSince(*timestamp, now); outsideTolerance(ago, tolerance))
        return verdict(scheme, Verdict::Result::TimestampOutOfTolerance,
                       tr("webhook-timestamp is %1 s from now (tolerance %2 s)").arg(ago).arg(tolerance));
    const QByteArray key = standardWebhooksKey(secret);
    // Validation refuses such a secret; should one get here anyway (a workspace written before), nothing matches
    // it: an empty key is one anybody can sign with.
    if (key.isEmpty())
        return verdict(scheme, Verdict::Result::InvalidSignature,
                       tr("no v1 entry of webhook-signature matches this secret"));
    const QByteArray expected
        = hmac(HmacAlgorithm::Sha256, key, QByteArray(id + '.' + ts.trimmed() + '.' + body)).toBase64();
    const QByteArrayList entries = headerValue(headers, "webhook-signature").split(' ');
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QByteArray &entry = entries.at(i);
        if (!entry.startsWith("v1,"))
            continue; // other versions (v1a) are not for a symmetric secret
        if (constantTimeEquals(entry.mid(3), expected))
            return verdict(scheme, Verdict::Result::Valid, tr("webhook-signature entry %1 matches").arg(i + 1));
    }
    return verdict(scheme, Verdict::Result::InvalidSignature,
                   tr("no v1 entry of webhook-signature matches this secret"));
}

Verdict verifyGitHub(const QString &secret, const HeaderList &headers, const QByteArray &body)
{
    const auto scheme = SigningScheme::GitHub;
    if (hasHeader(headers, "X-Hub-Signature-256")) {
        const QByteArray expected = "sha256=" + hmac(HmacAlgorithm::Sha256, secret.toUtf8(), body).toHex();
        if (constantTimeEquals(headerValue(headers, "X-Hub-Signature-256"), expected))
            return verdict(scheme, Verdict::Result::Valid, tr("X-Hub-Signature-256 matches"));
        return verdict(scheme, Verdict::Result::InvalidSignature, tr("X-Hub-Signature-256 does not match"));
    }
    if (hasHeader(headers, "X-Hub-Signature")) {
        const QByteArray expected = "sha1=" + hmac(HmacAlgorithm::Sha1, secret.toUtf8(), body).toHex();
        if (constantTimeEquals(headerValue(headers, "X-Hub-Signature"), expected))
            return verdict(scheme, Verdict::Result::Valid, tr("X-Hub-Signature (SHA-1) matches"));
        return verdict(scheme, Verdict::Result::InvalidSignature, tr("X-Hub-Signature (SHA-1) does not match"));
    }
    return missing(scheme, {QStringLiteral("X-Hub-Signature-256")});
}

Verdict verifyStripe(const QString &secret, const HeaderList &headers, const QByteArray &body, qint64 now,
                     int tolerance)
{
    const auto scheme = SigningScheme::Stripe;
    if (!hasHeader(headers, "Stripe-Signature"))
        return missing(scheme, {QStringLiteral("Stripe-Signature")});
    QByteArray t;
    QByteArrayList v1;
    // Parts are separated by commas without spaces; the official library does not trim.
    for (const QByteArray &part : headerValue(headers, "Stripe-Signature").split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = part.left(eq);
        if (key == "t")
            t = part.mid(eq + 1);
        else if (key == "v1")
            v1.append(part.mid(eq + 1));
    }
    const auto timestamp = parseTimestamp(t);
    if (t.isEmpty() || !timestamp)
        return verdict(scheme, Verdict::Result::InvalidSignature, tr("Stripe-Signature has no timestamp (t=)"));
    if (v1.isEmpty())
        return verdict(scheme, Verdict::Result::InvalidSignature, tr("Stripe-Signature has no v1 signature"));
    const QByteArray expected = hmac(HmacAlgorithm::Sha256, secret.toUtf8(), QByteArray(t + '.' + body)).toHex();
    bool matched = false;
    for (const QByteArray &candidate : std::as_const(v1))
        matched = constantTimeEquals(candidate, expected) || matched;
    if (!matched)
        return verdict(scheme, Verdict::Result::InvalidSignature, tr("no v1 signature matches this secret"));
    if (const qint64 ago = secondsSince(*timestamp, now); ago > tolerance)
        return verdict(scheme, Verdict::Result::TimestampOutOfTolerance,
                       tr("signed %1 s ago (tolerance %2 s)").arg(ago).arg(tolerance));
    return verdict(scheme, Verdict::Result::Valid, tr("Stripe-Signature v1 matches"));
}

Verdict verifyCustom(const VerificationSecret &s, const HeaderList &headers, const QByteArray &body, qint64 now,
                     int tolerance)
{
    const auto scheme = SigningScheme::CustomHmac;
    const CustomHmacOptions &o = s.customHmac;
    QStringList absent;
    if (!hasHeader(headers, o.headerName.toLatin1()))
        absent.append(o.headerName);
    if (o.signTimestamp && !hasHeader(headers, o.timestampHeader.toLatin1()))
        absent.append(o.timestampHeader);
    if (!absent.isEmpty())
        return missing(scheme, absent);
    QByteArray content = body;
    if (o.signTimestamp) {
        const QByteArray ts = headerValue(headers, o.timestampHeader.toLatin1()).trimmed();
        const auto timestamp = parseTimestamp(ts);
        if (!timestamp)
            return verdict(scheme, Verdict::Result::InvalidSignature,
                           tr("%1 is not a Unix time").arg(o.timestampHeader));
        if (const qint64 ago = secondsSince(*timestamp, now); outsideTolerance(ago, tolerance))
            return verdict(scheme, Verdict::Result::TimestampOutOfTolerance,
                           tr("%1 is %2 s from now (tolerance %3 s)").arg(o.timestampHeader).arg(ago).arg(tolerance));
        content = ts + '.' + body;
    }
    const QByteArray digest = hmac(o.algorithm, s.secret.toUtf8(), content);
    const QByteArray expected
        = o.prefix.toUtf8() + (o.encoding == SignatureEncoding::Base64 ? digest.toBase64() : digest.toHex());
    for (const QByteArray &candidate : headerValue(headers, o.headerName.toLatin1()).split(' ')) {
        if (constantTimeEquals(candidate.trimmed(), expected))
            return verdict(scheme, Verdict::Result::Valid, tr("%1 matches").arg(o.headerName));
    }
    return verdict(scheme, Verdict::Result::InvalidSignature, tr("%1 does not match").arg(o.headerName));
}

} // namespace

Verdict verify(const VerificationSecret &secret, const HeaderList &headers, const QByteArray &body, qint64 nowUnix,
               int toleranceSeconds)
{
    switch (secret.scheme) {
    case SigningScheme::StandardWebhooks:
        return verifyStandard(secret.secret, headers, body, nowUnix, toleranceSeconds);
    case SigningScheme::GitHub:
        return verifyGitHub(secret.secret, headers, body);
    case SigningScheme::Stripe:
        return verifyStripe(secret.secret, headers, body, nowUnix, toleranceSeconds);
    case SigningScheme::CustomHmac:
        return verifyCustom(secret, headers, body, nowUnix, toleranceSeconds);
    case SigningScheme::None:
        break;
    }
    return Verdict {SigningScheme::None, Verdict::Result::Valid, tr("no signature expected")};
}

} // namespace Hookbench::Signing
