#include "linechart.h"

#include "report/chartexport.h"
#include "report/chartpainter.h"

#include <QPainter>

namespace leadloop {

LineChart::LineChart(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(240, 160);
}

void LineChart::setData(const QString& title, const QStringList& periods,
                        const QList<ChartSeries>& series, const QString& valueAxisTitle)
{
    m_data = {ChartData::Kind::Lines, title, periods, series, valueAxisTitle};
    update();
}

int LineChart::pointCount() const
{
    int points = 0;
    for (const ChartSeries& s : m_data.series)
        points += int(s.values.size());
    return points;
}

bool LineChart::save(const QString& path) const
{
    const ChartStyle style = ChartStyle::fromPalette(palette(), font());
    return saveChart(
        path, size().expandedTo(QSize(800, 500)),
        [&](QPainter& painter, const QRect& area) { paintChart(painter, area, m_data, style); });
}

void LineChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintChart(painter, rect(), m_data, ChartStyle::fromPalette(palette(), font()));
}

} // namespace leadloop
