#include "signingscheme.h"

#include <QCoreApplication>

namespace Hookbench {

QString schemeName(SigningScheme scheme)
{
    switch (scheme) {
    case SigningScheme::None:
        return QStringLiteral("none");
    case SigningScheme::StandardWebhooks:
        return QStringLiteral("standard");
    case SigningScheme::GitHub:
        return QStringLiteral("github");
    case SigningScheme::Stripe:
        return QStringLiteral("stripe");
    case SigningScheme::CustomHmac:
        return QStringLiteral("hmac");
    }
    return QStringLiteral("none");
}

std::optional<SigningScheme> schemeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (SigningScheme s : {SigningScheme::None, SigningScheme::StandardWebhooks, SigningScheme::GitHub,
                            SigningScheme::Stripe, SigningScheme::CustomHmac}) {
        if (schemeName(s) == n)
            return s;
    }
    if (n == QLatin1String("standard-webhooks") || n == QLatin1String("svix"))
        return SigningScheme::StandardWebhooks;
    return std::nullopt;
}

QString schemeDisplayName(SigningScheme scheme)
{
    switch (scheme) {
    case SigningScheme::None:
        return QCoreApplication::translate("Hookbench", "No signature");
    case SigningScheme::StandardWebhooks:
        return QCoreApplication::translate("Hookbench", "Standard Webhooks");
    case SigningScheme::GitHub:
        return QCoreApplication::translate("Hookbench", "GitHub");
    case SigningScheme::Stripe:
        return QCoreApplication::translate("Hookbench", "Stripe");
    case SigningScheme::CustomHmac:
        return QCoreApplication::translate("Hookbench", "Custom HMAC");
    }
    return {};
}

QString algorithmName(HmacAlgorithm algorithm)
{
    switch (algorithm) {
    case HmacAlgorithm::Sha1:
        return QStringLiteral("sha1");
    case HmacAlgorithm::Sha256:
        return QStringLiteral("sha256");
    case HmacAlgorithm::Sha512:
        return QStringLiteral("sha512");
    }
    return QStringLiteral("sha256");
}

std::optional<HmacAlgorithm> algorithmFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-'));
    if (n == QLatin1String("sha1"))
        return HmacAlgorithm::Sha1;
    if (n == QLatin1String("sha256"))
        return HmacAlgorithm::Sha256;
    if (n == QLatin1String("sha512"))
        return HmacAlgorithm::Sha512;
    return std::nullopt;
}

} // namespace Hookbench
