#pragma once

#include <QString>

namespace Hookbench::Storage {

// The kinds of definitions whose names are unique in a workspace.
enum class NamedKind
{
    EventType,
    Endpoint,
    Receiver,
};

// The store's own sentence for a name another item of `kind` already has, translated: the editors show it as the
// name is typed, the stores when a save is refused.
QString nameTakenMessage(NamedKind kind, const QString &name);

} // namespace Hookbench::Storage
