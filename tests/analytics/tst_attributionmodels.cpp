#include "analytics/attributionmodels.h"
#include "analytics/pathdata.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace leadloop::attribution;
using namespace Qt::StringLiterals;

namespace {

/// An aggregated path from "a > b > c" with counts.
Path path(const QString& channels, double conversions, double nulls = 0, double value = 0)
{
    Path p;
    for (const QString& c : channels.split(u'>', Qt::SkipEmptyParts))
        p.touches.push_back({c.trimmed()});
    p.conversions = conversions;
    p.nulls = nulls;
    p.value = value;
    return p;
}

constexpr qint64 Day = 86'400'000;

/// The published B2B journey (reference case E): a 12,000 deal, touches on days 0, 5, 12, 30 and
/// 38; the person became a lead on day 5 and an opportunity on day 30, and closed on day 38.
Path b2bJourney()
{
    Path p;
    p.touches = {{u"Paid Social"_s, 0},
                 {u"Organic Search"_s, 5 * Day, false, true},
                 {u"Paid Social"_s, 12 * Day},
                 {u"Paid Search"_s, 30 * Day, false, false, true},
                 {u"Direct"_s, 38 * Day, true, false, false, true}};
    p.convertedAt = 38 * Day;
    p.value = 12000;
    return p;
}

} // namespace

/// Every attribution model against published and hand-computed cases (shared/reference/
/// attribution.md), and the property that credits add up to the totals.
class TestAttributionModels : public QObject
{
    Q_OBJECT

private slots:
    void singlePathModels_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QList<double>>("credit"); // of the 12,000, touch by touch
        QTest::addColumn<double>("tolerance");
        QTest::newRow("first touch") << u"first_touch"_s << QList<double>{12000, 0, 0, 0, 0} << 0.0;
        QTest::newRow("last touch") << u"last_touch"_s << QList<double>{0, 0, 0, 0, 12000} << 0.0;
        QTest::newRow("last non-direct")
            << u"last_non_direct"_s << QList<double>{0, 0, 0, 12000, 0} << 0.0;
        QTest::newRow("linear") << u"linear"_s << QList<double>{2400, 2400, 2400, 2400, 2400}
                                << 1e-9;
        QTest::newRow("position based (published)")
            << u"position_based"_s << QList<double>{4800, 800, 800, 800, 4800} << 1e-9;
        // Published 175 / 290 / 575 / 3,415 / 7,545 to within 3; exact with a 7-day half-life:
        QTest::newRow("time decay (published, within 3)")
            << u"time_decay"_s << QList<double>{175, 290, 575, 3415, 7545} << 3.0;
        QTest::newRow("time decay (computed)")
            << u"time_decay"_s << QList<double>{175.2, 287.4, 574.9, 3417.0, 7545.4} << 0.05;
        // 30% first, 30% lead (day 5), 30% opportunity (day 30), 10% shared by days 12 and 38.
        QTest::newRow("w-shaped (computed)")
            << u"w_shaped"_s << QList<double>{3600, 3600, 600, 3600, 600} << 1e-9;
        // 22.5% to first, lead, opportunity and close; 10% to day 12.
        QTest::newRow("full path (computed)")
            << u"full_path"_s << QList<double>{2700, 2700, 1200, 2700, 2700} << 1e-9;
    }

    void singlePathModels()
    {
        QFETCH(QString, model);
        QFETCH(QList<double>, credit);
        QFETCH(double, tolerance);
        const auto m = modelFromId(model);
        QVERIFY(m);
        const std::vector<double> w = touchWeights(*m, b2bJourney());
        QCOMPARE(int(w.size()), credit.size());
        for (int i = 0; i < credit.size(); ++i)
            QVERIFY2(std::abs(w[size_t(i)] * 12000 - credit[i]) <= tolerance,
                     qPrintable(u"touch %1: %2, expected %3"_s.arg(i + 1)
                                    .arg(w[size_t(i)] * 12000)
                                    .arg(credit[i])));
    }

    void milestonesThatAreMissingOrShared()
    {
        // One touch that is first, lead and opportunity at once earns everything; without
        // milestones w_shaped spreads 30% to the first touch and 10% over the rest, scaled.
        Path single;
        single.touches = {{u"Email"_s, 0, false, true, true}};
        QCOMPARE(touchWeights(Model::WShaped, single), std::vector<double>{1.0});
        Path plain = path(u"a > b > c"_s, 1);
        const std::vector<double> w = touchWeights(Model::WShaped, plain);
        QVERIFY(std::abs(w[0] - 0.3 / 0.4) < 1e-12);
        QVERIFY(std::abs(w[1] - 0.05 / 0.4) < 1e-12);
        QCOMPARE(touchWeights(Model::PositionBased, path(u"a > b"_s, 1)),
                 (std::vector<double>{0.5, 0.5}));
        QCOMPARE(touchWeights(Model::LastNonDirect,
                              [] {
                                  Path p;
                                  p.touches = {{u"Direct"_s, 0, true}, {u"Direct"_s, 1, true}};
                                  return p;
                              }()),
                 (std::vector<double>{0.0, 1.0})); // only direct touches: the last one
    }

    void markovRemovalEffects_data()
    {
        QTest::addColumn<QList<Path>>("paths");
        QTest::addColumn<double>("probability");
        QTest::addColumn<QStringList>("channels");
        QTest::addColumn<QList<double>>("effects");
        QTest::addColumn<QList<double>>("conversions");
        QTest::addColumn<QList<double>>("values");
        // A: Bryl / AnalyzeCore, as asserted by JesseCastro/markovattribution.
        QTest::newRow("A three paths")
            << QList<Path>{path(u"C1 > C2 > C3"_s, 1, 0, 1000), path(u"C1"_s, 0, 1),
                           path(u"C2 > C3"_s, 0, 1)}
            << 1.0 / 3 << QStringList{u"C1"_s, u"C2"_s, u"C3"_s} << QList<double>{0.5, 1.0, 1.0}
            << QList<double>{0.2, 0.4, 0.4} << QList<double>{200, 400, 400};
        // B: Puzyrov's removal effect example.
        QTest::newRow("B google ads and mailing")
            << QList<Path>{path(u"google ads"_s, 2, 1), path(u"mailing"_s, 1),
                           path(u"google ads > mailing"_s, 1)}
            << 0.8 << QStringList{u"google ads"_s, u"mailing"_s} << QList<double>{0.75, 0.5}
            << QList<double>{2.4, 1.6} << QList<double>{0, 0};
        // C: pychattr's README, exact (the package's simulation gives A 1.991, B 1.009).
        QTest::newRow("C repeated channels")
            << QList<Path>{path(u"A>B>A>B>B>A"_s, 1), path(u"A>B>B>A>A"_s, 1), path(u"A>A"_s, 1)}
            << 1.0 << QStringList{u"A"_s, u"B"_s} << QList<double>{1.0, 0.5}
            << QList<double>{2.0, 1.0} << QList<double>{0, 0};
    }

    void markovRemovalEffects()
    {
        QFETCH(QList<Path>, paths);
        QFETCH(double, probability);
        QFETCH(QStringList, channels);
        QFETCH(QList<double>, effects);
        QFETCH(QList<double>, conversions);
        QFETCH(QList<double>, values);
        const std::vector<Path> all(paths.begin(), paths.end());
        double p = 0;
        const auto re = attribution::markovRemovalEffects(all, &p);
        QVERIFY(std::abs(p - probability) < 1e-12);
        const auto credits = credit(Model::Markov, all);
        for (int i = 0; i < channels.size(); ++i) {
            QVERIFY(std::abs(re.at(channels[i]) - effects[i]) < 1e-12);
            QVERIFY(std::abs(credits.at(channels[i]).conversions - conversions[i]) < 1e-9);
            QVERIFY(std::abs(credits.at(channels[i]).value - values[i]) < 1e-9);
        }
    }

    void shapleyOfThreeChannels()
    {
        // D: conversion ratios per exact coalition; v(S) sums the ratios within S.
        const std::map<QStringList, double> ratios = {{{u"F"_s}, 0.20},
                                                      {{u"O"_s}, 0.10},
                                                      {{u"L"_s}, 0.17},
                                                      {{u"F"_s, u"O"_s}, 0.17},
                                                      {{u"F"_s, u"L"_s}, 0.30},
                                                      {{u"L"_s, u"O"_s}, 0.00},
                                                      {{u"F"_s, u"L"_s, u"O"_s}, 0.06}};
        const auto phi = shapleyValues(ratios);
        QVERIFY(std::abs(phi.at(u"F"_s) - 0.455) < 1e-9);
        QVERIFY(std::abs(phi.at(u"O"_s) - 0.205) < 1e-9);
        QVERIFY(std::abs(phi.at(u"L"_s) - 0.340) < 1e-9);
    }

    void creditsAddUpForEveryModel()
    {
        std::vector<Path> paths = {path(u"Email > Paid Search > Direct"_s, 2, 3, 500),
                                   path(u"Organic Search"_s, 1, 4, 120),
                                   path(u"Paid Social > Paid Social > Email"_s, 1, 1, 80),
                                   path(u""_s, 1, 0, 50), // converted with no touch
                                   path(u"Referral"_s, 0, 6)};
        for (Path& p : paths)
            for (Touch& t : p.touches)
                t.direct = t.channel == u"Direct";
        for (Model model : allModels()) {
            const auto credits = credit(model, paths);
            double conversions = 0, value = 0;
            for (const auto& [channel, c] : credits) {
                conversions += c.conversions;
                value += c.value;
            }
            QVERIFY2(std::abs(conversions - 5) < 1e-9, qPrintable(modelId(model)));
            QVERIFY2(std::abs(value - 750) < 1e-9, qPrintable(modelId(model)));
            QVERIFY2(std::abs(credits.at(u"(none)"_s).conversions - 1) < 1e-12,
                     qPrintable(modelId(model)));
        }
    }

    void sharedAndCopiedLabelsCreditAlike()
    {
        // A report's touches share their label strings (the credit's numbering remembers their
        // buffers); path data's each have their own. Both credit alike, and a touch group named
        // "(none)" (a medium) gets the touchless conversions too.
        const QString email = u"Email"_s, none = u"(none)"_s, search = u"Search"_s;
        std::vector<Path> shared(40);
        for (size_t i = 0; i < shared.size(); ++i) {
            Path& p = shared[i];
            if (i % 5 != 4)
                p.touches = {{i % 2 ? email : none, qint64(i) * Day},
                             {i % 3 ? search : email, qint64(i + 1) * Day}};
            p.conversions = i % 4 == 0 ? 0 : 1;
            p.nulls = 1 - p.conversions;
            p.value = double(10 * i);
            p.convertedAt = qint64(i + 2) * Day;
        }
        std::vector<Path> copied = shared;
        for (Path& p : copied)
            for (Touch& t : p.touches)
                t.channel = QString(t.channel.constData(), t.channel.size()); // a buffer of its own
        for (Model model : allModels()) {
            const auto a = credit(model, shared), b = credit(model, copied);
            QCOMPARE(a.size(), b.size());
            for (const auto& [group, c] : a) {
                QCOMPARE(b.at(group).conversions, c.conversions);
                QCOMPARE(b.at(group).value, c.value);
            }
        }
        // Linear: "(none)" holds every touchless conversion plus half of each converting path
        // that starts with a "(none)" touch.
        double touchless = 0, fromTouches = 0;
        for (size_t i = 0; i < shared.size(); ++i) {
            if (shared[i].conversions == 0)
                continue;
            if (i % 5 == 4)
                touchless += 1;
            else if (i % 2 == 0)
                fromTouches += 0.5;
        }
        QCOMPARE(credit(Model::Linear, shared).at(none).conversions, touchless + fromTouches);
    }

    void renamingChannelsChangesOnlyNames()
    {
        const std::vector<Path> paths = {path(u"a > b > c"_s, 3, 2, 90), path(u"b > c"_s, 1, 5, 10),
                                         path(u"c > a"_s, 2, 1, 40)};
        std::vector<Path> renamed = paths;
        for (Path& p : renamed)
            for (Touch& t : p.touches)
                t.channel = u"x-"_s + t.channel;
        for (Model model : allModels()) {
            const auto before = credit(model, paths);
            const auto after = credit(model, renamed);
            for (const auto& [channel, c] : before) {
                QVERIFY(std::abs(after.at(u"x-"_s + channel).conversions - c.conversions) < 1e-12);
                QVERIFY(std::abs(after.at(u"x-"_s + channel).value - c.value) < 1e-12);
            }
        }
    }

    void readsPathData_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("paths");
        QTest::addColumn<QString>("error"); // a part of the message, or empty
        QTest::newRow("channelattribution")
            << QByteArray("path;total_conversions;total_conversion_value;total_null\n"
                          "alpha > beta;2;10.5;3\n"
                          "beta;0;0;4\n")
            << 2 << QString();
        QTest::newRow("commas, no value or null columns")
            << QByteArray("path,total_conversions\nEmail > Direct,1\n\n") << 1 << QString();
        QTest::newRow("a bad count names row and column")
            << QByteArray("path;total_conversions;total_null\nalpha;1;0\nbeta;1;many\n") << 0
            << u"row 3, column total_null"_s;
        QTest::newRow("an empty path")
            << QByteArray("path;total_conversions\n > ;1\n") << 0 << u"row 2, column path"_s;
        QTest::newRow("missing columns")
            << QByteArray("journey;conversions\na;1\n") << 0 << u"total_conversions"_s;
    }

    void readsPathData()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, paths);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"paths.csv"_s);
        test::writeFile(file, text);
        const auto read = PathData::read(file);
        if (!error.isEmpty()) {
            QVERIFY(!read.ok());
            QCOMPARE(read.error().code, ErrorCode::BadInput);
            QVERIFY2(read.error().message.contains(error), qPrintable(read.error().message));
            QVERIFY(read.error().message.contains(u"paths.csv"_s));
            return;
        }
        QVERIFY(read.ok());
        QCOMPARE(int(read->size()), paths);
        if (paths == 2) {
            const Path& first = read->front();
            QCOMPARE(int(first.touches.size()), 2);
            QCOMPARE(first.touches[1].channel, u"beta"_s);
            QCOMPARE(first.conversions, 2.0);
            QCOMPARE(first.value, 10.5);
            QCOMPARE(first.nulls, 3.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestAttributionModels)
#include "tst_attributionmodels.moc"
