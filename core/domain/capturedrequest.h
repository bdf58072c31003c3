#pragma once

#include "header.h"
#include "signingscheme.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Hookbench {

// The outcome of checking one request against one configured secret.
struct Verdict
{
    enum class Result
    {
        Valid,
        InvalidSignature,
        TimestampOutOfTolerance,
        MissingHeaders,
    };

    SigningScheme scheme = SigningScheme::None;
    Result result = Result::MissingHeaders;
    QString detail;

    friend bool operator==(const Verdict &, const Verdict &) = default;
};

// A request as a receiver saw it: nothing normalised, the body kept byte for byte.
struct CapturedRequest
{
    qint64 id = 0;
    qint64 receiverId = 0;
    QDateTime receivedAt;
    QString remoteAddress;
    QByteArray method;
    QByteArray target; // path and query, exactly as sent
    QByteArray httpVersion = QByteArrayLiteral("HTTP/1.1");
    HeaderList headers;
    QByteArray body;
    QList<Verdict> verdicts;
    int responseStatus = 0;
    // Filled when the receiver forwards: the forward target's answer.
    QString forwardedTo;
    int forwardStatus = 0;
    QString forwardError;
    QByteArray forwardResponseBody;

    friend bool operator==(const CapturedRequest &, const CapturedRequest &) = default;
};

// The serialised key ("invalid_signature"), for JSON and the command line's machine-readable output.
QString verdictResultName(Verdict::Result result);
// What a person reads ("invalid signature"), translated.
QString verdictResultDisplayName(Verdict::Result result);
Verdict::Result verdictResultFromName(const QString &name);

} // namespace Hookbench
