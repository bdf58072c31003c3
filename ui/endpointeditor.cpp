#include "endpointeditor.h"

#include "domain/validation.h"
#include "editorsupport.h"
#include "format.h"
#include "headermodel.h"
#include "icons.h"
#include "signing/signer.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>

namespace Hookbench::Ui {

namespace {

enum Tab
{
    GeneralTab,
    HeadersTab,
    SigningTab,
    DeliveryTab,
};

QWidget *scrolled(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QVBoxLayout *fieldWithError(QWidget *field, QLabel *error)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(error);
    return column;
}

// The editor shares the window with the endpoint list, so at the default size it gets some 440 px, and labels in
// German, Spanish or French are long: a label goes above its field when both do not fit side by side.
void fitNarrowPane(QFormLayout *form)
{
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

// A combo box as narrow as a few characters allow; its list still opens as wide as its longest item.
void narrowCombo(QComboBox *combo, int characters = 12)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
}

// Toggles a check box when its label is clicked, as a click on the box's own text would.
class ToggleOnClick final : public QObject
{
public:
    explicit ToggleOnClick(QCheckBox *box)
        : QObject(box)
        , m_box(box)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease && m_box->isEnabled())
            m_box->toggle();
        return QObject::eventFilter(watched, event);
    }

private:
    QCheckBox *m_box;
};

// QCheckBox never wraps its text, and some are longer than the pane in several languages: such a text goes in a
// word-wrapped label beside the bare box.
QWidget *wrappedCheckBox(QCheckBox *box, const QString &text)
{
    auto *row = new QWidget(box->parentWidget());
    box->setParent(row);
    box->setAccessibleName(text);
    auto *label = new QLabel(text, row);
    label->setObjectName(box->objectName() + QLatin1String("Text"));
    label->setWordWrap(true);
    label->installEventFilter(new ToggleOnClick(box));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    return row;
}

QStringList splitPatterns(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

} // namespace

EndpointEditor::EndpointEditor(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_headers(new HeaderModel(true, this))
    , m_saveError(EditorSupport::errorLabel(this, QStringLiteral("saveError")))
    , m_testResult(new QLabel(this))
    , m_sendTest(new QPushButton(Icons::themed(QStringLiteral("send")), tr("Send test"), this))
    , m_save(new QPushButton(Icons::themed(QStringLiteral("save")), tr("Save"), this))
    , m_revert(new QPushButton(Icons::themed(QStringLiteral("revert")), tr("Revert"), this))
    , m_delete(new QPushButton(Icons::themed(QStringLiteral("remove")), tr("Delete"), this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrolled(createGeneralTab()), tr("General"));
    m_tabs->addTab(createHeadersTab(), tr("Headers"));
    m_tabs->addTab(scrolled(createSigningTab()), tr("Signing"));
    m_tabs->addTab(scrolled(createDeliveryTab()), tr("Delivery"));

    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);
    m_sendTest->setObjectName(QStringLiteral("sendTestButton"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_sendTest);
    testRow->addWidget(m_testResult, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    auto *bottom = new QVBoxLayout;
    bottom->setContentsMargins(8, 0, 8, 8);
    bottom->addLayout(testRow);
    bottom->addWidget(m_saveError);
    bottom->addLayout(buttons);
    layout->addLayout(bottom);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (isValid() && isDirty())
            emit saveRequested();
    });
    connect(m_revert, &QPushButton::clicked, this, [this] { setEndpoint(m_loaded); });
    connect(m_delete, &QPushButton::clicked, this, &EndpointEditor::deleteRequested);
    connect(m_sendTest, &QPushButton::clicked, this, &EndpointEditor::sendTestRequested);
    connect(m_headers, &HeaderModel::edited, this, &EndpointEditor::validate);
    setEndpoint({});
}

QWidget *EndpointEditor::createGeneralTab()
{
    auto *page = new QWidget;
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("endpointName"));
    m_name->setPlaceholderText(tr("e.g. billing service"));
    m_nameError = EditorSupport::errorLabel(page, QStringLiteral("nameError"));
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("endpointUrl"));
    m_url->setPlaceholderText(tr("https://example.com/webhooks"));
    m_urlError = EditorSupport::errorLabel(page, QStringLiteral("urlError"));
    m_enabled = new QCheckBox(tr("Enabled — deliver events to this endpoint"), page);
    m_disabledReason = new QLabel(page);
    m_disabledReason->setWordWrap(true);
    m_disabledReason->setForegroundRole(QPalette::PlaceholderText);

    m_allEvents = new QCheckBox(tr("All event types (*)"), page);
    m_allEvents->setObjectName(QStringLiteral("allEvents"));
    m_eventList = new QListWidget(page);
    m_eventList->setObjectName(QStringLiteral("eventList"));
    m_eventList->setMaximumHeight(m_eventList->fontMetrics().height() * 6 + 8);
    m_eventList->setToolTip(tr("The event types this endpoint receives"));
    m_patterns = new QLineEdit(page);
    m_patterns->setObjectName(QStringLiteral("eventPatterns"));
    m_patterns->setPlaceholderText(tr("More patterns, e.g. issues.*, pull_request.*"));
    m_patterns->setToolTip(tr("Wildcards: issues.* matches every type that starts with issues."));
    m_eventsError = EditorSupport::errorLabel(page, QStringLiteral("eventsError"));

    m_method = new QComboBox(page);
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH")});
    m_methodError = EditorSupport::errorLabel(page, QStringLiteral("methodError"));
    m_body = new QComboBox(page);
    m_body->addItem(tr("JSON (application/json)"), int(BodyEncoding::Json));
    m_body->addItem(tr("Form (payload=…, as GitHub's form content type)"), int(BodyEncoding::Form));
    narrowCombo(m_body);
    m_expires = new QCheckBox(tr("Stop delivering at"), page);
    m_expiresAt = new QDateTimeEdit(page);
    m_expiresAt->setCalendarPopup(true);
    m_expiresAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expiresAt->setEnabled(false);
    connect(m_expires, &QCheckBox::toggled, m_expiresAt, &QWidget::setEnabled);

    auto *events = new QVBoxLayout;
    events->setSpacing(4);
    events->addWidget(m_allEvents);
    events->addWidget(m_eventList);
    events->addWidget(m_patterns);
    events->addWidget(m_eventsError);
    auto *expiry = new QHBoxLayout;
    expiry->addWidget(m_expires);
    expiry->addWidget(m_expiresAt, 1);

    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fitNarrowPane(form);
    EditorSupport::addRow(form, tr("&Name"), m_name, fieldWithError(m_name, m_nameError));
    EditorSupport::addRow(form, tr("&URL"), m_url, fieldWithError(m_url, m_urlError));
    form->addRow(QString(), m_enabled);
    form->addRow(QString(), m_disabledReason);
    EditorSupport::addRow(form, tr("&Events"), m_allEvents, events);
    EditorSupport::addRow(form, tr("&Method"), m_method, fieldWithError(m_method, m_methodError));
    form->addRow(tr("&Body"), m_body);
    EditorSupport::addRow(form, tr("E&xpires"), m_expires, expiry);

    for (QLineEdit *edit : {m_name, m_url, m_patterns})
        connect(edit, &QLineEdit::textChanged, this, &EndpointEditor::validate);
    connect(m_enabled, &QCheckBox::toggled, this, &EndpointEditor::validate);
    connect(m_allEvents, &QCheckBox::toggled, this, [this](bool all) {
        m_eventList->setEnabled(!all);
        validate();
    });
    connect(m_eventList, &QListWidget::itemChanged, this, &EndpointEditor::validate);
    connect(m_method, &QComboBox::currentTextChanged, this, &EndpointEditor::validate);
    connect(m_body, &QComboBox::currentIndexChanged, this, &EndpointEditor::validate);
    connect(m_expires, &QCheckBox::toggled, this, &EndpointEditor::validate);
    connect(m_expiresAt, &QDateTimeEdit::dateTimeChanged, this, &EndpointEditor::validate);
    return page;
}

QWidget *EndpointEditor::createHeadersTab()
{
    auto *page = new QWidget;
    m_headerView = new QTableView(page);
    m_headerView->setObjectName(QStringLiteral("headerTable"));
    m_headerView->setModel(m_headers);
    m_headerView->verticalHeader()->hide();
    m_headerView->horizontalHeader()->setStretchLastSection(true);
    m_headerView->setColumnWidth(HeaderModel::Name, 180);
    m_headerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headerView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_headersError = EditorSupport::errorLabel(page, QStringLiteral("headersError"));
    auto *add = new QPushButton(Icons::themed(QStringLiteral("add")), tr("Add header"), page);
    auto *remove = new QPushButton(Icons::themed(QStringLiteral("remove")), tr("Remove"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_headers->addHeader();
        m_headerView->setCurrentIndex(m_headers->index(row, HeaderModel::Name));
        m_headerView->edit(m_headers->index(row, HeaderModel::Name));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_headerView->currentIndex();
        if (current.isValid())
            m_headers->removeRows(current.row(), 1);
    });
    auto *note = new QLabel(tr("Sent with every delivery, before the signature headers. Hookbench sets "
                               "Content-Type, User-Agent and the signing headers itself."),
                            page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addWidget(m_headerView, 1);
    layout->addWidget(m_headersError);
    layout->addLayout(buttons);
    return page;
}

QWidget *EndpointEditor::createSigningTab()
{
    auto *page = new QWidget;
    m_scheme = new QComboBox(page);
    m_scheme->setObjectName(QStringLiteral("signingScheme"));
    for (SigningScheme s : {SigningScheme::None, SigningScheme::StandardWebhooks, SigningScheme::GitHub,
                            SigningScheme::Stripe, SigningScheme::CustomHmac})
        m_scheme->addItem(s == SigningScheme::None ? tr("Do not sign") : schemeDisplayName(s), int(s));
    narrowCombo(m_scheme);

    m_secretsBox = new QGroupBox(tr("Secrets"), page);
    auto *secretsLayout = new QVBoxLayout(m_secretsBox);
    m_secretRows = new QVBoxLayout;
    m_secretRows->setSpacing(4);
    m_addSecret = new QPushButton(Icons::themed(QStringLiteral("key")), tr("Add a secret for rotation"), m_secretsBox);
    m_addSecret->setObjectName(QStringLiteral("addSecret"));
    m_addSecret->setToolTip(tr("Generate another secret: while both are active every request carries both "
                               "signatures, so receivers can switch without missing one"));
    auto *rotation = new QLabel(tr("Every secret signs each request. To rotate, add a new one, update the "
                                   "receiver, then remove the old one."),
                                m_secretsBox);
    rotation->setWordWrap(true);
    rotation->setForegroundRole(QPalette::PlaceholderText);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addSecret);
    addRow->addStretch();
    secretsLayout->addLayout(m_secretRows);
    secretsLayout->addLayout(addRow);
    secretsLayout->addWidget(rotation);
    connect(m_addSecret, &QPushButton::clicked, this, [this] {
        addSecretRow(Signing::generateSecret(SigningScheme(m_scheme->currentData().toInt())));
        validate();
    });

    m_customBox = new QGroupBox(tr("Custom HMAC"), page);
    m_customHeader = new QLineEdit(m_customBox);
    m_customAlgorithm = new QComboBox(m_customBox);
    for (HmacAlgorithm a : {HmacAlgorithm::Sha256, HmacAlgorithm::Sha512, HmacAlgorithm::Sha1})
        m_customAlgorithm->addItem(algorithmName(a).toUpper(), int(a));
    m_customEncoding = new QComboBox(m_customBox);
    m_customEncoding->addItem(tr("Hex"), int(SignatureEncoding::Hex));
    m_customEncoding->addItem(tr("Base64"), int(SignatureEncoding::Base64));
    m_customPrefix = new QLineEdit(m_customBox);
    m_customPrefix->setObjectName(QStringLiteral("customPrefix"));
    m_customPrefix->setPlaceholderText(tr("e.g. sha256="));
    m_customTimestamp = new QCheckBox(m_customBox);
    m_customTimestamp->setObjectName(QStringLiteral("customTimestamp"));
    m_customTimestampHeader = new QLineEdit(m_customBox);
    auto *custom = new QFormLayout(m_customBox);
    fitNarrowPane(custom);
    custom->addRow(tr("Signature header"), m_customHeader);
    custom->addRow(tr("Algorithm"), m_customAlgorithm);
    custom->addRow(tr("Encoding"), m_customEncoding);
    custom->addRow(tr("Prefix"), m_customPrefix);
    // A whole row: as a label, this long text would set the width of the whole form.
    auto *timestamp = new QVBoxLayout;
    timestamp->setSpacing(2);
    timestamp->addWidget(
        wrappedCheckBox(m_customTimestamp, tr("Sign \"<timestamp>.<body>\" and send the timestamp in")));
    timestamp->addWidget(m_customTimestampHeader);
    custom->addRow(timestamp);
    m_legacySha1 = new QCheckBox(tr("Also send the legacy X-Hub-Signature (SHA-1)"), page);
    m_signingError = EditorSupport::errorLabel(page, QStringLiteral("signingError"));

    auto *form = new QFormLayout;
    fitNarrowPane(form);
    form->addRow(tr("&Scheme"), m_scheme);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_secretsBox);
    layout->addWidget(m_legacySha1);
    layout->addWidget(m_customBox);
    layout->addWidget(m_signingError);
    layout->addStretch();

    connect(m_scheme, &QComboBox::currentIndexChanged, this, &EndpointEditor::schemeChanged);
    for (QLineEdit *edit : {m_customHeader, m_customPrefix, m_customTimestampHeader})
        connect(edit, &QLineEdit::textChanged, this, &EndpointEditor::validate);
    connect(m_customAlgorithm, &QComboBox::currentIndexChanged, this, &EndpointEditor::validate);
    connect(m_customEncoding, &QComboBox::currentIndexChanged, this, &EndpointEditor::validate);
    connect(m_customTimestamp, &QCheckBox::toggled, this, &EndpointEditor::validate);
    connect(m_legacySha1, &QCheckBox::toggled, this, &EndpointEditor::validate);
    return page;
}

void EndpointEditor::addSecretRow(const QString &secret)
{
    auto *row = new QWidget(m_secretsBox);
    row->setObjectName(QStringLiteral("secretRow"));
    auto *edit = new QLineEdit(secret, row);
    edit->setObjectName(QStringLiteral("secret"));
    edit->setEchoMode(QLineEdit::Password);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *show = new QToolButton(row);
    show->setIcon(Icons::themed(QStringLiteral("show")));
    show->setCheckable(true);
    show->setToolTip(tr("Show the secret"));
    auto *copy = new QToolButton(row);
    copy->setIcon(Icons::themed(QStringLiteral("copy")));
    copy->setToolTip(tr("Copy the secret"));
    auto *generate = new QToolButton(row);
    generate->setIcon(Icons::themed(QStringLiteral("key")));
    generate->setToolTip(tr("Replace with a newly generated secret"));
    auto *remove = new QToolButton(row);
    remove->setIcon(Icons::themed(QStringLiteral("remove")));
    remove->setToolTip(tr("Remove this secret (the end of a rotation)"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(edit, 1);
    layout->addWidget(show);
    layout->addWidget(copy);
    layout->addWidget(generate);
    layout->addWidget(remove);
    m_secretRows->addWidget(row);
    connect(show, &QToolButton::toggled, edit,
            [edit](bool shown) { edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(copy, &QToolButton::clicked, edit, [edit] { QApplication::clipboard()->setText(edit->text()); });
    connect(generate, &QToolButton::clicked, this,
            [this, edit] { edit->setText(Signing::generateSecret(SigningScheme(m_scheme->currentData().toInt()))); });
    connect(remove, &QToolButton::clicked, this, [this, row] {
        row->hide();
        row->deleteLater();
        row->setObjectName(QString());
        validate();
    });
    connect(edit, &QLineEdit::textChanged, this, &EndpointEditor::validate);
}

QStringList EndpointEditor::secrets() const
{
    QStringList out;
    for (int i = 0; i < m_secretRows->count(); ++i) {
        QWidget *row = m_secretRows->itemAt(i)->widget();
        if (!row || row->objectName().isEmpty())
            continue;
        out << row->findChild<QLineEdit *>(QStringLiteral("secret"))->text().trimmed();
    }
    return out;
}

void EndpointEditor::schemeChanged()
{
    const auto scheme = SigningScheme(m_scheme->currentData().toInt());
    m_secretsBox->setVisible(scheme != SigningScheme::None);
    m_customBox->setVisible(scheme == SigningScheme::CustomHmac);
    m_legacySha1->setVisible(scheme == SigningScheme::GitHub);
    // A signing scheme needs a secret: offer one in its format right away.
    if (!m_loading && scheme != SigningScheme::None && secrets().isEmpty())
        addSecretRow(Signing::generateSecret(scheme));
    validate();
}

QWidget *EndpointEditor::createDeliveryTab()
{
    auto *page = new QWidget;
    m_timeout = new QLineEdit(page);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setPlaceholderText(tr("e.g. 15s"));
    m_timeout->setToolTip(tr("How long to wait for a response: 500ms, 15s, 1m…"));
    m_timeoutError = EditorSupport::errorLabel(page, QStringLiteral("timeoutError"));

    m_retrySchedule = new QRadioButton(tr("Fixed schedule"), page);
    m_retryBackoff = new QRadioButton(tr("Exponential backoff with jitter"), page);
    auto *kinds = new QButtonGroup(page);
    kinds->addButton(m_retrySchedule);
    kinds->addButton(m_retryBackoff);
    m_retryStack = new QStackedWidget(page);
    m_schedule = new QLineEdit(page);
    m_schedule->setObjectName(QStringLiteral("retrySchedule"));
    m_schedule->setToolTip(tr("Delay before each attempt, from the previous one: the first is normally 0"));
    m_retryStack->addWidget(m_schedule);
    auto *backoff = new QWidget(page);
    m_backoffBase = new QLineEdit(backoff);
    m_backoffFactor = new QDoubleSpinBox(backoff);
    m_backoffFactor->setRange(1.0, 10.0);
    m_backoffFactor->setSingleStep(0.5);
    m_backoffCap = new QLineEdit(backoff);
    m_backoffAttempts = new QSpinBox(backoff);
    m_backoffAttempts->setRange(1, 100);
    auto *backoffForm = new QFormLayout(backoff);
    backoffForm->setContentsMargins(0, 0, 0, 0);
    fitNarrowPane(backoffForm);
    backoffForm->addRow(tr("First delay"), m_backoffBase);
    backoffForm->addRow(tr("Factor"), m_backoffFactor);
    backoffForm->addRow(tr("Longest delay"), m_backoffCap);
    backoffForm->addRow(tr("Attempts"), m_backoffAttempts);
    m_retryStack->addWidget(backoff);
    // Only the page shown takes room: a stack is as tall as its tallest page, which drew the one-line schedule as a
    // box as high as the four backoff fields.
    const auto fitRetryStack = [this,
                                vertical = std::array {m_schedule->sizePolicy().verticalPolicy(),
                                                       backoff->sizePolicy().verticalPolicy()}](int current) {
        for (int i = 0; i < m_retryStack->count(); ++i) {
            QWidget *shown = m_retryStack->widget(i);
            QSizePolicy policy = shown->sizePolicy();
            policy.setVerticalPolicy(i == current ? vertical.at(size_t(i)) : QSizePolicy::Ignored);
            shown->setSizePolicy(policy);
        }
        m_retryStack->updateGeometry();
    };
    connect(m_retryStack, &QStackedWidget::currentChanged, this, fitRetryStack);
    fitRetryStack(m_retryStack->currentIndex());
    m_retryError = EditorSupport::errorLabel(page, QStringLiteral("retryError"));
    m_retryPreview = new QLabel(page);
    m_retryPreview->setObjectName(QStringLiteral("retryPreview"));
    m_retryPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_retryPreview->setForegroundRole(QPalette::PlaceholderText);
    m_retryPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryClientErrors = new QCheckBox(page);
    m_retryClientErrors->setObjectName(QStringLiteral("retryClientErrors"));
    m_followRedirects = new QCheckBox(tr("Follow redirects"), page);

    m_concurrency = new QSpinBox(page);
    m_concurrency->setRange(1, 256);
    m_concurrency->setToolTip(tr("Requests to this endpoint in flight at once"));
    m_rate = new QDoubleSpinBox(page);
    m_rate->setRange(0, 100000);
    m_rate->setDecimals(1);
    m_rate->setSuffix(tr(" /s"));
    m_rate->setSpecialValueText(tr("unlimited"));
    m_breaker = new QSpinBox(page);
    m_breaker->setRange(0, 100000);
    m_breaker->setSpecialValueText(tr("never"));
    m_breaker->setToolTip(tr("Disable the endpoint after this many failed deliveries in a row"));
    m_limitsError = EditorSupport::errorLabel(page, QStringLiteral("limitsError"));
    m_verifyTls = new QCheckBox(tr("Verify TLS certificates"), page);
    m_http2 = new QCheckBox(tr("HTTP/2 without TLS (prior knowledge)"), page);

    // One above the other: side by side they are wider than the pane in most languages.
    auto *retryKinds = new QVBoxLayout;
    retryKinds->addWidget(m_retrySchedule);
    retryKinds->addWidget(m_retryBackoff);
    auto *retry = new QVBoxLayout;
    retry->addLayout(retryKinds);
    retry->addWidget(m_retryStack);
    retry->addWidget(m_retryError);
    retry->addWidget(m_retryPreview);
    retry->addWidget(
        wrappedCheckBox(m_retryClientErrors, tr("Retry 4xx answers too (normally final, except 408 and 429)")));
    retry->addWidget(m_followRedirects);

    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fitNarrowPane(form);
    EditorSupport::addRow(form, tr("&Timeout"), m_timeout, fieldWithError(m_timeout, m_timeoutError));
    EditorSupport::addRow(form, tr("&Retries"), m_retrySchedule, retry);
    form->addRow(tr("&Concurrency"), m_concurrency);
    form->addRow(tr("Rate &limit"), m_rate);
    form->addRow(tr("Circuit &breaker"), m_breaker);
    form->addRow(QString(), m_limitsError);
    form->addRow(tr("Transport"), m_verifyTls);
    form->addRow(QString(), m_http2);

    for (QLineEdit *edit : {m_timeout, m_schedule, m_backoffBase, m_backoffCap})
        connect(edit, &QLineEdit::textChanged, this, &EndpointEditor::validate);
    connect(m_retrySchedule, &QRadioButton::toggled, this, [this](bool schedule) {
        m_retryStack->setCurrentIndex(schedule ? 0 : 1);
        validate();
    });
    for (QSpinBox *spin : {m_backoffAttempts, m_concurrency, m_breaker})
        connect(spin, &QSpinBox::valueChanged, this, &EndpointEditor::validate);
    for (QDoubleSpinBox *spin : {m_backoffFactor, m_rate})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &EndpointEditor::validate);
    for (QCheckBox *box : {m_retryClientErrors, m_followRedirects, m_verifyTls, m_http2})
        connect(box, &QCheckBox::toggled, this, &EndpointEditor::validate);
    return page;
}

void EndpointEditor::setEventTypes(const QStringList &names)
{
    const Endpoint current = endpoint();
    m_loading = true;
    m_eventList->clear();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_eventList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(current.subscriptions.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    // Patterns that are now listed types move into the checklist.
    QStringList rest;
    for (const QString &s : current.subscriptions) {
        if (s != QLatin1String("*") && !names.contains(s))
            rest << s;
    }
    m_patterns->setText(rest.join(QLatin1String(", ")));
    m_loading = false;
    validate();
}

void EndpointEditor::setEndpoint(const Endpoint &e)
{
    m_loaded = e;
    m_loading = true;
    m_name->setText(e.name);
    m_url->setText(e.url.toString());
    m_enabled->setChecked(e.enabled);
    m_disabledReason->setText(
        e.enabled || e.disabledReason.isEmpty() ? QString() : tr("Disabled by Hookbench: %1").arg(e.disabledReason));
    m_disabledReason->setVisible(!m_disabledReason->text().isEmpty());
    m_allEvents->setChecked(e.subscriptions.contains(QStringLiteral("*")));
    m_eventList->setEnabled(!m_allEvents->isChecked());
    QStringList names;
    for (int i = 0; i < m_eventList->count(); ++i)
        names << m_eventList->item(i)->text();
    QStringList rest;
    for (int i = 0; i < m_eventList->count(); ++i)
        m_eventList->item(i)->setCheckState(e.subscriptions.contains(names.at(i)) ? Qt::Checked : Qt::Unchecked);
    for (const QString &s : e.subscriptions) {
        if (s != QLatin1String("*") && !names.contains(s))
            rest << s;
    }
    m_patterns->setText(rest.join(QLatin1String(", ")));
    m_method->setCurrentText(QString::fromLatin1(e.method));
    m_body->setCurrentIndex(m_body->findData(int(e.bodyEncoding)));
    m_expires->setChecked(e.expiresAt.isValid());
    m_expiresAt->setDateTime(e.expiresAt.isValid() ? e.expiresAt.toLocalTime()
                                                   : QDateTime::currentDateTime().addDays(7));
    m_headers->setHeaders(e.headers);

    m_scheme->setCurrentIndex(m_scheme->findData(int(e.scheme)));
    while (QLayoutItem *item = m_secretRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &secret : e.secrets)
        addSecretRow(secret);
    m_customHeader->setText(e.customHmac.headerName);
    m_customAlgorithm->setCurrentIndex(m_customAlgorithm->findData(int(e.customHmac.algorithm)));
    m_customEncoding->setCurrentIndex(m_customEncoding->findData(int(e.customHmac.encoding)));
    m_customPrefix->setText(e.customHmac.prefix);
    m_customTimestamp->setChecked(e.customHmac.signTimestamp);
    m_customTimestampHeader->setText(e.customHmac.timestampHeader);
    m_legacySha1->setChecked(e.legacyGitHubSha1);

    m_timeout->setText(formatDurationMs(e.timeoutMs));
    m_retrySchedule->setChecked(e.retry.kind == RetryPolicy::Kind::Schedule);
    m_retryBackoff->setChecked(e.retry.kind == RetryPolicy::Kind::Exponential);
    m_retryStack->setCurrentIndex(e.retry.kind == RetryPolicy::Kind::Schedule ? 0 : 1);
    QStringList schedule;
    for (qint64 ms : e.retry.scheduleMs)
        schedule << formatDurationMs(ms);
    m_schedule->setText(schedule.join(QLatin1String(", ")));
    m_backoffBase->setText(formatDurationMs(e.retry.baseMs));
    m_backoffFactor->setValue(e.retry.factor);
    m_backoffCap->setText(formatDurationMs(e.retry.capMs));
    m_backoffAttempts->setValue(e.retry.maxAttempts);
    m_retryClientErrors->setChecked(e.retryClientErrors);
    m_followRedirects->setChecked(e.followRedirects);
    m_concurrency->setValue(e.concurrency);
    m_rate->setValue(e.ratePerSecond);
    m_breaker->setValue(e.circuitBreakerThreshold);
    m_verifyTls->setChecked(e.verifyTls);
    m_http2->setChecked(e.http2PriorKnowledge);

    m_delete->setVisible(e.id != 0);
    m_testResult->clear();
    EditorSupport::setError(m_saveError, {});
    m_loading = false;
    schemeChanged();
}

QString EndpointEditor::timeoutError() const
{
    QString error;
    if (!parseDurationMs(m_timeout->text().trimmed(), &error))
        return error.isEmpty() ? tr("Write a duration such as 15s or 500ms.") : error;
    return {};
}

QString EndpointEditor::retryError() const
{
    QString error;
    if (m_retrySchedule->isChecked()) {
        if (!parseDurationList(m_schedule->text(), &error))
            return error.isEmpty() ? tr("Write delays such as 0s, 5s, 5m, 30m.") : error;
        return {};
    }
    if (!parseDurationMs(m_backoffBase->text().trimmed(), &error))
        return tr("First delay: %1").arg(error);
    if (!parseDurationMs(m_backoffCap->text().trimmed(), &error))
        return tr("Longest delay: %1").arg(error);
    return {};
}

Endpoint EndpointEditor::endpoint() const
{
    Endpoint e = m_loaded;
    e.name = m_name->text().trimmed();
    e.url = QUrl(m_url->text().trimmed());
    e.enabled = m_enabled->isChecked();
    if (e.enabled)
        e.disabledReason.clear();
    QStringList subscriptions;
    if (m_allEvents->isChecked())
        subscriptions << QStringLiteral("*");
    else {
        for (int i = 0; i < m_eventList->count(); ++i) {
            if (m_eventList->item(i)->checkState() == Qt::Checked)
                subscriptions << m_eventList->item(i)->text();
        }
    }
    for (const QString &p : splitPatterns(m_patterns->text())) {
        if (!subscriptions.contains(p))
            subscriptions << p;
    }
    e.subscriptions = subscriptions;
    e.method = m_method->currentText().trimmed().toUpper().toLatin1();
    e.bodyEncoding = BodyEncoding(m_body->currentData().toInt());
    e.expiresAt = m_expires->isChecked() ? m_expiresAt->dateTime().toUTC() : QDateTime();
    e.headers = m_headers->headers();
    e.scheme = SigningScheme(m_scheme->currentData().toInt());
    e.secrets = e.scheme == SigningScheme::None ? QStringList() : secrets();
    e.customHmac.headerName = m_customHeader->text().trimmed();
    e.customHmac.algorithm = HmacAlgorithm(m_customAlgorithm->currentData().toInt());
    e.customHmac.encoding = SignatureEncoding(m_customEncoding->currentData().toInt());
    e.customHmac.prefix = m_customPrefix->text();
    e.customHmac.signTimestamp = m_customTimestamp->isChecked();
    e.customHmac.timestampHeader = m_customTimestampHeader->text().trimmed();
    e.legacyGitHubSha1 = m_legacySha1->isChecked();
    if (const auto timeout = parseDurationMs(m_timeout->text().trimmed()))
        e.timeoutMs = int(qMin<qint64>(*timeout, std::numeric_limits<int>::max()));
    if (m_retrySchedule->isChecked()) {
        e.retry.kind = RetryPolicy::Kind::Schedule;
        if (const auto list = parseDurationList(m_schedule->text()))
            e.retry.scheduleMs = *list;
    } else {
        e.retry.kind = RetryPolicy::Kind::Exponential;
        if (const auto base = parseDurationMs(m_backoffBase->text().trimmed()))
            e.retry.baseMs = *base;
        if (const auto cap = parseDurationMs(m_backoffCap->text().trimmed()))
            e.retry.capMs = *cap;
        e.retry.factor = m_backoffFactor->value();
        e.retry.maxAttempts = m_backoffAttempts->value();
    }
    e.retryClientErrors = m_retryClientErrors->isChecked();
    e.followRedirects = m_followRedirects->isChecked();
    e.concurrency = m_concurrency->value();
    e.ratePerSecond = m_rate->value();
    e.circuitBreakerThreshold = m_breaker->value();
    e.verifyTls = m_verifyTls->isChecked();
    e.http2PriorKnowledge = m_http2->isChecked();
    return e;
}

bool EndpointEditor::isDirty() const
{
    return !m_loaded.id || endpoint() != m_loaded;
}

QString EndpointEditor::urlError() const
{
    // The text as typed: the QUrl that endpoint() builds from it is lenient, so a port out of range leaves an empty
    // URL ("The URL is empty") and a space comes back as a valid %20.
    if (QString error = Validation::checkUrl(m_url->text()); !error.isEmpty())
        return error;
    for (const ValidationError &error : Validation::validate(endpoint())) {
        if (error.field == QLatin1String("url"))
            return error.message;
    }
    return {};
}

bool EndpointEditor::isValid() const
{
    return Validation::validate(endpoint()).isEmpty() && urlError().isEmpty() && timeoutError().isEmpty()
        && retryError().isEmpty() && m_headers->firstError().isEmpty() && nameTakenError().isEmpty();
}

void EndpointEditor::setNameOwner(EditorSupport::NameOwner owner)
{
    m_nameOwner = std::move(owner);
}

QString EndpointEditor::nameTakenError() const
{
    return EditorSupport::nameTakenError(m_nameOwner, endpoint().name, m_loaded.id, Storage::NamedKind::Endpoint);
}

void EndpointEditor::showSaveError(const QString &message)
{
    EditorSupport::setError(m_saveError, message);
}

void EndpointEditor::showTestResult(const QString &html)
{
    m_testResult->setText(html);
}

void EndpointEditor::validate()
{
    if (m_loading)
        return;
    const Endpoint e = endpoint();
    QHash<QString, QString> errors;
    for (const ValidationError &error : Validation::validate(e)) {
        if (!errors.contains(error.field))
            errors.insert(error.field, error.message);
    }
    // An untouched new endpoint says nothing about its empty name and URL yet.
    const bool fresh = !m_loaded.id && !m_name->isModified() && !m_url->isModified();
    QString nameError = fresh && e.name.isEmpty() ? QString() : errors.value(QStringLiteral("name"));
    if (nameError.isEmpty())
        nameError = nameTakenError();
    EditorSupport::setError(m_nameError, nameError);
    EditorSupport::setError(m_urlError, fresh && m_url->text().isEmpty() ? QString() : urlError());
    EditorSupport::setError(m_eventsError, errors.value(QStringLiteral("events")));
    EditorSupport::setError(m_methodError, errors.value(QStringLiteral("method")));
    const QString headersError = m_headers->firstError();
    EditorSupport::setError(m_headersError, headersError);
    QString signing = errors.value(QStringLiteral("secrets"));
    if (signing.isEmpty())
        signing = errors.value(QStringLiteral("signature header"));
    if (signing.isEmpty())
        signing = errors.value(QStringLiteral("signature prefix"));
    if (signing.isEmpty())
        signing = errors.value(QStringLiteral("timestamp header"));
    EditorSupport::setError(m_signingError, signing);
    const QString timeout = timeoutError().isEmpty() ? errors.value(QStringLiteral("timeout")) : timeoutError();
    EditorSupport::setError(m_timeoutError, timeout);
    const QString retry = retryError().isEmpty() ? errors.value(QStringLiteral("retry")) : retryError();
    EditorSupport::setError(m_retryError, retry);
    QString limits = errors.value(QStringLiteral("concurrency"));
    if (limits.isEmpty())
        limits = errors.value(QStringLiteral("rate"));
    if (limits.isEmpty())
        limits = errors.value(QStringLiteral("circuit breaker"));
    EditorSupport::setError(m_limitsError, limits);
    m_retryPreview->setText(retry.isEmpty() ? Format::retryPreview(e.retry).join(QLatin1Char('\n')) : QString());
    m_retryPreview->setVisible(retry.isEmpty());

    // Mark the tabs that hold a problem, so nothing invalid hides behind another tab.
    const QIcon problem = Icons::deliveryState(DeliveryState::Failed);
    const bool general = !m_nameError->text().isEmpty() || !m_urlError->text().isEmpty()
        || !m_eventsError->text().isEmpty() || !m_methodError->text().isEmpty();
    m_tabs->setTabIcon(GeneralTab, general ? problem : QIcon());
    m_tabs->setTabIcon(HeadersTab, headersError.isEmpty() ? QIcon() : problem);
    m_tabs->setTabIcon(SigningTab, signing.isEmpty() ? QIcon() : problem);
    m_tabs->setTabIcon(DeliveryTab, timeout.isEmpty() && retry.isEmpty() && limits.isEmpty() ? QIcon() : problem);

    const bool valid = isValid();
    const bool dirty = isDirty();
    m_save->setEnabled(valid && dirty);
    m_save->setToolTip(valid ? tr("Save the endpoint (Ctrl+S)") : tr("Fix the marked fields to save"));
    m_revert->setEnabled(m_loaded.id && dirty);
    m_sendTest->setEnabled(m_loaded.id && !dirty);
    m_sendTest->setToolTip(m_loaded.id && !dirty ? tr("Deliver a test event to this endpoint now")
                                                 : tr("Save the endpoint first"));
    EditorSupport::setError(m_saveError, {});
    emit stateChanged();
}

} // namespace Hookbench::Ui
