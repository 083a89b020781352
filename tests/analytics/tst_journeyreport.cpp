// A lead's journey (docs/metrics.md, "Journeys") on the small closed loop: every touch in time
// order and how each model credits it.
#include "analytics/journeyreport.h"
#include "smallloop.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestJourneyReport : public QObject
{
    Q_OBJECT

    test::SmallLoop m_loop;

private slots:
    void initTestCase()
    {
        const QString failed = m_loop.open();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void showsAJourney()
    {
        auto journey = JourneyReport::run(m_loop.db(), u"anna@fjordly.pl"_s);
        QVERIFY(journey.ok());
        QStringList kinds;
        for (const QVariantList& row : journey->events.rows)
            kinds.append(row[1].toString() + u'@' + row[0].toString().left(10));
        // The form is an event of the 10 March visit, the link shows at the form's time.
        QCOMPARE(kinds, (QStringList{u"session@2024-03-01"_s, u"pageview@2024-03-01"_s,
                                     u"session@2024-03-10"_s, u"pageview@2024-03-10"_s,
                                     u"conversion@2024-03-10"_s, u"identity@2024-03-10"_s,
                                     u"lead@2024-03-10"_s, u"deal@2024-03-20"_s,
                                     u"outcome@2024-03-20"_s}));
        QCOMPARE(journey->events.rows[0][3].toString(), u"Paid Search"_s);
        // The paid visit's click ids, with Meta's click cookie built from the visit's start.
        QCOMPARE(journey->events.columns.back().key, u"click_ids"_s);
        QCOMPARE(journey->events.rows[0].back().toString(),
                 u"fbclid=F1 (_fbc fb.1.1709287200000.F1); gclid=G1"_s);
        QCOMPARE(journey->events.rows[2].back().toString(), QString());
        // Anna is a customer: her two touches, credited by each model.
        const ResultTable& credit = journey->credit;
        QCOMPARE(credit.meta.value(u"conversion"_s).toString(), u"customer"_s);
        QCOMPARE(credit.rows.size(), 2);
        const auto column = [&](const QString& key) {
            for (int i = 0; i < credit.columns.size(); ++i)
                if (credit.columns[i].key == key)
                    return QStringList{credit.rows[0][i].toString(), credit.rows[1][i].toString()};
            return QStringList();
        };
        QCOMPARE(column(u"first_touch"_s), (QStringList{u"1"_s, u"0"_s}));
        QCOMPARE(column(u"last_touch"_s), (QStringList{u"0"_s, u"1"_s}));
        QCOMPARE(column(u"linear"_s), (QStringList{u"0.5"_s, u"0.5"_s}));
        QCOMPARE(column(u"position_based"_s), (QStringList{u"0.5"_s, u"0.5"_s}));
        QCOMPARE(JourneyReport::run(m_loop.db(), u"nobody@x.y"_s).error().code,
                 ErrorCode::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestJourneyReport)
#include "tst_journeyreport.moc"
