#pragma once

#include <QString>

namespace Hookbench::Ids {

// 63-bit ids that grow with time (milliseconds since 2024-01-01 in the high bits, a per-process salt and a
// counter below), so high-volume rows (events, deliveries, attempts, captures) get their key before they are
// written by the batching writer, and ordering by id is ordering by creation time.
qint64 next();

// Random identifiers in a provider's style: a prefix and 24 base62 characters, e.g. `msg_2Jc9…`. For secrets
// and challenges (about 142 random bits).
QString uid(QLatin1StringView prefix);
// The same shape for event and message ids, but time-ordered as Svix's KSUID-based ids are: 8 characters of the
// creation time in milliseconds, then 16 random ones (about 95 bits). They sort by creation, and the log's
// unique index on them grows at its end instead of dirtying a random page for every row it takes.
QString sortableUid(QLatin1StringView prefix);
// RFC 4122 version 4 UUID in lower case without braces (GitHub's X-GitHub-Delivery shape).
QString uuid();

} // namespace Hookbench::Ids
