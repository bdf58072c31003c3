#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QStyle>
#include <QSvgRenderer>

namespace Hookbench::Ui::Icons {

namespace {

// Draws an SVG from resources/icons at any size: parsed when first painted, then each size, mode and colour kept as
// a pixmap, so start-up neither loads Qt's image and icon-engine plugins nor parses icons it does not show, and a
// repaint does not parse again. A themed icon takes the palette's text colour for "currentColor".
class SvgEngine final : public QIconEngine
{
public:
    SvgEngine(QString name, bool themed)
        : m_name(std::move(name))
        , m_themed(themed)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : qreal(1);
        const QPixmap image = pixmap(rect.size() * ratio, mode, state);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QColor color = m_themed ? textColor(mode) : QColor();
        const QString key = QStringLiteral("hookbench-icon:%1:%2x%3:%4:%5")
                                .arg(m_name)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(color.isValid() ? color.rgba() : 0u);
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap))
            return pixmap;
        pixmap = QPixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QByteArray svg = source();
            if (color.isValid())
                svg.replace("currentColor", color.name().toLatin1());
            QSvgRenderer renderer(svg);
            QPainter painter(&pixmap);
            renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        if (!m_themed && mode == QIcon::Disabled)
            pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, nullptr);
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QString key() const override { return QStringLiteral("hookbench-svg"); }
    QIconEngine *clone() const override { return new SvgEngine(m_name, m_themed); }

private:
    static QColor textColor(QIcon::Mode mode)
    {
        const QPalette palette = QApplication::palette();
        if (mode == QIcon::Disabled)
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        if (mode == QIcon::Selected)
            return palette.color(QPalette::HighlightedText);
        return palette.color(QPalette::WindowText);
    }

    QByteArray source() const
    {
        QFile file(QStringLiteral(":/icons/%1.svg").arg(m_name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString m_name;
    bool m_themed;
};

} // namespace

QIcon themed(const QString &name)
{
    return QIcon(new SvgEngine(name, true));
}

QIcon coloured(const QString &name)
{
    return QIcon(new SvgEngine(name, false));
}

QIcon deliveryState(DeliveryState state)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(state));
    if (it != cache.end())
        return *it;
    QString name;
    switch (state) {
    case DeliveryState::Pending:
        name = QStringLiteral("state-pending");
        break;
    case DeliveryState::InFlight:
        name = QStringLiteral("state-inflight");
        break;
    case DeliveryState::Succeeded:
        name = QStringLiteral("state-succeeded");
        break;
    case DeliveryState::Retrying:
        name = QStringLiteral("state-retrying");
        break;
    case DeliveryState::Failed:
        name = QStringLiteral("state-failed");
        break;
    case DeliveryState::Cancelled:
        name = QStringLiteral("state-cancelled");
        break;
    }
    return *cache.insert(int(state), coloured(name));
}

QIcon verdict(const QList<Verdict> &verdicts)
{
    static const QIcon valid = coloured(QStringLiteral("verdict-valid"));
    static const QIcon invalid = coloured(QStringLiteral("verdict-invalid"));
    static const QIcon none = coloured(QStringLiteral("verdict-none"));
    if (verdicts.isEmpty())
        return none;
    const bool anyValid = std::any_of(verdicts.cbegin(), verdicts.cend(),
                                      [](const Verdict &v) { return v.result == Verdict::Result::Valid; });
    return anyValid ? valid : invalid;
}

} // namespace Hookbench::Ui::Icons
