#include "chartpainter.h"

#include "valuescale.h"

#include <algorithm>
#include <cmath>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace leadloop {

namespace {

/// The painter's font metrics, as it will lay text out on its device.
QFontMetricsF metricsOf(const QFont& font, QPainter& painter)
{
    return QFontMetricsF(font, painter.device());
}

/// Draws the legend's entries centred in rows along the bottom of `area`; returns its height.
double paintLegend(QPainter& painter, const QRectF& area, const ChartData& data,
                   const ChartStyle& style, bool draw)
{
    const QFontMetricsF fm = metricsOf(style.font, painter);
    const double swatch = fm.height() * 0.7, gap = fm.height() * 0.35, spacing = fm.height();
    // Entries into rows that fit the width.
    QList<QList<qsizetype>> rows(1);
    QList<double> widths(1, 0);
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        const double w = swatch + gap + fm.horizontalAdvance(data.series[i].name);
        if (!rows.last().isEmpty() && widths.last() + spacing + w > area.width()) {
            rows.append(QList<qsizetype>());
            widths.append(0);
        }
        widths.last() += (rows.last().isEmpty() ? 0 : spacing) + w;
        rows.last().append(i);
    }
    const double height = fm.height() * double(rows.size());
    if (!draw)
        return height;
    painter.setFont(style.font);
    double y = area.bottom() - height;
    for (qsizetype r = 0; r < rows.size(); ++r, y += fm.height()) {
        double x = area.center().x() - widths[r] / 2;
        for (qsizetype i : rows[r]) {
            painter.fillRect(QRectF(x, y + (fm.height() - swatch) / 2, swatch, swatch),
                             style.seriesColour(i));
            x += swatch + gap;
            painter.setPen(style.text);
            const double w = fm.horizontalAdvance(data.series[i].name);
            painter.drawText(QRectF(x, y, w + 1, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             data.series[i].name);
            x += w + spacing;
        }
    }
    return height;
}

/// Text drawn turned by `degrees` (negative: rising to the right) ending at `anchor`.
void drawTurned(QPainter& painter, const QPointF& anchor, double degrees, const QString& text,
                const QFontMetricsF& fm)
{
    painter.save();
    painter.translate(anchor);
    painter.rotate(degrees);
    const double w = fm.horizontalAdvance(text);
    painter.drawText(QRectF(-w, -fm.height() / 2, w, fm.height()),
                     Qt::AlignRight | Qt::AlignVCenter, text);
    painter.restore();
}

} // namespace

void paintChart(QPainter& painter, const QRectF& area, const ChartData& data,
                const ChartStyle& style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, style.background);
    const QFontMetricsF fm = metricsOf(style.font, painter);
    const double pad = fm.height() * 0.6;
    QRectF free = area.adjusted(pad, pad, -pad, -pad);

    // The title, wrapped over the width.
    QFont titleFont = style.font;
    titleFont.setPointSizeF(style.font.pointSizeF() * 1.2);
    titleFont.setBold(true);
    const QString title = data.shownTitle();
    const QRectF titleBox = metricsOf(titleFont, painter)
                                .boundingRect(free, Qt::AlignHCenter | Qt::TextWordWrap, title);
    painter.setFont(titleFont);
    painter.setPen(style.text);
    painter.drawText(free, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title);
    free.setTop(free.top() + titleBox.height() + pad);

    const bool empty = data.isEmpty();
    if (data.series.size() > 1 && !empty)
        free.setBottom(free.bottom() - paintLegend(painter, free, data, style, true) - pad);
    painter.setFont(style.font);

    const ValueScale scale = ValueScale::fit(data.top());
    const QList<double> ticks = scale.ticks();
    const QStringList categories = empty ? QStringList() : data.categories;
    const bool horizontal = data.kind == ChartData::Kind::HorizontalBars;
    double widestTick = 0;
    for (double t : ticks)
        widestTick = std::max(widestTick, fm.horizontalAdvance(scale.label(t, style.locale)));
    double widestCategory = 0;
    for (const QString& c : categories)
        widestCategory = std::max(widestCategory, fm.horizontalAdvance(c));
    const bool axisTitle = !data.valueAxisTitle.isEmpty();

    // The plot's frame: room for the labels on its left and under it.
    QRectF plot = free;
    double turn = 0; // degrees the category labels are turned
    if (horizontal) {
        const double left = std::min(widestCategory, free.width() * 0.4) + pad;
        plot.setLeft(free.left() + left);
        plot.setRight(free.right() - widestTick / 2);
        plot.setBottom(free.bottom() - fm.height() * (axisTitle ? 2.6 : 1.2));
    } else {
        plot.setLeft(free.left() + (axisTitle ? fm.height() * 1.3 : 0) + widestTick + pad * 0.5);
        plot.setRight(free.right() - pad * 0.5);
        const double band =
            categories.isEmpty() ? plot.width() : plot.width() / double(categories.size());
        double under = fm.height() * 1.2;
        if (widestCategory > band * 0.95) {
            turn = -60;
            under = widestCategory * std::sin(M_PI / 3) + fm.height();
        }
        plot.setBottom(free.bottom() - std::min(under, free.height() * 0.45));
    }
    if (plot.width() <= 0 || plot.height() <= 0) {
        painter.restore();
        return;
    }

    // Grid lines and tick labels along the value axis.
    const auto valueAt = [&](double v) {
        return horizontal ? plot.left() + plot.width() * v / scale.max
                          : plot.bottom() - plot.height() * v / scale.max;
    };
    for (double t : ticks) {
        const double at = valueAt(t);
        const QString label = scale.label(t, style.locale);
        painter.setPen(QPen(style.grid, 0));
        if (horizontal)
            painter.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()));
        else
            painter.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at));
        painter.setPen(style.text);
        if (horizontal)
            painter.drawText(
                QRectF(at - widestTick, plot.bottom() + 2, 2 * widestTick, fm.height()),
                Qt::AlignHCenter | Qt::AlignTop, label);
        else
            painter.drawText(QRectF(plot.left() - widestTick - pad * 0.5, at - fm.height() / 2,
                                    widestTick, fm.height()),
                             Qt::AlignRight | Qt::AlignVCenter, label);
    }
    if (axisTitle) {
        painter.setPen(style.text);
        if (horizontal) {
            painter.drawText(
                QRectF(plot.left(), plot.bottom() + fm.height() * 1.5, plot.width(), fm.height()),
                Qt::AlignHCenter | Qt::AlignTop, data.valueAxisTitle);
        } else {
            painter.save();
            painter.translate(free.left(), plot.center().y());
            painter.rotate(-90);
            painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), fm.height()),
                             Qt::AlignHCenter | Qt::AlignTop, data.valueAxisTitle);
            painter.restore();
        }
    }
    // The category axis.
    painter.setPen(QPen(style.text, 0));
    if (horizontal)
        painter.drawLine(plot.topLeft(), plot.bottomLeft());
    else
        painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (categories.isEmpty()) {
        painter.restore();
        return;
    }

    const double length = horizontal ? plot.height() : plot.width();
    const double band = length / double(categories.size());
    // As in most chart tools, the first category sits next to the origin: at the bottom of
    // horizontal bars (callers list them bottom up) and at the left of vertical ones.
    const auto bandStart = [&](qsizetype i) {
        return horizontal ? plot.bottom() - band * double(i + 1) : plot.left() + band * double(i);
    };

    if (data.kind == ChartData::Kind::Lines) {
        for (qsizetype s = 0; s < data.series.size(); ++s) {
            const QList<double>& values = data.series[s].values;
            QPainterPath line;
            for (qsizetype i = 0; i < values.size() && i < categories.size(); ++i) {
                const QPointF p(bandStart(i) + band / 2, valueAt(values[i]));
                if (i == 0)
                    line.moveTo(p);
                else
                    line.lineTo(p);
            }
            painter.setPen(QPen(style.seriesColour(s), fm.height() * 0.15));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(line);
            // Points too: a single period is a point, not an invisible line.
            painter.setBrush(style.seriesColour(s));
            const double r = fm.height() * 0.16;
            for (qsizetype i = 0; i < values.size() && i < categories.size(); ++i)
                painter.drawEllipse(QPointF(bandStart(i) + band / 2, valueAt(values[i])), r, r);
        }
    } else {
        const double group = band * 0.72;
        const double bar = group / double(std::max<qsizetype>(1, data.series.size()));
        for (qsizetype i = 0; i < categories.size(); ++i)
            for (qsizetype s = 0; s < data.series.size(); ++s) {
                const double v = std::max(0.0, data.series[s].values.value(i));
                const double along = bandStart(i) + (band - group) / 2 + bar * double(s);
                const QRectF box = horizontal
                                       ? QRectF(plot.left(), along, valueAt(v) - plot.left(), bar)
                                       : QRectF(along, valueAt(v), bar, plot.bottom() - valueAt(v));
                painter.fillRect(box, style.seriesColour(s));
            }
        // Error bars over the bars: a line from the low to the high bound with caps.
        painter.setPen(QPen(style.text, std::max(1.0, fm.height() * 0.08)));
        for (qsizetype s = 0; s < data.series.size(); ++s) {
            const ChartSeries& series = data.series[s];
            for (qsizetype i = 0; i < categories.size(); ++i) {
                const double low = series.low.value(i, std::nan("")),
                             high = series.high.value(i, std::nan(""));
                if (std::isnan(low) || std::isnan(high))
                    continue;
                const double centre = bandStart(i) + (band - group) / 2 + bar * (double(s) + 0.5);
                const double cap = std::min(bar * 0.3, fm.height() * 0.4);
                const double from = valueAt(std::max(0.0, low)), to = valueAt(std::max(0.0, high));
                if (horizontal) {
                    painter.drawLine(QPointF(from, centre), QPointF(to, centre));
                    painter.drawLine(QPointF(from, centre - cap), QPointF(from, centre + cap));
                    painter.drawLine(QPointF(to, centre - cap), QPointF(to, centre + cap));
                } else {
                    painter.drawLine(QPointF(centre, from), QPointF(centre, to));
                    painter.drawLine(QPointF(centre - cap, from), QPointF(centre + cap, from));
                    painter.drawLine(QPointF(centre - cap, to), QPointF(centre + cap, to));
                }
            }
        }
    }

    // Category labels: beside the bars, under them, or turned when they do not fit.
    painter.setPen(style.text);
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString& name = categories[i];
        if (horizontal) {
            const QString shown =
                fm.elidedText(name, Qt::ElideRight, plot.left() - free.left() - pad * 0.5);
            painter.drawText(
                QRectF(free.left(), bandStart(i), plot.left() - free.left() - pad * 0.5, band),
                Qt::AlignRight | Qt::AlignVCenter, shown);
        } else if (turn != 0) {
            drawTurned(painter, QPointF(bandStart(i) + band / 2, plot.bottom() + fm.height() * 0.4),
                       turn, name, fm);
        } else {
            painter.drawText(QRectF(bandStart(i), plot.bottom() + 2, band, fm.height()),
                             Qt::AlignHCenter | Qt::AlignTop, name);
        }
    }
    painter.restore();
}

} // namespace leadloop
