#pragma once

#include "apiactivitystore.h"
#include "sqldefinitionstores.h"

namespace Hookbench::Storage {

// The subscription APIs' activity log in the workspace's `api_activity` table (schema step 3).
class SqlApiActivityStore final : public ApiActivityStore, private SqlStore
{
public:
    explicit SqlApiActivityStore(QString connectionName)
        : SqlStore(std::move(connectionName))
    { }
    WriteResult add(ApiActivity &activity) override;
    QList<ApiActivity> recent(int limit) const override;
};

} // namespace Hookbench::Storage
