#pragma once

#include "sqldefinitionstores.h"
#include "stores.h"

namespace Hookbench::Storage {

class SqlLeaseStore final : public LeaseStore, private SqlStore
{
public:
    explicit SqlLeaseStore(QString connectionName)
        : SqlStore(std::move(connectionName))
    { }
    bool hold(const QString &key, const QString &holder, qint64 nowMs, qint64 ttlMs, QString *error = nullptr) override;
    void release(const QString &key, const QString &holder) override;
    QStringList holders(const QString &prefix, qint64 nowMs) const override;
};

} // namespace Hookbench::Storage
