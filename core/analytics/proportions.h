#pragma once

#include <QCoreApplication>
#include <QString>

namespace leadloop {

/// Intervals and tests for rates: x of n people did something (docs/metrics.md,
/// "Uncertainty"). The Wilson score interval (Wilson 1927) for one rate; for two, the pooled
/// two-proportion z-test and Newcombe's hybrid score interval of the difference (Newcombe 1998,
/// method 10), both at 95 %.
class Proportions final
{
    Q_DECLARE_TR_FUNCTIONS(Proportions)

public:
    /// The normal quantile of a two-sided 95 % interval.
    static constexpr double Z95 = 1.959963984540054;

    struct Interval
    {
        double low = 0, high = 0;
    };
    /// The 95 % Wilson score interval of x/n; [0, 1] when n is 0. x and n may be fractional
    /// (credited people), read as counts.
    static Interval wilson(double x, double n, double z = Z95);

    /// Two groups' rates compared.
    struct Comparison
    {
        double rate1 = 0, rate2 = 0;
        double difference = 0; ///< rate1 - rate2
        Interval interval;     ///< of the difference
        double z = 0, p = 1;   ///< pooled z statistic and its two-sided p-value
        bool distinguishable() const { return interval.low > 0 || interval.high < 0; }
    };
    static Comparison compare(double x1, double n1, double x2, double n2);
    /// In plain words: "Paid Search converts better than Email: 8.1 % vs 5.2 %, difference 1.1
    /// to 4.7 points (p = 0.002)", or that the difference cannot be told from noise.
    static QString describe(const QString& name1, const QString& name2, const Comparison& c);

    /// The standard normal distribution function.
    static double normalCdf(double z);
};

} // namespace leadloop
