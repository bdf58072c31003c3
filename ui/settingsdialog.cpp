#include "settingsdialog.h"

#include "session.h"
#include "translationloader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Hookbench::Ui {

SettingsDialog::SettingsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_language(new QComboBox(this))
    , m_local(new QRadioButton(tr("Local time"), this))
    , m_utc(new QRadioButton(tr("UTC"), this))
{
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &name : availableLanguages()) {
        const QLocale locale(name);
        QString native = locale.nativeLanguageName();
        if (!native.isEmpty())
            native[0] = native.at(0).toUpper();
        m_language->addItem(QStringLiteral("%1 (%2)").arg(native, name), name);
    }
    const QString current = QSettings().value(languageSettingKey()).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    (session.utcTimes() ? m_utc : m_local)->setChecked(true);

    auto *note = new QLabel(tr("A new language applies the next time Hookbench starts."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *times = new QVBoxLayout;
    times->addWidget(m_local);
    times->addWidget(m_utc);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("Show times in"), times);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        settings.remove(languageSettingKey());
    else
        settings.setValue(languageSettingKey(), language);
    m_session.setUtcTimes(m_utc->isChecked());
    QDialog::accept();
}

} // namespace Hookbench::Ui
