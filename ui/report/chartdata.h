#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace leadloop {

/// One named series of values, one per category or period.
struct ChartSeries
{
    QString name;
    QList<double> values;
};

/// What a chart shows, wherever it is drawn (a window, a PDF page, an SVG or PNG file): the
/// desktop, the CLI's PDF and the saved images draw the same data through one painter.
struct ChartData
{
    enum class Kind
    {
        Bars,           ///< categories along the bottom, values up
        HorizontalBars, ///< categories down the left (long names: channels, campaigns)
        Lines           ///< values per period, one line per series
    };

    Kind kind = Kind::Bars;
    QString title;
    QStringList categories; ///< or periods, for lines
    QList<ChartSeries> series;
    QString valueAxisTitle;

    /// The largest value, 0 when there is none above zero.
    double top() const;
    /// The title shown: it says so when every value is zero (an empty frame alone looks broken).
    QString shownTitle() const;
    /// Whether there is anything above zero to draw.
    bool isEmpty() const { return top() <= 0; }
};

} // namespace leadloop
