#include "apipage.h"

#include "format.h"
#include "icons.h"
#include "session.h"
#include "storage/workspace.h"
#include "subscriptions/apisettings.h"
#include "subscriptions/managementserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace Hookbench::Ui {

namespace {

QWidget *withCopyButton(QLineEdit *field, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    field->setReadOnly(true);
    layout->addWidget(field, 1);
    auto *copy = new QPushButton(Icons::themed(QStringLiteral("copy")),
                                 QApplication::translate("Hookbench::Ui::ApiPage", "Copy"), row);
    copy->setObjectName(field->objectName() + QStringLiteral("Copy"));
    QObject::connect(copy, &QPushButton::clicked, field,
                     [field] { QGuiApplication::clipboard()->setText(field->text()); });
    layout->addWidget(copy);
    return row;
}

QString apiTitle(const QString &api)
{
    if (api == QLatin1String("github"))
        return ApiActivityModel::tr("GitHub");
    if (api == QLatin1String("google"))
        return ApiActivityModel::tr("Google");
    if (api == QLatin1String("websub"))
        return ApiActivityModel::tr("WebSub");
    if (api == QLatin1String("generic"))
        return ApiActivityModel::tr("Generic");
    return api;
}

QString outcomeTitle(Storage::ApiActivity::Outcome outcome)
{
    switch (outcome) {
    case Storage::ApiActivity::Outcome::Ok:
        return ApiActivityModel::tr("OK");
    case Storage::ApiActivity::Outcome::Refused:
        return ApiActivityModel::tr("Refused");
    case Storage::ApiActivity::Outcome::Error:
        break;
    }
    return ApiActivityModel::tr("Error");
}

} // namespace

ApiActivityModel::ApiActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ApiActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApiActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Storage::ApiActivity &a = m_rows.at(index.row());
    switch (role) {
    case OutcomeRole:
        return int(a.outcome);
    case IdRole:
        return a.id;
    case Qt::ToolTipRole:
        return a.message;
    case Qt::DecorationRole:
        if (index.column() != Outcome)
            return {};
        return Icons::coloured(a.outcome == Storage::ApiActivity::Outcome::Ok ? QStringLiteral("verdict-valid")
                                                                              : QStringLiteral("verdict-invalid"));
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return Format::logTime(a.at, m_utc, QDateTime::currentDateTimeUtc());
        case Api:
            return apiTitle(a.api);
        case Action:
            return a.action;
        case Subject:
            return a.subject;
        case Outcome:
            return outcomeTitle(a.outcome);
        case Message:
            return a.message;
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ApiActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Api:
        return tr("API");
    case Action:
        return tr("Action");
    case Subject:
        return tr("URL or hook");
    case Outcome:
        return tr("Outcome");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

void ApiActivityModel::setActivities(const QList<Storage::ApiActivity> &activities)
{
    beginResetModel();
    m_rows = activities.mid(0, MaxRows);
    endResetModel();
}

void ApiActivityModel::prepend(const Storage::ApiActivity &activity)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend(activity);
    endInsertRows();
    if (m_rows.size() > MaxRows) {
        beginRemoveRows({}, MaxRows, int(m_rows.size()) - 1);
        m_rows.resize(MaxRows);
        endRemoveRows();
    }
}

void ApiActivityModel::setUtcTimes(bool utc)
{
    if (m_utc == utc)
        return;
    m_utc = utc;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Time), index(int(m_rows.size()) - 1, Time), {Qt::DisplayRole});
}

ApiPage::ApiPage(Session &session, QWidget *parent)
    : Section(parent)
    , m_session(session)
    , m_server(new Subscriptions::ManagementServer(session.workspace(), session.engine(), this))
    , m_switch(new QCheckBox(tr("&Serve the subscription APIs on this computer (loopback only)"), this))
    , m_port(new QSpinBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_guide(new QTextBrowser(this))
    , m_activity(new ApiActivityModel(this))
    , m_activityView(new QTreeView(this))
{
    m_switch->setObjectName(QStringLiteral("apiSwitch"));
    m_activityView->setObjectName(QStringLiteral("apiActivity"));
    m_activityView->setModel(m_activity);
    m_activityView->setRootIsDecorated(false);
    m_activityView->setUniformRowHeights(true);
    m_activityView->setAlternatingRowColors(true);
    m_activityView->header()->setStretchLastSection(true);
    m_activity->setUtcTimes(session.utcTimes());
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_baseUrl->setObjectName(QStringLiteral("apiBaseUrl"));
    m_token->setObjectName(QStringLiteral("apiToken"));
    m_guide->setOpenExternalLinks(false);
    m_status->setWordWrap(true);

    auto *renew = new QPushButton(tr("New token"), this);
    auto *form = new QFormLayout;
    form->addRow(m_switch);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Base URL:"), withCopyButton(m_baseUrl, this));
    auto *tokenRow = withCopyButton(m_token, this);
    tokenRow->layout()->addWidget(renew);
    form->addRow(tr("Token:"), tokenRow);
    form->addRow(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Point your application here</b>"), this));
    layout->addWidget(m_guide, 1);
    layout->addWidget(
        new QLabel(tr("<b>Recent activity</b> (registrations, refusals and WebSub verifications)"), this));
    layout->addWidget(m_activityView, 1);

    connect(m_switch, &QCheckBox::toggled, this, &ApiPage::setServing);
    connect(renew, &QPushButton::clicked, this, &ApiPage::newToken);
    connect(m_server, &Subscriptions::ManagementServer::endpointsChanged, &m_session, &Session::endpointsEdited);
    connect(m_server, &Subscriptions::ManagementServer::verificationFinished, this,
            [this](const Subscriptions::VerificationRecord &r) {
                emit message(
                    r.confirmed
                        ? tr("WebSub %1 confirmed by %2").arg(r.intent.mode, r.intent.callback.toString())
                        : tr("WebSub %1 refused by %2: %3").arg(r.intent.mode, r.intent.callback.toString(), r.detail));
            });

    connect(m_server, &Subscriptions::ManagementServer::activityRecorded, m_activity, &ApiActivityModel::prepend);
    connect(&m_session, &Session::timeDisplayChanged, m_activity,
            [this] { m_activity->setUtcTimes(m_session.utcTimes()); });
    m_activity->setActivities(session.workspace().apiActivity().recent(ApiActivityModel::MaxRows));

    const Subscriptions::ApiSettings settings = Subscriptions::loadApiSettings(session.workspace().settings());
    m_port->setValue(settings.port);
    if (settings.enabled)
        setServing(true);
    updateView();
}

ApiPage::~ApiPage() = default;

QIcon ApiPage::icon() const
{
    return Icons::themed(QStringLiteral("link"));
}

void ApiPage::refresh()
{
    // `hookbench api` in another process may have added records.
    m_activity->setActivities(m_session.workspace().apiActivity().recent(ApiActivityModel::MaxRows));
    updateView();
}

bool ApiPage::isServing() const
{
    return m_server->isListening();
}

QString ApiPage::baseUrl() const
{
    return m_server->isListening() ? m_server->baseUrl() : QString();
}

QString ApiPage::token() const
{
    return m_token->text();
}

void ApiPage::setServing(bool on)
{
    Storage::SettingsStore &store = m_session.workspace().settings();
    Subscriptions::ApiSettings settings = Subscriptions::loadApiSettings(store);
    settings.token = Subscriptions::ensureApiToken(store);
    settings.port = quint16(m_port->value());
    settings.enabled = on;
    QString why;
    if (!Subscriptions::saveApiSettings(store, settings, &why))
        emit message(why);
    m_status->clear();
    if (on && !m_server->isListening() && !m_server->start(settings.port, settings.token, &why))
        m_status->setText(tr("Cannot serve the APIs: %1").arg(why));
    else if (!on)
        m_server->stop();
    updateView();
}

void ApiPage::newToken()
{
    Storage::SettingsStore &store = m_session.workspace().settings();
    Subscriptions::ApiSettings settings = Subscriptions::loadApiSettings(store);
    settings.token = Subscriptions::generateApiToken();
    QString why;
    if (!Subscriptions::saveApiSettings(store, settings, &why)) {
        emit message(why);
        return;
    }
    // Applications must use the new token from now on: serve again with it.
    if (m_server->isListening()) {
        m_server->stop();
        setServing(true);
    }
    updateView();
}

void ApiPage::updateView()
{
    const QSignalBlocker blocker(m_switch);
    m_switch->setChecked(m_server->isListening());
    m_port->setEnabled(!m_server->isListening());
    m_baseUrl->setText(baseUrl());
    m_baseUrl->setPlaceholderText(tr("Not serving"));
    m_token->setText(Subscriptions::ensureApiToken(m_session.workspace().settings()));
    m_guide->setHtml(guide());
}

QString ApiPage::guide() const
{
    const QString base = m_server->isListening() ? m_server->baseUrl() : QStringLiteral("http://127.0.0.1:PORT");
    const QString token = m_token->text().toHtmlEscaped();
    return tr("<p>Applications register their webhooks here as they would with the provider; Hookbench then "
              "delivers to them as the provider does, and every delivery appears in the Deliveries section. "
              "Every request needs the token, as <code>Authorization: Bearer %2</code>.</p>"
              "<p><b>GitHub</b> — use <code>%1</code> as the API base URL (Octokit: <code>baseUrl</code>; "
              "Enterprise clients: the server URL). <code>POST /repos/OWNER/REPO/hooks</code> creates a hook and "
              "sends <code>ping</code>; list, edit, delete, ping, test (the latest push) and redeliver work as on "
              "GitHub.</p>"
              "<p><b>Google Calendar</b> — use <code>%1</code> as the root URL (google-api clients: "
              "<code>rootUrl</code> / <code>client_options={\"api_endpoint\": …}</code>). "
              "<code>events.watch</code> opens a channel and sends <code>sync</code>; "
              "<code>channels.stop</code> ends it. Channels expire.</p>"
              "<p><b>WebSub</b> — advertise the hub <code>%1/hub?access_token=%2</code>. Subscriptions take effect "
              "once the callback echoes <code>hub.challenge</code>; topics ending in <code>/topics/EVENT</code> "
              "receive that event type, any other topic every event. Leases expire. Publishers ping it with "
              "<code>hub.mode=publish</code> and <code>hub.url</code>; the topic's newest event goes to its "
              "subscribers.</p>"
              "<p><b>Anything else</b> — <code>POST %1/hooks</code> with "
              "<code>{\"url\": …, \"events\": [\"newfollower\"], \"secret\": …}</code>.</p>"
              "<p>When a registration fails, <b>Recent activity</b> below says why.</p>")
        .arg(base.toHtmlEscaped(), token);
}

} // namespace Hookbench::Ui
