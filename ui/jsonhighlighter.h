#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Hookbench::Ui {

// Colours JSON (keys, strings, numbers, literals) and the payload templates' `{{placeholders}}`. JSON strings
// never span lines, so each block is coloured on its own. Colours are chosen for the palette in use, light or
// dark, and follow it when it changes.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    explicit JsonHighlighter(QTextDocument *document);
    // Re-reads the palette (after a light/dark switch).
    void updateColors();

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_placeholder;
    QTextCharFormat m_punctuation;
};

} // namespace Hookbench::Ui
