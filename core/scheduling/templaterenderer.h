#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace Hookbench {

// What a payload template's placeholders are filled from.
struct TemplateContext
{
    QString eventType;
    QString endpointName;
    qint64 seq = 0;
    QDateTime now;
    QRandomGenerator *random = nullptr; // system generator when null
};

struct RenderResult
{
    QByteArray output;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Renders `{{uuid}}`, `{{now}}` (ISO 8601 UTC), `{{now.unix}}`, `{{seq}}`, `{{random.int A B}}`,
// `{{random.hex N}}`, `{{event.type}}` and `{{endpoint.name}}`. Inside a JSON string a value is inserted escaped;
// outside, numbers go in as numbers and text as a JSON string, so the result stays JSON. The result is checked:
// an unknown placeholder or output that is not valid JSON is an error naming the line and column.
RenderResult renderTemplate(const QByteArray &tmpl, const TemplateContext &context);

// Whether the template uses this placeholder (e.g. "endpoint.name", which makes rendering per endpoint).
bool usesPlaceholder(const QByteArray &tmpl, QStringView name);

} // namespace Hookbench
