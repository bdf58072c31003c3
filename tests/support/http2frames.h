#pragma once

// Writing HTTP/2 frames (RFC 9113 §4) for the project's own minimal HTTP/2 peers: the h2c test server
// (tests/support/testh2cserver) and the engine benchmark's responder. Header-only, so the benchmark stays a
// program of its own.
#include <QByteArray>
#include <QString> // operator+ on QByteArray, with QT_USE_QSTRINGBUILDER

#include <optional>

namespace Hookbench::Http2Frames {

// What a client sends first on an HTTP/2 connection with prior knowledge (RFC 9113 §3.4).
inline const QByteArray kPreface = QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

enum Type : quint8
{
    Data = 0x0,
    Headers = 0x1,
    Settings = 0x4,
    Ping = 0x6,
    GoAway = 0x7,
    WindowUpdate = 0x8,
    Continuation = 0x9,
};

enum Flag : quint8
{
    EndStream = 0x1,
    Ack = 0x1, // on SETTINGS and PING
    EndHeaders = 0x4,
    Padded = 0x8,
};

inline QByteArray be32(quint32 v)
{
    const char bytes[] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    return QByteArray(bytes, 4);
}

// A frame: 24-bit length, type, flags, 31-bit stream id, then the payload.
inline QByteArray frame(quint8 type, quint8 flags, quint32 stream, const QByteArray &payload)
{
    const quint32 length = quint32(payload.size());
    const char head[] = {char(length >> 16), char(length >> 8), char(length), char(type), char(flags)};
    return QByteArray(head, 5) + be32(stream & 0x7fffffff) + payload;
}

struct Frame
{
    quint8 type = 0;
    quint8 flags = 0;
    quint32 stream = 0;
    QByteArray payload;
};

// The frame that starts at *pos in `buffer`, moving *pos past it; nothing while it has not fully arrived.
inline std::optional<Frame> nextFrame(const QByteArray &buffer, qsizetype *pos)
{
    if (buffer.size() - *pos < 9)
        return std::nullopt;
    const auto *h = reinterpret_cast<const uchar *>(buffer.constData() + *pos);
    const qsizetype length = (qsizetype(h[0]) << 16) | (qsizetype(h[1]) << 8) | h[2];
    if (buffer.size() - *pos < 9 + length)
        return std::nullopt;
    Frame f;
    f.type = h[3];
    f.flags = h[4];
    f.stream = ((quint32(h[5]) & 0x7f) << 24) | (quint32(h[6]) << 16) | (quint32(h[7]) << 8) | h[8];
    f.payload = buffer.mid(*pos + 9, length);
    *pos += 9 + length;
    return f;
}

// The acknowledgement a SETTINGS or PING frame asks for, or nothing.
inline QByteArray acknowledgement(const Frame &f)
{
    if ((f.type == Settings || f.type == Ping) && !(f.flags & Ack))
        return frame(f.type, Ack, 0, f.type == Ping ? f.payload : QByteArray());
    return {};
}

} // namespace Hookbench::Http2Frames
