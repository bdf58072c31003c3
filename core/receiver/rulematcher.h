#pragma once

#include "domain/capturedrequest.h"
#include "domain/receiver.h"

namespace Hookbench::Receiving {

// `*` matches within one path segment, `**` across segments; everything else literally.
bool pathMatches(const QString &pattern, const QString &path);
// The first rule whose method and path pattern match, or -1.
int matchRule(const QList<ResponseRule> &rules, const QByteArray &method, const QString &path);
// Fills {{request.id}}, {{request.time}}, {{header.NAME}} and {{json.a.b}} from the captured request.
QByteArray renderResponseBody(const QByteArray &body, const CapturedRequest &request);

} // namespace Hookbench::Receiving
