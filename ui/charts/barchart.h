#pragma once

#include "report/chartdata.h"

#include <QWidget>

namespace leadloop {

/// A bar chart in a window: categories on one axis, one or more series of values side by side,
/// a title, axis labels and a legend, following the palette (light or dark) and the locale;
/// drawn by the same painter as the PDF report's charts (report/chartpainter.h).
class BarChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChart)

public:
    using Series = ChartSeries;

    explicit BarChart(QWidget* parent = nullptr);

    /// Horizontal bars suit long category names (channels, campaigns); they are listed bottom up.
    void setData(const QString& title, const QStringList& categories, const QList<Series>& series,
                 const QString& valueAxisTitle, bool horizontal = true);
    /// How many categories and series it shows (tests).
    int categoryCount() const { return int(m_data.categories.size()); }
    const QStringList& categories() const { return m_data.categories; }
    int seriesCount() const { return int(m_data.series.size()); }
    /// Saves the chart as PNG or, by the extension, SVG; false when the file cannot be written.
    bool save(const QString& path) const;
    /// What it draws (tests).
    const ChartData& data() const { return m_data; }
    /// The title shown (tests).
    QString title() const { return m_data.shownTitle(); }
    QSize sizeHint() const override { return {480, 320}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ChartData m_data;
};

} // namespace leadloop
