#pragma once

#include "header.h"
#include "retrypolicy.h"
#include "signingscheme.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

namespace Hookbench {

enum class BodyEncoding
{
    Json, // application/json, the payload as the body
    Form, // application/x-www-form-urlencoded with the JSON in a `payload` field, as GitHub's form content type
};

// Where an endpoint came from: made by the user, or registered by an application through one of the
// provider-compatible subscription APIs.
enum class EndpointOrigin
{
    Manual,
    GitHubHook,
    GoogleChannel,
    WebSub,
    Generic,
    Cli, // made by `hookbench send`: receives only what is sent to it explicitly
};

// A target URL that subscribes to event types, with everything that shapes how it is sent to.
struct Endpoint
{
    qint64 id = 0;
    QString name;
    QUrl url;
    bool enabled = true;
    // Why the endpoint was disabled when Hookbench did it (410 Gone, circuit breaker); empty otherwise.
    QString disabledReason;
    // Exact event type names or wildcards: `issues.*`, `*`.
    QStringList subscriptions = {QStringLiteral("*")};
    QByteArray method = QByteArrayLiteral("POST");
    BodyEncoding bodyEncoding = BodyEncoding::Json;
    HeaderList headers;
    SigningScheme scheme = SigningScheme::None;
    // Several secrets are all active at once (rotation): each signs, the signatures travel side by side.
    QStringList secrets;
    CustomHmacOptions customHmac;
    bool legacyGitHubSha1 = false;
    int timeoutMs = 15000;
    RetryPolicy retry;
    // 4xx other than 408/429 are final unless this is set.
    bool retryClientErrors = false;
    bool followRedirects = false;
    int concurrency = 4;
    // Requests per second; 0 means unlimited.
    double ratePerSecond = 0;
    bool verifyTls = true;
    bool http2PriorKnowledge = false;
    // Consecutive failed deliveries after which the endpoint is disabled; 0 turns the breaker off.
    int circuitBreakerThreshold = 20;
    int consecutiveFailures = 0;
    // Past this time the endpoint receives nothing (Google push channels expire this way). Invalid = never.
    QDateTime expiresAt;
    QString channelToken;
    EndpointOrigin origin = EndpointOrigin::Manual;
    // Origin-specific data kept as JSON (GitHub hook id, Google channel/resource ids, WebSub lease...).
    QByteArray originData;
    QDateTime createdAt;

    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && now >= expiresAt; }
    bool subscribesTo(const QString &eventType) const;

    friend bool operator==(const Endpoint &, const Endpoint &) = default;
};

// `*` matches everything, `issues.*` any type starting with `issues.`, anything else matches exactly.
bool subscriptionMatches(const QString &pattern, const QString &eventType);

QString bodyEncodingName(BodyEncoding encoding);
QString originName(EndpointOrigin origin);
EndpointOrigin originFromName(const QString &name);

} // namespace Hookbench
