#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace Hookbench::Ui::Icons {

namespace {

class ThemedSvgEngine final : public QIconEngine
{
public:
    explicit ThemedSvgEngine(QByteArray svg)
        : m_svg(std::move(svg))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor color = palette.color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            color = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            color = palette.color(QPalette::HighlightedText);
        QByteArray svg = m_svg;
        svg.replace("currentColor", color.name().toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new ThemedSvgEngine(m_svg); }

private:
    QByteArray m_svg;
};

QByteArray readIcon(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QIcon themed(const QString &name)
{
    return QIcon(new ThemedSvgEngine(readIcon(name)));
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
    return *cache.insert(int(state), QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QIcon verdict(const QList<Verdict> &verdicts)
{
    static const QIcon valid(QStringLiteral(":/icons/verdict-valid.svg"));
    static const QIcon invalid(QStringLiteral(":/icons/verdict-invalid.svg"));
    static const QIcon none(QStringLiteral(":/icons/verdict-none.svg"));
    if (verdicts.isEmpty())
        return none;
    const bool anyValid = std::any_of(verdicts.cbegin(), verdicts.cend(),
                                      [](const Verdict &v) { return v.result == Verdict::Result::Valid; });
    return anyValid ? valid : invalid;
}

} // namespace Hookbench::Ui::Icons
