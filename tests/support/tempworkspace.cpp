#include "tempworkspace.h"

namespace Hookbench::Test {

TempWorkspace::TempWorkspace()
    : m_path(m_dir.filePath(QStringLiteral("test.hookbench")))
{ }

} // namespace Hookbench::Test
