#pragma once

#include <QByteArrayView>
#include <QString>

// UTF-8 that must come back byte for byte: captured bodies and header values shown as text (`listen --json`, HAR,
// the deliveries export). QString::fromUtf8() drops a leading byte order mark, so text decoded with it would
// re-encode to bytes other than those received (and an HMAC over them would no longer match).
namespace Hookbench::Utf8 {

// Whether the bytes are well-formed UTF-8 (noncharacters included; overlong forms, surrogates and code points
// beyond U+10FFFF are not).
bool isUtf8(QByteArrayView bytes);

// The bytes as text, a leading byte order mark kept as U+FEFF: for well-formed UTF-8, toUtf8() of the result
// gives the same bytes back.
QString fromUtf8Exact(QByteArrayView bytes);

} // namespace Hookbench::Utf8
