#pragma once

#include <QString>

class QValueAxis;

namespace leadloop {

/// Fits a value axis from 0 to a little above `top` at round ticks, labelled without repeats:
/// whole numbers from 5 up, one decimal below, and 0 to 5 when there is nothing to show.
void fitValueAxis(QValueAxis* axis, double top);

/// A chart's title, saying so when every value is zero (an empty frame alone looks broken).
QString chartTitle(const QString& title, double top);

} // namespace leadloop
