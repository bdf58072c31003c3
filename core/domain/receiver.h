#pragma once

#include "header.h"
#include "signingscheme.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace Hookbench {

// How a receiver answers requests that match a rule, including the deliberate misbehaviours used to test a
// sender's retries.
struct ResponseRule
{
    enum class Behaviour
    {
        Respond, // answer with status/headers/body after delayMs
        FailFirst, // answer failStatus to the first failFirst matching requests, then respond normally
        FailPercent, // answer failStatus to failPercent % of matching requests, at random
        RateLimit, // answer 429 with Retry-After: retryAfterSeconds
        Timeout, // never answer (the connection stays open until the client gives up)
        CloseMidResponse, // send part of the response, then close the connection
    };

    // `*` or a method name, case-insensitive.
    QByteArray method = QByteArrayLiteral("*");
    // Glob over the path (without query): `*` matches within a segment, `**` across segments.
    QString pathPattern = QStringLiteral("/**");
    int status = 200;
    HeaderList headers = {Header {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    // May hold placeholders: {{request.id}}, {{request.time}}, {{header.Name}}, {{json.path.to.field}}.
    QByteArray body = QByteArrayLiteral("{\"ok\":true}");
    int delayMs = 0;
    Behaviour behaviour = Behaviour::Respond;
    int failFirst = 0;
    double failPercent = 0;
    int failStatus = 500;
    int retryAfterSeconds = 1;

    friend bool operator==(const ResponseRule &, const ResponseRule &) = default;
};

// A secret a receiver checks incoming signatures against.
struct VerificationSecret
{
    SigningScheme scheme = SigningScheme::StandardWebhooks;
    QString secret;
    CustomHmacOptions customHmac;

    friend bool operator==(const VerificationSecret &, const VerificationSecret &) = default;
};

struct Receiver
{
    qint64 id = 0;
    QString name;
    QString bindAddress = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QList<ResponseRule> rules;
    QList<VerificationSecret> secrets;
    int toleranceSeconds = 300;
    bool rejectInvalid = false;
    // Required (in the path as /t/<token>/… or in X-Hookbench-Token) when bound beyond loopback.
    QString accessToken;
    qint64 maxBodyBytes = 25LL * 1024 * 1024;
    QUrl forwardTo;
    bool answerHandshakes = true;
    bool autoStart = false;
    QString tlsCertificatePath;
    QString tlsKeyPath;
    QDateTime createdAt;

    bool isLoopbackOnly() const;

    friend bool operator==(const Receiver &, const Receiver &) = default;
};

QString behaviourName(ResponseRule::Behaviour behaviour);
ResponseRule::Behaviour behaviourFromName(const QString &name);

} // namespace Hookbench
