#include "presetdialog.h"

#include "domain/validation.h"
#include "editorsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hookbench::Ui {

PresetDialog::PresetDialog(QWidget *parent)
    : QDialog(parent)
    , m_preset(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_urlError(EditorSupport::errorLabel(this, QStringLiteral("urlError")))
    , m_name(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New endpoint from a provider preset"));
    for (const Presets::Preset &p : Presets::presets())
        m_preset->addItem(p.title, p.name);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_url->setPlaceholderText(tr("Where your handler listens, e.g. http://localhost:3000/webhooks"));
    m_name->setPlaceholderText(tr("The preset's name"));
    m_secret->setPlaceholderText(tr("Generated in the provider's format when empty"));
    m_secret->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Provider"), m_preset);
    form->addRow(QString(), m_description);
    auto *url = new QVBoxLayout;
    url->addWidget(m_url);
    url->addWidget(m_urlError);
    EditorSupport::addRow(form, tr("&URL"), m_url, url);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Secret"), m_secret);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_description->setObjectName(QStringLiteral("presetDescription"));
    resize(520, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &PresetDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, &PresetDialog::validate);
    validate();
}

void PresetDialog::fitHeight()
{
    // A window's layout grows it to its minimum size, which leaves out the height a word-wrapped description needs
    // at the window's width: without this its first and last lines are cut.
    layout()->activate();
    if (const int needed = layout()->totalHeightForWidth(width()); needed > height())
        resize(width(), needed);
}

Presets::ApplyOptions PresetDialog::options() const
{
    Presets::ApplyOptions o;
    o.preset = m_preset->currentData().toString();
    o.url = QUrl(m_url->text().trimmed());
    o.secret = m_secret->text().trimmed();
    o.endpointName = m_name->text().trimmed();
    return o;
}

void PresetDialog::validate()
{
    const Presets::Preset *preset = Presets::findPreset(m_preset->currentData().toString());
    QStringList types;
    if (preset) {
        for (const EventType &t : preset->eventTypes)
            types << t.name;
    }
    m_description->setText(preset ? preset->description + QLatin1Char('\n')
                                   + tr("Event types: %1").arg(types.join(QLatin1String(", ")))
                                  : QString());
    fitHeight();
    const QString error = m_url->text().isEmpty() ? QString() : Validation::checkUrl(m_url->text().trimmed());
    EditorSupport::setError(m_urlError, error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_url->text().isEmpty() && error.isEmpty());
}

} // namespace Hookbench::Ui
