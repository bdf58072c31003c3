#include "triggerpage.h"

#include "delivery/deliveryengine.h"
#include "domain/validation.h"
#include "editorsupport.h"
#include "emptystate.h"
#include "icons.h"
#include "schedulespanel.h"
#include "scheduling/templatefiring.h"
#include "scheduling/templaterenderer.h"
#include "session.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Hookbench::Ui {

namespace {
constexpr int kEventIdRole = Qt::UserRole + 1;
constexpr int kMaxSentShown = 200;
} // namespace

TriggerPage::TriggerPage(Session &session, QWidget *parent)
    : Section(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(QStringLiteral("section-trigger"), tr("Nothing to trigger yet"),
                             tr("Triggering sends an event of one of your event types to every endpoint that "
                                "subscribes to it. Define an event type first. Schedules fire event types too: "
                                "their list is in the Schedules tab above."),
                             this))
    , m_type(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_target(new QComboBox(this))
    , m_targets(new QLabel(this))
    , m_payload(EditorSupport::codeEditor(this, QStringLiteral("triggerPayload")))
    , m_payloadError(EditorSupport::errorLabel(this, QStringLiteral("payloadError")))
    , m_preview(EditorSupport::codeEditor(this, QStringLiteral("triggerPreview")))
    , m_reset(new QPushButton(Icons::themed(QStringLiteral("revert")), tr("Reset to template"), this))
    , m_send(new QPushButton(Icons::themed(QStringLiteral("send")), tr("Send now"), this))
    , m_result(new QLabel(this))
    , m_sent(new QListWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_schedules(new SchedulesPanel(session, this))
    , m_tabs(new QTabWidget(this))
{
    m_type->setObjectName(QStringLiteral("triggerType"));
    m_type->setToolTip(tr("The event type to send"));
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_description->setWordWrap(true);
    m_target->setObjectName(QStringLiteral("triggerEndpoint"));
    m_target->setToolTip(tr("Send to every subscribed endpoint, or to one endpoint only"));
    m_targets->setForegroundRole(QPalette::PlaceholderText);
    m_targets->setWordWrap(true);
    m_payload->setToolTip(tr("The payload; placeholders such as {{uuid}} and {{now}} are filled in when it is sent"));
    m_preview->setReadOnly(true);
    m_preview->setToolTip(tr("What the next send would carry (placeholders filled in)"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send the event now (Ctrl+Enter)"));
    m_send->setDefault(true);
    m_result->setObjectName(QStringLiteral("triggerResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_sent->setObjectName(QStringLiteral("sentList"));
    m_sent->setToolTip(tr("Double-click to see the deliveries of an event"));
    m_sent->setAlternatingRowColors(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Event type"), m_type);
    form->addRow(QString(), m_description);
    auto *targetColumn = new QVBoxLayout;
    targetColumn->addWidget(m_target);
    targetColumn->addWidget(m_targets);
    EditorSupport::addRow(form, tr("Send &to"), m_target, targetColumn);

    auto *payloadHeader = new QHBoxLayout;
    auto *payloadLabel = new QLabel(tr("&Payload"), this);
    payloadLabel->setBuddy(m_payload);
    payloadHeader->addWidget(payloadLabel);
    payloadHeader->addStretch();
    payloadHeader->addWidget(m_reset);
    auto *editors = new QSplitter(Qt::Vertical, this);
    editors->addWidget(m_payload);
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 4, 0, 0);
    auto *previewLabel = new QLabel(tr("Preview"), previewBox);
    previewLabel->setForegroundRole(QPalette::PlaceholderText);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview, 1);
    editors->addWidget(previewBox);
    editors->setStretchFactor(0, 3);
    editors->setStretchFactor(1, 2);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_result, 1);
    sendRow->addWidget(m_send, 0, Qt::AlignTop);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(form);
    leftLayout->addLayout(payloadHeader);
    leftLayout->addWidget(editors, 1);
    leftLayout->addWidget(m_payloadError);
    leftLayout->addLayout(sendRow);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    auto *sentLabel = new QLabel(tr("Sent from this window"), right);
    auto *sentHint = new QLabel(tr("Double-click an event to see its deliveries."), right);
    sentHint->setForegroundRole(QPalette::PlaceholderText);
    sentHint->setWordWrap(true);
    rightLayout->addWidget(sentLabel);
    rightLayout->addWidget(sentHint);
    rightLayout->addWidget(m_sent, 1);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // Without event types only the Send now tab shows the empty state: the schedules stay listed (a workspace may
    // hold schedules made on the command line) and their tab says what a new schedule needs.
    m_stack->setObjectName(QStringLiteral("triggerSendStack"));
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_empty);
    m_tabs->setObjectName(QStringLiteral("triggerTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_stack, Icons::themed(QStringLiteral("send")), tr("Send &now"));
    m_tabs->addTab(m_schedules, tr("&Schedules"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_empty->addAction(tr("Define an event type"), QStringLiteral("section-event-types")),
            &QPushButton::clicked, this, [this] { m_session.showSection(QStringLiteral("event-types"), true); });
    connect(m_type, &QComboBox::currentIndexChanged, this, &TriggerPage::eventTypeChanged);
    connect(m_target, &QComboBox::currentIndexChanged, this, &TriggerPage::validate);
    connect(m_payload, &QPlainTextEdit::textChanged, this, &TriggerPage::validate);
    connect(m_reset, &QPushButton::clicked, this, &TriggerPage::resetPayload);
    connect(m_send, &QPushButton::clicked, this, &TriggerPage::send);
    connect(m_sent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Storage::DeliveryFilter f;
        f.eventId = item->data(kEventIdRole).toLongLong();
        m_session.showDeliveries(f);
    });
    connect(m_result, &QLabel::linkActivated, this, [this](const QString &link) {
        Storage::DeliveryFilter f;
        f.eventId = link.toLongLong();
        m_session.showDeliveries(f);
    });
    connect(m_schedules, &SchedulesPanel::message, this, &Section::message);
    connect(m_schedules, &SchedulesPanel::eventTypeNeeded, this,
            [this] { m_session.showSection(QStringLiteral("event-types"), true); });
    connect(&session, &Session::eventTypesChanged, this, &TriggerPage::reloadChoices);
    connect(&session, &Session::endpointsChanged, this, &TriggerPage::reloadChoices);
    reloadChoices();
}

QIcon TriggerPage::icon() const
{
    return Icons::themed(QStringLiteral("section-trigger"));
}

void TriggerPage::refresh()
{
    reloadChoices();
    m_schedules->reload();
}

void TriggerPage::showEvent(QShowEvent *event)
{
    // Endpoints and event types made elsewhere (the command line, then F5 in their own section) are in the choices
    // whenever the section comes into view, as they already are in the "Goes to" line below them.
    reloadChoices();
    Section::showEvent(event);
}

void TriggerPage::reloadChoices()
{
    const QString type = m_type->currentText();
    const qint64 target = m_target->currentData().toLongLong();
    {
        const QSignalBlocker block(m_type);
        m_type->clear();
        for (const EventType &t : m_session.workspace().eventTypes().list())
            m_type->addItem(t.name, t.id);
        m_type->setCurrentIndex(qMax(0, m_type->findText(type)));
    }
    {
        const QSignalBlocker block(m_target);
        m_target->clear();
        m_target->addItem(tr("All subscribed endpoints"), qint64(0));
        for (const Endpoint &e : m_session.workspace().endpoints().list())
            m_target->addItem(tr("Only %1").arg(e.name), e.id);
        m_target->setCurrentIndex(qMax(0, m_target->findData(target)));
    }
    m_stack->setCurrentIndex(m_type->count() == 0 ? 1 : 0);
    if (m_type->currentText() != m_loadedType)
        eventTypeChanged();
    else
        validate();
}

bool TriggerPage::selectEventType(const QString &name)
{
    const int index = m_type->findText(name);
    if (index < 0)
        return false;
    m_type->setCurrentIndex(index);
    return true;
}

void TriggerPage::eventTypeChanged()
{
    m_loadedType = m_type->currentText();
    resetPayload();
}

void TriggerPage::resetPayload()
{
    const auto t = m_session.workspace().eventTypes().find(m_type->currentText());
    m_description->setText(t ? t->description : QString());
    m_description->setVisible(t && !t->description.isEmpty());
    m_payload->setPlainText(t ? QString::fromUtf8(t->payloadTemplate) : QString());
    validate();
}

void TriggerPage::updateTargets()
{
    const QString type = m_type->currentText();
    const qint64 only = m_target->currentData().toLongLong();
    QStringList receiving;
    QStringList skipped;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Endpoint &e : m_session.workspace().endpoints().list()) {
        if (only ? e.id != only : (!e.subscribesTo(type) || e.origin == EndpointOrigin::Cli))
            continue;
        if (!e.enabled || e.isExpired(now))
            skipped << e.name;
        else
            receiving << e.name;
    }
    QString text = receiving.isEmpty() ? tr("No endpoint receives %1 yet.").arg(type)
                                       : tr("Goes to %1.").arg(receiving.join(QLatin1String(", ")));
    if (!skipped.isEmpty())
        text += QLatin1Char(' ') + tr("Skipped (disabled or expired): %1.").arg(skipped.join(QLatin1String(", ")));
    m_targets->setText(text);
}

void TriggerPage::validate()
{
    updateTargets();
    const QByteArray payload = m_payload->toPlainText().toUtf8();
    QString error = Validation::checkPayloadTemplate(payload);
    EditorSupport::markError(m_payload, error);
    if (error.isEmpty()) {
        TemplateContext context;
        context.eventType = m_type->currentText();
        context.endpointName = m_target->currentData().toLongLong() ? m_target->currentText() : QString();
        context.now = QDateTime::currentDateTimeUtc();
        // The preview shows the next sequence number without using it up.
        const RenderResult preview = renderTemplate(payload, context);
        if (preview.ok())
            m_preview->setPlainText(QString::fromUtf8(preview.output));
        else
            error = preview.error;
    }
    if (!error.isEmpty())
        m_preview->clear();
    EditorSupport::setError(m_payloadError, error);
    m_send->setEnabled(canSend());
    m_reset->setEnabled(m_type->count() > 0);
    emit commandsChanged();
}

bool TriggerPage::canSend() const
{
    return m_type->count() > 0 && m_payloadError->text().isEmpty();
}

void TriggerPage::send()
{
    if (const QString error = sendNow(); !error.isEmpty())
        emit message(error);
}

QString TriggerPage::sendNow()
{
    if (!canSend())
        return tr("Fix the payload first.");
    const QString type = m_type->currentText();
    const qint64 only = m_target->currentData().toLongLong();
    TemplateContext context;
    context.eventType = type;
    context.now = QDateTime::currentDateTimeUtc();
    context.seq = m_session.workspace().eventTypes().nextSequence(type);
    // As a schedule fires it: a payload naming {{endpoint.name}} goes out once per endpoint, each with its name.
    const Scheduling::TemplateFiring firing
        = Scheduling::fireTemplate(m_session.engine(), m_session.workspace(), type, m_payload->toPlainText().toUtf8(),
                                   context, EventSource::Manual, only);
    if (!firing.renderError.isEmpty()) {
        EditorSupport::setError(m_payloadError, firing.renderError);
        if (firing.triggered.isEmpty())
            return firing.renderError;
    }
    if (firing.triggered.isEmpty()) {
        m_result->setText(
            QStringLiteral("<span style=\"color:#d3373c\">%1</span>").arg(firing.triggerError.toHtmlEscaped()));
        return firing.triggerError;
    }
    int count = 0;
    QStringList lines;
    for (const Engine::TriggerResult &result : firing.triggered) {
        const int deliveries = int(result.deliveries.size());
        count += deliveries;
        QString text = tr("Sent %1 · %n delivery(s) · <a href=\"%2\">show in the log</a>", nullptr, deliveries)
                           .arg(result.event.uid.toHtmlEscaped())
                           .arg(result.event.id);
        if (!result.event.fanoutNote.isEmpty())
            text += QStringLiteral("<br><span style=\"color:#d48a14\">%1</span>")
                        .arg(tr("Not sent to: %1")
                                 .arg(result.event.fanoutNote)
                                 .toHtmlEscaped()
                                 .replace(QLatin1Char('\n'), QLatin1String("; ")));
        lines.append(text);
        auto *item
            = new QListWidgetItem(tr("%1  %2 → %n delivery(s)", nullptr, deliveries)
                                      .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")), type));
        item->setData(kEventIdRole, result.event.id);
        item->setIcon(Icons::themed(QStringLiteral("send")));
        item->setToolTip(result.event.uid);
        m_sent->insertItem(0, item);
    }
    m_result->setText(lines.join(QStringLiteral("<br>")));
    while (m_sent->count() > kMaxSentShown)
        delete m_sent->takeItem(m_sent->count() - 1);
    validate();
    emit message(tr("Sent %1 to %n endpoint(s)", nullptr, count).arg(type));
    return {};
}

void TriggerPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("trigger/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("trigger/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("trigger/eventType"), m_type->currentText());
    m_schedules->saveState(settings);
}

void TriggerPage::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("trigger/splitter")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("trigger/tab"), 0).toInt());
    selectEventType(settings.value(QStringLiteral("trigger/eventType")).toString());
    m_schedules->restoreState(settings);
}

} // namespace Hookbench::Ui
