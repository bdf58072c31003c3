#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Hookbench {

// A kind of event users fire, such as `issues.opened`, with the JSON template its payloads start from.
struct EventType
{
    qint64 id = 0;
    QString name;
    QString description;
    QByteArray payloadTemplate = QByteArrayLiteral("{}");
    QDateTime createdAt;

    friend bool operator==(const EventType &, const EventType &) = default;
};

} // namespace Hookbench
