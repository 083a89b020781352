#include "chartstyle.h"

#include <QPalette>

namespace leadloop {

namespace {

/// Series colours that stay apart for the common kinds of colour blindness and on both light
/// and dark backgrounds (blue, orange, teal, purple, brown, grey).
QList<QColor> seriesColours(bool dark)
{
    if (dark)
        return {QColor(0x5d, 0xa5, 0xf0), QColor(0xf5, 0xa6, 0x23), QColor(0x3c, 0xc4, 0xb4),
                QColor(0xb3, 0x8c, 0xf0), QColor(0xd9, 0x8b, 0x5f), QColor(0xb0, 0xb0, 0xb0)};
    return {QColor(0x1f, 0x6f, 0xc5), QColor(0xe0, 0x7b, 0x00), QColor(0x14, 0x8f, 0x82),
            QColor(0x7a, 0x4f, 0xc4), QColor(0x9c, 0x4f, 0x2a), QColor(0x6b, 0x6b, 0x6b)};
}

} // namespace

ChartStyle ChartStyle::fromPalette(const QPalette& palette, const QFont& font)
{
    ChartStyle style;
    style.font = font;
    style.text = palette.color(QPalette::Text);
    style.background = palette.color(QPalette::Base);
    const bool dark = style.background.lightness() < 128;
    style.grid = dark ? style.background.lighter(170) : style.background.darker(118);
    style.series = seriesColours(dark);
    return style;
}

ChartStyle ChartStyle::print(const QString& family)
{
    ChartStyle style;
    style.font = QFont(family);
    style.font.setPointSizeF(7);
    style.series = seriesColours(false);
    return style;
}

QColor ChartStyle::seriesColour(qsizetype index) const
{
    return series.isEmpty() ? text : series.at(index % series.size());
}

} // namespace leadloop
