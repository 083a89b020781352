#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QLocale>

class QPalette;

namespace leadloop {

/// How a chart looks: its fonts, its text, grid and background colours and one colour per
/// series; taken from a window's palette (light or dark) or made for print.
struct ChartStyle
{
    QFont font; ///< labels; the title is a little larger and bold
    QColor text = Qt::black;
    QColor background = Qt::white;
    QColor grid = QColor(0xd8, 0xd8, 0xd8);
    QList<QColor> series;
    QLocale locale;

    /// The colours of a window's palette, in its font.
    static ChartStyle fromPalette(const QPalette& palette, const QFont& font);
    /// Black on white in `family` at print sizes (the PDF report).
    static ChartStyle print(const QString& family);
    /// The colour of the series at `index`.
    QColor seriesColour(qsizetype index) const;
};

} // namespace leadloop
