#pragma once

#include "domain/eventtype.h"
#include "editorsupport.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Hookbench::Ui {

// Edits one event type: name, description and the JSON payload template, validated as it is typed (the template's
// error names its line and column and is underlined in place). Save stays disabled while anything is invalid or
// nothing changed.
class EventTypeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTypeEditor)

public:
    explicit EventTypeEditor(QWidget *parent = nullptr);

    void setEventType(const EventType &eventType);
    // The edited values, on top of the loaded event type (id, creation time).
    EventType eventType() const;
    bool isDirty() const;
    bool isValid() const;
    // A message from the store (a name already taken…), shown until the next edit.
    void showSaveError(const QString &message);
    QLineEdit *nameEdit() const { return m_name; }
    // Tells which event type has a name, so that one already taken is refused as it is typed.
    void setNameOwner(EditorSupport::NameOwner owner);

signals:
    void saveRequested();
    void deleteRequested();
    void triggerRequested();
    void stateChanged();

private:
    void validate();
    QString nameTakenError() const;

    EventType m_loaded;
    EditorSupport::NameOwner m_nameOwner;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_description;
    QPlainTextEdit *m_template;
    QLabel *m_templateError;
    QLabel *m_saveError;
    QPushButton *m_format;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QPushButton *m_trigger;
};

} // namespace Hookbench::Ui
