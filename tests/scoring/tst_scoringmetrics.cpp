// The scoring metrics on cases computed by hand (docs/scoring.md, "Metrics").
#include "sales/scoringmetrics.h"

#include <cmath>
#include <QTest>

using namespace leadloop;

using Scores = std::vector<double>;
using Labels = std::vector<int>;
Q_DECLARE_METATYPE(Scores)
Q_DECLARE_METATYPE(Labels)

class TestScoringMetrics : public QObject
{
    Q_OBJECT

private slots:
    void rocAuc_data()
    {
        QTest::addColumn<Scores>("scores");
        QTest::addColumn<Labels>("labels");
        QTest::addColumn<double>("auc");
        // 4 pairs (positive, negative): 0.35 > 0.1, 0.35 < 0.4, 0.8 > both: 3 of 4.
        QTest::newRow("three pairs of four in order")
            << Scores{0.1, 0.4, 0.35, 0.8} << Labels{0, 0, 1, 1} << 0.75;
        QTest::newRow("all in order") << Scores{0.1, 0.2, 0.9, 0.8} << Labels{0, 0, 1, 1} << 1.0;
        QTest::newRow("all reversed") << Scores{0.9, 0.8, 0.1, 0.2} << Labels{0, 0, 1, 1} << 0.0;
        QTest::newRow("ties count half") << Scores{0.5, 0.5, 0.5, 0.5} << Labels{0, 1, 0, 1} << 0.5;
        // Positive 0.7 beats 0.2 and ties 0.7 (1.5); positive 0.2 ties 0.2 (0.5): 2 of 4.
        QTest::newRow("mixed ties") << Scores{0.7, 0.2, 0.7, 0.2} << Labels{1, 1, 0, 0} << 0.5;
    }
    void rocAuc()
    {
        QFETCH(Scores, scores);
        QFETCH(Labels, labels);
        QFETCH(double, auc);
        QCOMPARE(ScoringMetrics::rocAuc(scores, labels), auc);
    }

    void aucNeedsBothClasses()
    {
        QVERIFY(std::isnan(ScoringMetrics::rocAuc({0.1, 0.2}, {1, 1})));
        QVERIFY(std::isnan(ScoringMetrics::rocAuc({}, {})));
    }

    void rocCurveStepsThroughEachScore()
    {
        const auto curve = ScoringMetrics::rocCurve({0.1, 0.4, 0.35, 0.8}, {0, 0, 1, 1});
        const std::vector<std::pair<double, double>> expected{
            {0, 0}, {0, 0.5}, {0.5, 0.5}, {0.5, 1}, {1, 1}};
        QCOMPARE(curve, expected);
    }

    void brierIsTheMeanSquaredError()
    {
        // (0.1² + 0.1² + 0.2² + 0.3²) / 4 = 0.15 / 4
        QCOMPARE(ScoringMetrics::brier({0.1, 0.9, 0.8, 0.3}, {0, 1, 1, 0}), 0.0375);
    }

    void calibrationBinsByProbability()
    {
        const auto bins = ScoringMetrics::calibration({0.05, 0.15, 0.12, 0.95}, {0, 0, 1, 1});
        QCOMPARE(bins.size(), size_t(3));
        QCOMPARE(bins[0].count, 1);
        QCOMPARE(bins[0].predicted, 0.05);
        QCOMPARE(bins[0].observed, 0.0);
        QCOMPARE(bins[1].count, 2);
        QCOMPARE(bins[1].predicted, 0.135);
        QCOMPARE(bins[1].observed, 0.5);
        QCOMPARE(bins[2].predicted, 0.95);
        QCOMPARE(bins[2].observed, 1.0);
    }

    void liftCutsTheRankingIntoTenths()
    {
        // 20 leads scored 20 down to 1; positives at ranks 1–4 and 15: overall rate 0.25.
        Scores scores;
        Labels labels;
        for (int rank = 1; rank <= 20; ++rank) {
            scores.push_back(21 - rank);
            labels.push_back(rank <= 4 || rank == 15 ? 1 : 0);
        }
        const auto rows = ScoringMetrics::lift(scores, labels);
        QCOMPARE(rows.size(), size_t(10));
        QCOMPARE(rows[0].leads, 2);
        QCOMPARE(rows[0].positives, 2);
        QCOMPARE(rows[0].lift, 4.0);
        QCOMPARE(rows[0].gain, 0.4);
        QCOMPARE(rows[1].gain, 0.8);
        QCOMPARE(rows[1].cumulativeLift, 4.0);
        QCOMPARE(rows[2].positives, 0);
        QCOMPARE(rows[7].positives, 1); // ranks 15 and 16
        QCOMPARE(rows[7].lift, 2.0);
        QCOMPARE(rows[9].gain, 1.0);
        QCOMPARE(rows[9].cumulativeLift, 1.0);
    }

    void liftGivesTheRemainderToTheTopTenths()
    {
        const auto rows = ScoringMetrics::lift(Scores(23, 0.5), Labels(23, 0));
        QCOMPARE(rows[0].leads, 3);
        QCOMPARE(rows[2].leads, 3);
        QCOMPARE(rows[3].leads, 2);
        QCOMPARE(rows[9].gain, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestScoringMetrics)
#include "tst_scoringmetrics.moc"
