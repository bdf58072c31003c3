#pragma once

#include "domain/header.h"

#include <QStringList>

namespace Hookbench::Signing {

// For the "signature headers explained" panel: one sentence per signature-related header in a request, saying
// what it is and what was signed.
QStringList explainSignatureHeaders(const HeaderList &headers);

} // namespace Hookbench::Signing
