#include "linechart.h"

#include "chartbuilder.h"
#include "chartexport.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

LineChart::LineChart(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->chart()->setLocalizeNumbers(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void LineChart::setData(const QString& title, const QStringList& periods,
                        const QList<BarChart::Series>& series, const QString& valueAxisTitle)
{
    m_points = 0;
    for (const ChartSeries& s : series)
        m_points += int(s.values.size());
    fillLineChart(m_view->chart(), title, periods, series, valueAxisTitle, palette(), font());
}

bool LineChart::save(const QString& path) const
{
    return saveChart(
        path, m_view->size().expandedTo(QSize(800, 500)),
        [this](QPainter& painter, const QRect& area) { m_view->render(&painter, QRectF(area)); });
}

QString LineChart::title() const
{
    return m_view->chart()->title();
}

} // namespace leadloop
