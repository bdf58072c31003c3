#pragma once

#include <QIcon>
#include <QWidget>

class QSettings;

namespace Hookbench::Ui {

// One section of the main window. The window's shared commands (New, Refresh, Find, Send) act on the section
// shown; each section also brings its own actions for the menus and its tool bar.
class Section : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // Stable name for settings and screenshots ("deliveries").
    virtual QString key() const = 0;

    virtual bool canCreate() const { return false; }
    virtual void create() { }
    virtual void refresh() = 0;
    virtual void focusFilter() { }
    virtual bool canSend() const { return false; }
    virtual void send() { }
    // The section's own commands, for the menu named by menuTitle() (empty: no menu).
    virtual QList<QAction *> sectionActions() const { return {}; }
    virtual QString menuTitle() const { return {}; }
    // Asks to leave: false when the user chose to stay (unsaved changes).
    virtual bool confirmLeave() { return true; }

    virtual void saveState(QSettings &settings) const { Q_UNUSED(settings); }
    virtual void restoreState(const QSettings &settings) { Q_UNUSED(settings); }

signals:
    // Something worth a line in the status bar happened ("Redelivery queued").
    void message(const QString &text);
    // canCreate()/canSend() changed.
    void commandsChanged();
};

} // namespace Hookbench::Ui
