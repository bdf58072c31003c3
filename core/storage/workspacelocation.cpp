#include "workspacelocation.h"

#include <QDir>
#include <QStandardPaths>

namespace Hookbench::Storage {

QString defaultWorkspacePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/Hookbench");
    return QDir(dir).filePath(QStringLiteral("workspace.hookbench"));
}

} // namespace Hookbench::Storage
