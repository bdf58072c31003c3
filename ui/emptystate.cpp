#include "emptystate.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hookbench::Ui {

EmptyState::EmptyState(const QString &icon, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(text, this))
    , m_buttons(new QWidget(this))
{
    auto *image = new QLabel(this);
    image->setPixmap(Icons::themed(icon).pixmap(QSize(48, 48), devicePixelRatioF()));
    image->setAlignment(Qt::AlignCenter);
    image->setEnabled(false);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    // A fixed measure keeps the paragraph readable; word-wrapped labels report no useful width of their own.
    m_text->setFixedWidth(m_text->fontMetrics().averageCharWidth() * 64);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_text->setTextFormat(Qt::RichText);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 8, 0, 0);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(image);
    layout->addSpacing(6);
    layout->addWidget(heading);
    // Centred between stretches rather than by alignment: an aligned item is asked its height for the whole width
    // of the section, which wraps the paragraph into fewer lines than its fixed width needs and cuts it off.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addWidget(m_buttons);
    layout->addStretch(3);
}

QPushButton *EmptyState::addAction(const QString &text, const QString &icon)
{
    auto *button = new QPushButton(text, m_buttons);
    if (!icon.isEmpty())
        button->setIcon(Icons::themed(icon));
    auto *layout = static_cast<QHBoxLayout *>(m_buttons->layout());
    // Keep the trailing stretch last so the buttons stay centred.
    if (layout->count() == 1)
        layout->addStretch();
    layout->insertWidget(layout->count() - 1, button);
    return button;
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}

} // namespace Hookbench::Ui
