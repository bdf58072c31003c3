#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Hookbench::Ui {

class JsonHighlighter;

// A request or response body: pretty-printed JSON with syntax colours, the raw bytes as text, or a hex dump
// (the default for binary bodies), with its size and a copy button.
class BodyView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyView)

public:
    enum class Mode
    {
        Pretty,
        Raw,
        Hex,
    };

    explicit BodyView(QWidget *parent = nullptr);

    // `note` is shown next to the size (e.g. "truncated at 64 KB").
    void setBody(const QByteArray &body, const QString &note = {});
    QByteArray body() const { return m_body; }
    Mode mode() const { return m_mode; }
    // A chosen view sticks for the next bodies; until then binary bodies open as hex, others pretty.
    void setMode(Mode mode);
    QString shownText() const;

private:
    void render();

    QByteArray m_body;
    Mode m_mode = Mode::Pretty;
    bool m_userChoseMode = false;
    QLabel *m_info;
    QLabel *m_rawNote; // why a large JSON body shows raw while Pretty is chosen
    QToolButton *m_pretty;
    QToolButton *m_raw;
    QToolButton *m_hex;
    QToolButton *m_copy;
    QPlainTextEdit *m_text;
    JsonHighlighter *m_highlighter;
};

} // namespace Hookbench::Ui
