#pragma once

#include "stores.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Hookbench::Storage {

// One thing the subscription APIs did or refused: a registration request answered, or a WebSub intent
// verification carried out. Kept in the workspace so a developer can see later why their registration code failed.
struct ApiActivity
{
    enum class Outcome
    {
        Ok,
        Refused, // the request or the subscriber said no (4xx, an unconfirmed intent)
        Error, // something failed on the way (5xx, an unreachable callback)
    };

    qint64 id = 0;
    QDateTime at; // UTC
    QString api; // "github", "google", "websub" or "generic"
    QString action; // "subscribe", "unsubscribe", "verify", "publish", "edit", "ping", "test", "redeliver"…
    QString subject; // the callback, topic, address or hook id the request was about
    Outcome outcome = Outcome::Ok;
    int status = 0; // the HTTP status answered (or received, for a verification); 0 when there was none
    QString message;

    friend bool operator==(const ApiActivity &, const ApiActivity &) = default;
};

QString outcomeName(ApiActivity::Outcome outcome); // "ok", "refused", "error"
ApiActivity::Outcome outcomeFromName(const QString &name);

class ApiActivityStore
{
public:
    virtual ~ApiActivityStore() = default;
    // Sets id (and `at` when it is not set). Only the newest records are kept (see kApiActivityKept).
    virtual WriteResult add(ApiActivity &activity) = 0;
    // Newest first.
    virtual QList<ApiActivity> recent(int limit) const = 0;
};

// The activity log is for finding out what just went wrong, not an audit trail: older records are dropped.
constexpr int kApiActivityKept = 1000;

} // namespace Hookbench::Storage
