#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace leadloop {

/// A value axis from 0 to a little above the largest value, at round steps (1, 2 or 5 times a
/// power of ten, about five ticks), labelled with as many decimals as the step needs and never
/// a repeated label; 0 to 5 when there is nothing to show.
struct ValueScale
{
    double max = 5;
    double step = 1;
    int decimals = 0;

    /// The scale for values up to `top`.
    static ValueScale fit(double top);
    /// The tick values, from 0 to max.
    QList<double> ticks() const;
    /// A tick's label in the locale's digits.
    QString label(double value, const QLocale& locale) const;
};

} // namespace leadloop
