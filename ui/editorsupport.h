#pragma once

#include "storage/nametaken.h"

#include <QMessageBox>
#include <QString>

#include <functional>

class QFormLayout;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QWidget;

// Small pieces every editor uses, so that messages and code fields look the same everywhere.
namespace Hookbench::Ui::EditorSupport {

// A message under a field, in the palette's error colour, hidden while empty.
QLabel *errorLabel(QWidget *parent, const QString &objectName);
void setError(QLabel *label, const QString &message);

// A form row whose field is a layout (a field with its message under it): the label's mnemonic goes to `buddy`.
void addRow(QFormLayout *form, const QString &label, QWidget *buddy, QLayout *field);

// The id of the item that already has a name, 0 when none has: editors refuse a name taken by another item as it
// is typed, instead of only when the store refuses to save it.
using NameOwner = std::function<qint64(const QString &name)>;
// The store's own words for the same refusal when `name` belongs to an item of `kind` other than `self`; else empty.
QString nameTakenError(const NameOwner &owner, const QString &name, qint64 self, Storage::NamedKind kind);

// A plain-text editor for JSON: fixed-width font, two-space tabs, no wrapping, JSON colours.
QPlainTextEdit *codeEditor(QWidget *parent, const QString &objectName);
// Underlines the line a "line L, column C" message points at; clears the mark for an empty message.
void markError(QPlainTextEdit *editor, const QString &message);

// Before leaving an editor whose changes are unsaved: asks whether to save them. True when the user may leave,
// having discarded the changes or saved them; saving needs valid fields, else `fixFirst` is shown and the user
// stays. `save` stores the editor's contents (and leaves it clean on success).
template<typename Editor, typename Save>
bool confirmLeave(QWidget *parent, Editor *editor, const QString &title, const QString &question,
                  const QString &fixFirst, Save save)
{
    if (!editor->isDirty())
        return true;
    const auto choice = QMessageBox::question(
        parent, title, question, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (choice == QMessageBox::Cancel)
        return false;
    if (choice == QMessageBox::Save) {
        if (!editor->isValid()) {
            editor->showSaveError(fixFirst);
            return false;
        }
        save();
        return !editor->isDirty();
    }
    return true;
}

} // namespace Hookbench::Ui::EditorSupport
