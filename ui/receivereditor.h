#pragma once

#include "domain/receiver.h"
#include "editorsupport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QVBoxLayout;

namespace Hookbench::Ui {

class HeaderModel;
class RuleModel;

// Edits one receiver: where it listens, how it answers (response rules, matched in order, including deliberate
// failures to exercise a sender's retries), which secrets it checks signatures with, and where it forwards.
// Messages stand next to their fields; Save stays disabled while any is showing.
class ReceiverEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverEditor)

public:
    explicit ReceiverEditor(QWidget *parent = nullptr);

    void setReceiver(const Receiver &receiver);
    Receiver receiver() const;
    bool isDirty() const;
    bool isValid() const;
    void showSaveError(const QString &message);
    QLineEdit *nameEdit() const { return m_name; }
    RuleModel *rules() const { return m_rules; }
    // Tells which receiver has a name, so that one already taken is refused as it is typed.
    void setNameOwner(EditorSupport::NameOwner owner);

signals:
    void saveRequested();
    void deleteRequested();
    void stateChanged();

private:
    QWidget *createRulesBox();
    QWidget *createVerificationBox();
    void addSecretRow(const VerificationSecret &secret);
    QList<VerificationSecret> secrets() const;
    void ruleSelected();
    void ruleEdited();
    void validate();
    QString nameTakenError() const;

    Receiver m_loaded;
    EditorSupport::NameOwner m_nameOwner;
    bool m_loading = false;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QComboBox *m_bind;
    QLabel *m_bindError;
    QSpinBox *m_port;
    QLineEdit *m_token;
    QLabel *m_tokenError;
    QCheckBox *m_autoStart;
    QCheckBox *m_handshakes;
    QLineEdit *m_forward;
    QLabel *m_forwardError;
    QSpinBox *m_maxBody;
    // Rules
    RuleModel *m_rules;
    QTableView *m_ruleView;
    QWidget *m_ruleForm;
    QComboBox *m_ruleMethod;
    QLineEdit *m_rulePath;
    QComboBox *m_ruleBehaviour;
    QSpinBox *m_ruleStatus;
    QSpinBox *m_ruleDelay;
    QSpinBox *m_ruleFailFirst;
    QDoubleSpinBox *m_ruleFailPercent;
    QSpinBox *m_ruleFailStatus;
    QSpinBox *m_ruleRetryAfter;
    HeaderModel *m_ruleHeaders;
    QPlainTextEdit *m_ruleBody;
    QLabel *m_rulesError;
    bool m_loadingRule = false;
    // Verification
    QVBoxLayout *m_secretRows;
    QSpinBox *m_tolerance;
    QCheckBox *m_rejectInvalid;
    QLabel *m_secretsError;
    // Bottom
    QLabel *m_saveError;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
};

} // namespace Hookbench::Ui
