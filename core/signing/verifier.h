#pragma once

#include "domain/capturedrequest.h"
#include "domain/receiver.h"

namespace Hookbench::Signing {

// Checks one request against one configured secret, exactly as the scheme's official verifiers do:
// Standard Webhooks accepts any listed v1 signature and a timestamp within the tolerance in both directions;
// GitHub compares the lower-case hex of X-Hub-Signature-256 (or the legacy SHA-1 header); Stripe accepts any v1
// and rejects only timestamps older than the tolerance. Comparisons run in constant time.
Verdict verify(const VerificationSecret &secret, const HeaderList &headers, const QByteArray &body, qint64 nowUnix,
               int toleranceSeconds = 300);

} // namespace Hookbench::Signing
