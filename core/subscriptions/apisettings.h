#pragma once

#include "domain/header.h"

#include <QString>
#include <QUrlQuery>

namespace Hookbench::Storage {
class SettingsStore;
}

namespace Hookbench::Subscriptions {

// How a workspace serves the subscription APIs, kept in its settings (`api/enabled`, `api/port`, `api/token`).
struct ApiSettings
{
    bool enabled = false;
    quint16 port = 0; // 0: a free port is picked at every start
    QString token;
};

ApiSettings loadApiSettings(const Storage::SettingsStore &settings);
bool saveApiSettings(Storage::SettingsStore &settings, const ApiSettings &api, QString *error);
// The workspace's token, generated and stored the first time it is asked for.
QString ensureApiToken(Storage::SettingsStore &settings);
// "hbk_" and 24 random base62 characters (about 143 bits).
QString generateApiToken();

enum class TokenCheck
{
    Accepted,
    Missing,
    Wrong,
};

// The token travels as `Authorization: Bearer T` (Google, WebSub, generic), `Authorization: token T` (GitHub's
// classic form) or as an `access_token` query parameter (Google's, and the only choice for a WebSub library that
// cannot add headers). Compared in constant time.
TokenCheck checkToken(const HeaderList &headers, const QUrlQuery &query, const QString &token);

} // namespace Hookbench::Subscriptions
