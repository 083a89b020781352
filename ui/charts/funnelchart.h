#pragma once

#include <optional>
#include <QList>
#include <QWidget>
#include <utility>

namespace leadloop {

/// A drawn funnel (Qt Charts has none): one centred bar per stage, as wide as its count against
/// the first stage's, with the stage's name, count and the rate from the stage before (with its
/// 95 % interval when known, also drawn as an error bar under the bar). Follows the palette and
/// the locale; saves as PNG or SVG.
class FunnelChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelChart)

public:
    struct Stage
    {
        QString name;
        double count = 0;
        /// The 95 % interval of the rate from the stage before (fractions); none when unknown.
        std::optional<std::pair<double, double>> rateInterval = std::nullopt;
    };

    explicit FunnelChart(QWidget* parent = nullptr);
    void setStages(const QString& title, const QList<Stage>& stages);
    const QList<Stage>& stages() const { return m_stages; }
    bool save(const QString& path);
    QSize sizeHint() const override { return {520, 300}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void draw(QPainter& painter, const QRect& area) const;

    QString m_title;
    QList<Stage> m_stages;
};

} // namespace leadloop
