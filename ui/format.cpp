#include "format.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

namespace Hookbench::Ui::Format {

namespace {

// lupdate files the tr() strings of a function outside any class under its namespace: the context here must be
// that namespace, or the translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Hookbench::Ui::Format", text);
}

// Re-indents compact or oddly formatted JSON token by token, so object keys keep the order the sender chose
// (QJsonDocument would sort them) and numbers keep their exact spelling.
QString indentJson(const QString &json)
{
    QString out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    auto newline = [&](int level) {
        out += QLatin1Char('\n');
        out += QString(level * 2, QLatin1Char(' '));
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            // Empty containers stay on one line.
            qsizetype j = i + 1;
            while (j < json.size() && json.at(j).isSpace())
                ++j;
            if (j < json.size() && (json.at(j) == QLatin1Char('}') || json.at(j) == QLatin1Char(']'))) {
                out += c;
                out += json.at(j);
                i = j;
                break;
            }
            out += c;
            newline(++depth);
            break;
        }
        case '}':
        case ']':
            newline(--depth);
            out += c;
            break;
        case ',':
            out += c;
            newline(depth);
            break;
        case ':':
            out += QLatin1String(": ");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

BodyKind classifyBody(const QByteArray &body)
{
    if (body.isEmpty())
        return BodyKind::Empty;
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return BodyKind::Json;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(body);
    if (decoder.hasError())
        return BodyKind::Binary;
    const bool control = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\r')
            && c != QLatin1Char('\t');
    });
    return control ? BodyKind::Binary : BodyKind::Text;
}

QString prettyJson(const QByteArray &body)
{
    if (classifyBody(body) != BodyKind::Json)
        return {};
    return indentJson(QString::fromUtf8(body));
}

QString hexDump(const QByteArray &bytes, qsizetype limit)
{
    const qsizetype shown = qMin(bytes.size(), limit);
    QString out;
    out.reserve(shown / 16 * 80 + 80);
    for (qsizetype row = 0; row < shown; row += 16) {
        out += QStringLiteral("%1  ").arg(row, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (row + i < shown) {
                const uchar b = uchar(bytes.at(row + i));
                out += QStringLiteral("%1 ").arg(uint(b), 2, 16, QLatin1Char('0'));
                ascii += (b >= 0x20 && b < 0x7f) ? QChar(QLatin1Char(char(b))) : QLatin1Char('.');
            } else {
                out += QLatin1String("   ");
            }
            if (i == 7)
                out += QLatin1Char(' ');
        }
        out += QLatin1String(" |") + ascii + QLatin1String("|\n");
    }
    if (shown < bytes.size())
        out += tr("… %1 more bytes not shown").arg(bytes.size() - shown);
    return out;
}

QString duration(qint64 us)
{
    const QLocale locale;
    if (us < 1000)
        return tr("%1 µs").arg(us);
    if (us < 1'000'000)
        return tr("%1 ms").arg(locale.toString(double(us) / 1000.0, 'f', us < 100'000 ? 1 : 0));
    if (us < 60'000'000)
        return tr("%1 s").arg(locale.toString(double(us) / 1e6, 'f', 2));
    const qint64 seconds = us / 1'000'000;
    if (seconds < 3600)
        return seconds % 60 ? tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60) : tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return (seconds % 3600) / 60 ? tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60)
                                     : tr("%1 h").arg(seconds / 3600);
    return tr("%1 d").arg(seconds / 86400);
}

QString size(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(locale.toString(double(bytes) / 1024.0, 'f', 1));
    return tr("%1 MB").arg(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

QString headers(const HeaderList &list)
{
    QString out;
    for (const Header &h : list)
        out += QString::fromLatin1(h.name) + QLatin1String(": ") + QString::fromUtf8(h.value) + QLatin1Char('\n');
    return out;
}

QString logTime(const QDateTime &time, bool utc, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QDateTime shown = utc ? time.toUTC() : time.toLocalTime();
    const QDateTime today = utc ? now.toUTC() : now.toLocalTime();
    if (shown.date() == today.date())
        return shown.toString(QStringLiteral("HH:mm:ss.zzz"));
    return shown.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString relative(const QDateTime &time, const QDateTime &now)
{
    const qint64 ms = now.msecsTo(time);
    const qint64 s = qAbs(ms) / 1000;
    if (s == 0)
        return tr("now");
    QString span;
    if (s < 60)
        span = tr("%1 s").arg(s);
    else if (s < 3600)
        span = s % 60 ? tr("%1 min %2 s").arg(s / 60).arg(s % 60) : tr("%1 min").arg(s / 60);
    else if (s < 86400)
        span = (s % 3600) / 60 ? tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60) : tr("%1 h").arg(s / 3600);
    else
        span = tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
    return ms > 0 ? tr("in %1").arg(span) : tr("%1 ago").arg(span);
}

QStringList retryPreview(const RetryPolicy &policy)
{
    QStringList lines;
    const int attempts = policy.attemptLimit();
    qint64 total = 0;
    for (int n = 1; n <= attempts; ++n) {
        qint64 delay = 0;
        bool jitter = false;
        if (policy.kind == RetryPolicy::Kind::Schedule) {
            delay = policy.scheduleMs.value(n - 1, 0);
        } else if (n > 1) {
            const double ceiling = qMin(double(policy.capMs), double(policy.baseMs) * std::pow(policy.factor, n - 2));
            delay = qint64(ceiling);
            jitter = true;
        }
        total += delay;
        QString when;
        if (delay == 0)
            when = n == 1 ? tr("at once") : tr("right away");
        else
            when = jitter ? tr("within %1").arg(formatDurationMs(delay)) : tr("after %1").arg(formatDurationMs(delay));
        QString line = tr("#%1  %2").arg(n).arg(when);
        if (n > 1 && total > 0)
            line += (jitter ? tr("  (by %1 after the event)") : tr("  (%1 after the event)"))
                        .arg(formatDurationMs(total));
        lines << line;
    }
    return lines;
}

} // namespace Hookbench::Ui::Format
