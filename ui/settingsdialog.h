#pragma once

#include <QDialog>

class QComboBox;
class QRadioButton;

namespace Hookbench::Ui {

class Session;

// Preferences that belong to the user rather than the workspace: the interface language (applies at the next
// start) and whether times show in UTC or local time.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Session &session, QWidget *parent = nullptr);

    void accept() override;

private:
    Session &m_session;
    QComboBox *m_language;
    QRadioButton *m_local;
    QRadioButton *m_utc;
};

} // namespace Hookbench::Ui
