// The two scoring models on synthetic leads with known structure: the baseline finds a linear
// signal and ignores noise, the boosted trees also learn an interaction the baseline cannot; both
// are deterministic, and the trees' contributions add up to each score.
#include "sales/scoringmetrics.h"
#include "scoring/gradientboosting.h"
#include "scoring/logisticregression.h"

#include <cmath>
#include <QTest>

using namespace leadloop;

namespace {

/// A deterministic source of numbers in [-1, 1) (splitmix64), the same on every machine.
class Numbers
{
public:
    explicit Numbers(quint64 seed)
        : m_state(seed)
    {}
    double next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        return double(z >> 11) / double(1ULL << 53) * 2.0 - 1.0;
    }

private:
    quint64 m_state;
};

struct Leads
{
    FeatureMatrix x;
    std::vector<int> y;
};

/// `rows` leads with three features: a linear signal, pure noise and a third one; the outcome
/// is the signal (plus a little noise) or, with `interaction`, whether the signs of the first
/// and third features differ.
Leads leads(qint64 rows, bool interaction, quint64 seed)
{
    Numbers numbers(seed);
    Leads out{FeatureMatrix(rows, 3), {}};
    for (qint64 r = 0; r < rows; ++r) {
        const double a = numbers.next(), noise = numbers.next(), c = numbers.next();
        out.x.at(r, 0) = float(a);
        out.x.at(r, 1) = float(noise);
        out.x.at(r, 2) = float(c);
        const bool positive = interaction ? (a > 0) != (c > 0) : a + 0.3 * numbers.next() > 0;
        out.y.push_back(positive ? 1 : 0);
    }
    return out;
}

} // namespace

class TestScoringModels : public QObject
{
    Q_OBJECT

private slots:
    void theBaselineFindsTheSignalAndIgnoresNoise()
    {
        const Leads train = leads(2000, false, 1), test = leads(1000, false, 2);
        auto model = LogisticRegression::train(train.x, train.y);
        QVERIFY(model);
        QVERIFY2(model->weights()[0] > 2.0, "the signal carries a large positive weight");
        QVERIFY(std::abs(model->weights()[1]) < 0.2);
        QVERIFY(ScoringMetrics::rocAuc(model->predict(test.x), test.y) > 0.95);
        // The same data, the same model.
        auto again = LogisticRegression::train(train.x, train.y);
        QCOMPARE(again->weights(), model->weights());
    }

    void missingValuesCountAsTheMean()
    {
        Leads train = leads(500, false, 3);
        for (qint64 r = 0; r < train.x.rows; r += 3)
            train.x.at(r, 1) = NAN;
        auto model = LogisticRegression::train(train.x, train.y);
        QVERIFY(model);
        for (double p : model->predict(train.x))
            QVERIFY(p >= 0 && p <= 1);
    }

    void theTreesLearnWhatTheBaselineCannot()
    {
        const Leads train = leads(3000, true, 4), test = leads(1000, true, 5);
        auto baseline = LogisticRegression::train(train.x, train.y);
        QVERIFY(baseline);
        GradientBoosting::Options options;
        options.rounds = 60;
        options.seed = 7;
        auto trees = GradientBoosting::train(train.x, train.y, options);
        QVERIFY2(trees, trees ? "" : qPrintable(trees.error().message));
        auto p = trees->predict(test.x);
        QVERIFY(p);
        const double treesAuc = ScoringMetrics::rocAuc(*p, test.y);
        const double baselineAuc = ScoringMetrics::rocAuc(baseline->predict(test.x), test.y);
        QVERIFY2(treesAuc > 0.95, qPrintable(QString::number(treesAuc)));
        QVERIFY2(baselineAuc < 0.6, qPrintable(QString::number(baselineAuc)));

        // Deterministic for a seed.
        auto again = GradientBoosting::train(train.x, train.y, options);
        QCOMPARE(*again->predict(test.x), *p);

        // Each row's contributions (3 features and the bias) add up to its log-odds.
        auto contributions = trees->contributions(test.x);
        QVERIFY(contributions);
        QCOMPARE(contributions->size(), size_t(test.x.rows) * 4);
        for (qint64 r = 0; r < 20; ++r) {
            double sum = 0;
            for (int c = 0; c < 4; ++c)
                sum += (*contributions)[size_t(r) * 4 + size_t(c)];
            const double logit = std::log((*p)[size_t(r)] / (1 - (*p)[size_t(r)]));
            QVERIFY2(std::abs(sum - logit) < 1e-3, qPrintable(QString::number(sum - logit)));
        }

        // Saved and read back, it scores alike.
        auto bytes = trees->save();
        QVERIFY(bytes);
        auto loaded = GradientBoosting::load(*bytes);
        QVERIFY(loaded);
        QCOMPARE(*loaded->predict(test.x), *p);
    }

    void explainingMatchesXgboostItself()
    {
        // explain() reads the rows in place and walks the trees itself (TreeEnsemble): the
        // same probabilities as predict() and exactly the approximate contributions XGBoost gives,
        // with missing values taking each split's default way.
        Leads train = leads(3000, true, 8);
        for (qint64 r = 0; r < train.x.rows; r += 5)
            train.x.at(r, 2) = NAN;
        GradientBoosting::Options options;
        options.rounds = 40;
        options.seed = 3;
        auto trees = GradientBoosting::train(train.x, train.y, options);
        QVERIFY(trees);
        Leads test = leads(700, true, 9);
        for (qint64 r = 0; r < test.x.rows; r += 4)
            test.x.at(r, r % 8 ? 0 : 2) = NAN;
        auto explained = trees->explain(test.x);
        QVERIFY2(explained, explained ? "" : qPrintable(explained.error().message));
        QCOMPARE(explained->probabilities, *trees->predict(test.x));
        const std::vector<float> theirs = *trees->contributions(test.x, true);
        // To the bit: the same floats, added in the same order.
        QCOMPARE(explained->trees.contributions(test.x), theirs);
        QVERIFY(trees->explain(FeatureMatrix(0, 3))->probabilities.empty());
    }

    void badInputIsAnError()
    {
        QVERIFY(!GradientBoosting::train(FeatureMatrix(), {}));
        QVERIFY(!LogisticRegression::train(FeatureMatrix(), {}));
        QVERIFY(!GradientBoosting::load("not a model"));
    }
};

QTEST_GUILESS_MAIN(TestScoringModels)
#include "tst_scoringmodels.moc"
