#pragma once

#include "domain/eventtype.h"
#include "section.h"

class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Hookbench::Ui {

class EmptyState;
class EventTypeEditor;
class EventTypeModel;
class Session;

// Event types: a filterable list and the editor of the selected one.
class EventTypesPage final : public Section
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTypesPage)

public:
    explicit EventTypesPage(Session &session, QWidget *parent = nullptr);

    QString title() const override { return tr("Event types"); }
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("event-types"); }
    bool canCreate() const override { return true; }
    void create() override;
    void refresh() override;
    void focusFilter() override;
    bool confirmLeave() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;

    EventTypeModel *model() const { return m_model; }
    EventTypeEditor *editor() const { return m_editor; }
    QTableView *view() const { return m_view; }
    // Selects and opens an event type by name; false when there is none.
    bool open(const QString &name);
    // What the delete confirmation asks: it names the schedules that fire the event type, which cannot fire
    // without it.
    QString removalQuestion(const EventType &eventType) const;

private:
    void currentChanged();
    void save();
    void remove();
    void updateEmptyState();
    void selectId(qint64 id);

    Session &m_session;
    EventTypeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QStackedWidget *m_listStack;
    QStackedWidget *m_editorStack;
    EmptyState *m_empty;
    EventTypeEditor *m_editor;
    QSplitter *m_splitter;
    qint64 m_shownId = -1;
    bool m_selecting = false;
};

} // namespace Hookbench::Ui
