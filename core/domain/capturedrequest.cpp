#include "capturedrequest.h"

#include <QCoreApplication>

namespace Hookbench {

QString verdictResultName(Verdict::Result result)
{
    using R = Verdict::Result;
    switch (result) {
    case R::Valid:
        return QStringLiteral("valid");
    case R::InvalidSignature:
        return QStringLiteral("invalid_signature");
    case R::TimestampOutOfTolerance:
        return QStringLiteral("timestamp_out_of_tolerance");
    case R::MissingHeaders:
        return QStringLiteral("missing_headers");
    }
    return QStringLiteral("missing_headers");
}

QString verdictResultDisplayName(Verdict::Result result)
{
    // The namespace is the context lupdate files a free function's strings under.
    using R = Verdict::Result;
    switch (result) {
    case R::Valid:
        return QCoreApplication::translate("Hookbench", "valid");
    case R::InvalidSignature:
        return QCoreApplication::translate("Hookbench", "invalid signature");
    case R::TimestampOutOfTolerance:
        return QCoreApplication::translate("Hookbench", "timestamp out of tolerance");
    case R::MissingHeaders:
        return QCoreApplication::translate("Hookbench", "signature headers missing");
    }
    return QCoreApplication::translate("Hookbench", "signature headers missing");
}

Verdict::Result verdictResultFromName(const QString &name)
{
    using R = Verdict::Result;
    for (R r : {R::Valid, R::InvalidSignature, R::TimestampOutOfTolerance, R::MissingHeaders}) {
        if (verdictResultName(r) == name)
            return r;
    }
    return R::MissingHeaders;
}

} // namespace Hookbench
