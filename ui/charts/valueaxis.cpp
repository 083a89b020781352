#include "valueaxis.h"

#include <QCoreApplication>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace leadloop {

void fitValueAxis(QValueAxis* axis, double top)
{
    axis->setRange(0, top > 0 ? top * 1.08 : 5);
    axis->applyNiceNumbers();
    axis->setLabelFormat(axis->max() >= 5 ? u"%.0f"_s : u"%.1f"_s);
}

QString chartTitle(const QString& title, double top)
{
    if (top > 0)
        return title;
    return QCoreApplication::translate("BarChart", "%1: nothing to show for this period")
        .arg(title);
}

} // namespace leadloop
