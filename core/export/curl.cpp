#include "curl.h"

#include <QStringDecoder>

#include <algorithm>

namespace Hookbench::Export {

namespace {

bool isPrintableUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\r')
            && c != QLatin1Char('\t');
    });
}

} // namespace

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString curlCommand(const QByteArray &method, const QString &url, const HeaderList &headers, const QByteArray &body)
{
    QStringList parts;
    QString printfPrefix;
    if (!body.isEmpty() && !isPrintableUtf8(body)) {
        QString escaped;
        for (char c : body)
            escaped += QStringLiteral("\\%1").arg(uint(uchar(c)), 3, 8, QLatin1Char('0'));
        printfPrefix = QStringLiteral("printf '%1' | ").arg(escaped);
    }
    parts << QStringLiteral("curl -X %1 %2").arg(QString::fromLatin1(method), shellQuote(url));
    for (const Header &h : headers) {
        const QByteArray name = h.name.toLower();
        if (name == "content-length" || name == "host" || name == "connection")
            continue;
        parts << QStringLiteral("-H %1").arg(
            shellQuote(QString::fromLatin1(h.name) + QLatin1String(": ") + QString::fromUtf8(h.value)));
    }
    if (!body.isEmpty())
        parts << (printfPrefix.isEmpty() ? QStringLiteral("--data-binary %1").arg(shellQuote(QString::fromUtf8(body)))
                                         : QStringLiteral("--data-binary @-"));
    return printfPrefix + parts.join(QLatin1String(" \\\n  "));
}

} // namespace Hookbench::Export
