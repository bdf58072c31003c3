#include "rulematcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Hookbench::Receiving {

bool pathMatches(const QString &pattern, const QString &path)
{
    QString regex = QStringLiteral("^");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('*')) {
            if (i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char('*')) {
                regex += QStringLiteral(".*");
                ++i;
            } else {
                regex += QStringLiteral("[^/]*");
            }
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    regex += QLatin1Char('$');
    return QRegularExpression(regex).match(path).hasMatch();
}

int matchRule(const QList<ResponseRule> &rules, const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const ResponseRule &r = rules.at(i);
        const bool methodOk = r.method == "*" || r.method.compare(method, Qt::CaseInsensitive) == 0;
        if (methodOk && pathMatches(r.pathPattern, path))
            return int(i);
    }
    return -1;
}

QByteArray renderResponseBody(const QByteArray &body, const CapturedRequest &request)
{
    if (!body.contains("{{"))
        return body;
    QByteArray out;
    qsizetype from = 0;
    QJsonDocument json;
    bool jsonParsed = false;
    while (true) {
        const qsizetype open = body.indexOf("{{", from);
        const qsizetype close = open < 0 ? -1 : body.indexOf("}}", open + 2);
        if (open < 0 || close < 0) {
            out += body.mid(from);
            return out;
        }
        out += body.mid(from, open - from);
        const QByteArray key = body.mid(open + 2, close - open - 2).trimmed();
        if (key == "request.id") {
            out += QByteArray::number(request.id);
        } else if (key == "request.time") {
            out += request.receivedAt.toUTC().toString(Qt::ISODateWithMs).toUtf8();
        } else if (key.startsWith("header.")) {
            out += headerValue(request.headers, key.mid(7));
        } else if (key.startsWith("json.")) {
            if (!jsonParsed) {
                json = QJsonDocument::fromJson(request.body);
                jsonParsed = true;
            }
            QJsonValue v = json.object();
            for (const QByteArray &part : key.mid(5).split('.'))
                v = v.toObject().value(QString::fromUtf8(part));
            if (v.isString())
                out += v.toString().toUtf8();
            else if (v.isDouble())
                out += QByteArray::number(v.toDouble(), 'g', 17);
            else if (v.isBool())
                out += v.toBool() ? "true" : "false";
            else if (v.isObject() || v.isArray())
                out += (v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray()))
                           .toJson(QJsonDocument::Compact);
        } else {
            out += body.mid(open, close + 2 - open); // unknown: left as written
        }
        from = close + 2;
    }
}

} // namespace Hookbench::Receiving
