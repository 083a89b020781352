#include "chartdata.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace leadloop {

double ChartData::top() const
{
    double largest = 0;
    for (const ChartSeries& s : series)
        for (const QList<double>* values : {&s.values, &s.high})
            for (double v : *values)
                if (!std::isnan(v))
                    largest = std::max(largest, v);
    return largest;
}

QString ChartData::shownTitle() const
{
    if (!isEmpty())
        return title;
    return QCoreApplication::translate("BarChart", "%1: nothing to show for this period")
        .arg(title);
}

} // namespace leadloop
