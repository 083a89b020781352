#include "proportions.h"

#include <algorithm>
#include <cmath>
#include <QLocale>

namespace leadloop {

Proportions::Interval Proportions::wilson(double x, double n, double z)
{
    if (n <= 0)
        return {0, 1};
    const double p = std::clamp(x / n, 0.0, 1.0);
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    // At x = 0 or x = n one end is exactly 0 or 1 (rounding would leave a trace).
    return {x <= 0 ? 0.0 : std::max(0.0, centre - half),
            x >= n ? 1.0 : std::min(1.0, centre + half)};
}

double Proportions::normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

Proportions::Comparison Proportions::compare(double x1, double n1, double x2, double n2)
{
    Comparison c;
    c.rate1 = n1 > 0 ? x1 / n1 : 0;
    c.rate2 = n2 > 0 ? x2 / n2 : 0;
    c.difference = c.rate1 - c.rate2;
    // Newcombe's method 10: the difference's ends from each rate's Wilson interval.
    const Interval w1 = wilson(x1, n1), w2 = wilson(x2, n2);
    const double delta = std::sqrt(std::pow(c.rate1 - w1.low, 2) + std::pow(w2.high - c.rate2, 2));
    const double epsilon =
        std::sqrt(std::pow(w1.high - c.rate1, 2) + std::pow(c.rate2 - w2.low, 2));
    c.interval = {c.difference - delta, c.difference + epsilon};
    // The pooled z-test.
    if (n1 > 0 && n2 > 0) {
        const double pooled = (x1 + x2) / (n1 + n2);
        const double se = std::sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        c.z = se > 0 ? c.difference / se : 0;
        c.p = se > 0 ? 2 * (1 - normalCdf(std::abs(c.z))) : 1;
    }
    return c;
}

QString Proportions::describe(const QString& name1, const QString& name2, const Comparison& c)
{
    const QLocale locale;
    const auto percent = [&](double rate) {
        return locale.toString(rate * 100, 'f', 1) + QStringLiteral(" %");
    };
    const auto points = [&](double rate) { return locale.toString(rate * 100, 'f', 1); };
    const QString p = c.p < 0.001 ? QStringLiteral("p < 0.001")
                                  : QStringLiteral("p = ") + locale.toString(c.p, 'f', 3);
    if (!c.distinguishable())
        return tr("%1 and %2 cannot be told apart: %3 vs %4, the difference could be anything "
                  "from %5 to %6 points (%7).")
            .arg(name1, name2, percent(c.rate1), percent(c.rate2), points(c.interval.low),
                 points(c.interval.high), p);
    const bool first = c.difference > 0;
    return tr("%1 converts better than %2: %3 vs %4, difference %5 to %6 points (%7).")
        .arg(first ? name1 : name2, first ? name2 : name1, percent(first ? c.rate1 : c.rate2),
             percent(first ? c.rate2 : c.rate1), points(first ? c.interval.low : -c.interval.high),
             points(first ? c.interval.high : -c.interval.low), p);
}

} // namespace leadloop
