#include "apiutil.h"

#include "storage/workspace.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Hookbench::Subscriptions::Detail {

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");

Http::Response withJson(int status, const QJsonDocument &document)
{
    Http::Response r;
    r.status = status;
    r.headers = {{QByteArrayLiteral("Content-Type"), kJson}};
    r.body = writeExactIds(document.toJson(QJsonDocument::Indented));
    return r;
}

} // namespace

Http::Response jsonResponse(int status, const QJsonObject &body)
{
    return withJson(status, QJsonDocument(body));
}

Http::Response jsonResponse(int status, const QJsonArray &body)
{
    return withJson(status, QJsonDocument(body));
}

Http::Response textResponse(int status, const QByteArray &body)
{
    Http::Response r;
    r.status = status;
    r.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")}};
    r.body = body.endsWith('\n') ? body : body + '\n';
    return r;
}

Http::Response emptyResponse(int status)
{
    Http::Response r;
    r.status = status;
    return r;
}

QStringList pathSegments(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QUrlQuery webSubForm(const QByteArray &body)
{
    QByteArray form = body;
    form.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(form));
}

QJsonObject originObject(const Endpoint &endpoint)
{
    return QJsonDocument::fromJson(endpoint.originData).object();
}

QByteArray originBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString freeEndpointName(const QString &base, Context &context)
{
    QString name = base;
    for (int n = 2; context.workspace.endpoints().findByName(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

QList<Endpoint> endpointsOf(Context &context, EndpointOrigin origin, const QString &key, const QString &value)
{
    QList<Endpoint> out;
    for (const Endpoint &e : context.workspace.endpoints().list()) {
        if (e.origin != origin)
            continue;
        if (!key.isEmpty() && originObject(e).value(key).toString() != value)
            continue;
        out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const Endpoint &a, const Endpoint &b) { return a.id < b.id; });
    return out;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QJsonValue exactId(qint64 id)
{
    return QStringLiteral("#id:%1").arg(id);
}

QByteArray writeExactIds(QByteArray json)
{
    if (!json.contains("\"#id:"))
        return json;
    static const QRegularExpression marker(QStringLiteral("\"#id:(-?\\d+)\""));
    return QString::fromUtf8(json).replace(marker, QStringLiteral("\\1")).toUtf8();
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace Hookbench::Subscriptions::Detail
