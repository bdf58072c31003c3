#include "outcome.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Hookbench::Engine {

namespace {

// lupdate files the tr() strings of a function outside any class under its namespace: the context here must be
// that namespace, or the translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Hookbench::Engine", text);
}

constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;

} // namespace

std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional(qMin(seconds, kMaxRetryAfterMs / 1000) * 1000);
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 §5.6.7); the obsolete forms are rare.
    const QString text = QString::fromLatin1(v);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        when = QLocale::c().toDateTime(text, QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return qBound<qint64>(0, now.msecsTo(when), kMaxRetryAfterMs);
}

Outcome classify(const Response &r, const Endpoint &endpoint, const QDateTime &now)
{
    using K = Outcome::Kind;
    if (r.status == 0 || r.timedOut || !r.networkError.isEmpty()) {
        if (r.timedOut)
            return {K::Retry, tr("timed out after %1 ms").arg(endpoint.timeoutMs), std::nullopt};
        return {K::Retry, r.networkError.isEmpty() ? tr("no response") : r.networkError, std::nullopt};
    }
    const int s = r.status;
    if (s >= 200 && s < 300)
        return {K::Succeeded, {}, std::nullopt};
    if (s >= 300 && s < 400) {
        const QByteArray location = headerValue(r.headers, "Location");
        return {K::Fail,
                location.isEmpty() ? tr("HTTP %1: redirect not followed").arg(s)
                                   : tr("HTTP %1: redirect to %2 not followed").arg(s).arg(QString::fromUtf8(location)),
                std::nullopt};
    }
    if (s == 410)
        return {K::Gone, tr("HTTP 410 Gone: the receiver asked to stop sending"), std::nullopt};
    if (s == 429 || s == 503) {
        const auto retryAfter = parseRetryAfterMs(headerValue(r.headers, "Retry-After"), now);
        return {K::Retry, tr("HTTP %1").arg(s), retryAfter};
    }
    if (s == 408 || s >= 500)
        return {K::Retry, tr("HTTP %1").arg(s), std::nullopt};
    if (endpoint.retryClientErrors)
        return {K::Retry, tr("HTTP %1").arg(s), std::nullopt};
    return {K::Fail, tr("HTTP %1 (client errors are not retried)").arg(s), std::nullopt};
}

std::optional<qint64> nextRetryDelayMs(const RetryPolicy &policy, int attemptsMade, QRandomGenerator &random)
{
    if (attemptsMade >= policy.attemptLimit())
        return std::nullopt;
    if (policy.kind == RetryPolicy::Kind::Schedule)
        return policy.scheduleMs.value(attemptsMade, 0);
    const double ceiling
        = qMin(double(policy.capMs), double(policy.baseMs) * std::pow(policy.factor, attemptsMade - 1));
    const qint64 bound = qint64(ceiling);
    return bound <= 0 ? 0 : qint64(random.bounded(quint64(bound) + 1));
}

qint64 firstAttemptDelayMs(const RetryPolicy &policy)
{
    return policy.kind == RetryPolicy::Kind::Schedule ? policy.scheduleMs.value(0, 0) : 0;
}

} // namespace Hookbench::Engine
