#pragma once

#include "domain/capturedrequest.h"
#include "domain/receiver.h"

namespace Hookbench::Receiving {

// `*` matches within one path segment, `**` across segments; everything else literally. Linear in the path's
// length for each wildcard, never exponential.
bool pathMatches(QStringView pattern, QStringView path);
// The first rule whose method and path pattern match, or -1.
int matchRule(const QList<ResponseRule> &rules, QByteArrayView method, QStringView path);
// The same for a request target (see targetPath()), decoding its path only when a rule's pattern needs it: the
// catch-all patterns do not, and they are what most receivers have.
int matchRuleForTarget(const QList<ResponseRule> &rules, QByteArrayView method, const QByteArray &target);
// The decoded path of a request target (origin form, absolute form, or "*"), without its query.
QString targetPath(const QByteArray &target);

// Fills {{request.id}}, {{request.time}}, {{header.NAME}} and {{json.a.b}} (a number selects an array element)
// from the captured request. Unknown placeholders are left as written; a missing value becomes empty.
QByteArray renderTemplate(const QByteArray &text, const CapturedRequest &request);
// The same for a header value, where line breaks and other control characters of the filled-in values become
// spaces, so a request cannot inject headers into its answer.
QByteArray renderHeaderValue(const QByteArray &value, const CapturedRequest &request);

} // namespace Hookbench::Receiving
