// libFuzzer target for signing and signature verification: what a receiver does with every request's headers,
// which come from anyone who can reach it, and the project's own HMAC-SHA256 (SHA extensions or the portable
// code), which signs every delivery. Three properties, chosen by the input's first byte:
//   - HMAC-SHA256 of any key and message equals Qt's QMessageAuthenticationCode, on both code paths;
//   - verify() of any headers, body, secret, time and tolerance finishes without a sanitizer report and gives the
//     same verdict twice;
//   - what signatureHeaders() signs for any body, secrets, id and time verifies as valid with each secret, and as
//     invalid once the body changes or the time moves past the tolerance.
// Any difference aborts; the input then becomes a file in tests/data/signing/regressions, replayed by the fuzz build
// and turned into a case of tst_signing.
#include "signing/sha256.h"
#include "signing/signer.h"
#include "signing/verifier.h"

#include <QMessageAuthenticationCode>

#include <cstdio>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>

using namespace Hookbench;

namespace {

[[noreturn]] void failed(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_signatures: %s %s\n", what, detail.constData());
    std::abort();
}

QByteArray bytes(FuzzedDataProvider &in, size_t max)
{
    const std::string s = in.ConsumeRandomLengthString(max);
    return QByteArray(s.data(), qsizetype(s.size()));
}

// Header names the verifier looks for, and a few it does not, in any case.
QByteArray headerName(FuzzedDataProvider &in)
{
    static const char *const names[]
        = {"webhook-id",      "webhook-timestamp", "webhook-signature", "Webhook-Signature", "X-Hub-Signature-256",
           "x-hub-signature", "Stripe-Signature",  "X-Signature",       "X-Timestamp",       "Content-Type",
           "X-Other"};
    if (in.ConsumeBool())
        return bytes(in, 24);
    return names[in.ConsumeIntegralInRange<size_t>(0, std::size(names) - 1)];
}

SigningScheme scheme(FuzzedDataProvider &in)
{
    return in.PickValueInArray({SigningScheme::None, SigningScheme::StandardWebhooks, SigningScheme::GitHub,
                                SigningScheme::Stripe, SigningScheme::CustomHmac});
}

CustomHmacOptions customOptions(FuzzedDataProvider &in)
{
    CustomHmacOptions o;
    o.algorithm = in.PickValueInArray({HmacAlgorithm::Sha1, HmacAlgorithm::Sha256, HmacAlgorithm::Sha512});
    o.encoding = in.ConsumeBool() ? SignatureEncoding::Base64 : SignatureEncoding::Hex;
    static const char *const prefixes[] = {"", "sha256=", "v1=", "hmac:"};
    o.prefix = QString::fromLatin1(in.PickValueInArray(prefixes));
    o.signTimestamp = in.ConsumeBool();
    return o;
}

void checkHmac(FuzzedDataProvider &in)
{
    const QByteArray key = bytes(in, 200);
    const QByteArray message = QByteArray::fromStdString(in.ConsumeRemainingBytesAsString());
    const QByteArray qt = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
    if (Signing::Sha256::hmacPortable(key, message) != qt)
        failed("portable HMAC-SHA256 differs from Qt's", qt.toHex());
    if (Signing::Sha256::accelerationAvailable() && Signing::Sha256::hmacAccelerated(key, message) != qt)
        failed("accelerated HMAC-SHA256 differs from Qt's", qt.toHex());
}

void checkVerifier(FuzzedDataProvider &in)
{
    VerificationSecret secret;
    secret.scheme = scheme(in);
    secret.secret = QString::fromUtf8(bytes(in, 64));
    secret.customHmac = customOptions(in);
    const qint64 now = in.ConsumeIntegral<qint64>();
    const int tolerance = in.ConsumeIntegral<int>();
    HeaderList headers;
    for (int n = in.ConsumeIntegralInRange(0, 8); n > 0; --n) {
        const QByteArray name = headerName(in);
        // Timestamps are numbers: any 64-bit one, as text, often enough to reach the time checks.
        headers.append({name, in.ConsumeBool() ? QByteArray::number(in.ConsumeIntegral<qint64>()) : bytes(in, 160)});
    }
    const QByteArray body = QByteArray::fromStdString(in.ConsumeRemainingBytesAsString());
    const Verdict first = Signing::verify(secret, headers, body, now, tolerance);
    if (!(Signing::verify(secret, headers, body, now, tolerance) == first))
        failed("verify() gave two verdicts for the same request");
}

// A secret the scheme's signer and verifier accept: Standard Webhooks keys are base64 after "whsec_".
QString secretFor(SigningScheme scheme, const QByteArray &raw)
{
    if (scheme == SigningScheme::StandardWebhooks)
        return QStringLiteral("whsec_") + QString::fromLatin1(raw.toBase64());
    return QString::fromUtf8(raw.toHex());
}

void checkRoundTrip(FuzzedDataProvider &in)
{
    Signing::SigningContext context;
    context.scheme = in.PickValueInArray(
        {SigningScheme::StandardWebhooks, SigningScheme::GitHub, SigningScheme::Stripe, SigningScheme::CustomHmac});
    for (int n = in.ConsumeIntegralInRange(1, 3); n > 0; --n) {
        QByteArray raw = bytes(in, 48);
        if (raw.isEmpty())
            raw = "k";
        context.secrets.append(secretFor(context.scheme, raw));
    }
    context.customHmac = customOptions(in);
    context.legacyGitHubSha1 = in.ConsumeBool();
    context.deliveryId = QStringLiteral("msg_") + QString::fromLatin1(bytes(in, 24).toHex());
    context.eventType = QStringLiteral("issues.opened");
    context.hookId = in.ConsumeIntegralInRange<qint64>(0, 1'000'000'000);
    // Any time a clock can show, well inside what a tolerance can be added to.
    context.timestamp = in.ConsumeIntegralInRange<qint64>(0, qint64(1) << 40);
    const int tolerance = in.ConsumeIntegralInRange(1, 86'400);
    const QByteArray body = QByteArray::fromStdString(in.ConsumeRemainingBytesAsString());
    const HeaderList headers = Signing::signatureHeaders(context, body);

    const bool timed = context.scheme == SigningScheme::StandardWebhooks || context.scheme == SigningScheme::Stripe
        || (context.scheme == SigningScheme::CustomHmac && context.customHmac.signTimestamp);
    // GitHub signs with the first (current) secret only; the other schemes with each.
    const QStringList signers = context.scheme == SigningScheme::GitHub ? context.secrets.mid(0, 1) : context.secrets;
    for (const QString &s : signers) {
        const VerificationSecret secret {context.scheme, s, context.customHmac};
        const Verdict v = Signing::verify(secret, headers, body, context.timestamp, tolerance);
        if (v.result != Verdict::Result::Valid)
            failed("a signed request does not verify:", v.detail.toUtf8());
        QByteArray tampered = body;
        if (tampered.isEmpty())
            tampered = "x";
        else
            tampered[0] = char(tampered[0] ^ 0x01);
        if (Signing::verify(secret, headers, tampered, context.timestamp, tolerance).result
            != Verdict::Result::InvalidSignature)
            failed("a changed body still verifies");
        if (timed) {
            const Verdict late = Signing::verify(secret, headers, body, context.timestamp + tolerance + 1, tolerance);
            if (late.result != Verdict::Result::TimestampOutOfTolerance)
                failed("a request signed too long ago is not refused for its time:", late.detail.toUtf8());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    switch (in.ConsumeIntegralInRange(0, 2)) {
    case 0:
        checkHmac(in);
        break;
    case 1:
        checkVerifier(in);
        break;
    default:
        checkRoundTrip(in);
        break;
    }
    return 0;
}
