#pragma once

#include "section.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTextBrowser;

namespace Hookbench::Subscriptions {
class ManagementServer;
}

namespace Hookbench::Ui {

class Session;

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
};

} // namespace Hookbench::Ui
