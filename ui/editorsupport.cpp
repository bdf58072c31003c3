#include "editorsupport.h"

#include "jsonhighlighter.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>

namespace Hookbench::Ui::EditorSupport {

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd3, 0x37, 0x3c));
    label->setPalette(palette);
    label->hide();
    return label;
}

void setError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void addRow(QFormLayout *form, const QString &label, QWidget *buddy, QLayout *field)
{
    auto *text = new QLabel(label, form->parentWidget());
    text->setBuddy(buddy);
    form->addRow(text, field);
}

QString nameTakenError(const NameOwner &owner, const QString &name, qint64 self, Storage::NamedKind kind)
{
    if (!owner || name.isEmpty())
        return {};
    const qint64 id = owner(name);
    if (!id || id == self)
        return {};
    return Storage::nameTakenMessage(kind, name);
}

QPlainTextEdit *codeEditor(QWidget *parent, const QString &objectName)
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setObjectName(objectName);
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    editor->setFont(font);
    editor->setTabStopDistance(QFontMetricsF(font).horizontalAdvance(QLatin1Char(' ')) * 2);
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(editor->document());
    return editor;
}

void markError(QPlainTextEdit *editor, const QString &message)
{
    QList<QTextEdit::ExtraSelection> marks;
    static const QRegularExpression position(QStringLiteral("line (\\d+), column (\\d+)"));
    const QRegularExpressionMatch match = position.match(message);
    if (match.hasMatch()) {
        const QTextBlock block = editor->document()->findBlockByNumber(match.captured(1).toInt() - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(block);
            const int column = qBound(0, match.captured(2).toInt() - 1, qMax(0, block.length() - 2));
            mark.cursor.setPosition(block.position() + column);
            mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(QColor(0xd3, 0x37, 0x3c));
            QTextEdit::ExtraSelection line;
            line.cursor = QTextCursor(block);
            line.format.setBackground(QColor(0xd3, 0x37, 0x3c, 28));
            line.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks << line << mark;
        }
    }
    editor->setExtraSelections(marks);
}

} // namespace Hookbench::Ui::EditorSupport
