#include "apisettings.h"

#include "signing/signer.h"
#include "storage/stores.h"
#include "util/ids.h"

namespace Hookbench::Subscriptions {

namespace {

const QString kEnabled = QStringLiteral("api/enabled");
const QString kPort = QStringLiteral("api/port");
const QString kToken = QStringLiteral("api/token");

} // namespace

ApiSettings loadApiSettings(const Storage::SettingsStore &settings)
{
    ApiSettings api;
    api.enabled = settings.value(kEnabled) == QLatin1String("true");
    api.port = quint16(qBound(0, settings.value(kPort).toInt(), 65535));
    api.token = settings.value(kToken);
    return api;
}

bool saveApiSettings(Storage::SettingsStore &settings, const ApiSettings &api, QString *error)
{
    for (const auto &[key, value] :
         {std::pair {kEnabled, api.enabled ? QStringLiteral("true") : QStringLiteral("false")},
          std::pair {kPort, QString::number(api.port)}, std::pair {kToken, api.token}}) {
        if (const Storage::WriteResult r = settings.setValue(key, value); !r) {
            *error = r.error;
            return false;
        }
    }
    return true;
}

QString generateApiToken()
{
    return Ids::uid(QLatin1StringView("hbk_"));
}

QString ensureApiToken(Storage::SettingsStore &settings)
{
    QString token = settings.value(kToken);
    if (token.isEmpty()) {
        token = generateApiToken();
        settings.setValue(kToken, token);
    }
    return token;
}

TokenCheck checkToken(const HeaderList &headers, const QUrlQuery &query, const QString &token)
{
    QByteArray given;
    const QByteArray authorization = headerValue(headers, "Authorization").trimmed();
    if (!authorization.isEmpty()) {
        const qsizetype space = authorization.indexOf(' ');
        const QByteArray kind = authorization.left(space).toLower();
        if (space < 0 || (kind != "bearer" && kind != "token"))
            return TokenCheck::Wrong;
        given = authorization.mid(space + 1).trimmed();
    } else if (query.hasQueryItem(QStringLiteral("access_token"))) {
        given = query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded).toUtf8();
    } else {
        return TokenCheck::Missing;
    }
    if (token.isEmpty() || !Signing::constantTimeEquals(given, token.toUtf8()))
        return TokenCheck::Wrong;
    return TokenCheck::Accepted;
}

} // namespace Hookbench::Subscriptions
