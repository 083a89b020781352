#include "valuescale.h"

#include <cmath>

namespace leadloop {

namespace {

/// The round number (1, 2, 5 or 10 times a power of ten) nearest to `x`.
double roundNumber(double x)
{
    const double power = std::pow(10.0, std::floor(std::log10(x)));
    const double fraction = x / power; // 1 <= fraction < 10
    const double round = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    return round * power;
}

} // namespace

ValueScale ValueScale::fit(double top)
{
    ValueScale scale;
    if (!(top > 0) || !std::isfinite(top))
        return scale; // 0 to 5 in steps of 1
    // A little room above the tallest bar, then about five round steps up to it.
    const double room = top * 1.08;
    scale.step = roundNumber(room / 5);
    scale.max = std::ceil(room / scale.step) * scale.step;
    scale.decimals = scale.step >= 1 ? 0 : int(std::ceil(-std::log10(scale.step) - 1e-9));
    return scale;
}

QList<double> ValueScale::ticks() const
{
    QList<double> result;
    const int count = int(std::llround(max / step));
    for (int i = 0; i <= count; ++i)
        result.append(i * step);
    return result;
}

QString ValueScale::label(double value, const QLocale& locale) const
{
    return locale.toString(value, 'f', decimals);
}

} // namespace leadloop
