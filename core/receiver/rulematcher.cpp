#include "rulematcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

#include <cstring>
#include <optional>
#include <vector>

namespace Hookbench::Receiving {

bool pathMatches(QStringView pattern, QStringView path)
{
    // The default pattern, on every request of a receiver with one catch-all rule.
    if (pattern == u"/**")
        return path.startsWith(u'/');
    if (pattern == u"**")
        return true;
    // The set of path positions reachable after each pattern element, advanced element by element (an NFA
    // simulation): a literal moves each position forward, `*` spreads across one segment, `**` to the end.
    const qsizetype n = path.size();
    std::vector<char> reach(size_t(n + 1), 0);
    reach[0] = 1;
    qsizetype i = 0;
    while (i < pattern.size()) {
        std::vector<char> next(size_t(n + 1), 0);
        bool any = false;
        if (pattern[i] == QLatin1Char('*')) {
            const bool crossSegments = i + 1 < pattern.size() && pattern[i + 1] == QLatin1Char('*');
            i += crossSegments ? 2 : 1;
            for (qsizetype p = 0; p <= n; ++p) {
                if (!reach[size_t(p)] && !(p > 0 && next[size_t(p - 1)] && (crossSegments || path[p - 1] != u'/')))
                    continue;
                next[size_t(p)] = 1;
                any = true;
            }
        } else {
            qsizetype end = i;
            while (end < pattern.size() && pattern[end] != QLatin1Char('*'))
                ++end;
            const QStringView literal = pattern.sliced(i, end - i);
            i = end;
            for (qsizetype p = 0; p + literal.size() <= n; ++p) {
                if (reach[size_t(p)] && path.sliced(p, literal.size()) == literal) {
                    next[size_t(p + literal.size())] = 1;
                    any = true;
                }
            }
        }
        if (!any)
            return false;
        reach.swap(next);
    }
    return reach[size_t(n)] != 0;
}

namespace {

bool methodMatches(const ResponseRule &rule, QByteArrayView method)
{
    return rule.method == "*"
        || (rule.method.size() == method.size()
            && QByteArrayView(rule.method).compare(method, Qt::CaseInsensitive) == 0);
}

} // namespace

int matchRule(const QList<ResponseRule> &rules, QByteArrayView method, QStringView path)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const ResponseRule &r = rules.at(i);
        if (methodMatches(r, method) && pathMatches(r.pathPattern, path))
            return int(i);
    }
    return -1;
}

int matchRuleForTarget(const QList<ResponseRule> &rules, QByteArrayView method, const QByteArray &target)
{
    std::optional<QString> path;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const ResponseRule &r = rules.at(i);
        if (!methodMatches(r, method))
            continue;
        // An origin-form target's path starts with its '/', whatever decoding does to the rest.
        if (r.pathPattern == u"**" || (r.pathPattern == u"/**" && target.startsWith('/')))
            return int(i);
        if (!path)
            path = targetPath(target);
        if (pathMatches(r.pathPattern, *path))
            return int(i);
    }
    return -1;
}

QString targetPath(const QByteArray &target)
{
    if (!target.startsWith('/'))
        return QUrl::fromEncoded(target).path(); // absolute form; "*" and authority form have no path
    qsizetype end = target.indexOf('?');
    if (end < 0)
        end = target.size();
    const QByteArrayView raw = QByteArrayView(target).first(end);
    if (!raw.contains('%'))
        return QString::fromUtf8(raw);
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw.toByteArray()));
}

namespace {

QByteArray jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString().toUtf8();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 9007199254740992.0)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return v.toBool() ? "true" : "false";
    case QJsonValue::Object:
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    case QJsonValue::Array:
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// What one placeholder stands for; false when the placeholder is not one of ours.
bool placeholderValue(QByteArrayView key, const CapturedRequest &request, std::optional<QJsonDocument> *json,
                      QByteArray *out)
{
    if (key == "request.id") {
        *out = QByteArray::number(request.id);
    } else if (key == "request.time") {
        *out = request.receivedAt.toUTC().toString(Qt::ISODateWithMs).toUtf8();
    } else if (key.startsWith("header.") && key.size() > 7) {
        *out = headerValue(request.headers, key.sliced(7));
    } else if (key.startsWith("json.") && key.size() > 5) {
        if (!json->has_value())
            *json = QJsonDocument::fromJson(request.body);
        const QJsonDocument &doc = **json;
        QJsonValue v = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        QByteArrayView path = key.sliced(5);
        while (!path.isEmpty() && !v.isUndefined()) {
            const qsizetype dot = path.indexOf('.');
            const QByteArrayView part = dot < 0 ? path : path.first(dot);
            path = dot < 0 ? QByteArrayView() : path.sliced(dot + 1);
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            if (v.isArray() && isIndex)
                v = index >= 0 && index < v.toArray().size() ? v.toArray().at(index)
                                                             : QJsonValue(QJsonValue::Undefined);
            else if (v.isObject())
                v = v.toObject().value(QString::fromUtf8(part));
            else
                v = QJsonValue(QJsonValue::Undefined);
        }
        *out = jsonText(v);
    } else {
        return false;
    }
    return true;
}

// Whether the text has a "{{" at all: most bodies and header values have none, and are answered as they are.
bool hasPlaceholder(QByteArrayView text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end) {
        p = static_cast<const char *>(std::memchr(p, '{', size_t(end - p)));
        if (!p || p + 1 == end)
            return false;
        if (p[1] == '{')
            return true;
        p += 2;
    }
    return false;
}

template<typename Clean>
QByteArray render(const QByteArray &text, const CapturedRequest &request, Clean clean)
{
    if (!hasPlaceholder(text))
        return text;
    QByteArray out;
    out.reserve(text.size());
    std::optional<QJsonDocument> json;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf("{{", from);
        const qsizetype close = open < 0 ? -1 : text.indexOf("}}", open + 2);
        if (close < 0) {
            out += QByteArrayView(text).sliced(from);
            return out;
        }
        out += QByteArrayView(text).sliced(from, open - from);
        QByteArray value;
        if (placeholderValue(QByteArrayView(text).sliced(open + 2, close - open - 2).trimmed(), request, &json, &value))
            out += clean(std::move(value));
        else
            out += QByteArrayView(text).sliced(open, close + 2 - open); // not ours: left as written
        from = close + 2;
    }
}

} // namespace

QByteArray renderTemplate(const QByteArray &text, const CapturedRequest &request)
{
    return render(text, request, [](QByteArray v) { return v; });
}

QByteArray renderHeaderValue(const QByteArray &value, const CapturedRequest &request)
{
    return render(value, request, [](QByteArray v) {
        for (char &c : v) {
            if ((uchar(c) < 0x20 && c != '\t') || c == 0x7f)
                c = ' ';
        }
        return v;
    });
}

} // namespace Hookbench::Receiving
