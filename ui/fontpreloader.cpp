#include "fontpreloader.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QThread>

namespace Hookbench::Ui {

FontPreloader::FontPreloader()
    : m_thread(QThread::create([] {
        // Fills the font database, then matches the application's font, as the window's first text will.
        QFontDatabase::families();
        QFontMetrics(QGuiApplication::font()).height();
    }))
{
    m_thread->start();
}

FontPreloader::~FontPreloader()
{
    m_thread->wait();
}

} // namespace Hookbench::Ui
