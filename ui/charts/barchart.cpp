#include "barchart.h"

#include "report/chartexport.h"
#include "report/chartpainter.h"

#include <QPainter>

namespace leadloop {

BarChart::BarChart(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(240, 160);
}

void BarChart::setData(const QString& title, const QStringList& categories,
                       const QList<Series>& series, const QString& valueAxisTitle, bool horizontal)
{
    m_data = {horizontal ? ChartData::Kind::HorizontalBars : ChartData::Kind::Bars, title,
              categories, series, valueAxisTitle};
    update();
}

bool BarChart::save(const QString& path) const
{
    const ChartStyle style = ChartStyle::fromPalette(palette(), font());
    return saveChart(
        path, size().expandedTo(QSize(800, 500)),
        [&](QPainter& painter, const QRect& area) { paintChart(painter, area, m_data, style); });
}

void BarChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintChart(painter, rect(), m_data, ChartStyle::fromPalette(palette(), font()));
}

} // namespace leadloop
