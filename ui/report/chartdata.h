#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace leadloop {

/// One named series of values, one per category or period, optionally with each value's 95 %
/// interval (drawn as error bars on bars; docs/metrics.md, "Uncertainty").
struct ChartSeries
{
    ChartSeries() = default;
    ChartSeries(QString name_, QList<double> values_, QList<double> low_ = {},
                QList<double> high_ = {})
        : name(std::move(name_))
        , values(std::move(values_))
        , low(std::move(low_))
        , high(std::move(high_))
    {}

    QString name;
    QList<double> values;
    QList<double> low, high; ///< empty, or one bound per value (NaN: none for that value)
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

    /// The largest value (or upper bound), 0 when there is none above zero.
    double top() const;
    /// The title shown: it says so when every value is zero (an empty frame alone looks broken).
    QString shownTitle() const;
    /// Whether there is anything above zero to draw.
    bool isEmpty() const { return top() <= 0; }
};

} // namespace leadloop
