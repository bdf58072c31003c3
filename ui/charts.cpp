#include "charts.h"

#include "endpointmodel.h"
#include "format.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Hookbench::Ui {

namespace {

const QColor kOk(0x2e, 0x9e, 0x58);
const QColor kFail(0xd3, 0x37, 0x3c);

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

QList<qint64> durations(const QList<EndpointSample> &samples)
{
    QList<qint64> out;
    out.reserve(samples.size());
    for (const EndpointSample &s : samples)
        out.append(s.durationUs);
    return out;
}

void paintFrame(QPainter *painter, const QRect &rect, const QPalette &palette)
{
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void paintCaption(QPainter *painter, const QRect &rect, const QString &left, const QString &right,
                  const QPalette &palette)
{
    painter->setPen(palette.color(QPalette::PlaceholderText));
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QRect text = rect.adjusted(6, 3, -6, -3);
    const QFontMetrics fm(font);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignTop, left);
    // The detail on the right gives way to the title when the chart is narrow.
    const int room = text.width() - fm.horizontalAdvance(left) - fm.horizontalAdvance(QLatin1Char(' ')) * 3;
    painter->drawText(text, Qt::AlignRight | Qt::AlignTop, fm.elidedText(right, Qt::ElideLeft, qMax(0, room)));
}

} // namespace

void paintLatencySparkline(QPainter *painter, const QRectF &rect, const QList<EndpointSample> &samples,
                           const QPalette &palette)
{
    if (samples.isEmpty() || rect.width() < 4 || rect.height() < 4)
        return;
    const qint64 top = qMax<qint64>(1, percentile(durations(samples), 0.95));
    const double step = samples.size() > 1 ? rect.width() / double(samples.size() - 1) : 0;
    auto pointAt = [&](int i) {
        const double value = double(qMin(samples.at(i).durationUs, top)) / double(top);
        return QPointF(rect.left() + step * i, rect.bottom() - value * rect.height());
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath line;
    line.moveTo(pointAt(0));
    for (int i = 1; i < samples.size(); ++i)
        line.lineTo(pointAt(i));
    QPainterPath area = line;
    area.lineTo(rect.left() + step * (samples.size() - 1), rect.bottom());
    area.lineTo(rect.left(), rect.bottom());
    area.closeSubpath();
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlpha(40);
    painter->fillPath(area, fill);
    painter->setPen(QPen(palette.color(QPalette::Highlight), 1.3));
    painter->drawPath(line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(kFail);
    for (int i = 0; i < samples.size(); ++i) {
        if (!samples.at(i).ok)
            painter->drawEllipse(pointAt(i), 2.2, 2.2);
    }
    painter->restore();
}

void paintOutcomeBars(QPainter *painter, const QRectF &rect, const QList<EndpointSample> &samples, int buckets,
                      qint64 fromMs, qint64 toMs, const QPalette &palette)
{
    if (buckets < 1 || toMs <= fromMs || rect.width() < 4)
        return;
    QList<int> ok(buckets, 0);
    QList<int> failed(buckets, 0);
    for (const EndpointSample &s : samples) {
        if (s.atMs < fromMs || s.atMs > toMs)
            continue;
        const int b = qMin(buckets - 1, int(double(s.atMs - fromMs) / double(toMs - fromMs) * buckets));
        (s.ok ? ok : failed)[b]++;
    }
    int most = 1;
    for (int b = 0; b < buckets; ++b)
        most = qMax(most, ok.at(b) + failed.at(b));
    const double width = rect.width() / buckets;
    const double gap = width > 4 ? 1.0 : 0.0;
    painter->save();
    painter->setPen(QPen(palette.color(QPalette::Midlight), 1));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    painter->setPen(Qt::NoPen);
    for (int b = 0; b < buckets; ++b) {
        const double x = rect.left() + b * width;
        const double okHeight = rect.height() * ok.at(b) / most;
        const double failHeight = rect.height() * failed.at(b) / most;
        painter->setBrush(kOk);
        painter->drawRect(QRectF(x, rect.bottom() - okHeight, width - gap, okHeight));
        painter->setBrush(kFail);
        painter->drawRect(QRectF(x, rect.bottom() - okHeight - failHeight, width - gap, failHeight));
    }
    painter->restore();
}

LatencyChart::LatencyChart(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(70);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void LatencyChart::setSamples(const QList<EndpointSample> &samples)
{
    m_samples = samples;
    update();
}

void LatencyChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintFrame(&painter, rect(), palette());
    if (m_samples.isEmpty()) {
        paintCaption(&painter, rect(), tr("Latency"), tr("no finished deliveries yet"), palette());
        return;
    }
    const QList<qint64> values = durations(m_samples);
    paintCaption(&painter, rect(), tr("Latency"),
                 tr("last %n · p50 %1 · p95 %2", nullptr, int(m_samples.size()))
                     .arg(Format::duration(percentile(values, 0.5)), Format::duration(percentile(values, 0.95))),
                 palette());
    const int caption = fontMetrics().height() + 4;
    paintLatencySparkline(&painter, QRectF(rect()).adjusted(8, caption + 4, -8, -6), m_samples, palette());
}

SuccessRateChart::SuccessRateChart(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(70);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void SuccessRateChart::setSamples(const QList<EndpointSample> &samples)
{
    m_samples = samples;
    update();
}

void SuccessRateChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintFrame(&painter, rect(), palette());
    if (m_samples.isEmpty()) {
        paintCaption(&painter, rect(), tr("Success rate"), tr("no finished deliveries yet"), palette());
        return;
    }
    const auto ok = std::count_if(m_samples.cbegin(), m_samples.cend(), [](const EndpointSample &s) { return s.ok; });
    // A window that ends now and holds the oldest sample, in steps a reader can name.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = now - m_samples.constFirst().atMs;
    qint64 window = 60'000;
    for (qint64 step : {60'000LL, 5 * 60'000LL, 15 * 60'000LL, 3600'000LL, 6 * 3600'000LL, 24 * 3600'000LL,
                        7 * 24 * 3600'000LL, 30 * 24 * 3600'000LL}) {
        window = step;
        if (span <= step)
            break;
    }
    paintCaption(
        &painter, rect(),
        tr("%1% succeeded").arg(QLocale().toString(100.0 * double(ok) / double(m_samples.size()), 'f', 1)),
        tr("%1 ok · %2 failed · last %3").arg(ok).arg(m_samples.size() - ok).arg(Format::duration(window * 1000)),
        palette());
    const int caption = fontMetrics().height() + 4;
    const QRectF area = QRectF(rect()).adjusted(8, caption + 4, -8, -6);
    paintOutcomeBars(&painter, area, m_samples, 30, now - window, now, palette());
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const auto samples = index.data(EndpointModel::SamplesRole).value<QList<EndpointSample>>();
    // The line is drawn in the highlight colour, which is the background of a selected row: there it takes the
    // selected text's colour instead.
    QPalette palette = option.palette;
    if (option.state & QStyle::State_Selected)
        palette.setColor(QPalette::Highlight, palette.color(QPalette::HighlightedText));
    paintLatencySparkline(painter, QRectF(option.rect).adjusted(4, 3, -4, -3), samples, palette);
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(120, 0));
}

} // namespace Hookbench::Ui
