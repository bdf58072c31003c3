#pragma once

#include "domain/eventtype.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// Event types from the `webhooks` section of an OpenAPI 3.1 document (JSON): one per webhook, its payload
// template taken from the request body's examples, or generated from its schema when there is none.
namespace Hookbench::Export {

struct OpenApiImport
{
    QList<EventType> eventTypes;
    // Webhooks that were left out or only partly understood, one line each.
    QStringList warnings;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Pure. Local references (`#/components/...`) are resolved; remote ones are reported and left out.
OpenApiImport eventTypesFromOpenApi(const QByteArray &document);

// An event type name for a webhook key: "newPet" -> "new_pet", "order-shipped" -> "order_shipped",
// "repository/created" -> "repository.created". Empty when nothing usable is left.
QString eventTypeNameFor(const QString &webhookName);

// Pure. An example value for a JSON Schema, as Swagger UI would show one: the schema's own examples, const,
// default or first enum value where it has them; otherwise placeholders for date-times ({{now}}) and UUIDs
// ({{uuid}}), "string", 0, true, and objects and arrays built from their parts. `root` resolves local $refs.
// An example stops growing at 5,000 values (a small schema can describe millions); *cutShort then says so.
QJsonValue exampleFromSchema(const QJsonValue &schema, const QJsonObject &root, bool *cutShort = nullptr);

} // namespace Hookbench::Export
