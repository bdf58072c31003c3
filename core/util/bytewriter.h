#pragma once

#include <QByteArrayView>

#include <cstring>

namespace Hookbench {

// Writes pieces one after another into memory sized in advance (a QByteArray made with Qt::Uninitialized):
// for messages built from a dozen short pieces, QByteArray's appends cost more than the copying itself.
// The caller measures first; nothing here checks the room.
class ByteWriter
{
public:
    explicit ByteWriter(char *to)
        : m_to(to)
    { }

    ByteWriter &operator<<(QByteArrayView bytes)
    {
        if (!bytes.isEmpty())
            std::memcpy(m_to, bytes.data(), size_t(bytes.size()));
        m_to += bytes.size();
        return *this;
    }

private:
    char *m_to;
};

} // namespace Hookbench
