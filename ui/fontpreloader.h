#pragma once

#include <QtGlobal>

#include <memory>

class QThread;

namespace Hookbench::Ui {

// Reads the system's font configuration on a thread of its own while the GUI thread opens the workspace and
// starts building the window. Fontconfig parses its configuration and scans the installed fonts once per process,
// about a third of what the GUI thread spends before the first paint; Qt's font database may be filled from any
// thread (it holds its own lock, which the GUI thread waits on only if it needs a font before the thread is done).
// Made right after the QApplication; waits for the thread when destroyed.
class FontPreloader final
{
    Q_DISABLE_COPY_MOVE(FontPreloader)

public:
    FontPreloader();
    ~FontPreloader();

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace Hookbench::Ui
