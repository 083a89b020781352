#include "linechart.h"

#include "chartexport.h"
#include "valueaxis.h"

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
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));
    auto* x = new QBarCategoryAxis;
    x->append(periods);
    x->setLabelsAngle(periods.size() > 16 ? -60 : 0);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    auto* y = new QValueAxis;
    y->setTitleText(valueAxisTitle);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double top = 0;
    m_points = 0;
    for (const BarChart::Series& s : series) {
        auto* line = new QLineSeries;
        line->setName(s.name);
        line->setPointsVisible(true); // a single period is a point, not an invisible line
        for (qsizetype i = 0; i < s.values.size(); ++i) {
            line->append(double(i), s.values[i]);
            top = std::max(top, s.values[i]);
            ++m_points;
        }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    fitValueAxis(y, top);
    chart->setTitle(chartTitle(title, top));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
    }
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
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
