#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Hookbench::Test {

// A private folder with a workspace path inside it; everything is removed when it goes out of scope.
class TempWorkspace
{
public:
    TempWorkspace();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace Hookbench::Test
