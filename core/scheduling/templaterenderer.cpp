#include "templaterenderer.h"

#include "domain/validation.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QStringList>

namespace Hookbench {

namespace {

// lupdate files the tr() strings of a function outside any class under its namespace: the context here must be
// that namespace, or the translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Hookbench", text);
}

// Line and column (1-based, in characters) of a byte offset.
QString position(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

QByteArray jsonEscaped(const QString &text)
{
    // QJsonDocument quotes a string value; the quotes are stripped for insertion inside an existing string.
    const QByteArray quoted = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return quoted.mid(2, quoted.size() - 4);
}

} // namespace

bool usesPlaceholder(const QByteArray &tmpl, QStringView name)
{
    qsizetype from = 0;
    while ((from = tmpl.indexOf("{{", from)) >= 0) {
        const qsizetype close = tmpl.indexOf("}}", from + 2);
        if (close < 0)
            return false;
        const QString inner = QString::fromUtf8(tmpl.mid(from + 2, close - from - 2)).trimmed();
        if (inner.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0) == name)
            return true;
        from = close + 2;
    }
    return false;
}

RenderResult renderTemplate(const QByteArray &tmpl, const TemplateContext &c)
{
    RenderResult result;
    QRandomGenerator *random = c.random ? c.random : QRandomGenerator::system();
    const QDateTime now = c.now.isValid() ? c.now.toUTC() : QDateTime::currentDateTimeUtc();
    QByteArray &out = result.output;
    out.reserve(tmpl.size() + 64);
    bool inString = false;
    for (qsizetype i = 0; i < tmpl.size(); ++i) {
        const char ch = tmpl[i];
        if (ch == '"') {
            // A quote counts unless an odd number of backslashes precede it.
            qsizetype backslashes = 0;
            for (qsizetype j = i - 1; j >= 0 && tmpl[j] == '\\'; --j)
                ++backslashes;
            if (backslashes % 2 == 0)
                inString = !inString;
            out += ch;
            continue;
        }
        if (ch != '{' || i + 1 >= tmpl.size() || tmpl[i + 1] != '{') {
            out += ch;
            continue;
        }
        const qsizetype close = tmpl.indexOf("}}", i + 2);
        if (close < 0) {
            result.error = tr("Unterminated placeholder at %1: “{{” without “}}”.").arg(position(tmpl, i));
            return result;
        }
        const QString inner = QString::fromUtf8(tmpl.mid(i + 2, close - i - 2)).trimmed();
        const QStringList parts = inner.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString name = parts.value(0);
        bool isNumber = false;
        QString value;
        auto argument = [&](int index, qint64 *v) {
            bool ok = false;
            *v = parts.value(index).toLongLong(&ok);
            return ok;
        };
        if (name == QLatin1String("uuid") && parts.size() == 1) {
            value = Ids::uuid();
        } else if (name == QLatin1String("now") && parts.size() == 1) {
            value = now.toString(Qt::ISODateWithMs);
        } else if (name == QLatin1String("now.unix") && parts.size() == 1) {
            value = QString::number(now.toSecsSinceEpoch());
            isNumber = true;
        } else if (name == QLatin1String("seq") && parts.size() == 1) {
            value = QString::number(c.seq);
            isNumber = true;
        } else if (name == QLatin1String("event.type") && parts.size() == 1) {
            value = c.eventType;
        } else if (name == QLatin1String("endpoint.name") && parts.size() == 1) {
            value = c.endpointName;
        } else if (name == QLatin1String("random.int")) {
            qint64 a = 0;
            qint64 b = 0;
            if (parts.size() != 3 || !argument(1, &a) || !argument(2, &b) || a > b) {
                result.error
                    = tr("{{random.int A B}} at %1 needs two whole numbers with A ≤ B.").arg(position(tmpl, i));
                return result;
            }
            // The span is computed without signed overflow. Qt 6.4's bounded() shifts by 64 for a bound above 2^63
            // (undefined behaviour) and never returns for 0, the whole 64-bit range: above half the range, 64-bit
            // draws are taken until one fits, at most two on average.
            const quint64 span = quint64(b) - quint64(a);
            quint64 offset = 0;
            if (span >= quint64(1) << 63) {
                do
                    offset = random->generate64();
                while (offset > span);
            } else {
                offset = random->bounded(span + 1);
            }
            value = QString::number(qint64(quint64(a) + offset));
            isNumber = true;
        } else if (name == QLatin1String("random.hex")) {
            qint64 n = 0;
            if (parts.size() != 2 || !argument(1, &n) || n < 1 || n > 4096) {
                result.error = tr("{{random.hex N}} at %1 needs a length from 1 to 4096.").arg(position(tmpl, i));
                return result;
            }
            static const char digits[] = "0123456789abcdef";
            for (qint64 k = 0; k < n; ++k)
                value.append(QLatin1Char(digits[random->bounded(16)]));
        } else {
            result.error = tr("Unknown placeholder “{{%1}}” at %2; use uuid, now, now.unix, seq, random.int A B, "
                              "random.hex N, event.type or endpoint.name.")
                               .arg(inner, position(tmpl, i));
            return result;
        }
        if (inString)
            out += jsonEscaped(value);
        else if (isNumber)
            out += value.toUtf8();
        else
            out += '"' + jsonEscaped(value) + '"';
        i = close + 1;
    }
    if (QString why = Validation::checkJson(out); !why.isEmpty())
        result.error = tr("The rendered payload is not valid JSON (%1).").arg(why);
    return result;
}

} // namespace Hookbench
