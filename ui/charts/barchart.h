#pragma once

#include "chartbuilder.h"

#include <functional>
#include <QList>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;

namespace leadloop {

/// The app's one bar chart (all Qt Charts code sits in ui/charts, so a later move touches one
/// folder): categories on one axis, one or more series of values side by side, a title, axis
/// labels and a legend, following the palette (light or dark) and the locale's numbers.
class BarChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChart)

public:
    using Series = ChartSeries;

    explicit BarChart(QWidget* parent = nullptr);

    /// Horizontal bars suit long category names (channels, campaigns).
    void setData(const QString& title, const QStringList& categories, const QList<Series>& series,
                 const QString& valueAxisTitle, bool horizontal = true);
    /// How many categories and series it shows (tests).
    int categoryCount() const { return int(m_categories.size()); }
    const QStringList& categories() const { return m_categories; }
    int seriesCount() const { return m_series; }
    /// Saves the chart as PNG or, by the extension, SVG; false when the file cannot be written.
    bool save(const QString& path) const;
    /// The title shown (tests).
    QString title() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();

    QChartView* m_view;
    std::function<void(QChart*)> m_data; ///< fills a chart with the data shown (theme changes)
    QStringList m_categories;
    int m_series = 0;
};

} // namespace leadloop
