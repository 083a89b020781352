// The analysis views under the offscreen platform show the same figures as the CLI for the same
// filter on the demo workspace: each view's table, exported as CSV, equals `leadloop-cli ...
// --format csv` byte for byte.
#include "analysis/analysisfilterbar.h"
#include "analysis/attributionview.h"
#include "analysis/channelsview.h"
#include "analysis/cohortsview.h"
#include "analysis/dashboardview.h"
#include "analysis/dealsview.h"
#include "analysis/drillfigure.h"
#include "analysis/funnelstepeditor.h"
#include "analysis/funnelview.h"
#include "analysis/journeysview.h"
#include "analysis/resulttableview.h"
#include "analytics/channelsreport.h"
#include "charts/barchart.h"
#include "charts/funnelchart.h"
#include "charts/linechart.h"
#include "charts/timelinechart.h"
#include "childprocess.h"
#include "common/applicationidentity.h"
#include "demo/demogenerator.h"
#include "dialogs/reportexportdialog.h"
#include "export/tableformatter.h"
#include "models/funnelstepsmodel.h"
#include "models/resulttablemodel.h"
#include "report/reporthighlights.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestAnalysisViews : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    QString m_demo;
    std::unique_ptr<WorkspaceSession> m_session;

    QByteArray cli(const QStringList& arguments)
    {
        return test::runCli(QStringList{u"--workspace"_s, m_demo, u"--format"_s, u"csv"_s} +
                            arguments)
            .out;
    }

    /// Double-clicks the figure in `key`'s column on the first row whose group is `group`, and
    /// returns what the view asked for.
    template <typename View>
    std::optional<DrillFigure> drillInto(View& view, const QString& group, const QString& key)
    {
        std::optional<DrillFigure> asked;
        const auto connection = QObject::connect(
            &view, &View::drillDown, [&](const DrillFigure& figure) { asked = figure; });
        QTableView* table = view.table()->view();
        const int column = view.table()->model()->column(key);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data(ResultTableModel::SortRole) == group) {
                view.table()->drill(table->model()->index(row, column));
                break;
            }
        QObject::disconnect(connection);
        return asked;
    }

    /// What a drill request lists, as CSV.
    QByteArray listed(const DrillRequest& request)
    {
        auto ws = Workspace::open(m_demo, Workspace::Access::ReadOnly);
        if (!ws)
            return {};
        auto table = DrillDown::run((*ws)->database(), request);
        return table ? formatTable(*table, TableFormat::Csv) : QByteArray();
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        applyApplicationIdentity();
        m_demo = m_dir.path(u"demo.leadloop"_s);
        QVERIFY(DemoGenerator().createWorkspace(m_demo).ok());
        m_session = std::make_unique<WorkspaceSession>();
        QVERIFY(m_session->open(m_demo).ok());
    }

    void channelsMatchTheCli()
    {
        ChannelsView view(*m_session);
        view.resize(1280, 800);
        view.show();
        view.waitForReport();
        QVERIFY(view.table()->model()->rowCount() > 5);
        QCOMPARE(view.table()->model()->csv(), cli({u"channels"_s, u"--intervals"_s}));
        QCOMPARE(view.moneyChart()->seriesCount(), 2);
        QVERIFY(view.moneyChart()->categoryCount() > 5);

        // Another dimension and model, a channel and a custom period: still the CLI's figures.
        view.dimension()->setCurrentIndex(view.dimension()->findData(u"campaign"_s));
        auto* model = view.filterBar()->findChild<QComboBox*>(u"model"_s);
        model->setCurrentIndex(model->findText(u"markov"_s));
        auto* channel = view.filterBar()->findChild<QComboBox*>(u"channel"_s);
        channel->setCurrentIndex(channel->findData(u"Paid Search"_s));
        view.filterBar()->setPreset(AnalysisFilterBar::Preset::Custom);
        view.filterBar()->findChild<QDateEdit*>(u"from"_s)->setDate(QDate(2026, 8, 1));
        view.filterBar()->findChild<QDateEdit*>(u"to"_s)->setDate(QDate(2026, 8, 31));
        view.waitForReport();
        QCOMPARE(view.table()->model()->csv(),
                 cli({u"channels"_s, u"--intervals"_s, u"--by"_s, u"campaign"_s, u"--model"_s,
                      u"markov"_s, u"--channel"_s, u"Paid Search"_s, u"--from"_s, u"2026-08-01"_s,
                      u"--to"_s, u"2026-08-31"_s}));

        // The chart saves as PNG and SVG; the table exports as CSV.
        for (const QString& name : {u"chart.png"_s, u"chart.svg"_s}) {
            QVERIFY(view.moneyChart()->save(m_dir.path(name)));
            QVERIFY(QFile(m_dir.path(name)).size() > 1000);
        }
        QVERIFY(view.table()->exportCsv(m_dir.path(u"table.csv"_s)));
        QFile csv(m_dir.path(u"table.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), view.table()->model()->csv());
        // XLSX: the same workbook as `--format xlsx --output`.
        QVERIFY(view.table()->exportXlsx(m_dir.path(u"table.xlsx"_s)));
        QVERIFY(QFile(m_dir.path(u"table.xlsx"_s)).size() > 1000);
        QVERIFY(view.table()->model()->tabSeparated().startsWith(u"Campaign\t"_s));
    }

    void emptyChartsSaySo()
    {
        BarChart bars;
        bars.setData(u"Revenue"_s, {u"Email"_s}, {{u"Revenue"_s, {0.0}}}, u"EUR"_s);
        QVERIFY(bars.title().contains(u"nothing to show"_s));
        bars.setData(u"Revenue"_s, {u"Email"_s}, {{u"Revenue"_s, {12.0}}}, u"EUR"_s);
        QCOMPARE(bars.title(), u"Revenue"_s);
        LineChart lines;
        lines.setData(u"Leads per week"_s, {}, {}, u"People"_s);
        QVERIFY(lines.title().contains(u"nothing to show"_s));
    }

    void funnelMatchesTheCli()
    {
        FunnelView view(*m_session);
        view.resize(1280, 800);
        view.show();
        view.waitForReport();
        QCOMPARE(view.table()->model()->csv(), cli({u"funnel"_s, u"--intervals"_s}));
        // The drawn funnel holds the report's totals: 20,000 visitors, 1,567 leads.
        QCOMPARE(view.chart()->stages().size(), 4);
        QCOMPARE(view.chart()->stages().at(0).count, 20000.0);
        QCOMPARE(view.chart()->stages().at(1).count, 1567.0);
        view.dimension()->setCurrentIndex(view.dimension()->findData(u"owner"_s));
        auto* owner = view.filterBar()->findChild<QComboBox*>(u"owner"_s);
        owner->setCurrentIndex(1);
        const QString chosen = owner->currentData().toString();
        view.waitForReport();
        QCOMPARE(view.table()->model()->csv(),
                 cli({u"funnel"_s, u"--intervals"_s, u"--by"_s, u"owner"_s, u"--owner"_s, chosen}));
        QVERIFY(view.chart()->save(m_dir.path(u"funnel.svg"_s)));
        QVERIFY(QFile(m_dir.path(u"funnel.svg"_s)).size() > 500);
    }

    void attributionMatchesTheCli()
    {
        AttributionView view(*m_session);
        view.resize(1280, 800);
        view.show();
        view.waitForReport();
        QCOMPARE(view.table()->model()->csv(),
                 cli({u"attribution"_s, u"--model"_s, u"all"_s, u"--intervals"_s}));
        view.conversion()->setCurrentIndex(view.conversion()->findData(u"revenue"_s));
        view.dimension()->setCurrentIndex(view.dimension()->findData(u"source-medium"_s));
        view.waitForReport();
        QCOMPARE(view.table()->model()->csv(),
                 cli({u"attribution"_s, u"--model"_s, u"all"_s, u"--intervals"_s, u"--conversion"_s,
                      u"revenue"_s, u"--by"_s, u"source-medium"_s}));
        QCOMPARE(view.chart()->seriesCount(), 4);
        // Where the models disagree, a row's highest and lowest credit are marked.
        ResultTableModel* model = view.table()->model();
        int marked = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                marked += model->data(model->index(r, c), Qt::BackgroundRole).isValid() ? 1 : 0;
        QVERIFY(marked > 0);
        QVERIFY(!AttributionView::explanation(u"markov"_s).isEmpty());
    }

    void dashboardMatchesTheCli()
    {
        DashboardView view(*m_session);
        view.resize(1280, 800);
        view.show();
        view.filterBar()->setPreset(AnalysisFilterBar::Preset::Custom);
        view.filterBar()->findChild<QDateEdit*>(u"from"_s)->setDate(QDate(2026, 9, 1));
        view.filterBar()->findChild<QDateEdit*>(u"to"_s)->setDate(QDate(2026, 9, 30));
        view.waitForReport();
        QCOMPARE(formatTable(view.headlines(), TableFormat::Csv),
                 cli({u"headlines"_s, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2026-09-30"_s}));
        // Each tile shows its figure and the change against August.
        const QVariantList leads = view.headlines().rows.at(1);
        QCOMPARE(leads.value(0).toString(), u"leads"_s);
        QVERIFY(view.tileText(u"leads"_s)
                    .contains(QLocale().toString(leads.value(1).toDouble(), 'f', 0)));
        QVERIFY(view.tileText(u"leads"_s).contains(u"▲"_s) ||
                view.tileText(u"leads"_s).contains(u"▼"_s));
        // September: about five ISO weeks of leads and customers, and the campaigns ranked.
        QVERIFY(view.trend()->pointCount() >= 8);
        QVERIFY(view.campaignsText().contains(u"Best campaigns by ROI"_s));
    }

    /// Every channel that earns or spends is on the Dashboard's chart (Paid Social, with the
    /// second-largest cost in the demo, once was not), and its best and worst campaigns are the
    /// executive report's (core's one rule), never the same campaign twice.
    void dashboardHidesNoChannelAndRanksCampaignsLikeThePdf()
    {
        DashboardView view(*m_session);
        view.resize(1280, 800);
        view.show();
        view.waitForReport();
        auto channels = ChannelsReport::run(m_session->workspace()->database(), {});
        QVERIFY(channels.ok());
        QStringList spending; // the channels with revenue or cost
        for (const QVariantList& row : channels->rows) {
            double money = 0;
            for (qsizetype c = 0; c < channels->columns.size(); ++c)
                if (channels->columns[c].key == u"revenue" || channels->columns[c].key == u"cost")
                    money += std::abs(row.value(c).toDouble());
            if (money != 0)
                spending.append(row.value(0).toString());
        }
        QVERIFY(spending.contains(u"Paid Social"_s));
        QVERIFY(spending.contains(u"Display"_s));
        const QStringList bars = view.channels()->categories();
        QVERIFY(bars.size() <= 8);
        int shown = 0, folded = 0;
        for (const QString& bar : bars) {
            if (spending.contains(bar))
                ++shown;
            else if (bar.startsWith(u"Other ("_s))
                folded = bar.section(u'(', 1).section(u')', 0, 0).toInt();
        }
        QCOMPARE(shown + folded, spending.size()); // each channel: its own bar or in "Other"
        QVERIFY(bars.contains(u"Paid Social"_s));
        QVERIFY(bars.contains(u"Display"_s)); // it costs more than it brings: it must show

        ChannelsReport::Query byCampaign;
        byCampaign.dimension = u"campaign"_s;
        auto campaigns = ChannelsReport::run(m_session->workspace()->database(), byCampaign);
        QVERIFY(campaigns.ok());
        const ResultTable ranked = ReportHighlights::bestAndWorstByRoi(*campaigns, 3);
        QCOMPARE(ranked.rows.size(), 6);
        QStringList names;
        for (const QVariantList& row : ranked.rows) {
            names.append(row.value(1).toString());
            QVERIFY(view.campaignsText().contains(row.value(1).toString().toHtmlEscaped()));
        }
        names.removeDuplicates();
        QCOMPARE(names.size(), 6);
    }

    // A custom funnel made in the editor: each change previews the CLI's figures for the same
    // steps; steps move by dragging and the move undoes; saving is an undoable workspace edit;
    // a step's drop-off drills into those people.
    void customFunnelIsEditedPreviewedAndSaved()
    {
        FunnelView view(*m_session);
        view.resize(1280, 800);
        view.show();
        view.waitForReport();
        view.funnel()->setCurrentIndex(view.funnel()->count() - 1); // New custom funnel
        view.waitForReport();
        QVERIFY(view.editor()->isVisible());
        const QString steps = m_dir.path(u"steps.json"_s);
        const auto writeSteps = [&](const QByteArray& json) {
            QFile file(steps);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(json);
        };
        writeSteps("{\"steps\": [{\"type\": \"visit\"}, {\"type\": \"lead\"}]}");
        QCOMPARE(view.table()->model()->csv(),
                 cli({u"funnel"_s, u"--steps"_s, steps, u"--intervals"_s}));

        FunnelStepEditor* editor = view.editor();
        editor->selectStep(1);
        editor->addStep(FunnelStep::Type::Won);
        QTRY_COMPARE(view.table()->model()->rowCount(), 3);
        view.waitForReport();
        writeSteps("{\"steps\": [{\"type\": \"visit\"}, {\"type\": \"lead\"}, "
                   "{\"type\": \"won\"}]}");
        QCOMPARE(view.table()->model()->csv(),
                 cli({u"funnel"_s, u"--steps"_s, steps, u"--intervals"_s}));
        QCOMPARE(view.chart()->stages().size(), 3);

        // Dragging "won" above "lead" (the model's drop), then undoing it.
        FunnelStepsModel* model = editor->model();
        std::unique_ptr<QMimeData> dragged(model->mimeData({model->index(2)}));
        model->dropMimeData(dragged.get(), Qt::MoveAction, 1, 0, {});
        QTRY_COMPARE(editor->definition().steps[1].type, FunnelStep::Type::Won);
        QCOMPARE(editor->definition().steps[2].type, FunnelStep::Type::Lead);
        editor->undoStack()->undo();
        QCOMPARE(editor->definition().steps[1].type, FunnelStep::Type::Lead);

        // A step without its condition is not counted: the reason shows instead.
        editor->selectStep(2);
        editor->addStep(FunnelStep::Type::Event);
        QTRY_VERIFY(view.table()->model()->rowCount() == 0);
        QVERIFY(view.findChild<QLabel*>()); // the status line holds the reason
        editor->undoStack()->undo();
        QTRY_COMPARE(view.table()->model()->rowCount(), 3);
        view.waitForReport();

        // Saved under a name, listed, then undone.
        const int undoBefore = m_session->undoStack()->count();
        view.saveFunnel(u"Visit to won"_s);
        QCOMPARE(m_session->undoStack()->count(), undoBefore + 1);
        view.waitForSavedFunnels();
        QTRY_COMPARE(view.funnel()->currentText(), u"Visit to won"_s);
        QVERIFY(QString::fromUtf8(cli({u"funnel"_s, u"list"_s})).contains(u"Visit to won"_s));
        QCOMPARE(cli({u"funnel"_s, u"--saved"_s, u"Visit to won"_s, u"--intervals"_s}),
                 cli({u"funnel"_s, u"--steps"_s, steps, u"--intervals"_s}));

        // The drop-off between lead and won: leads without a won deal (no anonymous visitors).
        view.waitForReport();
        std::optional<DrillFigure> asked;
        const auto connection = QObject::connect(
            &view, &FunnelView::drillDown, [&](const DrillFigure& figure) { asked = figure; });
        QTableView* table = view.table()->view();
        view.table()->drill(table->model()->index(2, view.table()->model()->column(u"drop_off"_s)));
        QObject::disconnect(connection);
        QVERIFY(asked && asked->request.customStep);
        QVERIFY(asked->request.customStep->droppedOff);
        auto ws = Workspace::open(m_demo, Workspace::Access::ReadOnly);
        QVERIFY(ws.ok());
        auto dropped = DrillDown::run((*ws)->database(), asked->request);
        QVERIFY(dropped.ok());
        const QVariantList& wonRow = view.table()->model()->table().rows.at(2);
        QCOMPARE(dropped->meta.value(u"people"_s).toLongLong(),
                 wonRow.value(view.table()->model()->column(u"drop_off"_s)).toLongLong());
        QCOMPARE(dropped->meta.value(u"anonymous"_s).toLongLong(), 0);

        m_session->undoStack()->undo();
        view.waitForSavedFunnels();
        QVERIFY(!QString::fromUtf8(cli({u"funnel"_s, u"list"_s})).contains(u"Visit to won"_s));
        QTRY_VERIFY(view.funnel()->findText(u"Visit to won"_s) < 0);
    }

    // Two rows selected: the note under the table says whether their rates differ beyond noise,
    // by the same test as the core's comparison of those rows.
    void comparesTwoSelectedRows()
    {
        ChannelsView view(*m_session);
        view.resize(1280, 800);
        view.show();
        view.waitForReport();
        QVERIFY(view.table()->note().startsWith(u"Select two rows"_s));
        QTableView* table = view.table()->view();
        table->selectionModel()->select(table->model()->index(0, 0), QItemSelectionModel::Select);
        table->selectionModel()->select(table->model()->index(1, 0), QItemSelectionModel::Select);
        const QList<int> rows = view.table()->selectedRows();
        QCOMPARE(rows.size(), 2);
        const ResultTable& shown = view.table()->model()->table();
        const auto compared =
            RateIntervals::compareRows(shown, rows[0], rows[1], ChannelsReport::rates().front());
        QVERIFY(compared);
        QCOMPARE(view.table()->note(),
                 u"Lead to customer: "_s +
                     Proportions::describe(shown.rows[rows[0]].value(0).toString(),
                                           shown.rows[rows[1]].value(0).toString(), *compared));
        QVERIFY(view.table()->note().contains(compared->distinguishable() ? u"converts better"_s
                                                                          : u"cannot be told"_s));
    }

    // The attribution chart's bars carry their bootstrap bounds, each around its credit.
    void attributionChartHasErrorBars()
    {
        AttributionView view(*m_session);
        view.show();
        view.waitForReport();
        const ChartData& data = view.chart()->data();
        QCOMPARE(data.series.size(), 4);
        for (const ChartSeries& series : data.series) {
            QCOMPARE(series.low.size(), series.values.size());
            for (qsizetype i = 0; i < series.values.size(); ++i)
                QVERIFY(series.low[i] <= series.values[i] + 1e-9 &&
                        series.values[i] <= series.high[i] + 1e-9);
        }
        view.intervals()->setCurrentIndex(1); // none
        view.waitForReport();
        QVERIFY(std::isnan(view.chart()->data().series.front().low.front())); // no bound
    }

    // Time to convert and the cohort triangle: the CLI's tables; the histogram sums the
    // buckets; the heat map's shade is each cell's share of its cohort.
    void cohortsMatchTheCli()
    {
        CohortsView view(*m_session);
        view.resize(1280, 800);
        view.show();
        view.waitForReport();
        QCOMPARE(view.table()->model()->csv(), cli({u"time-to-convert"_s, u"--from"_s, u"lead"_s,
                                                    u"--to"_s, u"customer"_s, u"--intervals"_s}));
        const ChartData& histogram = view.histogram()->data();
        QCOMPARE(histogram.categories.size(), 6);
        double people = 0;
        for (double v : histogram.series.front().values)
            people += v;
        QCOMPARE(people, 150.0); // every customer, in one bucket each
        view.groups()->setCurrentIndex(view.groups()->findData(u"cohort:month"_s));
        view.waitForReport();
        QCOMPARE(view.table()->model()->csv(),
                 cli({u"time-to-convert"_s, u"--from"_s, u"lead"_s, u"--to"_s, u"customer"_s,
                      u"--cohort"_s, u"month"_s, u"--intervals"_s}));

        view.mode()->setCurrentIndex(1);
        view.waitForReport();
        QCOMPARE(view.table()->model()->csv(), cli({u"cohorts"_s}));
        const ResultTable& triangle = view.table()->model()->table();
        const int month1 = view.table()->model()->column(u"period_1"_s);
        QVERIFY(month1 > 0);
        QCOMPARE(view.heat(0, month1),
                 triangle.rows[0].value(month1).toDouble() / triangle.rows[0].value(1).toDouble());
        QVERIFY(view.table()
                    ->model()
                    ->data(view.table()->model()->index(0, month1), Qt::BackgroundRole)
                    .isValid());
        QCOMPARE(view.curves()->pointCount() > 0, true);
        view.metric()->setCurrentIndex(view.metric()->findData(u"revenue"_s));
        view.period()->setCurrentIndex(view.period()->findData(u"week"_s));
        view.waitForReport();
        QCOMPARE(view.table()->model()->csv(),
                 cli({u"cohorts"_s, u"--metric"_s, u"revenue"_s, u"--period"_s, u"week"_s}));
    }

    void dealsMatchTheCli()
    {
        DealsView view(*m_session);
        view.resize(1280, 800);
        view.show();
        view.waitForReport();
        QCOMPARE(view.table()->model()->csv(), cli({u"deals"_s, u"--intervals"_s}));
        view.dimension()->setCurrentIndex(view.dimension()->findData(u"lost-reason"_s));
        view.waitForReport();
        QCOMPARE(view.table()->model()->csv(),
                 cli({u"deals"_s, u"--intervals"_s, u"--by"_s, u"lost-reason"_s}));
    }

    void journeysMatchTheCli()
    {
        JourneysView view(*m_session);
        view.resize(1280, 800);
        view.show();
        const QString lead = test::queryRows(m_session->workspace()->database(),
                                             "SELECT c.email FROM contacts c JOIN deals d ON "
                                             "d.contact_id = c.id WHERE d.outcome = 'won' ORDER "
                                             "BY c.id LIMIT 1")
                                 .value(0);
        QVERIFY(!lead.isEmpty());
        view.showLead(lead);
        view.waitForReport();
        // The CLI's CSV is the events table, then the credit table.
        const QByteArray all = cli({u"journey"_s, lead});
        const QByteArray events = view.events()->model()->csv();
        QVERIFY(events.size() > 100);
        QVERIFY(all.startsWith(events));
        QVERIFY(view.credit()->model()->rowCount() > 0);
        // One mark per event, on lanes; zooming narrows the window; saving works.
        QCOMPARE(view.timeline()->marks().size(), view.events()->model()->rowCount());
        const auto [from, to] = view.timeline()->window();
        view.timeline()->zoom(0.5, (from + to) / 2);
        QVERIFY(view.timeline()->window().second - view.timeline()->window().first < to - from);
        view.timeline()->showAll();
        QCOMPARE(view.timeline()->window(), std::pair(from, to));
        QVERIFY(view.timeline()->save(m_dir.path(u"journey.png"_s)));
    }

    void presetsCountBackFromToday()
    {
        const QDate today(2026, 11, 30);
        using P = AnalysisFilterBar::Preset;
        QCOMPARE(AnalysisFilterBar::range(P::Last7Days, today),
                 std::pair(QDate(2026, 11, 24), today));
        QCOMPARE(AnalysisFilterBar::range(P::LastMonth, today),
                 std::pair(QDate(2026, 10, 1), QDate(2026, 10, 31)));
        QCOMPARE(AnalysisFilterBar::range(P::ThisQuarter, today),
                 std::pair(QDate(2026, 10, 1), today));
        QCOMPARE(AnalysisFilterBar::range(P::ThisMonth, QDate(2026, 2, 14)),
                 std::pair(QDate(2026, 2, 1), QDate(2026, 2, 14)));
    }

    void drillingListsWhatTheCliLists()
    {
        // Channels: a channel's leads under the view's model, and its sessions.
        ChannelsView channels(*m_session);
        channels.show();
        channels.waitForReport();
        auto leads = drillInto(channels, u"Email"_s, u"leads"_s);
        QVERIFY(leads);
        QCOMPARE(leads->request.target, DrillRequest::Target::Leads);
        const QByteArray emailLeads = listed(leads->request);
        QCOMPARE(emailLeads, cli({u"drilldown"_s, u"leads"_s, u"--by"_s, u"channel"_s, u"--group"_s,
                                  u"Email"_s, u"--model"_s, u"linear"_s}));
        QVERIFY(emailLeads.count('\n') > 50);
        QVERIFY(leads->description.contains(u"Email"_s));
        auto sessions = drillInto(channels, u"Email"_s, u"sessions"_s);
        QVERIFY(sessions);
        QCOMPARE(sessions->request.target, DrillRequest::Target::Sessions);
        QCOMPARE(listed(sessions->request), cli({u"drilldown"_s, u"sessions"_s, u"--by"_s,
                                                 u"channel"_s, u"--group"_s, u"Email"_s}));
        // Cost is not a count of anything: nothing to drill into.
        QVERIFY(!drillInto(channels, u"Paid Search"_s, u"cost"_s));

        // Funnel: exactly the people the funnel counts at the stage.
        FunnelView funnel(*m_session);
        funnel.show();
        funnel.waitForReport();
        auto customers = drillInto(funnel, u"Organic Search"_s, u"customers"_s);
        QVERIFY(customers);
        QCOMPARE(customers->request.funnelStage, u"customers"_s);
        const QByteArray funnelCustomers = listed(customers->request);
        QCOMPARE(funnelCustomers,
                 cli({u"drilldown"_s, u"leads"_s, u"--by"_s, u"channel"_s, u"--group"_s,
                      u"Organic Search"_s, u"--stage"_s, u"customers"_s}));
        auto ws = Workspace::open(m_demo, Workspace::Access::ReadOnly);
        QVERIFY(ws.ok());
        auto people = DrillDown::run((*ws)->database(), customers->request);
        QVERIFY(people.ok());
        const int column = funnel.table()->model()->column(u"customers"_s);
        int compared = 0;
        for (const QVariantList& row : funnel.table()->model()->table().rows)
            if (row.value(0) == u"Organic Search"_s && ++compared)
                QCOMPARE(people->meta.value(u"people"_s).toLongLong(),
                         row.value(column).toLongLong());

        // Attribution: first_touch's credit of a channel is its people, one lead each.
        AttributionView attribution(*m_session);
        attribution.show();
        attribution.waitForReport();
        auto firstTouch = drillInto(attribution, u"Paid Social"_s, u"first_touch_conversions"_s);
        QVERIFY(firstTouch);
        QCOMPARE(firstTouch->request.model, attribution::Model::FirstTouch);
        auto credited = DrillDown::run((*ws)->database(), firstTouch->request);
        QVERIFY(credited.ok());
        const ResultTableModel* model = attribution.table()->model();
        for (const QVariantList& row : model->table().rows)
            if (row.value(0) == u"Paid Social"_s && ++compared)
                QCOMPARE(credited->meta.value(u"people"_s).toDouble(),
                         row.value(model->column(u"first_touch_conversions"_s)).toDouble());
        QCOMPARE(compared, 2);
    }

    void exportsTheReportTheCliWrites()
    {
        ReportExportDialog dialog(*m_session);
        dialog.show();
        dialog.waitForReport();
        QVERIFY(dialog.report().has_value());
        QTRY_VERIFY(dialog.previewPages() >= 8);
        const QString desktop = m_dir.path(u"desktop.pdf"_s);
        QVERIFY(dialog.saveTo(desktop));
        const QString cliPdf = m_dir.path(u"cli.pdf"_s);
        cli({u"report"_s, u"--pdf"_s, cliPdf});
        // The same pages, word for word (both name the same workspace and day).
        const auto text = [](const QString& pdf) {
            return test::run(u"pdftotext"_s, {pdf, u"-"_s}).out;
        };
        const QByteArray fromDesktop = text(desktop);
        QVERIFY(fromDesktop.contains("Marketing performance"));
        QCOMPARE(fromDesktop, text(cliPdf));
        QCOMPARE(dialog.previewPages(), int(fromDesktop.count("Page ")));
    }
};

QTEST_MAIN(TestAnalysisViews)
#include "tst_analysisviews.moc"
