#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Hookbench {

enum class EventSource
{
    Manual,
    Schedule,
    Cli,
    Replay,
    Api,
};

// Something that happened: a rendered payload of one event type, fanned out to its subscribers.
struct Event
{
    qint64 id = 0;
    // Public identifier, e.g. `evt_2Jc9…`; what exports and envelopes carry.
    QString uid;
    QString type;
    QByteArray payload;
    QDateTime createdAt;
    EventSource source = EventSource::Manual;
    // Why subscribed endpoints got no delivery (disabled, expired), one line per endpoint.
    QString fanoutNote;

    friend bool operator==(const Event &, const Event &) = default;
};

QString eventSourceName(EventSource source);
EventSource eventSourceFromName(const QString &name);

} // namespace Hookbench
