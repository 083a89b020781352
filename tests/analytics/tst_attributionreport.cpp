#include "analytics/attributionreport.h"
#include "analytics/funnelreport.h"
#include "analytics/pathsreport.h"
#include "analytics/trendreport.h"
#include "ingest/crmimporter.h"
#include "ingest/trackingimporter.h"
#include "sales/outcometagger.h"
#include "smallloop.h"
#include "store/database.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// The attribution report on the small closed loop (smallloop.h): every model's credits
/// computed by hand.
class TestAttributionReport : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    QString file(const QString& name, const QByteArray& bytes) { return m_dir.file(name, bytes); }

    /// The report's rows as "group|conversions|value".
    QStringList rows(const QString& model, const QString& conversion, int lookbackDays = 90,
                     std::optional<qint64> from = {})
    {
        PathQuery query;
        query.kind = *ConversionPaths::kindFromName(conversion, &query.eventName);
        query.lookbackDays = lookbackDays;
        query.filter.from = from;
        auto table =
            AttributionReport::run(m_ws->database(), {*attribution::modelFromId(model)}, query, {});
        if (!table) {
            qWarning() << table.error().message;
            return {};
        }
        QStringList out;
        for (const QVariantList& row : table->rows)
            out.append(
                u"%1|%2|%3"_s.arg(row[0].toString()).arg(row[1].toDouble()).arg(row[2].toDouble()));
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        auto ws = test::writeSmallLoop(m_dir);
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
    }

    void creditsLeads_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("first touch")
            << u"first_touch"_s
            << QStringList{u"(none)|1|0"_s, u"Email|1|0"_s, u"Paid Search|1|0"_s};
        QTest::newRow("last touch")
            << u"last_touch"_s << QStringList{u"(none)|1|0"_s, u"Direct|2|0"_s};
        QTest::newRow("last non-direct")
            << u"last_non_direct"_s
            << QStringList{u"(none)|1|0"_s, u"Email|1|0"_s, u"Paid Search|1|0"_s};
        QTest::newRow("linear") << u"linear"_s
                                << QStringList{u"(none)|1|0"_s, u"Direct|1|0"_s, u"Email|0.5|0"_s,
                                               u"Paid Search|0.5|0"_s};
        // Both leads were created on their Direct touch: 30% first, 30% lead, 10% to the rest
        // (none left), scaled: first touch 0.5, lead touch 0.5.
        QTest::newRow("w-shaped") << u"w_shaped"_s
                                  << QStringList{u"(none)|1|0"_s, u"Direct|1|0"_s, u"Email|0.5|0"_s,
                                                 u"Paid Search|0.5|0"_s};
    }

    void creditsLeads()
    {
        QFETCH(QString, model);
        QFETCH(QStringList, expected);
        QCOMPARE(rows(model, u"lead"_s), expected);
    }

    void aShorterLookbackDropsOldTouches()
    {
        // 5 days: Anna's Paid Search visit (9 days before her form) no longer counts.
        QCOMPARE(rows(u"first_touch"_s, u"lead"_s, 5),
                 (QStringList{u"(none)|1|0"_s, u"Direct|1|0"_s, u"Email|1|0"_s}));
        // Only conversions from 6 March: Anna (10 March) and Carl (8 March).
        QCOMPARE(rows(u"first_touch"_s, u"lead"_s, 90, 1709683200000),
                 (QStringList{u"(none)|1|0"_s, u"Paid Search|1|0"_s}));
    }

    void creditsRevenue()
    {
        QCOMPARE(rows(u"linear"_s, u"revenue"_s),
                 (QStringList{u"Direct|0.5|500"_s, u"Paid Search|0.5|500"_s}));
        QCOMPARE(rows(u"last_touch"_s, u"customer"_s), QStringList{u"Direct|1|1000"_s});
        // Events: the two forms, by the visits they happened in.
        QCOMPARE(rows(u"last_touch"_s, u"event:form_submit"_s), QStringList{u"Direct|2|0"_s});
    }

    /// A bare `event` counts every tracked conversion event (it once counted none).
    void everyConversionEventCounts_data()
    {
        QTest::addColumn<QString>("conversion");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("event") << u"event"_s << QStringList{u"Direct|2|0"_s};
        QTest::newRow("event:") << u"event:"_s << QStringList{u"Direct|2|0"_s};
        QTest::newRow("event:form_submit")
            << u"event:form_submit"_s << QStringList{u"Direct|2|0"_s};
        QTest::newRow("event:purchase") << u"event:purchase"_s << QStringList{};
    }

    void everyConversionEventCounts()
    {
        QFETCH(QString, conversion);
        QFETCH(QStringList, expected);
        QCOMPARE(rows(u"last_touch"_s, conversion), expected);
    }

    void splittingTheImportChangesNothing()
    {
        // The same tracking rows in two files, cut inside Bob's visit, and the same CRM and tag:
        // every report must give the same numbers as the workspace built from one file.
        auto ws = Workspace::create(m_dir.path(u"split.leadloop"_s));
        QVERIFY(ws.ok());
        const QByteArray header = "visitor,time,url,event,email\n";
        const QByteArray first =
            "A,2024-03-01T10:00:00Z,https://www.fjordly.com/?utm_source=google&utm_medium=cpc,,\n"
            "B,2024-03-02T10:00:00Z,https://www.fjordly.com/?utm_source=news&utm_medium=email,,\n"
            "B,2024-03-05T10:00:00Z,https://www.fjordly.com/demo,,\n";
        const QByteArray second =
            "B,2024-03-05T10:01:00Z,https://www.fjordly.com/demo,form_submit,bob@voorbeeld.nl\n"
            "C,2024-03-06T10:00:00Z,https://www.fjordly.com/,,\n"
            "A,2024-03-10T10:00:00Z,https://www.fjordly.com/demo,,\n"
            "A,2024-03-10T10:01:00Z,https://www.fjordly.com/demo,form_submit,anna@fjordly.pl\n";
        QVERIFY(TrackingImporter::run(**ws, file(u"s1.csv"_s, header + first), {}).ok());
        QVERIFY(TrackingImporter::run(**ws, file(u"s2.csv"_s, header + second), {}).ok());
        QVERIFY(CrmImporter::run(**ws,
                                 file(u"s3.csv"_s, "email,contact_created\n"
                                                   "carl@exempel.se,2024-03-08\n"),
                                 {})
                    .ok());
        QVERIFY(OutcomeTagger::tag(
            (*ws)->database(),
            {u"anna@fjordly.pl"_s, u"won"_s, 100000, u"EUR"_s, {}, {}, u"Piet"_s, 1710928800000}));
        const auto same = [&](auto&& report) {
            auto a = report(m_ws->database());
            auto b = report((*ws)->database());
            QVERIFY(a.ok() && b.ok());
            QCOMPARE(b->rows, a->rows);
        };
        for (attribution::Model model : attribution::allModels())
            for (ConversionKind kind : {ConversionKind::Lead, ConversionKind::Revenue}) {
                PathQuery query;
                query.kind = kind;
                same([&](Database& db) { return AttributionReport::run(db, {model}, query, {}); });
            }
        same([](Database& db) { return FunnelReport::run(db, {}); });
        same([](Database& db) { return TrendReport::run(db, {}); });
        same([](Database& db) { return PathsReport::run(db, {}, 10); });
    }

    void everyModelAddsUp()
    {
        PathQuery query;
        query.kind = ConversionKind::Lead;
        auto table = AttributionReport::run(m_ws->database(), attribution::allModels(), query, {});
        QVERIFY(table.ok());
        QCOMPARE(table->meta.value(u"conversions"_s).toDouble(), 3.0);
        for (int column = 1; column < table->columns.size(); ++column) {
            if (!table->columns[column].key.endsWith(u"_conversions"))
                continue;
            double sum = 0;
            for (const QVariantList& row : table->rows)
                sum += row[column].toDouble();
            QVERIFY2(std::abs(sum - 3.0) < 1e-3, qPrintable(table->columns[column].key));
        }
    }

    void showsWhatMarkovAndShapleyRestOn()
    {
        // Paths of leads: Paid Search > Direct and Email > Direct convert, Direct alone (C) does
        // not. Markov: start 1/3 each, Direct converts 2 of 3, P = 2/3; without Paid Search
        // (or Email) 4/9, RE = 1/3; without Direct nothing converts, RE = 1. Shapley: ratios
        // {Direct, Paid Search} 1, {Direct, Email} 1, {Direct} 0; each pair's 1 halves.
        PathQuery query;
        query.kind = ConversionKind::Lead;
        auto table = AttributionReport::run(m_ws->database(), attribution::allModels(), query, {});
        QVERIFY(table.ok());
        const auto column = [&](const QString& key) {
            for (int c = 0; c < table->columns.size(); ++c)
                if (table->columns[c].key == key)
                    return c;
            return -1;
        };
        const int effect = column(u"markov_removal_effect"_s);
        const int shapley = column(u"shapley_contribution"_s);
        QVERIFY(effect > 0 && shapley > 0);
        QStringList got;
        for (const QVariantList& row : table->rows)
            got.append(u"%1|%2|%3"_s.arg(row[0].toString(), row[effect].toString(),
                                         row[shapley].toString()));
        got.sort();
        QCOMPARE(got, (QStringList{u"(none)||"_s, u"Direct|1|1"_s, u"Email|0.333333|0.5"_s,
                                   u"Paid Search|0.333333|0.5"_s}));
        QCOMPARE(table->meta.value(u"markov_conversion_probability"_s).toDouble(), 0.666667);
        // A people dimension credits first touches; there is nothing of Markov's to show.
        query.dimension = u"owner"_s;
        auto byOwner =
            AttributionReport::run(m_ws->database(), attribution::allModels(), query, {});
        QVERIFY(byOwner.ok());
        for (const ResultColumn& c : byOwner->columns)
            QVERIFY(c.key != u"markov_removal_effect" && c.key != u"shapley_contribution");
    }
};

QTEST_GUILESS_MAIN(TestAttributionReport)
#include "tst_attributionreport.moc"
