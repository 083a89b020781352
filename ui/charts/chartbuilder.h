#pragma once

#include <functional>
#include <QList>
#include <QRectF>
#include <QStringList>

class QChart;
class QFont;
class QPainter;
class QPalette;

namespace leadloop {

/// One named series of values, one per category or period.
struct ChartSeries
{
    QString name;
    QList<double> values;
};

/// Fills a chart with bars (replacing what it showed): categories on one axis, the series side
/// by side, a title, an axis title and a legend for two or more series, in the palette's colours.
void fillBarChart(QChart* chart, const QString& title, const QStringList& categories,
                  const QList<ChartSeries>& series, const QString& valueAxisTitle, bool horizontal,
                  const QPalette& palette);

/// Fills a chart with lines over periods, in the palette's colours; period labels in `font`
/// made smaller, slanted when there are many.
void fillLineChart(QChart* chart, const QString& title, const QStringList& periods,
                   const QList<ChartSeries>& series, const QString& valueAxisTitle,
                   const QPalette& palette, const QFont& font);

/// Draws a chart that `fill` fills into a painter's area through a QGraphicsScene, without a
/// view: vector output on a PDF or SVG painter. Its text is set in `family`.
void paintChart(QPainter& painter, const QRectF& area, const QString& family,
                const std::function<void(QChart*)>& fill);

} // namespace leadloop
