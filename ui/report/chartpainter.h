#pragma once

#include "chartdata.h"
#include "chartstyle.h"

class QPainter;
class QRectF;

namespace leadloop {

/// Draws a chart into a painter's area (a widget, a PDF page, an SVG or PNG file) with QPainter
/// alone: a title, a value axis at round steps with grid lines, the bars or lines, the category
/// labels (turned when they do not fit side by side) and a legend for two or more series.
void paintChart(QPainter& painter, const QRectF& area, const ChartData& data,
                const ChartStyle& style);

} // namespace leadloop
