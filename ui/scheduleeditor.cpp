#include "scheduleeditor.h"

#include "domain/retrypolicy.h"
#include "domain/validation.h"
#include "editorsupport.h"
#include "scheduling/schedulecalculator.h"
#include "scheduling/schedulechecks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Hookbench::Ui {

namespace {

constexpr int kPreviewCount = 5;

// A field with its message underneath, as one form row.
QVBoxLayout *fieldWithError(QWidget *field, QLabel *error)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(error);
    return column;
}

// A picker with its zone beside it.
QHBoxLayout *pickerWithZone(QWidget *before, QDateTimeEdit *picker, QLabel *zone)
{
    auto *row = new QHBoxLayout;
    if (before)
        row->addWidget(before);
    row->addWidget(picker, 1);
    row->addWidget(zone);
    return row;
}

QDateTimeEdit *timePicker(QWidget *parent, const QString &objectName)
{
    auto *picker = new QDateTimeEdit(parent);
    picker->setObjectName(objectName);
    picker->setCalendarPopup(true);
    picker->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    picker->setTimeSpec(Qt::LocalTime);
    return picker;
}

} // namespace

ScheduleEditor::ScheduleEditor(const QStringList &eventTypes, QWidget *parent)
    : QDialog(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_form(new QFormLayout)
    , m_type(new QComboBox(this))
    , m_typeError(EditorSupport::errorLabel(this, QStringLiteral("eventTypeError")))
    , m_kind(new QComboBox(this))
    , m_at(timePicker(this, QStringLiteral("scheduleAt")))
    , m_atZone(new QLabel(this))
    , m_atError(EditorSupport::errorLabel(this, QStringLiteral("atError")))
    , m_every(new QLineEdit(this))
    , m_everyError(EditorSupport::errorLabel(this, QStringLiteral("intervalError")))
    , m_cron(new QLineEdit(this))
    , m_cronError(EditorSupport::errorLabel(this, QStringLiteral("cronError")))
    , m_utc(new QCheckBox(tr("Read times and the cron expression in &UTC (otherwise local time)"), this))
    , m_jitter(new QLineEdit(this))
    , m_jitterError(EditorSupport::errorLabel(this, QStringLiteral("jitterError")))
    , m_limit(new QSpinBox(this))
    , m_untilEnabled(new QCheckBox(tr("Stop firing at"), this))
    , m_until(timePicker(this, QStringLiteral("scheduleUntil")))
    , m_untilZone(new QLabel(this))
    , m_untilError(EditorSupport::errorLabel(this, QStringLiteral("untilError")))
    , m_catchUp(
          new QCheckBox(tr("After a restart, fire &once for firings missed meanwhile (otherwise skip them)"), this))
    , m_payload(EditorSupport::codeEditor(this, QStringLiteral("schedulePayload")))
    , m_payloadError(EditorSupport::errorLabel(this, QStringLiteral("payloadError")))
    , m_scheduleError(EditorSupport::errorLabel(this, QStringLiteral("scheduleError")))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Schedule"));
    m_type->setObjectName(QStringLiteral("scheduleEventType"));
    m_type->setEditable(true);
    m_type->addItems(eventTypes);
    m_type->setToolTip(tr("The event type to fire; its payload template is used unless a payload is given below"));
    m_kind->setObjectName(QStringLiteral("scheduleKind"));
    // In the order of Schedule::Kind.
    m_kind->addItems({tr("Once, at a time"), tr("Every interval"), tr("By a cron expression")});
    m_at->setToolTip(tr("When it fires; click the arrow for a calendar"));
    m_atZone->setObjectName(QStringLiteral("scheduleAtZone"));
    m_atZone->setForegroundRole(QPalette::PlaceholderText);
    m_every->setObjectName(QStringLiteral("scheduleEvery"));
    m_every->setPlaceholderText(tr("e.g. 30s, 5m, 1h30m"));
    m_cron->setObjectName(QStringLiteral("scheduleCron"));
    m_cron->setPlaceholderText(tr("minute hour day-of-month month day-of-week, e.g. */15 9-17 * * MON-FRI"));
    m_utc->setObjectName(QStringLiteral("scheduleUtc"));
    m_jitter->setObjectName(QStringLiteral("scheduleJitter"));
    m_jitter->setPlaceholderText(tr("none"));
    m_jitter->setToolTip(tr("Delay each firing by a random time up to this long"));
    m_limit->setObjectName(QStringLiteral("scheduleLimit"));
    m_limit->setRange(0, 1'000'000);
    m_limit->setSpecialValueText(tr("No limit"));
    m_untilEnabled->setObjectName(QStringLiteral("scheduleUntilEnabled"));
    m_untilEnabled->setToolTip(tr("Without an end time the schedule fires until its limit, or for ever"));
    m_until->setToolTip(tr("No firing after this time; click the arrow for a calendar"));
    m_untilZone->setObjectName(QStringLiteral("scheduleUntilZone"));
    m_untilZone->setForegroundRole(QPalette::PlaceholderText);
    m_catchUp->setObjectName(QStringLiteral("scheduleCatchUp"));
    m_payload->setPlaceholderText(tr("Empty: the event type's payload template"));
    m_preview->setObjectName(QStringLiteral("schedulePreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    EditorSupport::addRow(m_form, tr("&Event type"), m_type, fieldWithError(m_type, m_typeError));
    m_form->addRow(tr("&Fires"), m_kind);
    auto *atRow = new QVBoxLayout;
    atRow->setSpacing(2);
    atRow->addLayout(pickerWithZone(nullptr, m_at, m_atZone));
    atRow->addWidget(m_atError);
    m_atRow = atRow;
    m_everyRow = fieldWithError(m_every, m_everyError);
    m_cronRow = fieldWithError(m_cron, m_cronError);
    EditorSupport::addRow(m_form, tr("&At"), m_at, m_atRow);
    EditorSupport::addRow(m_form, tr("E&very"), m_every, m_everyRow);
    EditorSupport::addRow(m_form, tr("&Cron"), m_cron, m_cronRow);
    m_form->addRow(QString(), m_utc);
    EditorSupport::addRow(m_form, tr("&Jitter"), m_jitter, fieldWithError(m_jitter, m_jitterError));
    m_form->addRow(tr("&Limit"), m_limit);
    auto *untilRow = new QVBoxLayout;
    untilRow->setSpacing(2);
    untilRow->addLayout(pickerWithZone(m_untilEnabled, m_until, m_untilZone));
    untilRow->addWidget(m_untilError);
    EditorSupport::addRow(m_form, tr("E&nds"), m_untilEnabled, untilRow);
    m_form->addRow(QString(), m_catchUp);
    EditorSupport::addRow(m_form, tr("&Payload"), m_payload, fieldWithError(m_payload, m_payloadError));

    auto *previewTitle = new QLabel(tr("Next firings"), this);
    previewTitle->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_scheduleError);
    layout->addWidget(previewTitle);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScheduleEditor::kindChanged);
    connect(m_type, &QComboBox::currentTextChanged, this, &ScheduleEditor::validate);
    for (QLineEdit *edit : {m_every, m_cron, m_jitter})
        connect(edit, &QLineEdit::textChanged, this, &ScheduleEditor::validate);
    for (QDateTimeEdit *picker : {m_at, m_until})
        connect(picker, &QDateTimeEdit::dateTimeChanged, this, &ScheduleEditor::validate);
    connect(m_untilEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_until->setEnabled(on && m_untilEnabled->isEnabled());
        validate();
    });
    connect(m_utc, &QCheckBox::toggled, this, &ScheduleEditor::utcChanged);
    connect(m_limit, &QSpinBox::valueChanged, this, &ScheduleEditor::validate);
    connect(m_payload, &QPlainTextEdit::textChanged, this, &ScheduleEditor::validate);

    Schedule fresh;
    fresh.eventType = m_type->currentText();
    setSchedule(fresh);
}

void ScheduleEditor::setClock(Clock clock)
{
    m_clock = std::move(clock);
    validate();
}

void ScheduleEditor::setSchedule(const Schedule &s)
{
    m_loaded = s;
    const QSignalBlocker blockType(m_type);
    m_type->setCurrentText(s.eventType);
    const QSignalBlocker blockKind(m_kind);
    m_kind->setCurrentIndex(int(s.kind));
    const QSignalBlocker blockUtc(m_utc);
    m_utc->setChecked(s.utc);
    utcChanged();
    const QSignalBlocker blockAt(m_at);
    const QSignalBlocker blockUntil(m_until);
    const QSignalBlocker blockUntilEnabled(m_untilEnabled);
    // A new one-off schedule starts at the next full hour, a new end time a week after that.
    showTime(m_at, s.at.isValid() ? s.at : defaultTime());
    m_every->setText(formatDurationMs(s.intervalMs));
    m_cron->setText(s.cron);
    m_jitter->setText(s.jitterMs > 0 ? formatDurationMs(s.jitterMs) : QString());
    m_limit->setValue(s.limit);
    m_untilEnabled->setChecked(s.until.isValid());
    showTime(m_until, s.until.isValid() ? s.until : defaultTime().addDays(7));
    m_catchUp->setChecked(s.catchUp);
    m_payload->setPlainText(QString::fromUtf8(s.payload));
    kindChanged();
}

ScheduleEditor::Parsed ScheduleEditor::parse() const
{
    Parsed p;
    Schedule &s = p.schedule;
    s = m_loaded;
    s.eventType = m_type->currentText().trimmed();
    s.kind = Schedule::Kind(m_kind->currentIndex());
    s.utc = m_utc->isChecked();
    s.catchUp = m_catchUp->isChecked();
    s.limit = m_limit->value();
    s.payload = m_payload->toPlainText().trimmed().isEmpty() ? QByteArray() : m_payload->toPlainText().toUtf8();
    auto duration = [&p](QLineEdit *edit, const char *field, qint64 *out) {
        QString why;
        if (const auto ms = parseDurationMs(edit->text().trimmed(), &why))
            *out = *ms;
        else
            p.errors.insert(QLatin1String(field), why);
    };
    // Only the fields of the chosen kind count; the others keep what they held for when the kind is switched back.
    switch (s.kind) {
    case Schedule::Kind::Once:
        s.at = pickedTime(m_at);
        break;
    case Schedule::Kind::Interval:
        duration(m_every, "interval", &s.intervalMs);
        break;
    case Schedule::Kind::Cron:
        s.cron = m_cron->text().simplified();
        break;
    }
    s.jitterMs = 0;
    if (!m_jitter->text().trimmed().isEmpty())
        duration(m_jitter, "jitter", &s.jitterMs);
    s.until = m_untilEnabled->isChecked() ? pickedTime(m_until) : QDateTime();
    // The checks of the values themselves, where the text parsed.
    const ValidationErrors errors = Scheduling::validate(s, m_clock());
    for (const ValidationError &e : errors) {
        if (!p.errors.contains(e.field) && !(e.field == QLatin1String("schedule") && !p.errors.isEmpty()))
            p.errors.insert(e.field, e.message);
    }
    return p;
}

Schedule ScheduleEditor::schedule() const
{
    return parse().schedule;
}

void ScheduleEditor::kindChanged()
{
    const auto kind = Schedule::Kind(m_kind->currentIndex());
    m_form->setRowVisible(m_atRow, kind == Schedule::Kind::Once);
    m_form->setRowVisible(m_everyRow, kind == Schedule::Kind::Interval);
    m_form->setRowVisible(m_cronRow, kind == Schedule::Kind::Cron);
    // A one-off firing has nothing to limit, end or catch up on beyond itself.
    m_limit->setEnabled(kind != Schedule::Kind::Once);
    m_untilEnabled->setEnabled(kind != Schedule::Kind::Once);
    m_until->setEnabled(kind != Schedule::Kind::Once && m_untilEnabled->isChecked());
    validate();
}

void ScheduleEditor::utcChanged()
{
    // The pickers keep the date and time they show; the checkbox says in which zone they are read, as it does for
    // the cron expression.
    const bool utc = m_utc->isChecked();
    for (QDateTimeEdit *picker : {m_at, m_until}) {
        const QSignalBlocker block(picker);
        const QDate date = picker->date();
        const QTime time = picker->time();
        picker->setTimeSpec(utc ? Qt::UTC : Qt::LocalTime);
        picker->setDateTime(QDateTime(date, time, picker->timeSpec()));
    }
    const QString zone
        = utc ? tr("UTC") : tr("local time (%1)").arg(QDateTime::currentDateTime().timeZoneAbbreviation());
    m_atZone->setText(zone);
    m_untilZone->setText(zone);
    validate();
}

QDateTime ScheduleEditor::pickedTime(const QDateTimeEdit *edit) const
{
    return QDateTime(edit->date(), edit->time(), m_utc->isChecked() ? Qt::UTC : Qt::LocalTime);
}

void ScheduleEditor::showTime(QDateTimeEdit *edit, const QDateTime &time)
{
    edit->setDateTime(edit->timeSpec() == Qt::UTC ? time.toUTC() : time.toLocalTime());
}

QDateTime ScheduleEditor::defaultTime() const
{
    QDateTime t = m_clock().toLocalTime().addSecs(3600);
    t.setTime(QTime(t.time().hour(), 0));
    return t;
}

QLabel *ScheduleEditor::errorFor(const QString &field) const
{
    static const QHash<QString, QLabel * ScheduleEditor::*> labels {
        {QStringLiteral("event_type"), &ScheduleEditor::m_typeError},
        {QStringLiteral("at"), &ScheduleEditor::m_atError},
        {QStringLiteral("interval"), &ScheduleEditor::m_everyError},
        {QStringLiteral("cron"), &ScheduleEditor::m_cronError},
        {QStringLiteral("jitter"), &ScheduleEditor::m_jitterError},
        {QStringLiteral("until"), &ScheduleEditor::m_untilError},
        {QStringLiteral("payload"), &ScheduleEditor::m_payloadError},
    };
    const auto member = labels.value(field);
    return member ? this->*member : m_scheduleError;
}

void ScheduleEditor::validate()
{
    const Parsed p = parse();
    for (QLabel *label : {m_typeError, m_atError, m_everyError, m_cronError, m_jitterError, m_untilError,
                          m_payloadError, m_scheduleError})
        EditorSupport::setError(label, {});
    for (auto it = p.errors.cbegin(); it != p.errors.cend(); ++it) {
        QLabel *label = errorFor(it.key());
        EditorSupport::setError(label, label->text().isEmpty() ? it.value() : label->text() + u'\n' + it.value());
    }
    EditorSupport::markError(m_payload, p.errors.value(QStringLiteral("payload")));

    m_previewLines.clear();
    if (p.errors.isEmpty()) {
        for (const QDateTime &t : Scheduling::nextFirings(p.schedule, m_clock(), kPreviewCount))
            m_previewLines << (p.schedule.utc ? t.toUTC().toString(QStringLiteral("ddd yyyy-MM-dd HH:mm:ss 'UTC'"))
                                              : t.toLocalTime().toString(QStringLiteral("ddd yyyy-MM-dd HH:mm:ss")));
    }
    m_preview->setText(p.errors.isEmpty() ? m_previewLines.join(u'\n')
                                          : tr("Fix the fields above to see when it fires."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.errors.isEmpty());
}

bool ScheduleEditor::isValid() const
{
    return parse().errors.isEmpty();
}

QString ScheduleEditor::fieldError(const QString &field) const
{
    return parse().errors.value(field);
}

QStringList ScheduleEditor::preview() const
{
    return m_previewLines;
}

} // namespace Hookbench::Ui
