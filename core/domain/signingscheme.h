#pragma once

#include <QString>

#include <optional>

namespace Hookbench {

enum class SigningScheme
{
    None,
    StandardWebhooks,
    GitHub,
    Stripe,
    CustomHmac,
};

enum class HmacAlgorithm
{
    Sha1,
    Sha256,
    Sha512,
};

enum class SignatureEncoding
{
    Hex,
    Base64,
};

// What a custom HMAC signature covers and how it is written. Defaults give `X-Signature: <hex sha256(body)>`.
struct CustomHmacOptions
{
    QString headerName = QStringLiteral("X-Signature");
    HmacAlgorithm algorithm = HmacAlgorithm::Sha256;
    SignatureEncoding encoding = SignatureEncoding::Hex;
    QString prefix;
    // When set, the signed content is "<timestamp>.<body>" and the timestamp travels in timestampHeader.
    bool signTimestamp = false;
    QString timestampHeader = QStringLiteral("X-Timestamp");

    friend bool operator==(const CustomHmacOptions &, const CustomHmacOptions &) = default;
};

// Stable names used by the CLI, storage and exports: none, standard, github, stripe, hmac.
QString schemeName(SigningScheme scheme);
std::optional<SigningScheme> schemeFromName(const QString &name);
QString schemeDisplayName(SigningScheme scheme);

QString algorithmName(HmacAlgorithm algorithm);
std::optional<HmacAlgorithm> algorithmFromName(const QString &name);

} // namespace Hookbench
