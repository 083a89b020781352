#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

namespace leadloop {

/// A journey as lanes on a time axis (painted: Qt Charts has no timeline): one lane per kind of
/// event, a mark per event, coloured by its channel where it has one. Hovering a mark shows its
/// detail; the mouse wheel zooms around the pointer and a double click shows everything again.
class TimelineChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineChart)

public:
    struct Mark
    {
        qint64 at = 0;   ///< UTC ms
        QString lane;    ///< a lane's name (lanes appear in the order of `lanes`)
        QString channel; ///< colours the mark; empty for none
        QString detail;  ///< shown on hover
    };

    explicit TimelineChart(QWidget* parent = nullptr);
    void setMarks(const QStringList& lanes, QList<Mark> marks);
    const QList<Mark>& marks() const { return m_marks; }
    /// The time window shown (UTC ms).
    std::pair<qint64, qint64> window() const { return {m_from, m_to}; }
    /// Zooms by `factor` (< 1 zooms in) around a moment.
    void zoom(double factor, qint64 around);
    void showAll();
    /// The mark under a point of the widget, if any (for the hover text).
    const Mark* markAt(const QPoint& point) const;
    bool save(const QString& path);
    QSize sizeHint() const override { return {800, 260}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect plotArea(const QRect& area) const;
    double xOf(qint64 at, const QRect& plot) const;
    qint64 timeOf(double x, const QRect& plot) const;
    void draw(QPainter& painter, const QRect& area) const;
    static QColor colourOf(const QString& channel);

    QStringList m_lanes;
    QList<Mark> m_marks;
    qint64 m_from = 0, m_to = 0;
};

} // namespace leadloop
