#include "receivereditor.h"

#include "domain/validation.h"
#include "editorsupport.h"
#include "headermodel.h"
#include "icons.h"
#include "rulemodel.h"
#include "signing/signer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Hookbench::Ui {

namespace {

using Behaviour = ResponseRule::Behaviour;

QString behaviourTitle(Behaviour b)
{
    switch (b) {
    case Behaviour::Respond:
        return QCoreApplication::translate("Hookbench::Ui::ReceiverEditor", "Answer");
    case Behaviour::FailFirst:
        return QCoreApplication::translate("Hookbench::Ui::ReceiverEditor", "Fail the first N requests");
    case Behaviour::FailPercent:
        return QCoreApplication::translate("Hookbench::Ui::ReceiverEditor", "Fail a share of requests");
    case Behaviour::RateLimit:
        return QCoreApplication::translate("Hookbench::Ui::ReceiverEditor", "Rate limit (429)");
    case Behaviour::Timeout:
        return QCoreApplication::translate("Hookbench::Ui::ReceiverEditor", "Never answer (timeout)");
    case Behaviour::CloseMidResponse:
        return QCoreApplication::translate("Hookbench::Ui::ReceiverEditor", "Close mid-response");
    }
    return {};
}

QString randomToken()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString token;
    for (int i = 0; i < 24; ++i)
        token += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return token;
}

QVBoxLayout *withError(QWidget *field, QLabel *error)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(error);
    return column;
}

} // namespace

ReceiverEditor::ReceiverEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_nameError(EditorSupport::errorLabel(this, QStringLiteral("nameError")))
    , m_bind(new QComboBox(this))
    , m_bindError(EditorSupport::errorLabel(this, QStringLiteral("bindError")))
    , m_port(new QSpinBox(this))
    , m_token(new QLineEdit(this))
    , m_tokenError(EditorSupport::errorLabel(this, QStringLiteral("tokenError")))
    , m_autoStart(new QCheckBox(tr("Start when Hookbench starts"), this))
    , m_handshakes(new QCheckBox(tr("Answer provider handshakes (WebSub, CloudEvents, Slack)"), this))
    , m_forward(new QLineEdit(this))
    , m_forwardError(EditorSupport::errorLabel(this, QStringLiteral("forwardError")))
    , m_maxBody(new QSpinBox(this))
    , m_rules(new RuleModel(this))
    , m_ruleHeaders(new HeaderModel(true, this))
    , m_saveError(EditorSupport::errorLabel(this, QStringLiteral("saveError")))
    , m_save(new QPushButton(Icons::themed(QStringLiteral("save")), tr("Save"), this))
    , m_revert(new QPushButton(Icons::themed(QStringLiteral("revert")), tr("Revert"), this))
    , m_delete(new QPushButton(Icons::themed(QStringLiteral("remove")), tr("Delete"), this))
{
    m_name->setObjectName(QStringLiteral("receiverName"));
    m_bind->setEditable(true);
    m_bind->addItems({QStringLiteral("127.0.0.1"), QStringLiteral("::1"), QStringLiteral("0.0.0.0")});
    m_bind->setToolTip(tr("127.0.0.1 or ::1 keep the receiver on this machine; 0.0.0.0 opens it to the network "
                          "and then needs an access token"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_token->setPlaceholderText(tr("Needed when listening beyond this machine"));
    auto *tokenButton = new QToolButton(this);
    tokenButton->setIcon(Icons::themed(QStringLiteral("key")));
    tokenButton->setToolTip(tr("Generate a token"));
    connect(tokenButton, &QToolButton::clicked, this, [this] { m_token->setText(randomToken()); });
    m_forward->setPlaceholderText(tr("Optional: also send every request on to this URL"));
    m_maxBody->setRange(1, 1024);
    m_maxBody->setSuffix(tr(" MB"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);

    auto *general = new QGroupBox(tr("Listening"), this);
    auto *address = new QHBoxLayout;
    address->addWidget(m_bind, 1);
    address->addWidget(new QLabel(tr("port"), this));
    address->addWidget(m_port);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(tokenButton);
    auto *tokenColumn = new QVBoxLayout;
    tokenColumn->addLayout(tokenRow);
    tokenColumn->addWidget(m_tokenError);
    auto *addressColumn = new QVBoxLayout;
    addressColumn->addLayout(address);
    addressColumn->addWidget(m_bindError);
    auto *generalForm = new QFormLayout(general);
    generalForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    EditorSupport::addRow(generalForm, tr("&Name"), m_name, withError(m_name, m_nameError));
    EditorSupport::addRow(generalForm, tr("&Address"), m_bind, addressColumn);
    EditorSupport::addRow(generalForm, tr("Access &token"), m_token, tokenColumn);
    EditorSupport::addRow(generalForm, tr("&Forward to"), m_forward, withError(m_forward, m_forwardError));
    generalForm->addRow(tr("Largest &body"), m_maxBody);
    generalForm->addRow(QString(), m_handshakes);
    generalForm->addRow(QString(), m_autoStart);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(general);
    contentLayout->addWidget(createRulesBox());
    contentLayout->addWidget(createVerificationBox());
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    auto *bottom = new QVBoxLayout;
    bottom->setContentsMargins(8, 0, 8, 8);
    bottom->addWidget(m_saveError);
    bottom->addLayout(buttons);
    layout->addLayout(bottom);

    for (QLineEdit *edit : {m_name, m_token, m_forward})
        connect(edit, &QLineEdit::textChanged, this, &ReceiverEditor::validate);
    connect(m_bind, &QComboBox::currentTextChanged, this, &ReceiverEditor::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &ReceiverEditor::validate);
    connect(m_maxBody, &QSpinBox::valueChanged, this, &ReceiverEditor::validate);
    connect(m_autoStart, &QCheckBox::toggled, this, &ReceiverEditor::validate);
    connect(m_handshakes, &QCheckBox::toggled, this, &ReceiverEditor::validate);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (isValid() && isDirty())
            emit saveRequested();
    });
    connect(m_revert, &QPushButton::clicked, this, [this] { setReceiver(m_loaded); });
    connect(m_delete, &QPushButton::clicked, this, &ReceiverEditor::deleteRequested);
    setReceiver({});
}

QWidget *ReceiverEditor::createRulesBox()
{
    auto *box = new QGroupBox(tr("Response rules"), this);
    m_ruleView = new QTableView(box);
    m_ruleView->setObjectName(QStringLiteral("ruleTable"));
    m_ruleView->setModel(m_rules);
    m_ruleView->verticalHeader()->hide();
    m_ruleView->horizontalHeader()->setStretchLastSection(true);
    m_ruleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ruleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ruleView->setMaximumHeight(130);
    m_ruleView->setColumnWidth(RuleModel::Method, 70);
    m_ruleView->setColumnWidth(RuleModel::Path, 140);
    auto *add = new QToolButton(box);
    add->setIcon(Icons::themed(QStringLiteral("add")));
    add->setToolTip(tr("Add a rule"));
    auto *remove = new QToolButton(box);
    remove->setIcon(Icons::themed(QStringLiteral("remove")));
    remove->setToolTip(tr("Remove the rule"));
    auto *up = new QToolButton(box);
    up->setArrowType(Qt::UpArrow);
    up->setToolTip(tr("Match earlier"));
    auto *down = new QToolButton(box);
    down->setArrowType(Qt::DownArrow);
    down->setToolTip(tr("Match later"));
    auto *note = new QLabel(tr("The first rule that matches a request answers it; without a match the answer is "
                               "200 {\"ok\":true}."),
                            box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_ruleForm = new QWidget(box);
    m_ruleMethod = new QComboBox(m_ruleForm);
    m_ruleMethod->setEditable(true);
    m_ruleMethod->addItems({QStringLiteral("*"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("GET")});
    m_rulePath = new QLineEdit(m_ruleForm);
    m_rulePath->setToolTip(tr("* matches within a path segment, ** across segments: /hooks/**"));
    m_ruleBehaviour = new QComboBox(m_ruleForm);
    m_ruleBehaviour->setObjectName(QStringLiteral("ruleBehaviour"));
    for (Behaviour b : {Behaviour::Respond, Behaviour::FailFirst, Behaviour::FailPercent, Behaviour::RateLimit,
                        Behaviour::Timeout, Behaviour::CloseMidResponse})
        m_ruleBehaviour->addItem(behaviourTitle(b), int(b));
    m_ruleStatus = new QSpinBox(m_ruleForm);
    m_ruleStatus->setRange(100, 599);
    m_ruleDelay = new QSpinBox(m_ruleForm);
    m_ruleDelay->setRange(0, 600'000);
    m_ruleDelay->setSuffix(tr(" ms"));
    m_ruleFailFirst = new QSpinBox(m_ruleForm);
    m_ruleFailFirst->setRange(0, 1'000'000);
    m_ruleFailPercent = new QDoubleSpinBox(m_ruleForm);
    m_ruleFailPercent->setRange(0, 100);
    m_ruleFailPercent->setSuffix(tr(" %"));
    m_ruleFailStatus = new QSpinBox(m_ruleForm);
    m_ruleFailStatus->setRange(100, 599);
    m_ruleRetryAfter = new QSpinBox(m_ruleForm);
    m_ruleRetryAfter->setRange(0, 86400);
    m_ruleRetryAfter->setSuffix(tr(" s"));
    auto *headerView = new QTableView(m_ruleForm);
    headerView->setModel(m_ruleHeaders);
    headerView->verticalHeader()->hide();
    headerView->horizontalHeader()->setStretchLastSection(true);
    headerView->setMaximumHeight(90);
    headerView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    auto *addHeader = new QToolButton(m_ruleForm);
    addHeader->setIcon(Icons::themed(QStringLiteral("add")));
    addHeader->setToolTip(tr("Add a response header"));
    connect(addHeader, &QToolButton::clicked, this, [this, headerView] {
        const int row = m_ruleHeaders->addHeader();
        headerView->edit(m_ruleHeaders->index(row, HeaderModel::Name));
    });
    m_ruleBody = EditorSupport::codeEditor(m_ruleForm, QStringLiteral("ruleBody"));
    m_ruleBody->setMaximumHeight(110);
    m_ruleBody->setToolTip(
        tr("Placeholders: {{request.id}}, {{request.time}}, {{header.Name}}, {{json.path.to.field}}"));
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(headerView, 1);
    headerRow->addWidget(addHeader, 0, Qt::AlignTop);
    auto *form = new QFormLayout(m_ruleForm);
    form->setContentsMargins(0, 0, 0, 0);
    auto *match = new QHBoxLayout;
    match->addWidget(m_ruleMethod);
    match->addWidget(m_rulePath, 1);
    form->addRow(tr("Match"), match);
    form->addRow(tr("Behaviour"), m_ruleBehaviour);
    auto *answer = new QHBoxLayout;
    answer->addWidget(m_ruleStatus);
    answer->addWidget(new QLabel(tr("after"), m_ruleForm));
    answer->addWidget(m_ruleDelay);
    answer->addStretch();
    form->addRow(tr("Status"), answer);
    auto *failing = new QHBoxLayout;
    failing->addWidget(new QLabel(tr("first"), m_ruleForm));
    failing->addWidget(m_ruleFailFirst);
    failing->addWidget(m_ruleFailPercent);
    failing->addWidget(new QLabel(tr("with"), m_ruleForm));
    failing->addWidget(m_ruleFailStatus);
    failing->addWidget(new QLabel(tr("Retry-After"), m_ruleForm));
    failing->addWidget(m_ruleRetryAfter);
    failing->addStretch();
    form->addRow(tr("Failing"), failing);
    form->addRow(tr("Headers"), headerRow);
    form->addRow(tr("Body"), m_ruleBody);
    m_rulesError = EditorSupport::errorLabel(box, QStringLiteral("rulesError"));

    auto *tools = new QVBoxLayout;
    tools->addWidget(add);
    tools->addWidget(remove);
    tools->addWidget(up);
    tools->addWidget(down);
    tools->addStretch();
    auto *list = new QHBoxLayout;
    list->addWidget(m_ruleView, 1);
    list->addLayout(tools);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(note);
    layout->addLayout(list);
    layout->addWidget(m_ruleForm);
    layout->addWidget(m_rulesError);

    connect(add, &QToolButton::clicked, this, [this] {
        const int row = m_rules->addRule(ResponseRule {});
        m_ruleView->setCurrentIndex(m_rules->index(row, 0));
    });
    connect(remove, &QToolButton::clicked, this, [this] {
        const int row = m_ruleView->currentIndex().row();
        if (row >= 0)
            m_rules->removeRows(row, 1);
    });
    connect(up, &QToolButton::clicked, this, [this] {
        const int row = m_rules->moveRule(m_ruleView->currentIndex().row(), -1);
        m_ruleView->setCurrentIndex(m_rules->index(row, 0));
    });
    connect(down, &QToolButton::clicked, this, [this] {
        const int row = m_rules->moveRule(m_ruleView->currentIndex().row(), +1);
        m_ruleView->setCurrentIndex(m_rules->index(row, 0));
    });
    connect(m_ruleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReceiverEditor::ruleSelected);
    connect(m_rules, &RuleModel::edited, this, &ReceiverEditor::validate);
    connect(m_rules, &QAbstractItemModel::modelReset, this, &ReceiverEditor::ruleSelected);
    connect(m_rules, &QAbstractItemModel::rowsRemoved, this, &ReceiverEditor::ruleSelected);
    connect(m_ruleMethod, &QComboBox::currentTextChanged, this, &ReceiverEditor::ruleEdited);
    connect(m_rulePath, &QLineEdit::textChanged, this, &ReceiverEditor::ruleEdited);
    connect(m_ruleBehaviour, &QComboBox::currentIndexChanged, this, &ReceiverEditor::ruleEdited);
    for (QSpinBox *spin : {m_ruleStatus, m_ruleDelay, m_ruleFailFirst, m_ruleFailStatus, m_ruleRetryAfter})
        connect(spin, &QSpinBox::valueChanged, this, &ReceiverEditor::ruleEdited);
    connect(m_ruleFailPercent, &QDoubleSpinBox::valueChanged, this, &ReceiverEditor::ruleEdited);
    connect(m_ruleHeaders, &HeaderModel::edited, this, &ReceiverEditor::ruleEdited);
    connect(m_ruleBody, &QPlainTextEdit::textChanged, this, &ReceiverEditor::ruleEdited);
    return box;
}

void ReceiverEditor::ruleSelected()
{
    const int row = m_ruleView->currentIndex().row();
    m_ruleForm->setEnabled(row >= 0 && row < m_rules->rowCount());
    const ResponseRule rule = m_rules->ruleAt(row);
    m_loadingRule = true;
    m_ruleMethod->setCurrentText(QString::fromLatin1(rule.method));
    m_rulePath->setText(rule.pathPattern);
    m_ruleBehaviour->setCurrentIndex(m_ruleBehaviour->findData(int(rule.behaviour)));
    m_ruleStatus->setValue(rule.status);
    m_ruleDelay->setValue(rule.delayMs);
    m_ruleFailFirst->setValue(rule.failFirst);
    m_ruleFailPercent->setValue(rule.failPercent);
    m_ruleFailStatus->setValue(rule.failStatus);
    m_ruleRetryAfter->setValue(rule.retryAfterSeconds);
    m_ruleHeaders->setHeaders(rule.headers);
    m_ruleBody->setPlainText(QString::fromUtf8(rule.body));
    m_loadingRule = false;
    const auto b = Behaviour(m_ruleBehaviour->currentData().toInt());
    m_ruleFailFirst->setVisible(b == Behaviour::FailFirst);
    m_ruleFailPercent->setVisible(b == Behaviour::FailPercent);
    m_ruleFailStatus->setEnabled(b == Behaviour::FailFirst || b == Behaviour::FailPercent);
    m_ruleRetryAfter->setEnabled(b == Behaviour::RateLimit);
}

void ReceiverEditor::ruleEdited()
{
    if (m_loadingRule)
        return;
    const int row = m_ruleView->currentIndex().row();
    if (row < 0)
        return;
    ResponseRule rule = m_rules->ruleAt(row);
    rule.method = m_ruleMethod->currentText().trimmed().toUpper().toLatin1();
    rule.pathPattern = m_rulePath->text().trimmed();
    rule.behaviour = Behaviour(m_ruleBehaviour->currentData().toInt());
    rule.status = m_ruleStatus->value();
    rule.delayMs = m_ruleDelay->value();
    rule.failFirst = m_ruleFailFirst->value();
    rule.failPercent = m_ruleFailPercent->value();
    rule.failStatus = m_ruleFailStatus->value();
    rule.retryAfterSeconds = m_ruleRetryAfter->value();
    rule.headers = m_ruleHeaders->headers();
    rule.body = m_ruleBody->toPlainText().toUtf8();
    m_rules->setRule(row, rule);
    m_ruleFailFirst->setVisible(rule.behaviour == Behaviour::FailFirst);
    m_ruleFailPercent->setVisible(rule.behaviour == Behaviour::FailPercent);
    m_ruleFailStatus->setEnabled(rule.behaviour == Behaviour::FailFirst || rule.behaviour == Behaviour::FailPercent);
    m_ruleRetryAfter->setEnabled(rule.behaviour == Behaviour::RateLimit);
}

QWidget *ReceiverEditor::createVerificationBox()
{
    auto *box = new QGroupBox(tr("Signature verification"), this);
    m_secretRows = new QVBoxLayout;
    m_secretRows->setSpacing(4);
    auto *add = new QPushButton(Icons::themed(QStringLiteral("add")), tr("Add a secret"), box);
    add->setObjectName(QStringLiteral("addVerificationSecret"));
    connect(add, &QPushButton::clicked, this, [this] {
        addSecretRow(VerificationSecret {});
        validate();
    });
    m_tolerance = new QSpinBox(box);
    m_tolerance->setRange(0, 86400);
    m_tolerance->setSuffix(tr(" s"));
    m_tolerance->setToolTip(tr("How far a signed timestamp may be from now"));
    m_rejectInvalid = new QCheckBox(tr("Answer 401 when no secret verifies the request"), box);
    m_secretsError = EditorSupport::errorLabel(box, QStringLiteral("secretsError"));
    auto *note = new QLabel(tr("Each request is checked against every secret; the verdicts show in the captured "
                               "list."),
                            box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Timestamp tolerance"), m_tolerance);
    form->addRow(QString(), m_rejectInvalid);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(note);
    layout->addLayout(m_secretRows);
    layout->addLayout(addRow);
    layout->addLayout(form);
    layout->addWidget(m_secretsError);
    connect(m_tolerance, &QSpinBox::valueChanged, this, &ReceiverEditor::validate);
    connect(m_rejectInvalid, &QCheckBox::toggled, this, &ReceiverEditor::validate);
    return box;
}

void ReceiverEditor::addSecretRow(const VerificationSecret &secret)
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("verificationRow"));
    auto *scheme = new QComboBox(row);
    for (SigningScheme s :
         {SigningScheme::StandardWebhooks, SigningScheme::GitHub, SigningScheme::Stripe, SigningScheme::CustomHmac})
        scheme->addItem(schemeDisplayName(s), int(s));
    scheme->setCurrentIndex(qMax(0, scheme->findData(int(secret.scheme))));
    auto *edit = new QLineEdit(secret.secret, row);
    edit->setObjectName(QStringLiteral("secret"));
    edit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setPlaceholderText(tr("The sender's signing secret"));
    auto *remove = new QToolButton(row);
    remove->setIcon(Icons::themed(QStringLiteral("remove")));
    remove->setToolTip(tr("Remove this secret"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scheme);
    layout->addWidget(edit, 1);
    layout->addWidget(remove);
    m_secretRows->addWidget(row);
    connect(scheme, &QComboBox::currentIndexChanged, this, &ReceiverEditor::validate);
    connect(edit, &QLineEdit::textChanged, this, &ReceiverEditor::validate);
    connect(remove, &QToolButton::clicked, this, [this, row] {
        row->hide();
        row->setObjectName(QString());
        row->deleteLater();
        validate();
    });
}

QList<VerificationSecret> ReceiverEditor::secrets() const
{
    QList<VerificationSecret> out;
    int kept = 0;
    for (int i = 0; i < m_secretRows->count(); ++i) {
        QWidget *row = m_secretRows->itemAt(i)->widget();
        if (!row || row->objectName().isEmpty())
            continue;
        VerificationSecret s;
        // Options the form does not show (custom HMAC details) are kept from the stored secret.
        if (kept < m_loaded.secrets.size())
            s = m_loaded.secrets.at(kept);
        ++kept;
        s.scheme = SigningScheme(row->findChild<QComboBox *>()->currentData().toInt());
        s.secret = row->findChild<QLineEdit *>(QStringLiteral("secret"))->text().trimmed();
        out.append(s);
    }
    return out;
}

void ReceiverEditor::setReceiver(const Receiver &r)
{
    m_loaded = r;
    m_loading = true;
    m_name->setText(r.name);
    m_bind->setCurrentText(r.bindAddress);
    m_port->setValue(r.port);
    m_token->setText(r.accessToken);
    m_forward->setText(r.forwardTo.toString());
    m_maxBody->setValue(int(qMax<qint64>(1, r.maxBodyBytes / (1024 * 1024))));
    m_handshakes->setChecked(r.answerHandshakes);
    m_autoStart->setChecked(r.autoStart);
    m_rules->setRules(r.rules);
    while (QLayoutItem *item = m_secretRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const VerificationSecret &s : r.secrets)
        addSecretRow(s);
    m_tolerance->setValue(r.toleranceSeconds);
    m_rejectInvalid->setChecked(r.rejectInvalid);
    m_delete->setVisible(r.id != 0);
    EditorSupport::setError(m_saveError, {});
    m_loading = false;
    if (m_rules->rowCount() > 0)
        m_ruleView->setCurrentIndex(m_rules->index(0, 0));
    ruleSelected();
    validate();
}

Receiver ReceiverEditor::receiver() const
{
    Receiver r = m_loaded;
    r.name = m_name->text().trimmed();
    r.bindAddress = m_bind->currentText().trimmed();
    r.port = quint16(m_port->value());
    r.accessToken = m_token->text().trimmed();
    r.forwardTo = QUrl(m_forward->text().trimmed());
    // Whole megabytes in the form; an odd size set elsewhere survives an unrelated edit.
    if (m_maxBody->value() != int(qMax<qint64>(1, m_loaded.maxBodyBytes / (1024 * 1024))))
        r.maxBodyBytes = qint64(m_maxBody->value()) * 1024 * 1024;
    r.answerHandshakes = m_handshakes->isChecked();
    r.autoStart = m_autoStart->isChecked();
    r.rules = m_rules->rules();
    r.secrets = secrets();
    r.toleranceSeconds = m_tolerance->value();
    r.rejectInvalid = m_rejectInvalid->isChecked();
    return r;
}

bool ReceiverEditor::isDirty() const
{
    return !m_loaded.id || receiver() != m_loaded;
}

bool ReceiverEditor::isValid() const
{
    return Validation::validate(receiver()).isEmpty() && m_ruleHeaders->firstError().isEmpty()
        && nameTakenError().isEmpty();
}

void ReceiverEditor::setNameOwner(EditorSupport::NameOwner owner)
{
    m_nameOwner = std::move(owner);
}

QString ReceiverEditor::nameTakenError() const
{
    return EditorSupport::nameTakenError(m_nameOwner, receiver().name, m_loaded.id, Storage::NamedKind::Receiver);
}

void ReceiverEditor::showSaveError(const QString &message)
{
    EditorSupport::setError(m_saveError, message);
}

void ReceiverEditor::validate()
{
    if (m_loading)
        return;
    QHash<QString, QString> errors;
    for (const ValidationError &e : Validation::validate(receiver())) {
        if (!errors.contains(e.field))
            errors.insert(e.field, e.message);
    }
    const bool fresh = !m_loaded.id && !m_name->isModified();
    QString nameError = fresh ? QString() : errors.value(QStringLiteral("name"));
    if (nameError.isEmpty())
        nameError = nameTakenError();
    EditorSupport::setError(m_nameError, nameError);
    EditorSupport::setError(m_bindError, errors.value(QStringLiteral("bind address")));
    EditorSupport::setError(m_tokenError, errors.value(QStringLiteral("access token")));
    EditorSupport::setError(m_forwardError, errors.value(QStringLiteral("forward to")));
    QString rules = errors.value(QStringLiteral("rules"));
    if (rules.isEmpty())
        rules = m_ruleHeaders->firstError();
    EditorSupport::setError(m_rulesError, rules);
    EditorSupport::setError(m_secretsError, errors.value(QStringLiteral("secrets")));
    EditorSupport::setError(m_saveError, {});
    const bool valid = isValid();
    const bool dirty = isDirty();
    m_save->setEnabled(valid && dirty);
    m_save->setToolTip(valid ? tr("Save the receiver (Ctrl+S)") : tr("Fix the messages above to save"));
    m_revert->setEnabled(m_loaded.id && dirty);
    emit stateChanged();
}

} // namespace Hookbench::Ui
