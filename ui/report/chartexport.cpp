#include "chartexport.h"

#include <QImage>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace leadloop {

bool saveChart(const QString& path, QSize size,
               const std::function<void(QPainter& painter, const QRect& area)>& draw)
{
    const QRect area(QPoint(0, 0), size);
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(area);
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        draw(painter, area);
        return painter.end();
    }
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    draw(painter, area);
    painter.end();
    return image.save(path);
}

} // namespace leadloop
