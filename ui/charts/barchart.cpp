#include "barchart.h"

#include "chartbuilder.h"
#include "chartexport.h"

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
    fillBarChart(m_view->chart(), title, categories, series, valueAxisTitle, horizontal, palette());
    m_categories = categories;
    m_series = int(series.size());
    m_data = [=, this](QChart* chart) {
        fillBarChart(chart, title, categories, series, valueAxisTitle, horizontal, palette());
    };
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
    if (m_data)
        m_data(m_view->chart());
}

QString BarChart::title() const
{
    return m_view->chart()->title();
}

} // namespace leadloop
