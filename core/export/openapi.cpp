#include "openapi.h"

#include "domain/validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Hookbench::Export {

namespace {

// Schemas nest; anything deeper than this is cut short (self-referencing schemas would never end).
constexpr int kMaxDepth = 12;
// And they branch: a schema whose properties refer to another schema several times each, a dozen levels deep,
// describes millions of values from a few kilobytes (four properties, twelve levels: 16 million, and 1.5 GB before
// an import was stopped). An example stops growing after this many values; real payloads have far fewer.
constexpr int kMaxValues = 5000;

// What one example is being made from, and how much of it may still be made.
struct ExampleBudget
{
    const QJsonObject &root;
    int valuesLeft = kMaxValues;
    bool cutShort = false;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Hookbench::Export", text);
}

// Follows a local JSON pointer ("#/components/schemas/Pet"); undefined when it leads nowhere.
QJsonValue resolvePointer(const QString &ref, const QJsonObject &root)
{
    if (!ref.startsWith(QLatin1String("#/")))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue node = root;
    for (QString part : ref.mid(2).split(QLatin1Char('/'))) {
        part.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        if (node.isObject())
            node = node.toObject().value(part);
        else if (node.isArray())
            node = node.toArray().at(part.toInt());
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return node;
}

// Replaces a `{"$ref": …}` object by what it points to, following chains; `seen` stops cycles.
QJsonValue dereference(QJsonValue value, const QJsonObject &root, QSet<QString> &seen)
{
    while (value.isObject() && value.toObject().contains(QLatin1String("$ref"))) {
        const QString ref = value.toObject().value(QLatin1String("$ref")).toString();
        if (seen.contains(ref))
            return QJsonValue(QJsonValue::Undefined);
        seen.insert(ref);
        value = resolvePointer(ref, root);
    }
    return value;
}

QJsonValue dereference(const QJsonValue &value, const QJsonObject &root)
{
    QSet<QString> seen;
    return dereference(value, root, seen);
}

QJsonValue example(const QJsonValue &schemaValue, ExampleBudget &budget, QSet<QString> refs, int depth);

QJsonValue exampleForType(const QString &type, const QJsonObject &s, ExampleBudget &budget, const QSet<QString> &refs,
                          int depth)
{
    if (type == QLatin1String("object") || (type.isEmpty() && s.contains(QLatin1String("properties")))) {
        QJsonObject out;
        const QJsonObject properties = s.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QJsonValue v = example(it.value(), budget, refs, depth + 1);
            if (!v.isUndefined())
                out.insert(it.key(), v);
        }
        return out;
    }
    if (type == QLatin1String("array")) {
        if (s.value(QLatin1String("prefixItems")).isArray()) {
            QJsonArray out;
            for (const QJsonValue &item : s.value(QLatin1String("prefixItems")).toArray())
                out.append(example(item, budget, refs, depth + 1));
            return out;
        }
        const QJsonValue item = example(s.value(QLatin1String("items")), budget, refs, depth + 1);
        return item.isUndefined() ? QJsonArray() : QJsonArray {item};
    }
    if (type == QLatin1String("string")) {
        const QString format = s.value(QLatin1String("format")).toString();
        if (format == QLatin1String("date-time"))
            return QStringLiteral("{{now}}");
        if (format == QLatin1String("uuid"))
            return QStringLiteral("{{uuid}}");
        if (format == QLatin1String("date"))
            return QStringLiteral("2024-01-01");
        if (format == QLatin1String("email"))
            return QStringLiteral("user@example.com");
        if (format == QLatin1String("uri") || format == QLatin1String("url"))
            return QStringLiteral("https://example.com/");
        return QStringLiteral("string");
    }
    if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        const QJsonValue minimum = s.value(QLatin1String("minimum"));
        return minimum.isDouble() ? minimum.toDouble() : 0;
    }
    if (type == QLatin1String("boolean"))
        return true;
    if (type == QLatin1String("null"))
        return QJsonValue(QJsonValue::Null);
    return QJsonObject();
}

QJsonValue example(const QJsonValue &schemaValue, ExampleBudget &budget, QSet<QString> refs, int depth)
{
    if (depth > kMaxDepth)
        return QJsonValue(QJsonValue::Undefined);
    if (budget.valuesLeft <= 0) {
        budget.cutShort = true;
        return QJsonValue(QJsonValue::Undefined);
    }
    --budget.valuesLeft;
    const QJsonValue resolved = dereference(schemaValue, budget.root, refs);
    if (!resolved.isObject())
        return resolved.isBool() ? QJsonValue(QJsonObject()) : QJsonValue(QJsonValue::Undefined);
    const QJsonObject s = resolved.toObject();

    if (s.value(QLatin1String("examples")).isArray() && !s.value(QLatin1String("examples")).toArray().isEmpty())
        return s.value(QLatin1String("examples")).toArray().first();
    for (const char *key : {"example", "const", "default"}) {
        if (s.contains(QLatin1String(key)))
            return s.value(QLatin1String(key));
    }
    if (s.value(QLatin1String("enum")).isArray() && !s.value(QLatin1String("enum")).toArray().isEmpty())
        return s.value(QLatin1String("enum")).toArray().first();

    if (s.value(QLatin1String("allOf")).isArray()) {
        QJsonObject merged;
        for (const QJsonValue &part : s.value(QLatin1String("allOf")).toArray()) {
            const QJsonValue v = example(part, budget, refs, depth + 1);
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                merged.insert(it.key(), it.value());
        }
        const QJsonValue own = exampleForType(QStringLiteral("object"), s, budget, refs, depth);
        const QJsonObject ownObject = own.toObject();
        for (auto it = ownObject.begin(); it != ownObject.end(); ++it)
            merged.insert(it.key(), it.value());
        return merged;
    }
    for (const char *key : {"oneOf", "anyOf"}) {
        const QJsonArray choices = s.value(QLatin1String(key)).toArray();
        if (!choices.isEmpty())
            return example(choices.first(), budget, refs, depth + 1);
    }

    QString type;
    const QJsonValue typeValue = s.value(QLatin1String("type"));
    if (typeValue.isString()) {
        type = typeValue.toString();
    } else if (typeValue.isArray()) {
        // 3.1 writes nullable as ["string", "null"]: show the non-null one.
        for (const QJsonValue &t : typeValue.toArray()) {
            if (t.toString() != QLatin1String("null")) {
                type = t.toString();
                break;
            }
        }
        if (type.isEmpty())
            type = QStringLiteral("null");
    }
    return exampleForType(type, s, budget, refs, depth);
}

// The JSON media type of a request body: application/json, else any "+json" or "/json", else the first one.
QJsonObject jsonMediaType(const QJsonObject &content)
{
    if (content.contains(QLatin1String("application/json")))
        return content.value(QLatin1String("application/json")).toObject();
    for (auto it = content.begin(); it != content.end(); ++it) {
        if (it.key().contains(QLatin1String("json")))
            return it.value().toObject();
    }
    return content.isEmpty() ? QJsonObject() : content.begin().value().toObject();
}

} // namespace

QString eventTypeNameFor(const QString &webhookName)
{
    QString name;
    for (qsizetype i = 0; i < webhookName.size(); ++i) {
        const QChar c = webhookName.at(i);
        // camelCase word boundary.
        if (c.isUpper() && i > 0 && (webhookName.at(i - 1).isLower() || webhookName.at(i - 1).isDigit()))
            name += QLatin1Char('_');
        if (c == QLatin1Char('/') || c == QLatin1Char('.'))
            name += QLatin1Char('.');
        else if (c.isLetterOrNumber() && c.unicode() < 128)
            name += c.toLower();
        else
            name += QLatin1Char('_');
    }
    static const QRegularExpression underscores(QStringLiteral("_+"));
    name.replace(underscores, QStringLiteral("_"));
    QStringList segments;
    for (QString segment : name.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        while (segment.startsWith(QLatin1Char('_')))
            segment.remove(0, 1);
        while (segment.endsWith(QLatin1Char('_')))
            segment.chop(1);
        if (segment.isEmpty())
            continue;
        // A segment must start with a letter.
        if (segment.at(0).isDigit())
            segment.prepend(QLatin1String("x"));
        segments.append(segment);
    }
    return segments.join(QLatin1Char('.'));
}

QJsonValue exampleFromSchema(const QJsonValue &schema, const QJsonObject &root, bool *cutShort)
{
    ExampleBudget budget {root};
    const QJsonValue v = example(schema, budget, {}, 0);
    if (cutShort)
        *cutShort = budget.cutShort;
    return v.isUndefined() ? QJsonValue(QJsonObject()) : v;
}

OpenApiImport eventTypesFromOpenApi(const QByteArray &document)
{
    OpenApiImport result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("The document is not JSON (%1 at offset %2); convert YAML documents to JSON first.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonObject root = doc.object();
    const QString version = root.value(QLatin1String("openapi")).toString();
    if (version.isEmpty()) {
        result.error = tr("The document has no \"openapi\" field; it is not an OpenAPI document.");
        return result;
    }
    if (!root.value(QLatin1String("webhooks")).isObject()) {
        result.error = version.startsWith(QLatin1String("3.1"))
            ? tr("The document has no \"webhooks\" section.")
            : tr("The document is OpenAPI %1, which has no \"webhooks\" section; webhooks came with OpenAPI 3.1.")
                  .arg(version);
        return result;
    }
    if (!version.startsWith(QLatin1String("3.1")))
        result.warnings << tr("The document says OpenAPI %1; read as 3.1.").arg(version);

    const QJsonObject webhooks = root.value(QLatin1String("webhooks")).toObject();
    QSet<QString> names;
    for (auto it = webhooks.begin(); it != webhooks.end(); ++it) {
        const QString key = it.key();
        const QString name = eventTypeNameFor(key);
        if (!Validation::checkEventTypeName(name).isEmpty()) {
            result.warnings << tr("%1: no event type name can be made from it; left out.").arg(key);
            continue;
        }
        if (names.contains(name)) {
            result.warnings
                << tr("%1: its event type name %2 is already taken by another webhook; left out.").arg(key, name);
            continue;
        }
        const QJsonValue pathItemValue = dereference(it.value(), root);
        if (!pathItemValue.isObject()) {
            result.warnings << tr("%1: its path item cannot be resolved (only local $refs are); left out.").arg(key);
            continue;
        }
        const QJsonObject pathItem = pathItemValue.toObject();
        QJsonObject operation;
        for (const char *method : {"post", "put", "patch", "get", "delete"}) {
            if (pathItem.value(QLatin1String(method)).isObject()) {
                operation = pathItem.value(QLatin1String(method)).toObject();
                break;
            }
        }
        if (operation.isEmpty()) {
            result.warnings << tr("%1: no operation; left out.").arg(key);
            continue;
        }
        names.insert(name);
        EventType type;
        type.name = name;
        for (const QJsonObject &source : {operation, pathItem}) {
            for (const char *field : {"summary", "description"}) {
                if (type.description.isEmpty())
                    type.description = source.value(QLatin1String(field)).toString().trimmed();
            }
        }
        if (name != key)
            type.description = type.description.isEmpty()
                ? tr("OpenAPI webhook “%1”.").arg(key)
                : QStringLiteral("%1 (OpenAPI webhook “%2”)").arg(type.description, key);

        const QJsonObject body = dereference(operation.value(QLatin1String("requestBody")), root).toObject();
        const QJsonObject media = jsonMediaType(body.value(QLatin1String("content")).toObject());
        QJsonValue payload(QJsonValue::Undefined);
        if (media.contains(QLatin1String("example"))) {
            payload = media.value(QLatin1String("example"));
        } else if (media.value(QLatin1String("examples")).isObject()
                   && !media.value(QLatin1String("examples")).toObject().isEmpty()) {
            const QJsonObject first
                = dereference(media.value(QLatin1String("examples")).toObject().begin().value(), root).toObject();
            if (first.contains(QLatin1String("value")))
                payload = first.value(QLatin1String("value"));
        }
        if (payload.isUndefined() && media.contains(QLatin1String("schema"))) {
            bool cutShort = false;
            payload = exampleFromSchema(media.value(QLatin1String("schema")), root, &cutShort);
            if (cutShort)
                result.warnings << tr("%1: its schema describes more than %2 values; the example was cut short there.")
                                       .arg(key)
                                       .arg(kMaxValues);
        }
        if (payload.isUndefined()) {
            result.warnings << tr("%1: no request body example or schema; its template is {}.").arg(key);
            payload = QJsonObject();
        } else if (!payload.isObject() && !payload.isArray()) {
            // A payload template is an object or an array (what webhooks send, and what the template check
            // accepts); a lone value was refused by that check when the event type was added, and the import
            // failed with a message about JSON syntax.
            const QString shown = QString::fromUtf8(QJsonDocument(QJsonArray {payload}).toJson(QJsonDocument::Compact))
                                      .mid(1)
                                      .chopped(1);
            result.warnings << tr("%1: its example is a single value (%2), not an object or array; its template is {}.")
                                   .arg(key, shown.left(80));
            payload = QJsonObject();
        }
        type.payloadTemplate = payload.isObject() ? QJsonDocument(payload.toObject()).toJson(QJsonDocument::Indented)
                                                  : QJsonDocument(payload.toArray()).toJson(QJsonDocument::Indented);
        // An example's text may hold "{{…}}" that is not one of Hookbench's placeholders (another tool's template
        // syntax); as a template it would be refused, so the example is not used.
        if (const QString why = Validation::checkPayloadTemplate(type.payloadTemplate); !why.isEmpty()) {
            result.warnings << tr("%1: its example is not a usable template (%2); its template is {}.").arg(key, why);
            type.payloadTemplate = QJsonDocument(QJsonObject()).toJson(QJsonDocument::Indented);
        }
        result.eventTypes.append(type);
    }
    return result;
}

} // namespace Hookbench::Export
