#pragma once

#include "presets/presets.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Hookbench::Ui {

// Chooses a provider preset and where its endpoint points; the section applies it.
class PresetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetDialog)

public:
    explicit PresetDialog(QWidget *parent = nullptr);
    Presets::ApplyOptions options() const;

private:
    void validate();
    void fitHeight();

    QComboBox *m_preset;
    QLabel *m_description;
    QLineEdit *m_url;
    QLabel *m_urlError;
    QLineEdit *m_name;
    QLineEdit *m_secret;
    QDialogButtonBox *m_buttons;
};

} // namespace Hookbench::Ui
