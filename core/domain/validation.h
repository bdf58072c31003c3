#pragma once

#include "endpoint.h"
#include "eventtype.h"
#include "receiver.h"

#include <QList>
#include <QString>

namespace Hookbench {

// One thing wrong with user input: which field, and a message a user can act on.
struct ValidationError
{
    QString field;
    QString message;

    friend bool operator==(const ValidationError &, const ValidationError &) = default;
};

using ValidationErrors = QList<ValidationError>;

// Pure checks, shared by the editors, the CLI, the import code and the stores (which refuse to store anything
// that fails them). Each returns an empty string when the input is fine, otherwise the message.
namespace Validation {

QString checkUrl(const QString &url);
QString checkHeaderName(QByteArrayView name);
QString checkHeaderValue(QByteArrayView value);
// A custom HMAC signature's prefix ("sha256="): visible ASCII only. Signatures of several secrets travel in one
// header separated by spaces, so a prefix with a space could never be verified, and a line break would end the
// header.
QString checkSignaturePrefix(const QString &prefix);
// A Standard Webhooks secret: "whsec_" (optional) followed by base64 that decodes to at least one byte. For
// endpoints, which sign with it, and receivers, which verify with it.
QString checkStandardWebhooksSecret(const QString &secret);
// Parses "Name: value" as typed on a command line or in a table.
QString parseHeaderLine(const QString &line, Header *out);
QString checkEventTypeName(const QString &name);
QString checkSubscription(const QString &pattern);
QString checkMethod(QByteArrayView method);
// Valid JSON, with `{{placeholder}}` tokens allowed anywhere a value or part of a string may stand.
// The message names the line and column of the first error.
QString checkPayloadTemplate(const QByteArray &text);
// Plain JSON (no placeholders), same message shape.
QString checkJson(const QByteArray &text);
QString checkEndpointName(const QString &name);

ValidationErrors validate(const EventType &eventType);
ValidationErrors validate(const Endpoint &endpoint);
ValidationErrors validate(const Receiver &receiver);

// "field: message; field: message" for one-line reports (CLI, exceptions in import).
QString describe(const ValidationErrors &errors);

} // namespace Validation
} // namespace Hookbench
