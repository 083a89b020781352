// The spend of a period (docs/costs.md) as the channels, trend and headline reports read it:
// each campaign-day in the reporting currency, with its channel by the workspace's rules, kept
// when the filter's session attributes match the campaign's.
#include "analytics/campaignspend.h"
#include "ingest/costimporter.h"
#include "smallloop.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QDateTime>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestCampaignSpend : public QObject
{
    Q_OBJECT

    test::SmallLoop m_loop;

    /// "day|channel|campaign|source / medium|amount" of every day kept by the filter.
    QStringList spend(const ReportFilter& filter)
    {
        auto days = CampaignSpend::load(m_loop.db(), filter);
        if (!days)
            return {days.error().message};
        QStringList out;
        for (const CampaignSpend::Day& d : *days)
            out.append(u"%1|%2|%3|%4|%5"_s.arg(
                QDateTime::fromMSecsSinceEpoch(d.day, Qt::UTC).date().toString(Qt::ISODate),
                d.channel, d.group(u"campaign"_s), d.group(u"source-medium"_s),
                QString::number(d.amount)));
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        const QString failed = m_loop.open();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        // A search campaign on two days and a newsletter on one (Paid Search and Email by the
        // GA4 rules).
        QVERIFY(
            CostImporter::importCosts(m_loop.workspace(),
                                      m_loop.file(u"k.csv"_s, "date,source,medium,campaign,cost\n"
                                                              "2024-03-01,google,cpc,brand,50\n"
                                                              "2024-03-02,google,cpc,brand,30.5\n"
                                                              "2024-03-02,news,email,march,12\n"),
                                      {})
                .ok());
    }

    void everyDayOfThePeriod_data()
    {
        QTest::addColumn<ReportFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        const QStringList all = {u"2024-03-01|Paid Search|brand|google / cpc|50"_s,
                                 u"2024-03-02|Email|march|news / email|12"_s,
                                 u"2024-03-02|Paid Search|brand|google / cpc|30.5"_s};
        QTest::newRow("all") << ReportFilter() << all;
        ReportFilter day;
        day.from = QDateTime(QDate(2024, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        day.to = *day.from + 86'400'000 - 1;
        QTest::newRow("2 March") << day << all.mid(1);
        ReportFilter email;
        email.channels = {u"Email"_s};
        QTest::newRow("the Email channel") << email << all.mid(1, 1);
        ReportFilter source;
        source.sourceMediums = {u"google / cpc"_s};
        QTest::newRow("google / cpc") << source << QStringList{all.at(0), all.at(2)};
        ReportFilter page;
        page.landingPages = {u"/demo"_s}; // spend has no landing page: none matches
        QTest::newRow("a landing page") << page << QStringList();
    }

    void everyDayOfThePeriod()
    {
        QFETCH(ReportFilter, filter);
        QFETCH(QStringList, expected);
        QCOMPARE(spend(filter), expected);
    }

    void groupsOnlyByWhatSpendHas()
    {
        for (const char* dimension : {"channel", "campaign", "source-medium", "source", "medium"})
            QVERIFY2(CampaignSpend::groups(QString::fromLatin1(dimension)), dimension);
        QVERIFY(!CampaignSpend::groups(u"landing-page"_s));
        QVERIFY(!CampaignSpend::groups(u"owner"_s));
    }
};

QTEST_GUILESS_MAIN(TestCampaignSpend)
#include "tst_campaignspend.moc"
