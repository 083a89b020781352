#pragma once

#include <functional>
#include <QPainter>
#include <QRect>
#include <QString>

namespace leadloop {

/// Saves a chart as an SVG (by the extension) or a PNG image of `size`, drawn by `draw` into
/// the given rectangle; false when the file cannot be written.
bool saveChart(const QString& path, QSize size,
               const std::function<void(QPainter& painter, const QRect& area)>& draw);

} // namespace leadloop
