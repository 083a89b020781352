#include "chartbuilder.h"

#include "valueaxis.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QPalette>
#include <QValueAxis>

namespace leadloop {

namespace {

/// Clears a chart and gives it the palette's theme.
void reset(QChart* chart, const QPalette& palette)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // axis numbers in the user's locale
    chart->legend()->setAlignment(Qt::AlignBottom);
}

/// The palette's text and background colours on a filled chart.
void colour(QChart* chart, const QPalette& palette)
{
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
    }
}

} // namespace

void fillBarChart(QChart* chart, const QString& title, const QStringList& categories,
                  const QList<ChartSeries>& series, const QString& valueAxisTitle, bool horizontal,
                  const QPalette& palette)
{
    reset(chart, palette);
    QAbstractBarSeries* bars = horizontal
                                   ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                   : static_cast<QAbstractBarSeries*>(new QBarSeries);
    double top = 0;
    for (const ChartSeries& s : series)
        for (double v : s.values)
            top = std::max(top, v);
    // Nothing to show: an empty frame under a title that says so, without a row of names.
    const bool empty = top <= 0;
    for (const ChartSeries& s : series) {
        auto* set = new QBarSet(s.name);
        if (!empty)
            set->append(s.values);
        bars->append(set);
    }
    chart->addSeries(bars);
    auto* categoryAxis = new QBarCategoryAxis;
    if (!empty)
        categoryAxis->append(categories);
    if (horizontal) {
        // Names one under another: a smaller font, and never cut to "…" when they fit.
        categoryAxis->setTruncateLabels(false);
        QFont small = categoryAxis->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        categoryAxis->setLabelsFont(small);
    }
    auto* valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueAxisTitle);
    fitValueAxis(valueAxis, top);
    chart->setTitle(chartTitle(title, top));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    chart->legend()->setVisible(series.size() > 1);
    colour(chart, palette);
}

void fillLineChart(QChart* chart, const QString& title, const QStringList& periods,
                   const QList<ChartSeries>& series, const QString& valueAxisTitle,
                   const QPalette& palette, const QFont& font)
{
    reset(chart, palette);
    auto* x = new QBarCategoryAxis;
    x->append(periods);
    x->setLabelsAngle(periods.size() > 16 ? -60 : 0);
    // Period labels are short ("W27", "2026-09"). Qt Charts cuts them to "W..." when it lays a
    // chart out off screen for the PDF, although they fit.
    x->setTruncateLabels(false);
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    auto* y = new QValueAxis;
    y->setTitleText(valueAxisTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double top = 0;
    for (const ChartSeries& s : series) {
        auto* line = new QLineSeries;
        line->setName(s.name);
        line->setPointsVisible(true); // a single period is a point, not an invisible line
        for (qsizetype i = 0; i < s.values.size(); ++i) {
            line->append(double(i), s.values[i]);
            top = std::max(top, s.values[i]);
        }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    fitValueAxis(y, top);
    chart->setTitle(chartTitle(title, top));
    colour(chart, palette);
}

void paintChart(QPainter& painter, const QRectF& area, const QString& family,
                const std::function<void(QChart*)>& fill)
{
    QGraphicsScene scene;
    auto* chart = new QChart; // owned by the scene
    scene.addItem(chart);
    fill(chart);
    // The chart's text in the painter's font, at print sizes.
    const auto sized = [&family](double points, bool bold = false) {
        QFont f(family);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    };
    chart->setTitleFont(sized(9, true));
    chart->legend()->setFont(sized(7.5));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(sized(7));
        axis->setTitleFont(sized(7.5));
    }
    // Geometry after the content, and the posted layout requests handled: otherwise titles
    // and axis labels are laid out only when an event loop gets to them, after the render.
    chart->setGeometry(QRectF(QPointF(0, 0), area.size()));
    QCoreApplication::sendPostedEvents();
    chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), area.size()));
    scene.render(&painter, area, scene.sceneRect());
}

} // namespace leadloop
