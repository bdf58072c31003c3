#include "fontpreloader.h"

#include <QFontDatabase>
#include <QThread>

namespace Hookbench::Ui {

FontPreloader::FontPreloader()
    // Fills the font database. Font engines are made per thread: the GUI thread's are left to it.
    : m_thread(QThread::create([] { QFontDatabase::families(); }))
{
    m_thread->start();
}

FontPreloader::~FontPreloader()
{
    m_thread->wait();
}

} // namespace Hookbench::Ui
