// The Campaigns view: campaigns with cost and sessions, cost without sessions flagged, editing
// a day's cost as an undoable step, and asking for the import wizard.
#include "common/applicationidentity.h"
#include "ingest/costimporter.h"
#include "ingest/trackingimporter.h"
#include "models/campaignsmodel.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "views/campaignspage.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// Two visits of the google / cpc "brand" campaign; spend on "brand" (two days) and on "ghost",
/// which no visit carries.
class TestCampaignsPage : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<CampaignsPage> m_page;

    QStringList costs()
    {
        return test::queryRows(m_session->workspace()->database(),
                               "SELECT c.name, date(k.day / 1000, 'unixepoch'), k.cost_cents FROM "
                               "campaign_costs k JOIN campaigns c ON c.id = k.campaign_id ORDER "
                               "BY 1, 2");
    }

    /// The campaigns table as "name|sessions" lines, in the view's order.
    QStringList campaigns()
    {
        QStringList out;
        auto* model = m_page->campaigns()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            out << model->index(r, CampaignsModel::NameColumn).data().toString() + u'|' +
                       model->index(r, CampaignsModel::SessionsColumn).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        applyApplicationIdentity();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString path = m_dir.path(u"campaigns.leadloop"_s);
        {
            auto ws = Workspace::create(path);
            QVERIFY(ws.ok());
            QVERIFY(TrackingImporter::run(
                        **ws,
                        m_dir.file(u"t.csv"_s,
                                   "visitor,time,url\n"
                                   "A,2024-03-01T10:00:00Z,https://x.com/"
                                   "?utm_source=google&utm_medium=cpc&utm_campaign=brand\n"
                                   "B,2024-03-02T10:00:00Z,https://x.com/"
                                   "?utm_source=google&utm_medium=cpc&utm_campaign=brand\n"),
                        {})
                        .ok());
            QVERIFY(CostImporter::importCosts(**ws,
                                              m_dir.file(u"k.csv"_s,
                                                         "date,source,medium,campaign,cost\n"
                                                         "2024-03-01,google,cpc,brand,50\n"
                                                         "2024-03-02,google,cpc,brand,70\n"
                                                         "2024-03-01,bing,cpc,ghost,20\n"),
                                              {})
                        .ok());
        }
        m_session = std::make_unique<WorkspaceSession>();
        QVERIFY(m_session->open(path).ok());
        m_page = std::make_unique<CampaignsPage>(*m_session);
        m_page->resize(1000, 700);
        m_page->show();
        m_page->waitForLoaded();
    }

    void listsCampaignsAndFlagsCostWithoutSessions()
    {
        QAbstractItemModelTester campaignsTester(
            m_page->campaigns()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester daysTester(m_page->days()->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        // By cost, largest first: brand 120 EUR with 2 sessions, ghost 20 EUR with none.
        QCOMPARE(campaigns(), (QStringList{u"brand|2"_s, u"ghost|none"_s}));
        auto* model = m_page->campaigns()->model();
        QCOMPARE(model->index(0, CampaignsModel::CostColumn).data().toString(),
                 u"120.00\u00a0EUR"_s);
        QCOMPARE(model->index(0, CampaignsModel::ChannelColumn).data().toString(),
                 u"Paid Search"_s);
        QVERIFY(!model->index(1, CampaignsModel::NameColumn).data(Qt::ToolTipRole).isNull());
        QVERIFY(model->index(0, CampaignsModel::NameColumn).data(Qt::ToolTipRole).isNull());
    }

    void editsADayAndUndoes()
    {
        m_page->campaigns()->selectRow(0); // brand
        auto* days = m_page->days()->model();
        QCOMPARE(days->rowCount(), 2);
        QVERIFY(days->flags(days->index(0, CampaignDaysModel::CostColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(days->flags(days->index(0, CampaignDaysModel::DayColumn)) & Qt::ItemIsEditable));
        QVERIFY(!days->setData(days->index(0, CampaignDaysModel::CostColumn), u"lots"_s));
        QVERIFY(days->setData(days->index(0, CampaignDaysModel::CostColumn), u"55,50"_s));
        m_page->waitForLoaded();
        QCOMPARE(costs(), (QStringList{u"brand|2024-03-01|5550"_s, u"brand|2024-03-02|7000"_s,
                                       u"ghost|2024-03-01|2000"_s}));
        QVERIFY(m_session->undoStack()->undoText().contains(u"brand"_s));
        // The view follows, with brand still selected.
        QCOMPARE(
            m_page->campaigns()->model()->index(0, CampaignsModel::CostColumn).data().toString(),
            u"125.50\u00a0EUR"_s);
        m_session->undoStack()->undo();
        m_page->waitForLoaded();
        QCOMPARE(costs(), (QStringList{u"brand|2024-03-01|5000"_s, u"brand|2024-03-02|7000"_s,
                                       u"ghost|2024-03-01|2000"_s}));
        m_session->undoStack()->redo();
        m_page->waitForLoaded();
        QVERIFY(costs().contains(u"brand|2024-03-01|5550"_s));
    }

    void asksForTheImportWizard()
    {
        QSignalSpy asked(m_page.get(), &CampaignsPage::importRequested);
        m_page->findChild<QPushButton*>(u"importCosts"_s)->click();
        QCOMPARE(asked.count(), 1); // the window opens the wizard (tested in tst_importwizard)
    }
};

QTEST_MAIN(TestCampaignsPage)
#include "tst_campaignspage.moc"
