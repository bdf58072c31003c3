#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Hookbench::Ui {

// What a section shows while it has nothing to list: what it is for and the first thing to do, with a button
// that does it.
class EmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    EmptyState(const QString &icon, const QString &title, const QString &text, QWidget *parent = nullptr);
    // Adds the call to action; returns the button so the caller can connect it.
    QPushButton *addAction(const QString &text, const QString &icon = {});
    void setText(const QString &text);

private:
    QLabel *m_text;
    QWidget *m_buttons;
};

} // namespace Hookbench::Ui
