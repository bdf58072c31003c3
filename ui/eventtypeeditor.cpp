#include "eventtypeeditor.h"

#include "domain/validation.h"
#include "editorsupport.h"
#include "format.h"
#include "icons.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hookbench::Ui {

EventTypeEditor::EventTypeEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_nameError(EditorSupport::errorLabel(this, QStringLiteral("nameError")))
    , m_description(new QLineEdit(this))
    , m_template(EditorSupport::codeEditor(this, QStringLiteral("eventTypeTemplate")))
    , m_templateError(EditorSupport::errorLabel(this, QStringLiteral("templateError")))
    , m_saveError(EditorSupport::errorLabel(this, QStringLiteral("saveError")))
    , m_format(new QPushButton(tr("Format"), this))
    , m_save(new QPushButton(Icons::themed(QStringLiteral("save")), tr("Save"), this))
    , m_revert(new QPushButton(Icons::themed(QStringLiteral("revert")), tr("Revert"), this))
    , m_delete(new QPushButton(Icons::themed(QStringLiteral("remove")), tr("Delete"), this))
    , m_trigger(new QPushButton(Icons::themed(QStringLiteral("section-trigger")), tr("Trigger…"), this))
{
    m_name->setObjectName(QStringLiteral("eventTypeName"));
    m_name->setPlaceholderText(tr("e.g. invoice.paid"));
    m_name->setToolTip(tr("Letters, digits, dots, dashes and underscores; dots group types (issues.opened)"));
    m_description->setObjectName(QStringLiteral("eventTypeDescription"));
    m_description->setPlaceholderText(tr("What happened, in a few words"));
    m_template->setToolTip(tr("JSON sent as the payload. Placeholders: {{uuid}}, {{now}}, {{now.unix}}, {{seq}}, "
                              "{{random.int A B}}, {{random.hex N}}, {{event.type}}, {{endpoint.name}}"));
    m_template->setMinimumHeight(160);
    m_format->setToolTip(tr("Indent the template (when it is plain JSON)"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the event type (Ctrl+S)"));
    m_save->setDefault(true);
    m_trigger->setToolTip(tr("Open the trigger section with this event type"));

    auto *hint = new QLabel(tr("Placeholders: <code>{{uuid}}</code> <code>{{now}}</code> <code>{{now.unix}}</code> "
                               "<code>{{seq}}</code> <code>{{random.int 1 100}}</code> <code>{{random.hex 8}}</code> "
                               "<code>{{event.type}}</code> <code>{{endpoint.name}}</code>"),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameError);
    EditorSupport::addRow(form, tr("&Name"), m_name, nameColumn);
    form->addRow(tr("&Description"), m_description);

    auto *templateHeader = new QHBoxLayout;
    auto *templateLabel = new QLabel(tr("Payload &template"), this);
    templateLabel->setBuddy(m_template);
    templateHeader->addWidget(templateLabel);
    templateHeader->addStretch();
    templateHeader->addWidget(m_format);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_trigger);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(templateHeader);
    layout->addWidget(m_template, 1);
    layout->addWidget(m_templateError);
    layout->addWidget(hint);
    layout->addWidget(m_saveError);
    layout->addLayout(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &EventTypeEditor::validate);
    connect(m_description, &QLineEdit::textChanged, this, &EventTypeEditor::validate);
    connect(m_template, &QPlainTextEdit::textChanged, this, &EventTypeEditor::validate);
    connect(m_format, &QPushButton::clicked, this, [this] {
        const QString pretty = Format::prettyJson(m_template->toPlainText().toUtf8());
        if (!pretty.isEmpty())
            m_template->setPlainText(pretty);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (isValid() && isDirty())
            emit saveRequested();
    });
    connect(m_revert, &QPushButton::clicked, this, [this] { setEventType(m_loaded); });
    connect(m_delete, &QPushButton::clicked, this, &EventTypeEditor::deleteRequested);
    connect(m_trigger, &QPushButton::clicked, this, &EventTypeEditor::triggerRequested);
    setEventType({});
}

void EventTypeEditor::setEventType(const EventType &eventType)
{
    m_loaded = eventType;
    const QSignalBlocker b1(m_name);
    const QSignalBlocker b2(m_description);
    const QSignalBlocker b3(m_template);
    m_name->setText(eventType.name);
    m_description->setText(eventType.description);
    m_template->setPlainText(QString::fromUtf8(eventType.payloadTemplate));
    m_delete->setVisible(eventType.id != 0);
    m_trigger->setVisible(eventType.id != 0);
    EditorSupport::setError(m_saveError, {});
    validate();
}

EventType EventTypeEditor::eventType() const
{
    EventType t = m_loaded;
    t.name = m_name->text().trimmed();
    t.description = m_description->text().trimmed();
    t.payloadTemplate = m_template->toPlainText().toUtf8();
    return t;
}

bool EventTypeEditor::isDirty() const
{
    return !m_loaded.id || eventType() != m_loaded;
}

bool EventTypeEditor::isValid() const
{
    return Validation::validate(eventType()).isEmpty() && nameTakenError().isEmpty();
}

void EventTypeEditor::setNameOwner(EditorSupport::NameOwner owner)
{
    m_nameOwner = std::move(owner);
}

QString EventTypeEditor::nameTakenError() const
{
    return EditorSupport::nameTakenError(m_nameOwner, eventType().name, m_loaded.id, Storage::NamedKind::EventType);
}

void EventTypeEditor::showSaveError(const QString &message)
{
    EditorSupport::setError(m_saveError, message);
}

void EventTypeEditor::validate()
{
    const EventType t = eventType();
    // An untouched new name is not an error yet; say nothing until the user has typed.
    QString nameError = t.name.isEmpty() && !m_name->isModified() ? QString() : Validation::checkEventTypeName(t.name);
    if (nameError.isEmpty())
        nameError = nameTakenError();
    EditorSupport::setError(m_nameError, nameError);
    const QString templateError = Validation::checkPayloadTemplate(t.payloadTemplate);
    EditorSupport::setError(m_templateError, templateError);
    EditorSupport::markError(m_template, templateError);
    EditorSupport::setError(m_saveError, {});
    m_format->setEnabled(Format::classifyBody(t.payloadTemplate) == Format::BodyKind::Json);
    const bool valid = isValid();
    const bool dirty = isDirty();
    m_save->setEnabled(valid && dirty);
    m_save->setToolTip(valid ? tr("Save the event type (Ctrl+S)") : tr("Fix the messages above to save"));
    m_revert->setEnabled(m_loaded.id && dirty);
    emit stateChanged();
}

} // namespace Hookbench::Ui
