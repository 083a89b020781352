#include "funnelchart.h"

#include "report/chartexport.h"

#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace leadloop {

FunnelChart::FunnelChart(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(220);
}

void FunnelChart::setStages(const QString& title, const QList<Stage>& stages)
{
    m_title = title;
    m_stages = stages;
    update();
}

void FunnelChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    draw(painter, rect());
}

void FunnelChart::draw(QPainter& painter, const QRect& area) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, palette().color(QPalette::Base));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::Text));
    const int titleHeight = painter.fontMetrics().height() + 12;
    painter.drawText(QRect(area.left(), area.top() + 4, area.width(), titleHeight),
                     Qt::AlignHCenter | Qt::AlignTop, m_title);
    if (m_stages.isEmpty() || m_stages.front().count <= 0)
        return;
    const int labelWidth = std::max(140, area.width() / 4);
    const QRect bars(area.left() + labelWidth, area.top() + titleHeight,
                     area.width() - 2 * labelWidth, area.height() - titleHeight - 8);
    const int rowHeight = bars.height() / int(m_stages.size());
    const QColor highlight = palette().color(QPalette::Highlight);
    const QLocale locale;
    for (qsizetype i = 0; i < m_stages.size(); ++i) {
        const Stage& stage = m_stages[i];
        const double share = stage.count / m_stages.front().count;
        // At least a sliver, so a small stage stays visible; its count is written beside it.
        const int width = std::max(bars.width() / 40, int(bars.width() * share));
        const QRect bar(bars.center().x() - width / 2, bars.top() + int(i) * rowHeight + 4, width,
                        rowHeight - 8);
        QColor fill = highlight;
        fill.setAlphaF(1.0 - 0.15 * double(i));
        painter.fillRect(bar, fill);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(area.left() + 4, bar.top(), labelWidth - 12, bar.height()),
                         Qt::AlignRight | Qt::AlignVCenter, stage.name);
        painter.setFont(font());
        QString detail = locale.toString(stage.count, 'f', 0);
        if (i > 0 && m_stages[i - 1].count > 0) {
            detail += u"  ("_s +
                      locale.toString(100.0 * stage.count / m_stages[i - 1].count, 'f', 1) +
                      u" %"_s;
            if (stage.rateInterval)
                detail += u", "_s + locale.toString(100.0 * stage.rateInterval->first, 'f', 1) +
                          u"–"_s + locale.toString(100.0 * stage.rateInterval->second, 'f', 1);
            detail += u")"_s;
            // The interval as an error bar: the widths this bar would have at its bounds.
            if (stage.rateInterval) {
                const double before = m_stages[i - 1].count / m_stages.front().count;
                const double from = bars.width() * before * stage.rateInterval->first;
                const double to = bars.width() * before * stage.rateInterval->second;
                const double y = bar.bottom() + 2;
                painter.setPen(QPen(palette().color(QPalette::Text), 1));
                for (const double sign : {-1.0, 1.0}) {
                    const double a = bars.center().x() + sign * from / 2;
                    const double b = bars.center().x() + sign * to / 2;
                    painter.drawLine(QPointF(a, y), QPointF(b, y));
                    painter.drawLine(QPointF(a, y - 3), QPointF(a, y + 1));
                    painter.drawLine(QPointF(b, y - 3), QPointF(b, y + 1));
                }
            }
        }
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(bars.right() + 12, bar.top(), labelWidth - 12, bar.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, detail);
    }
}

bool FunnelChart::save(const QString& path)
{
    return saveChart(path, size().expandedTo(QSize(800, 400)),
                     [this](QPainter& painter, const QRect& area) { draw(painter, area); });
}

} // namespace leadloop
