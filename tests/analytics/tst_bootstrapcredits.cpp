// Bootstrap intervals of attribution credits (docs/metrics.md, "Uncertainty"): in a simulation
// with planted truth the 95 % intervals cover the true expected credit about 95 % of the time; a
// seed gives the same bounds every time; every model, Markov and Shapley included, gets bounds
// that hold its own estimate; the table gains its columns beside each credit.
#include "analytics/attributionreport.h"
#include "analytics/bootstrapcredits.h"

#include <QTest>
#include <random>

using namespace leadloop;
using namespace leadloop::attribution;
using namespace Qt::StringLiterals;

namespace {

/// n journeys of one touch: A with probability 1/2, else B; A converts with probability 0.1,
/// B with 0.05. The expected first-touch credit of A is n * 0.5 * 0.1.
std::vector<Path> simulate(int n, std::mt19937_64& random)
{
    std::bernoulli_distribution coin(0.5), convertA(0.1), convertB(0.05);
    std::vector<Path> paths;
    for (int i = 0; i < n; ++i) {
        Path p;
        const bool a = coin(random);
        p.touches.push_back({a ? u"A"_s : u"B"_s, 1000});
        const bool converted = a ? convertA(random) : convertB(random);
        p.conversions = converted ? 1 : 0;
        p.nulls = converted ? 0 : 1;
        p.value = converted ? 100 : 0;
        paths.push_back(p);
    }
    return paths;
}

/// A few journeys of several touches, for the path-set models.
std::vector<Path> journeys()
{
    std::vector<Path> paths;
    const QStringList shapes[] = {{u"Search"_s, u"Email"_s},
                                  {u"Social"_s},
                                  {u"Search"_s},
                                  {u"Social"_s, u"Search"_s, u"Email"_s},
                                  {u"Email"_s}};
    for (int i = 0; i < 300; ++i) {
        Path p;
        const QStringList& shape = shapes[i % 5];
        for (int t = 0; t < shape.size(); ++t)
            p.touches.push_back({shape[t], qint64(i * 1000 + t * 100)});
        p.convertedAt = i * 1000 + 900;
        const bool converted = (i * 7) % 11 < 3 + int(shape.size());
        p.conversions = converted ? 1 : 0;
        p.nulls = converted ? 0 : 1;
        p.value = converted ? 50 + i % 7 : 0;
        paths.push_back(p);
    }
    return paths;
}

} // namespace

class TestBootstrapCredits : public QObject
{
    Q_OBJECT

private slots:
    void coversThePlantedTruth()
    {
        std::mt19937_64 random(2026);
        const int datasets = 300, n = 400;
        const double truth = n * 0.5 * 0.1;
        int covered = 0;
        for (int d = 0; d < datasets; ++d) {
            const std::vector<Path> paths = simulate(n, random);
            const auto bounds =
                BootstrapCredits::run(paths, {Model::FirstTouch}, {}, 200, quint64(d + 1));
            const auto a = bounds[0].find(u"A"_s);
            QVERIFY(a != bounds[0].end());
            if (a->second.conversionsLow <= truth && truth <= a->second.conversionsHigh)
                ++covered;
        }
        const double coverage = double(covered) / datasets;
        qInfo("coverage of the planted truth: %.3f", coverage);
        QVERIFY2(coverage >= 0.91 && coverage <= 0.985, qPrintable(QString::number(coverage)));
    }

    void aSeedGivesTheSameBounds()
    {
        const std::vector<Path> paths = journeys();
        const QList<Model> models = {Model::Linear, Model::Markov, Model::Shapley};
        const auto first = BootstrapCredits::run(paths, models, {}, 100, 42);
        const auto again = BootstrapCredits::run(paths, models, {}, 100, 42);
        const auto other = BootstrapCredits::run(paths, models, {}, 100, 43);
        bool differs = false;
        for (size_t k = 0; k < size_t(models.size()); ++k)
            for (const auto& [group, b] : first[k]) {
                QCOMPARE(again[k].at(group).conversionsLow, b.conversionsLow);
                QCOMPARE(again[k].at(group).conversionsHigh, b.conversionsHigh);
                QCOMPARE(again[k].at(group).valueHigh, b.valueHigh);
                differs = differs || other[k].at(group).conversionsLow != b.conversionsLow;
            }
        QVERIFY(differs);
    }

    // Every model's bounds hold its estimate on the whole data, and the table shows them beside
    // each credit.
    void boundsHoldEveryModelsEstimate()
    {
        const std::vector<Path> paths = journeys();
        const QList<Model> models = allModels();
        const ResultTable table =
            AttributionReport::credit(paths, models, {}, u"channel"_s, {}, {200, 5});
        QCOMPARE(table.meta.value(u"bootstrap"_s).toMap().value(u"replicates"_s).toInt(), 200);
        QCOMPARE(table.rows.size(), 3);
        for (const Model m : models) {
            const QString id = modelId(m);
            qsizetype c = -1;
            for (qsizetype i = 0; i < table.columns.size(); ++i)
                if (table.columns[i].key == id + u"_conversions"_s)
                    c = i;
            QVERIFY(c > 0);
            QCOMPARE(table.columns[c + 1].key, id + u"_conversions_low"_s);
            QCOMPARE(table.columns[c + 2].key, id + u"_conversions_high"_s);
            QCOMPARE(table.columns[c + 4].key, id + u"_value_low"_s);
            for (const QVariantList& row : table.rows) {
                const double estimate = row[c].toDouble();
                QVERIFY2(row[c + 1].toDouble() <= estimate + 1e-9 &&
                             estimate <= row[c + 2].toDouble() + 1e-9,
                         qPrintable(id + u' ' + row[0].toString()));
                QVERIFY(row[c + 1].toDouble() < row[c + 2].toDouble());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBootstrapCredits)
#include "tst_bootstrapcredits.moc"
