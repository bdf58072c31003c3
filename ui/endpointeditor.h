#pragma once

#include "domain/endpoint.h"
#include "editorsupport.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace Hookbench::Ui {

class HeaderModel;

// Edits one endpoint: where and what it receives (URL, subscriptions, method, body, custom headers), how it is
// signed (scheme, secrets masked by default, generated in the scheme's format, a second one for rotation), and
// how it is delivered to (timeout, retry policy with a preview of the attempt times, concurrency and rate,
// circuit breaker, TLS, expiry). Each field's message stands next to it; Save stays disabled while any is
// showing, and tabs with a problem are marked.
class EndpointEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointEditor)

public:
    explicit EndpointEditor(QWidget *parent = nullptr);

    void setEndpoint(const Endpoint &endpoint);
    // The event types offered in the subscription checklist.
    void setEventTypes(const QStringList &names);
    Endpoint endpoint() const;
    bool isDirty() const;
    bool isValid() const;
    void showSaveError(const QString &message);
    // The outcome of "Send test", shown next to its button (rich text).
    void showTestResult(const QString &html);
    QLineEdit *nameEdit() const { return m_name; }
    QTabWidget *tabs() const { return m_tabs; }
    // Tells which endpoint has a name, so that one already taken is refused as it is typed.
    void setNameOwner(EditorSupport::NameOwner owner);

signals:
    void saveRequested();
    void deleteRequested();
    void sendTestRequested();
    void stateChanged();

private:
    QWidget *createGeneralTab();
    QWidget *createHeadersTab();
    QWidget *createSigningTab();
    QWidget *createDeliveryTab();
    void addSecretRow(const QString &secret);
    QStringList secrets() const;
    void schemeChanged();
    void validate();
    // The URL field's problem, judged on the text as typed.
    QString urlError() const;
    QString nameTakenError() const;
    // Parse problems of fields whose text must be converted (durations), by field.
    QString timeoutError() const;
    QString retryError() const;

    Endpoint m_loaded;
    EditorSupport::NameOwner m_nameOwner;
    bool m_loading = false;
    QTabWidget *m_tabs;
    // General
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_url;
    QLabel *m_urlError;
    QCheckBox *m_enabled;
    QLabel *m_disabledReason;
    QCheckBox *m_allEvents;
    QListWidget *m_eventList;
    QLineEdit *m_patterns;
    QLabel *m_eventsError;
    QComboBox *m_method;
    QLabel *m_methodError;
    QComboBox *m_body;
    QCheckBox *m_expires;
    QDateTimeEdit *m_expiresAt;
    // Headers
    HeaderModel *m_headers;
    QTableView *m_headerView;
    QLabel *m_headersError;
    // Signing
    QComboBox *m_scheme;
    QWidget *m_secretsBox;
    QVBoxLayout *m_secretRows;
    QPushButton *m_addSecret;
    QLabel *m_signingError;
    QWidget *m_customBox;
    QLineEdit *m_customHeader;
    QComboBox *m_customAlgorithm;
    QComboBox *m_customEncoding;
    QLineEdit *m_customPrefix;
    QCheckBox *m_customTimestamp;
    QLineEdit *m_customTimestampHeader;
    QCheckBox *m_legacySha1;
    // Delivery
    QLineEdit *m_timeout;
    QLabel *m_timeoutError;
    QRadioButton *m_retrySchedule;
    QRadioButton *m_retryBackoff;
    QStackedWidget *m_retryStack;
    QLineEdit *m_schedule;
    QLineEdit *m_backoffBase;
    QDoubleSpinBox *m_backoffFactor;
    QLineEdit *m_backoffCap;
    QSpinBox *m_backoffAttempts;
    QLabel *m_retryError;
    QLabel *m_retryPreview;
    QCheckBox *m_retryClientErrors;
    QCheckBox *m_followRedirects;
    QSpinBox *m_concurrency;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_breaker;
    QLabel *m_limitsError;
    QCheckBox *m_verifyTls;
    QCheckBox *m_http2;
    // Bottom
    QLabel *m_saveError;
    QLabel *m_testResult;
    QPushButton *m_sendTest;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
};

} // namespace Hookbench::Ui
