#include "jsonhighlighter.h"

#include <QApplication>
#include <QPalette>

namespace Hookbench::Ui {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    updateColors();
}

void JsonHighlighter::updateColors()
{
    const QPalette palette = QApplication::palette();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    m_key.setForeground(dark ? QColor(0x8c, 0xc4, 0xff) : QColor(0x0b, 0x4f, 0x9c));
    m_string.setForeground(dark ? QColor(0xa5, 0xd6, 0x8a) : QColor(0x1f, 0x7a, 0x3a));
    m_number.setForeground(dark ? QColor(0xf2, 0xb3, 0x6b) : QColor(0xa3, 0x4a, 0x00));
    m_literal.setForeground(dark ? QColor(0xd7, 0x9b, 0xf0) : QColor(0x86, 0x2f, 0xa8));
    m_literal.setFontWeight(QFont::DemiBold);
    m_placeholder.setForeground(dark ? QColor(0xff, 0xd8, 0x66) : QColor(0x8a, 0x5a, 0x00));
    m_placeholder.setBackground(dark ? QColor(0x4a, 0x3d, 0x10) : QColor(0xff, 0xf1, 0xc7));
    m_punctuation.setForeground(palette.color(QPalette::PlaceholderText));
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('{') && i + 1 < n && text.at(i + 1) == QLatin1Char('{')) {
            const qsizetype end = text.indexOf(QLatin1String("}}"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            setFormat(int(i), int(stop - i), m_placeholder);
            i = stop;
        } else if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != QLatin1Char('"')) {
                if (text.at(j) == QLatin1Char('\\'))
                    ++j;
                ++j;
            }
            const qsizetype stop = qMin(n, j + 1);
            // A string followed by a colon is a key.
            qsizetype k = stop;
            while (k < n && text.at(k).isSpace())
                ++k;
            const bool key = k < n && text.at(k) == QLatin1Char(':');
            setFormat(int(i), int(stop - i), key ? m_key : m_string);
            // Placeholders inside strings stand out too.
            for (qsizetype p = text.indexOf(QLatin1String("{{"), i); p >= 0 && p < stop;
                 p = text.indexOf(QLatin1String("{{"), p + 2)) {
                const qsizetype end = text.indexOf(QLatin1String("}}"), p + 2);
                if (end < 0 || end >= stop)
                    break;
                setFormat(int(p), int(end + 2 - p), m_placeholder);
            }
            i = stop;
        } else if (c == QLatin1Char('-') || c.isDigit()) {
            qsizetype j = i + 1;
            while (j < n
                   && (text.at(j).isDigit() || text.at(j) == QLatin1Char('.') || text.at(j) == QLatin1Char('e')
                       || text.at(j) == QLatin1Char('E') || text.at(j) == QLatin1Char('+')
                       || text.at(j) == QLatin1Char('-')))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i + 1;
            while (j < n && text.at(j).isLetter())
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(j - i), m_literal);
            i = j;
        } else {
            if (c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('[') || c == QLatin1Char(']')
                || c == QLatin1Char(':') || c == QLatin1Char(','))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace Hookbench::Ui
