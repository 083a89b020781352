// The chart painter the desktop, the saved images and the PDF share: round value axes, the
// order of categories, the colours of series, and what an empty chart says.
#include "report/chartpainter.h"
#include "report/valuescale.h"

#include <algorithm>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

/// Rows of the image (top to bottom) that hold the colour, counting its pixels per row.
QList<int> rowsWith(const QImage& image, QColor colour)
{
    QList<int> counts(image.height(), 0);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) == colour)
                ++counts[y];
    return counts;
}

QImage painted(const ChartData& data, const ChartStyle& style)
{
    QImage image(600, 400, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paintChart(painter, QRectF(0, 0, 600, 400), data, style);
    painter.end();
    return image;
}

} // namespace

class TestChartPainter : public QObject
{
    Q_OBJECT

private slots:
    void valueScale_data()
    {
        QTest::addColumn<double>("top");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("decimals");
        // Computed by hand: room = top * 1.08; step = the round number nearest room / 5;
        // max = room rounded up to a step.
        QTest::newRow("nothing") << 0.0 << 5.0 << 1.0 << 0;
        QTest::newRow("visitors") << 20000.0 << 25000.0 << 5000.0 << 0;
        QTest::newRow("revenue") << 413343.5 << 500000.0 << 100000.0 << 0;
        QTest::newRow("leads per week") << 251.0 << 300.0 << 50.0 << 0;
        QTest::newRow("three") << 3.0 << 3.5 << 0.5 << 1;
        QTest::newRow("rates") << 0.04 << 0.05 << 0.01 << 2;
        QTest::newRow("one") << 1.0 << 1.2 << 0.2 << 1;
        QTest::newRow("not a number") << qQNaN() << 5.0 << 1.0 << 0;
    }

    void valueScale()
    {
        QFETCH(double, top);
        QFETCH(double, max);
        QFETCH(double, step);
        QFETCH(int, decimals);
        const ValueScale scale = ValueScale::fit(top);
        QCOMPARE(scale.max, max);
        QCOMPARE(scale.step, step);
        QCOMPARE(scale.decimals, decimals);
        const QList<double> ticks = scale.ticks();
        QCOMPARE(ticks.first(), 0.0);
        QVERIFY(qFuzzyCompare(ticks.last(), max));
        // No two ticks read the same.
        QStringList labels;
        for (double t : ticks)
            labels.append(scale.label(t, QLocale::c()));
        labels.removeDuplicates();
        QCOMPARE(labels.size(), ticks.size());
    }

    void labelsInTheLocale()
    {
        const ValueScale scale = ValueScale::fit(20000);
        QCOMPARE(scale.label(25000, QLocale(QLocale::English)), u"25,000"_s);
        QCOMPARE(scale.label(25000, QLocale(QLocale::Polish)), u"25\u00a0000"_s);
    }

    void horizontalBarsListBottomUp()
    {
        ChartStyle style;
        style.font = QFont(u"DejaVu Sans"_s, 8);
        style.series = {QColor(0x11, 0x22, 0xcc), QColor(0xcc, 0x22, 0x11)};
        // The first category (the long bar) sits next to the origin: at the bottom.
        const QImage image = painted({ChartData::Kind::HorizontalBars,
                                      u"Revenue"_s,
                                      {u"Long"_s, u"Short"_s},
                                      {{u"Revenue"_s, {100, 10}}},
                                      u"EUR"_s},
                                     style);
        const QList<int> rows = rowsWith(image, style.series[0]);
        const int widest = *std::max_element(rows.cbegin(), rows.cend());
        int widestRow = -1, narrowestRow = -1;
        for (int y = 0; y < rows.size(); ++y) {
            if (rows[y] == widest)
                widestRow = y;
            else if (rows[y] > 0 && rows[y] < widest / 2)
                narrowestRow = y;
        }
        QVERIFY(widestRow >= 0);
        QVERIFY(narrowestRow >= 0);
        QVERIFY2(widestRow > narrowestRow, "the first category should be drawn below the second");
        // One series: no legend, so the second colour is nowhere.
        for (int count : rowsWith(image, style.series[1]))
            QCOMPARE(count, 0);
    }

    void everySeriesHasItsColour()
    {
        ChartStyle style;
        style.font = QFont(u"DejaVu Sans"_s, 8);
        style.series = {QColor(0x11, 0x22, 0xcc), QColor(0xcc, 0x22, 0x11)};
        for (ChartData::Kind kind :
             {ChartData::Kind::Bars, ChartData::Kind::HorizontalBars, ChartData::Kind::Lines}) {
            const QImage image = painted({kind,
                                          u"Leads and customers"_s,
                                          {u"W27"_s, u"W28"_s, u"W29"_s},
                                          {{u"Leads"_s, {16, 32, 68}}, {u"Customers"_s, {0, 1, 5}}},
                                          u"People"_s},
                                         style);
            for (const QColor& colour : style.series) {
                int pixels = 0;
                for (int count : rowsWith(image, colour))
                    pixels += count;
                QVERIFY2(pixels > 20, qPrintable(colour.name()));
            }
        }
    }

    void emptyChartSaysSo()
    {
        const ChartData data{
            ChartData::Kind::Bars, u"Revenue"_s, {u"A"_s}, {{u"Revenue"_s, {0}}}, u"EUR"_s};
        QVERIFY(data.isEmpty());
        QCOMPARE(data.shownTitle(), u"Revenue: nothing to show for this period"_s);
        ChartStyle style;
        style.series = {QColor(0x11, 0x22, 0xcc)};
        // No bar and no legend swatch in the series colour.
        for (int count : rowsWith(painted(data, style), style.series[0]))
            QCOMPARE(count, 0);
    }
};

QTEST_MAIN(TestChartPainter)
#include "tst_chartpainter.moc"
