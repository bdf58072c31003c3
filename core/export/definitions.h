#pragma once

#include "domain/jsoncodec.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Hookbench::Storage {
class Workspace;
}

// A workspace's definitions — event types, endpoints, receivers, schedules — as one JSON file that another
// workspace can import. The shapes are those of core/domain/jsoncodec.h; secrets travel only when asked.
namespace Hookbench::Export {

// Written as `version`; files with a higher version are refused rather than half understood.
constexpr int kDefinitionsVersion = 1;

struct Definitions
{
    QList<EventType> eventTypes;
    QList<Endpoint> endpoints;
    QList<Receiver> receivers;
    QList<Schedule> schedules;

    bool isEmpty() const
    {
        return eventTypes.isEmpty() && endpoints.isEmpty() && receivers.isEmpty() && schedules.isEmpty();
    }
};

Definitions loadDefinitions(Storage::Workspace &workspace);

// Pure. Lists keep the order given; schedules leave out their run state (fired count, last and next firing).
QJsonObject definitionsToJson(const Definitions &definitions, Json::Secrets secrets, const QDateTime &exportedAt);

// Pure. Refuses files that are not Hookbench definitions or come from a newer version, naming why.
Definitions definitionsFromJson(const QJsonObject &object, QString *error);

enum class ConflictPolicy
{
    Skip, // a definition whose name is taken by a different one is left out
    Rename, // it is imported under a free name ("name_2" for event types, "name-2" otherwise)
};

struct ImportItem
{
    enum class Action
    {
        Added,
        Renamed, // added under `newName`
        Unchanged, // an identical definition is already there
        Skipped, // the name is taken by a different definition
        Failed, // the workspace refused it; `detail` says why
    };

    QString kind; // "event type", "endpoint", "receiver", "schedule"
    QString name;
    Action action = Action::Added;
    QString newName;
    QString detail;
};

struct ImportReport
{
    QList<ImportItem> items;
    // The file holds definitions the workspace refuses (the Failed items): nothing of it was stored.
    bool refused = false;

    int count(ImportItem::Action action) const;
    bool hasFailures() const { return count(ImportItem::Action::Failed) > 0; }
};

// Adds the definitions to the workspace; never overwrites an existing one. When any definition is one the workspace
// refuses (a damaged file), nothing is added: the report lists what is wrong and says `refused`. Renamed event types
// are followed by the imported endpoints' subscriptions and schedules. Endpoints whose scheme needs a secret the file
// does not carry get a freshly generated one (reported in `detail`).
ImportReport importDefinitions(Storage::Workspace &workspace, const Definitions &definitions, ConflictPolicy policy);

// One line per item for people: "added event type issues.opened", "skipped endpoint ci: …".
QString describe(const ImportItem &item);
QString actionName(ImportItem::Action action);

} // namespace Hookbench::Export
