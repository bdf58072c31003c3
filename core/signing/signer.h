#pragma once

#include "domain/header.h"
#include "domain/signingscheme.h"

#include <QStringList>

namespace Hookbench::Signing {

// Everything a scheme needs to sign one request.
struct SigningContext
{
    SigningScheme scheme = SigningScheme::None;
    // All active secrets (rotation): each produces a signature.
    QStringList secrets;
    CustomHmacOptions customHmac;
    // Also send the legacy `X-Hub-Signature: sha1=…`.
    bool legacyGitHubSha1 = false;
    // `webhook-id` / `X-GitHub-Delivery`.
    QString deliveryId;
    // e.g. "issues.opened"; GitHub's X-GitHub-Event gets the part before the first dot.
    QString eventType;
    // `X-GitHub-Hook-ID`.
    qint64 hookId = 0;
    // Unix seconds.
    qint64 timestamp = 0;
};

// The scheme's headers in a fixed order:
// Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature ("v1,<b64> v1,<b64>", one per secret);
// GitHub: X-GitHub-Event, X-GitHub-Delivery, X-GitHub-Hook-ID, X-Hub-Signature-256 (and X-Hub-Signature);
// Stripe: Stripe-Signature "t=…,v1=…[,v1=…]"; custom HMAC: [timestamp header,] signature header; none: nothing.
HeaderList signatureHeaders(const SigningContext &context, const QByteArray &body);

QByteArray hmac(HmacAlgorithm algorithm, QByteArrayView key, QByteArrayView message);
// Compares in time that depends only on the lengths, so a forger learns nothing from timing.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

// A fresh secret in the scheme's own format: Standard Webhooks "whsec_" + base64 of 32 random bytes, Stripe
// "whsec_" + 32 alphanumerics, GitHub and custom HMAC 40 hex characters.
QString generateSecret(SigningScheme scheme);

// Standard Webhooks key bytes: base64-decoded secret without its "whsec_" prefix (empty if not base64).
QByteArray standardWebhooksKey(const QString &secret);
// The part of an event type GitHub puts in X-GitHub-Event ("issues.opened" -> "issues").
QString gitHubEventName(const QString &eventType);
// X-GitHub-Event, X-GitHub-Delivery and X-GitHub-Hook-ID: what GitHub sends with every delivery, signed or not.
HeaderList gitHubDeliveryHeaders(const QString &eventType, const QString &deliveryId, qint64 hookId);

} // namespace Hookbench::Signing
