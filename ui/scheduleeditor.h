#pragma once

#include "domain/schedule.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Hookbench::Ui {

// Creates or edits one schedule: the event type, when it fires (once at a time, every interval, or by cron, in
// local time or UTC), jitter, a limit, an end time, the missed-firing policy and an optional payload of its own.
// Times are picked with date-time editors (calendar popup) showing local time, or UTC when the schedule is in UTC.
// Each field is checked as it is edited with its message underneath, and the next five firings are previewed
// live. OK stays disabled while anything is invalid.
class ScheduleEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleEditor)

public:
    using Clock = std::function<QDateTime()>;

    explicit ScheduleEditor(const QStringList &eventTypes, QWidget *parent = nullptr);

    void setSchedule(const Schedule &schedule);
    // The edited values on top of the loaded schedule (id, counts and creation time are kept).
    Schedule schedule() const;
    bool isValid() const;
    // The message shown next to a field ("event_type", "at", "interval", "cron", "jitter", "until", "payload",
    // "schedule"); empty when it is fine.
    QString fieldError(const QString &field) const;
    // The next firings as the preview lists them.
    QStringList preview() const;
    // Tests pin "now"; the default is the system clock.
    void setClock(Clock clock);

private:
    struct Parsed
    {
        Schedule schedule;
        QHash<QString, QString> errors;
    };
    Parsed parse() const;
    void kindChanged();
    void utcChanged();
    void validate();
    // The picker's date and time read as wall-clock time in the schedule's zone.
    QDateTime pickedTime(const QDateTimeEdit *edit) const;
    void showTime(QDateTimeEdit *edit, const QDateTime &time);
    QDateTime defaultTime() const;
    QLabel *errorFor(const QString &field) const;

    Schedule m_loaded;
    Clock m_clock;
    QFormLayout *m_form;
    // The rows of the three kinds, shown one at a time.
    QLayout *m_atRow = nullptr;
    QLayout *m_everyRow = nullptr;
    QLayout *m_cronRow = nullptr;
    QComboBox *m_type;
    QLabel *m_typeError;
    QComboBox *m_kind;
    QDateTimeEdit *m_at;
    QLabel *m_atZone;
    QLabel *m_atError;
    QLineEdit *m_every;
    QLabel *m_everyError;
    QLineEdit *m_cron;
    QLabel *m_cronError;
    QCheckBox *m_utc;
    QLineEdit *m_jitter;
    QLabel *m_jitterError;
    QSpinBox *m_limit;
    QCheckBox *m_untilEnabled;
    QDateTimeEdit *m_until;
    QLabel *m_untilZone;
    QLabel *m_untilError;
    QCheckBox *m_catchUp;
    QPlainTextEdit *m_payload;
    QLabel *m_payloadError;
    QLabel *m_scheduleError;
    QLabel *m_preview;
    QStringList m_previewLines;
    QDialogButtonBox *m_buttons;
};

} // namespace Hookbench::Ui
