#include "utf8.h"

#include <QStringDecoder>

namespace Hookbench::Utf8 {

namespace {

QStringDecoder exactDecoder()
{
    return QStringDecoder(QStringDecoder::Utf8,
                          QStringDecoder::Flag::ConvertInitialBom | QStringDecoder::Flag::Stateless);
}

} // namespace

bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder = exactDecoder();
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QString fromUtf8Exact(QByteArrayView bytes)
{
    QStringDecoder decoder = exactDecoder();
    return decoder.decode(bytes);
}

} // namespace Hookbench::Utf8
