#include "bodyview.h"

#include "format.h"
#include "icons.h"
#include "jsonhighlighter.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hookbench::Ui {

namespace {
// Beyond this, pretty printing and colouring would make the pane sluggish; the raw text is shown instead.
constexpr qsizetype kPrettyLimit = 2 * 1024 * 1024;
} // namespace

BodyView::BodyView(QWidget *parent)
    : QWidget(parent)
    , m_info(new QLabel(this))
    , m_rawNote(new QLabel(tr("Shown as raw text: JSON bodies over 2 MB are not pretty-printed."), this))
    , m_pretty(new QToolButton(this))
    , m_raw(new QToolButton(this))
    , m_hex(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_text(new QPlainTextEdit(this))
    , m_highlighter(new JsonHighlighter(m_text->document()))
{
    auto *group = new QButtonGroup(this);
    const std::pair<QToolButton *, QString> buttons[]
        = {{m_pretty, tr("Pretty")}, {m_raw, tr("Raw")}, {m_hex, tr("Hex")}};
    for (const auto &[button, text] : buttons) {
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        group->addButton(button);
    }
    m_pretty->setToolTip(tr("Indented JSON with colours"));
    m_raw->setToolTip(tr("The body as it was sent"));
    m_hex->setToolTip(tr("Bytes in hexadecimal"));
    m_pretty->setChecked(true);
    connect(m_pretty, &QToolButton::clicked, this, [this] { setMode(Mode::Pretty); });
    connect(m_raw, &QToolButton::clicked, this, [this] { setMode(Mode::Raw); });
    connect(m_hex, &QToolButton::clicked, this, [this] { setMode(Mode::Hex); });
    m_copy->setIcon(Icons::themed(QStringLiteral("copy")));
    m_copy->setAutoRaise(true);
    m_copy->setToolTip(tr("Copy the body"));
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_mode == Mode::Hex ? shownText() : QString::fromUtf8(m_body));
    });
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_rawNote->setObjectName(QStringLiteral("rawNote"));
    m_rawNote->setForegroundRole(QPalette::PlaceholderText);
    m_rawNote->setWordWrap(true);

    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    bar->addWidget(m_pretty);
    bar->addWidget(m_raw);
    bar->addWidget(m_hex);
    bar->addSpacing(8);
    bar->addWidget(m_info, 1);
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_rawNote);
    layout->addWidget(m_text, 1);
    render();
}

void BodyView::setBody(const QByteArray &body, const QString &note)
{
    m_body = body;
    const Format::BodyKind kind = Format::classifyBody(body);
    QString info = body.isEmpty() ? tr("No body") : Format::size(body.size());
    if (kind == Format::BodyKind::Json)
        info += tr(" · JSON");
    else if (kind == Format::BodyKind::Binary)
        info += tr(" · binary");
    if (!note.isEmpty())
        info += QStringLiteral(" · ") + note;
    m_info->setText(info);
    m_copy->setEnabled(!body.isEmpty());
    // Binary opens as hex unless the user picked a view for this pane.
    if (!m_userChoseMode)
        m_mode = kind == Format::BodyKind::Binary ? Mode::Hex : Mode::Pretty;
    render();
}

void BodyView::setMode(Mode mode)
{
    m_mode = mode;
    m_userChoseMode = true;
    render();
}

QString BodyView::shownText() const
{
    return m_text->toPlainText();
}

void BodyView::render()
{
    m_pretty->setChecked(m_mode == Mode::Pretty);
    m_raw->setChecked(m_mode == Mode::Raw);
    m_hex->setChecked(m_mode == Mode::Hex);
    const Format::BodyKind kind = Format::classifyBody(m_body);
    const bool tooLarge = kind == Format::BodyKind::Json && m_body.size() > kPrettyLimit;
    QString text;
    bool json = false;
    switch (m_mode) {
    case Mode::Pretty:
        if (kind == Format::BodyKind::Json && !tooLarge) {
            text = Format::prettyJson(m_body);
            json = true;
        } else if (kind == Format::BodyKind::Binary) {
            text = Format::hexDump(m_body);
        } else {
            text = QString::fromUtf8(m_body);
        }
        break;
    case Mode::Raw:
        text = kind == Format::BodyKind::Binary ? QString::fromLatin1(m_body) : QString::fromUtf8(m_body);
        json = kind == Format::BodyKind::Json && !tooLarge;
        break;
    case Mode::Hex:
        text = Format::hexDump(m_body);
        break;
    }
    // Otherwise the Pretty button stays checked over one long unformatted line, with nothing saying why.
    m_rawNote->setVisible(m_mode == Mode::Pretty && tooLarge);
    // Colouring only where it means something; a hex dump coloured as JSON would be noise.
    m_highlighter->setDocument(json ? m_text->document() : nullptr);
    m_text->setPlainText(text);
    m_text->setLineWrapMode(m_mode == Mode::Raw ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
}

} // namespace Hookbench::Ui
