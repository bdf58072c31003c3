#pragma once

#include "endpointstats.h"

#include <QStyledItemDelegate>
#include <QWidget>

namespace Hookbench::Ui {

// Pure drawing, shared by the endpoint table's sparkline column and the endpoint charts: latency as a line over
// the samples (scaled to the 95th percentile so one outlier does not flatten the rest), failures as red dots.
void paintLatencySparkline(QPainter *painter, const QRectF &rect, const QList<EndpointSample> &samples,
                           const QPalette &palette);
// Stacked bars per time bucket: successes in green under failures in red, height by count.
void paintOutcomeBars(QPainter *painter, const QRectF &rect, const QList<EndpointSample> &samples, int buckets,
                      qint64 fromMs, qint64 toMs, const QPalette &palette);

// Latency of an endpoint's recent deliveries, with its median and 95th percentile written in the corner.
class LatencyChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatencyChart)

public:
    explicit LatencyChart(QWidget *parent = nullptr);
    void setSamples(const QList<EndpointSample> &samples);
    QSize sizeHint() const override { return {320, 90}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<EndpointSample> m_samples;
};

// Success and failure counts over the span of the recent deliveries, with the success rate.
class SuccessRateChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuccessRateChart)

public:
    explicit SuccessRateChart(QWidget *parent = nullptr);
    void setSamples(const QList<EndpointSample> &samples);
    QSize sizeHint() const override { return {320, 90}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<EndpointSample> m_samples;
};

// Paints EndpointModel::SamplesRole as a sparkline.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Hookbench::Ui
