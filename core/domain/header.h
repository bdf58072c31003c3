#pragma once

#include <QByteArray>
#include <QList>

namespace Hookbench {

// One HTTP header as it travels: name in its original case, value as raw bytes. Lists keep arrival order,
// because order and case are part of what a webhook receiver sees and what a signature may cover.
struct Header
{
    QByteArray name;
    QByteArray value;

    friend bool operator==(const Header &, const Header &) = default;
};

using HeaderList = QList<Header>;

// Case-insensitive lookup of the first header with this name; empty when absent.
QByteArray headerValue(const HeaderList &headers, QByteArrayView name);
bool hasHeader(const HeaderList &headers, QByteArrayView name);
// Replaces every header of this name (case-insensitively) by one with the given value, keeping the position of
// the first one, or appends it.
void setHeader(HeaderList &headers, const QByteArray &name, const QByteArray &value);
void removeHeader(HeaderList &headers, QByteArrayView name);

} // namespace Hookbench
