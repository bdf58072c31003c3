#include "header.h"

namespace Hookbench {

static bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const Header &h : headers) {
        if (sameName(h.name, name))
            return h.value;
    }
    return {};
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    for (const Header &h : headers) {
        if (sameName(h.name, name))
            return true;
    }
    return false;
}

void setHeader(HeaderList &headers, const QByteArray &name, const QByteArray &value)
{
    qsizetype first = -1;
    for (qsizetype i = 0; i < headers.size();) {
        if (sameName(headers[i].name, name)) {
            if (first < 0) {
                first = i;
                headers[i] = Header {name, value};
                ++i;
            } else {
                headers.removeAt(i);
            }
        } else {
            ++i;
        }
    }
    if (first < 0)
        headers.append(Header {name, value});
}

void removeHeader(HeaderList &headers, QByteArrayView name)
{
    headers.removeIf([name](const Header &h) { return sameName(h.name, name); });
}

} // namespace Hookbench
