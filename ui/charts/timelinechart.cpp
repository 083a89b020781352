#include "timelinechart.h"

#include "report/chartexport.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr int LaneLabelWidth = 120;
constexpr int AxisHeight = 26;
constexpr int MarkRadius = 5;

} // namespace

TimelineChart::TimelineChart(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(180);
    setMouseTracking(true);
}

void TimelineChart::setMarks(const QStringList& lanes, QList<Mark> marks)
{
    m_lanes = lanes;
    m_marks = std::move(marks);
    showAll();
}

void TimelineChart::showAll()
{
    m_from = m_to = 0;
    if (!m_marks.isEmpty()) {
        m_from = m_to = m_marks.front().at;
        for (const Mark& m : m_marks) {
            m_from = std::min(m_from, m.at);
            m_to = std::max(m_to, m.at);
        }
    }
    // A margin either side, and at least an hour shown.
    const qint64 span = std::max<qint64>(m_to - m_from, 3'600'000);
    m_from -= span / 20;
    m_to = m_from + span + span / 10;
    update();
}

void TimelineChart::zoom(double factor, qint64 around)
{
    const double span = double(m_to - m_from) * factor;
    if (span < 60'000) // no closer than a minute
        return;
    const double share = double(around - m_from) / double(m_to - m_from);
    m_from = around - qint64(span * share);
    m_to = m_from + qint64(span);
    update();
}

QRect TimelineChart::plotArea(const QRect& area) const
{
    return area.adjusted(LaneLabelWidth, 8, -16, -AxisHeight);
}

double TimelineChart::xOf(qint64 at, const QRect& plot) const
{
    return plot.left() +
           double(at - m_from) / double(std::max<qint64>(1, m_to - m_from)) * plot.width();
}

qint64 TimelineChart::timeOf(double x, const QRect& plot) const
{
    return m_from + qint64((x - plot.left()) / std::max(1, plot.width()) * double(m_to - m_from));
}

QColor TimelineChart::colourOf(const QString& channel)
{
    if (channel.isEmpty())
        return QColor(0x60, 0x6c, 0x7a);
    // A stable colour per channel name.
    static const QColor colours[] = {{0x1f, 0x77, 0xb4}, {0xff, 0x7f, 0x0e}, {0x2c, 0xa0, 0x2c},
                                     {0xd6, 0x27, 0x28}, {0x94, 0x67, 0xbd}, {0x8c, 0x56, 0x4b},
                                     {0xe3, 0x77, 0xc2}, {0x17, 0xbe, 0xcf}, {0xbc, 0xbd, 0x22}};
    return colours[qHash(channel) % std::size(colours)];
}

const TimelineChart::Mark* TimelineChart::markAt(const QPoint& point) const
{
    const QRect plot = plotArea(rect());
    const int laneHeight = m_lanes.isEmpty() ? 0 : plot.height() / int(m_lanes.size());
    const Mark* best = nullptr;
    double bestDistance = MarkRadius + 3;
    for (const Mark& m : m_marks) {
        const qsizetype lane = m_lanes.indexOf(m.lane);
        if (lane < 0)
            continue;
        const double y = plot.top() + laneHeight * (double(lane) + 0.5);
        const double distance = std::hypot(xOf(m.at, plot) - point.x(), y - point.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = &m;
        }
    }
    return best;
}

void TimelineChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    draw(painter, rect());
}

void TimelineChart::draw(QPainter& painter, const QRect& area) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, palette().color(QPalette::Base));
    const QRect plot = plotArea(area);
    if (m_lanes.isEmpty())
        return;
    const int laneHeight = plot.height() / int(m_lanes.size());
    const QColor text = palette().color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15);
    for (qsizetype i = 0; i < m_lanes.size(); ++i) {
        const int y = plot.top() + laneHeight * int(i);
        painter.setPen(grid);
        painter.drawLine(plot.left(), y + laneHeight / 2, plot.right(), y + laneHeight / 2);
        painter.setPen(text);
        painter.drawText(QRect(area.left() + 6, y, LaneLabelWidth - 12, laneHeight),
                         Qt::AlignRight | Qt::AlignVCenter, m_lanes[i]);
    }
    // Time labels: five, in the user's locale, dates or times by the span shown.
    const QLocale locale;
    const bool days = m_to - m_from > 2 * 86'400'000;
    for (int i = 0; i <= 4; ++i) {
        const qint64 at = m_from + (m_to - m_from) * i / 4;
        const double x = xOf(at, plot);
        painter.setPen(grid);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(text);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        const QString label = days ? locale.toString(when.date(), QLocale::ShortFormat)
                                   : locale.toString(when, QLocale::ShortFormat);
        // The outer labels lean inwards so they stay inside the widget.
        const QRectF box = i == 4   ? QRectF(x - 140, plot.bottom() + 4, 140, AxisHeight - 4)
                           : i == 0 ? QRectF(x, plot.bottom() + 4, 140, AxisHeight - 4)
                                    : QRectF(x - 70, plot.bottom() + 4, 140, AxisHeight - 4);
        const Qt::Alignment align = i == 4   ? Qt::AlignRight
                                    : i == 0 ? Qt::AlignLeft
                                             : Qt::AlignHCenter;
        painter.drawText(box, align | Qt::AlignTop, label);
    }
    painter.save();
    painter.setClipRect(plot.adjusted(-MarkRadius, -MarkRadius, MarkRadius, MarkRadius));
    for (const Mark& m : m_marks) {
        const qsizetype lane = m_lanes.indexOf(m.lane);
        if (lane < 0)
            continue;
        const QPointF centre(xOf(m.at, plot), plot.top() + laneHeight * (double(lane) + 0.5));
        painter.setPen(QPen(palette().color(QPalette::Base), 1));
        painter.setBrush(colourOf(m.channel));
        painter.drawEllipse(centre, MarkRadius, MarkRadius);
    }
    painter.restore();
}

void TimelineChart::wheelEvent(QWheelEvent* event)
{
    const QRect plot = plotArea(rect());
    const qint64 around = timeOf(event->position().x(), plot);
    zoom(event->angleDelta().y() > 0 ? 0.8 : 1.25, around);
    event->accept();
}

void TimelineChart::mouseDoubleClickEvent(QMouseEvent*)
{
    showAll();
}

bool TimelineChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const Mark* mark = markAt(help->pos()))
            QToolTip::showText(help->globalPos(),
                               QLocale().toString(QDateTime::fromMSecsSinceEpoch(mark->at, Qt::UTC),
                                                  QLocale::ShortFormat) +
                                   u" UTC\n"_s + mark->detail,
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

bool TimelineChart::save(const QString& path)
{
    return saveChart(path, size().expandedTo(QSize(900, 300)),
                     [this](QPainter& painter, const QRect& area) { draw(painter, area); });
}

} // namespace leadloop
