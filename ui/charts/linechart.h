#pragma once

#include "barchart.h"

#include <QWidget>

class QChartView;

namespace leadloop {

/// The app's one line chart (beside BarChart in ui/charts): values per period as lines, one per
/// series, with a title, axis titles and a legend, following the palette and the locale.
class LineChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineChart)

public:
    explicit LineChart(QWidget* parent = nullptr);
    void setData(const QString& title, const QStringList& periods,
                 const QList<BarChart::Series>& series, const QString& valueAxisTitle);
    int pointCount() const { return m_points; }
    bool save(const QString& path) const;
    /// The title shown (tests).
    QString title() const;

private:
    QChartView* m_view;
    int m_points = 0;
};

} // namespace leadloop
