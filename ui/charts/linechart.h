#pragma once

#include "report/chartdata.h"

#include <QWidget>

namespace leadloop {

/// A line chart in a window (beside BarChart): values per period as lines, one per series,
/// with a title, axis labels and a legend, following the palette and the locale; drawn by the
/// same painter as the PDF report's charts.
class LineChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineChart)

public:
    explicit LineChart(QWidget* parent = nullptr);
    void setData(const QString& title, const QStringList& periods, const QList<ChartSeries>& series,
                 const QString& valueAxisTitle);
    /// How many points its lines have in all (tests).
    int pointCount() const;
    bool save(const QString& path) const;
    /// The title shown (tests).
    QString title() const { return m_data.shownTitle(); }
    QSize sizeHint() const override { return {480, 320}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ChartData m_data;
};

} // namespace leadloop
