#pragma once

class QValueAxis;

namespace leadloop {

/// Fits a value axis from 0 to a little above `top` at round ticks, labelled without repeats:
/// whole numbers from 5 up, one decimal below, and 0 to 5 when there is nothing to show.
void fitValueAxis(QValueAxis* axis, double top);

} // namespace leadloop
