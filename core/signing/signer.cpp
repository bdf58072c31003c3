#include "signer.h"

#include "sha256.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace Hookbench::Signing {

namespace {

QCryptographicHash::Algorithm qtAlgorithm(HmacAlgorithm algorithm)
{
    switch (algorithm) {
    case HmacAlgorithm::Sha1:
        return QCryptographicHash::Sha1;
    case HmacAlgorithm::Sha256:
        return QCryptographicHash::Sha256;
    case HmacAlgorithm::Sha512:
        return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha256;
}

QByteArray encode(const QByteArray &digest, SignatureEncoding encoding)
{
    return encoding == SignatureEncoding::Base64 ? digest.toBase64() : digest.toHex();
}

} // namespace

QByteArray hmac(HmacAlgorithm algorithm, QByteArrayView key, QByteArrayView message)
{
    if (algorithm == HmacAlgorithm::Sha256)
        return Sha256::hmac(key, message);
    QMessageAuthenticationCode code(qtAlgorithm(algorithm), key.toByteArray());
    code.addData(message.data(), message.size());
    return code.result();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray standardWebhooksKey(const QString &secret)
{
    const QString body = secret.startsWith(QLatin1String("whsec_")) ? secret.mid(6) : secret;
    const auto decoded = QByteArray::fromBase64Encoding(body.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded : QByteArray();
}

QString gitHubEventName(const QString &eventType)
{
    const qsizetype dot = eventType.indexOf(QLatin1Char('.'));
    return dot < 0 ? eventType : eventType.left(dot);
}

HeaderList gitHubDeliveryHeaders(const QString &eventType, const QString &deliveryId, qint64 hookId)
{
    return {{QByteArrayLiteral("X-GitHub-Event"), gitHubEventName(eventType).toUtf8()},
            {QByteArrayLiteral("X-GitHub-Delivery"), deliveryId.toUtf8()},
            {QByteArrayLiteral("X-GitHub-Hook-ID"), QByteArray::number(hookId)}};
}

HeaderList signatureHeaders(const SigningContext &c, const QByteArray &body)
{
    HeaderList headers;
    const QByteArray timestamp = QByteArray::number(c.timestamp);
    switch (c.scheme) {
    case SigningScheme::None:
        break;
    case SigningScheme::StandardWebhooks: {
        const QByteArray id = c.deliveryId.toUtf8();
        const QByteArray content = id + '.' + timestamp + '.' + body;
        QByteArrayList signatures;
        for (const QString &secret : c.secrets)
            signatures.append("v1," + hmac(HmacAlgorithm::Sha256, standardWebhooksKey(secret), content).toBase64());
        headers.append({QByteArrayLiteral("webhook-id"), id});
        headers.append({QByteArrayLiteral("webhook-timestamp"), timestamp});
        headers.append({QByteArrayLiteral("webhook-signature"), signatures.join(' ')});
        break;
    }
    case SigningScheme::GitHub: {
        headers = gitHubDeliveryHeaders(c.eventType, c.deliveryId, c.hookId);
        // GitHub signs with one secret; during rotation the first one is the current one.
        const QByteArray key = c.secrets.value(0).toUtf8();
        if (!c.secrets.isEmpty()) {
            headers.append(
                {QByteArrayLiteral("X-Hub-Signature-256"), "sha256=" + hmac(HmacAlgorithm::Sha256, key, body).toHex()});
            if (c.legacyGitHubSha1)
                headers.append(
                    {QByteArrayLiteral("X-Hub-Signature"), "sha1=" + hmac(HmacAlgorithm::Sha1, key, body).toHex()});
        }
        break;
    }
    case SigningScheme::Stripe: {
        QByteArray value = "t=" + timestamp;
        const QByteArray content = timestamp + '.' + body;
        for (const QString &secret : c.secrets)
            value += ",v1=" + hmac(HmacAlgorithm::Sha256, secret.toUtf8(), content).toHex();
        headers.append({QByteArrayLiteral("Stripe-Signature"), value});
        break;
    }
    case SigningScheme::CustomHmac: {
        const CustomHmacOptions &o = c.customHmac;
        const QByteArray content = o.signTimestamp ? timestamp + '.' + body : body;
        if (o.signTimestamp)
            headers.append({o.timestampHeader.toLatin1(), timestamp});
        QByteArrayList signatures;
        for (const QString &secret : c.secrets)
            signatures.append(o.prefix.toUtf8() + encode(hmac(o.algorithm, secret.toUtf8(), content), o.encoding));
        headers.append({o.headerName.toLatin1(), signatures.join(' ')});
        break;
    }
    }
    return headers;
}

QString generateSecret(SigningScheme scheme)
{
    auto *rng = QRandomGenerator::system();
    switch (scheme) {
    case SigningScheme::StandardWebhooks: {
        QByteArray bytes(32, Qt::Uninitialized);
        rng->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        return QStringLiteral("whsec_") + QString::fromLatin1(bytes.toBase64());
    }
    case SigningScheme::Stripe: {
        static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        QString out = QStringLiteral("whsec_");
        for (int i = 0; i < 32; ++i)
            out.append(QLatin1Char(alphabet[rng->bounded(62)]));
        return out;
    }
    case SigningScheme::None:
    case SigningScheme::GitHub:
    case SigningScheme::CustomHmac:
        break;
    }
    QByteArray bytes(20, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(rng->bounded(256));
    return QString::fromLatin1(bytes.toHex());
}

} // namespace Hookbench::Signing
