#include "barchart.h"

#include "chartexport.h"
#include "valueaxis.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

BarChart::BarChart(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->chart()->setAnimationOptions(QChart::NoAnimation);
    m_view->chart()->setLocalizeNumbers(true); // axis numbers in the user's locale
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    applyTheme();
}

void BarChart::setData(const QString& title, const QStringList& categories,
                       const QList<Series>& series, const QString& valueAxisTitle, bool horizontal)
{
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    QAbstractBarSeries* bars = horizontal
                                   ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                   : static_cast<QAbstractBarSeries*>(new QBarSeries);
    double top = 0;
    for (const Series& s : series)
        for (double v : s.values)
            top = std::max(top, v);
    // Nothing to show: an empty frame under a title that says so, without a row of names.
    const bool empty = top <= 0;
    for (const Series& s : series) {
        auto* set = new QBarSet(s.name);
        if (!empty)
            set->append(s.values);
        bars->append(set);
    }
    chart->addSeries(bars);
    auto* categoryAxis = new QBarCategoryAxis;
    if (!empty)
        categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueAxisTitle);
    fitValueAxis(valueAxis, top);
    chart->setTitle(chartTitle(title, top));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    chart->legend()->setVisible(series.size() > 1);
    m_categories = int(categories.size());
    m_series = int(series.size());
    applyTheme();
}

bool BarChart::save(const QString& path) const
{
    return saveChart(
        path, m_view->size().expandedTo(QSize(800, 500)),
        [this](QPainter& painter, const QRect& area) { m_view->render(&painter, QRectF(area)); });
}

void BarChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void BarChart::applyTheme()
{
    // The chart follows the window's palette: dark when the window's background is dark.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QChart* chart = m_view->chart();
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
    }
}

QString BarChart::title() const
{
    return m_view->chart()->title();
}

} // namespace leadloop
