#pragma once

#include <QString>

namespace Hookbench::Storage {

// `<AppDataLocation>/workspace.hookbench`, the workspace used when no --workspace is given.
QString defaultWorkspacePath();

} // namespace Hookbench::Storage
