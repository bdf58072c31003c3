#pragma once

#include "domain/endpoint.h"
#include "domain/header.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace Hookbench::Engine {

// What one attempt's result means for its delivery.
struct Outcome
{
    enum class Kind
    {
        Succeeded,
        Retry, // try again later (network error, timeout, 408, 429, 5xx…)
        Fail, // final (other 4xx, unfollowed redirect…)
        Gone, // 410: final, and the endpoint is to be disabled
    };

    Kind kind = Kind::Fail;
    QString reason;
    // Set when the server said when to come back (Retry-After on 429/503).
    std::optional<qint64> retryAfterMs;
};

// What came back from one attempt, as far as classification needs it.
struct Response
{
    int status = 0; // 0: no status line
    bool timedOut = false;
    QString networkError; // empty when a whole HTTP answer arrived (set with a status when the body did not)
    HeaderList headers;
};

// Pure classification: 2xx succeed; network errors, timeouts, 408, 429 and 5xx are retried; 410 disables the
// endpoint; 3xx (when not followed) and other 4xx are final unless the endpoint retries client errors.
Outcome classify(const Response &response, const Endpoint &endpoint, const QDateTime &now);

// `Retry-After` as delay-seconds or an HTTP-date (RFC 9110); nullopt when absent or unreadable.
std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

// Delay before the next attempt after `attemptsMade` attempts (1 = the first one failed), or nullopt when the
// policy allows no more. Schedule: entry [attemptsMade]; exponential with full jitter: random(0, min(cap,
// base * factor^(attemptsMade - 1))).
std::optional<qint64> nextRetryDelayMs(const RetryPolicy &policy, int attemptsMade, QRandomGenerator &random);

// Delay before the very first attempt (the schedule's first entry, 0 for exponential backoff).
qint64 firstAttemptDelayMs(const RetryPolicy &policy);

} // namespace Hookbench::Engine
