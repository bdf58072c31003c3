#pragma once

#include "section.h"
#include "storage/apiactivitystore.h"

#include <QAbstractTableModel>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTextBrowser;
class QTreeView;

namespace Hookbench::Subscriptions {
class ManagementServer;
}

namespace Hookbench::Ui {

class Session;

// The subscription APIs' recent activity, newest first: what was registered, and every refusal with its reason.
class ApiActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiActivityModel)

public:
    enum Column
    {
        Time,
        Api,
        Action,
        Subject,
        Outcome,
        Message,
        ColumnCount,
    };
    enum Role
    {
        OutcomeRole = Qt::UserRole, // Storage::ApiActivity::Outcome as int
        IdRole,
    };
    // The list shows the newest records only; the workspace keeps more (`hookbench api --activity`).
    static constexpr int MaxRows = 200;

    explicit ApiActivityModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Newest first, as the store lists them.
    void setActivities(const QList<Storage::ApiActivity> &activities);
    // A record that just happened goes on top.
    void prepend(const Storage::ApiActivity &activity);
    const Storage::ApiActivity &activityAt(int row) const { return m_rows.at(row); }
    void setUtcTimes(bool utc);

private:
    QList<Storage::ApiActivity> m_rows;
    bool m_utc = false;
};

// The subscription APIs section: an on/off switch that serves them while the window is open (and is kept in the
// workspace, so `hookbench run` serves them too), the base URL and token to copy, and a short guide per provider
// on pointing an application at Hookbench. The serving itself is core's ManagementServer.
class ApiPage final : public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiPage)

public:
    explicit ApiPage(Session &session, QWidget *parent = nullptr);
    ~ApiPage() override;

    QString title() const override { return tr("Subscription APIs"); }
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("api"); }
    void refresh() override;

    bool isServing() const;
    QString baseUrl() const;
    QString token() const;
    // Turns serving on or off, as the switch does, and keeps the choice in the workspace.
    void setServing(bool on);
    ApiActivityModel &activity() const { return *m_activity; }

private:
    void newToken();
    void updateView();
    QString guide() const;

    Session &m_session;
    Subscriptions::ManagementServer *m_server;
    QCheckBox *m_switch;
    QSpinBox *m_port;
    QLineEdit *m_baseUrl;
    QLineEdit *m_token;
    QLabel *m_status;
    QTextBrowser *m_guide;
    ApiActivityModel *m_activity;
    QTreeView *m_activityView;
};

} // namespace Hookbench::Ui
