#pragma once

#include <QByteArray>
#include <QByteArrayView>

// HMAC-SHA256, the MAC of every scheme the engine signs with by default, on the CPU's SHA extensions when it has
// them. Qt 6.4's QCryptographicHash uses the portable RFC 6234 code: about 100,000 instructions to sign a 1 KB
// delivery, half of the engine's own work per delivery on its thread (callgrind). With the SHA instructions the
// same signature takes a few thousand. Results are identical by construction and checked against Qt's in tests.
namespace Hookbench::Signing::Sha256 {

// The fastest implementation this CPU runs.
QByteArray hmac(QByteArrayView key, QByteArrayView message);

// Each implementation on its own, for tests and benchmarks. hmacAccelerated() must only be called when
// accelerationAvailable() is true.
bool accelerationAvailable();
QByteArray hmacPortable(QByteArrayView key, QByteArrayView message);
QByteArray hmacAccelerated(QByteArrayView key, QByteArrayView message);

} // namespace Hookbench::Signing::Sha256
