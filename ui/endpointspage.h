#pragma once

#include "section.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Hookbench {
struct Delivery;
}

namespace Hookbench::Ui {

class EmptyState;
class EndpointEditor;
class EndpointModel;
class LatencyChart;
class Session;
class SuccessRateChart;

// Endpoints: the list with live success rate and latency, the selected endpoint's charts, and its editor with
// "Send test". New endpoints start blank or from a provider preset.
class EndpointsPage final : public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointsPage)

public:
    explicit EndpointsPage(Session &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Endpoints"); }
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("endpoints"); }
    bool canCreate() const override { return true; }
    void create() override;
    void refresh() override;
    void focusFilter() override;
    bool canSend() const override;
    // Send test.
    void send() override;
    QList<QAction *> sectionActions() const override;
    QString menuTitle() const override { return tr("E&ndpoint"); }
    bool confirmLeave() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;

    EndpointModel *model() const { return m_model; }
    EndpointEditor *editor() const { return m_editor; }
    QTableView *view() const { return m_view; }

private:
    void currentChanged();
    void selectId(qint64 id);
    void save();
    void remove();
    void createFromPreset();
    void sendTest();
    void testDeliveryChanged(const Hookbench::Delivery &delivery);
    void updateCharts();
    void updateEmptyState();
    void reloadEventTypes();
    void applyDefaultColumnWidths();
    void fitColumnsToWidth();

    Session &m_session;
    EndpointModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QStackedWidget *m_listStack;
    QStackedWidget *m_editorStack;
    EmptyState *m_empty;
    LatencyChart *m_latency;
    SuccessRateChart *m_success;
    EndpointEditor *m_editor;
    QSplitter *m_splitter;
    QAction *m_newFromPreset;
    QAction *m_sendTest;
    QAction *m_showDeliveries;
    qint64 m_shownId = -1;
    qint64 m_testDelivery = 0;
    bool m_selecting = false;
};

} // namespace Hookbench::Ui
