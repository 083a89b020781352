// The Scoring view under the offscreen platform: trains on the demo workspace and shows the same
// evaluation as `leadloop-cli score model` (the features table byte for byte as CSV); a feature
// that gives the outcome away raises the warning, and one click excludes it and trains again;
// the Leads view then shows the scores and the lead details explain them.
#include "analysis/resulttableview.h"
#include "analysis/scoringview.h"
#include "charts/linechart.h"
#include "childprocess.h"
#include "common/applicationidentity.h"
#include "export/tableformatter.h"
#include "models/leadsmodel.h"
#include "models/resulttablemodel.h"
#include "sales/leadlist.h"
#include "settings/desktopsettings.h"
#include "shell/workspacesession.h"
#include "smalldemo.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "views/leaddetails.h"
#include "views/leadspage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestScoringView : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    QString m_demo;
    DesktopSettings m_settings;
    std::unique_ptr<WorkspaceSession> m_session;

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        applyApplicationIdentity();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_settings.userName.set(u"Ewa"_s);
        m_demo = m_dir.path(u"demo.leadloop"_s);
        QVERIFY(test::writeSmallDemo(m_demo, 20000, 400, 150));
        m_session = std::make_unique<WorkspaceSession>();
        QVERIFY(m_session->open(m_demo).ok());
    }

    void trainsAndShowsWhatTheCliShows()
    {
        ScoringView view(*m_session, m_settings);
        view.resize(1400, 900);
        view.waitForModel();
        QVERIFY2(view.summary()->text().contains(u"No model yet"_s),
                 qPrintable(view.summary()->text()));
        QCOMPARE(view.target()->currentData().toString(), u"customer"_s);

        view.train();
        view.waitForModel();
        QVERIFY2(view.summary()->text().contains(u"Trees: AUC"_s),
                 qPrintable(view.summary()->text()));
        QVERIFY(view.features()->model()->rowCount() > 10);
        QVERIFY(view.rocChart()->pointCount() > 0);
        QVERIFY(view.excludeLeaks()->parentWidget()->isHidden()); // no leak in the demo

        const QString csv = m_dir.path(u"features.csv"_s);
        QVERIFY(view.features()->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray shown = file.readAll();
        const test::Finished cli = test::runCli(
            {u"--workspace"_s, m_demo, u"--format"_s, u"csv"_s, u"score"_s, u"model"_s});
        QCOMPARE(cli.exitCode, 0);
        QCOMPARE(shown, cli.out);
    }

    void leadsShowTheScores()
    {
        auto rows = LeadList::load(m_session->workspace()->database());
        QVERIFY(rows);
        const auto scored = std::find_if(rows->begin(), rows->end(),
                                         [](const LeadRow& r) { return r.score.has_value(); });
        QVERIFY(scored != rows->end());
        LeadsModel model;
        model.setRows(*rows);
        const int row = int(scored - rows->begin());
        QCOMPARE(model.index(row, LeadsModel::ScoreColumn).data().toInt(), *scored->score);
        // The Leads view shows its Score and Tier columns and the tier filter once scored.
        LeadsPage page(*m_session, m_settings);
        page.waitForLoaded();
        QVERIFY(!page.table()->isColumnHidden(LeadsModel::ScoreColumn));
        QVERIFY(!page.table()->isColumnHidden(LeadsModel::TierColumn));
        QVERIFY(!page.findChild<QComboBox*>(u"tierFilter"_s)->isHidden());
        const QString html = LeadDetails::html(m_session->workspace()->database(), *scored);
        QVERIFY2(html.contains(u"Lead score"_s), qPrintable(html));
        QVERIFY2(html.contains(u"<b>%1</b> / 100"_s.arg(*scored->score)), qPrintable(html));
    }

    // A CRM field filled in after the outcome gives it away: the view says so, and one click
    // leaves it out and trains again.
    void warnsOfALeakAndExcludesIt()
    {
        QVERIFY(m_session->workspace()->database().exec(
            u"INSERT INTO import_batches (id, kind, source_name, started_at, status) VALUES "
            "(9000, 'crm', 'leak.csv', 0, 'committed'); "
            "INSERT INTO contact_properties (contact_id, name, batch_id, value) "
            "SELECT contact_id, 'Sales status', 9000, CASE WHEN max(outcome = 'won') THEN "
            "'Customer' ELSE 'Dead' END FROM deals WHERE outcome <> 'open' GROUP BY contact_id"_s));
        ScoringView view(*m_session, m_settings);
        view.waitForModel();
        view.train();
        view.waitForModel();
        QVERIFY(!view.leakWarning()->text().isEmpty());
        QVERIFY2(view.leakWarning()->text().contains(u"property:Sales status"_s),
                 qPrintable(view.leakWarning()->text()));
        QVERIFY(!view.excludeLeaks()->parentWidget()->isHidden());
        view.excludeLeaks()->click();
        view.waitForModel();
        QVERIFY2(view.exclude()->text().contains(u"property:Sales status"_s),
                 qPrintable(view.exclude()->text()));
        QVERIFY(view.excludeLeaks()->parentWidget()->isHidden());
        QVERIFY2(view.summary()->text().contains(u"Left out: property:Sales status"_s),
                 qPrintable(view.summary()->text()));
    }
};

QTEST_MAIN(TestScoringView)
#include "tst_scoringview.moc"
