// Every item model of the desktop app under QAbstractItemModelTester, plus what each shows.
#include "models/funnelstepsmodel.h"
#include "models/importbatchesmodel.h"
#include "models/importissuesmodel.h"
#include "models/leadfilterproxy.h"
#include "models/leadsmodel.h"
#include "models/resulttablemodel.h"
#include "models/tablecountsmodel.h"
#include "shell/navigationmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void sortsNamesInTheLanguagesOrder_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        // Polish puts Ł right after L (a code-point order would put it after Z); Swedish puts
        // Å, Ä, Ö after Z; Polish and English sort Å as an A.
        QTest::newRow("pl") << u"pl"_s
                            << QStringList{u"Åsa"_s, u"Lucyna"_s, u"Łukasz"_s, u"Marek"_s,
                                           u"Zofia"_s};
        QTest::newRow("sv") << u"sv"_s
                            << QStringList{u"Lucyna"_s, u"Łukasz"_s, u"Marek"_s, u"Zofia"_s,
                                           u"Åsa"_s};
        QTest::newRow("en") << u"en"_s
                            << QStringList{u"Åsa"_s, u"Lucyna"_s, u"Łukasz"_s, u"Marek"_s,
                                           u"Zofia"_s};
    }

    void sortsNamesInTheLanguagesOrder()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        const QLocale before;
        QLocale::setDefault(QLocale(language));
        LeadsModel model;
        std::vector<LeadRow> rows;
        qint64 id = 0;
        for (const QString& name : {u"Marek"_s, u"Åsa"_s, u"Zofia"_s, u"Łukasz"_s, u"lucyna"_s}) {
            LeadRow row;
            row.contactId = ++id;
            row.name = name == u"lucyna" ? u"Lucyna"_s : name;
            rows.push_back(row);
        }
        model.setRows(std::move(rows));
        LeadFilterProxy proxy(&model);
        proxy.sort(LeadsModel::NameColumn, Qt::AscendingOrder);
        QStringList sorted;
        for (int r = 0; r < proxy.rowCount(); ++r)
            sorted.append(model.row(proxy.mapToSource(proxy.index(r, 0)).row()).name);
        QLocale::setDefault(before);
        QCOMPARE(sorted, expected);
    }

    // The steps read as numbered words; a row dropped elsewhere asks to be moved (the editor
    // moves it as an undoable step) and the model itself changes nothing; a drop onto its own
    // place asks nothing.
    void funnelStepsAskToBeMoved()
    {
        FunnelStepsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        FunnelStep visit, page, lead;
        visit.type = FunnelStep::Type::Visit;
        page.type = FunnelStep::Type::Page;
        page.pattern = u"/pricing*"_s;
        lead.type = FunnelStep::Type::Lead;
        model.setSteps({visit, page, lead});
        QCOMPARE(model.index(1).data().toString(), u"2. page /pricing*"_s);
        QSignalSpy asked(&model, &FunnelStepsModel::moveRequested);
        std::unique_ptr<QMimeData> dragged(model.mimeData({model.index(2)}));
        QVERIFY(!model.dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.front(), (QVariantList{2, 0}));
        QCOMPARE(model.step(2).type, FunnelStep::Type::Lead); // unchanged until the editor moves
        QVERIFY(!model.dropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {}));
        QCOMPARE(asked.size(), 1); // below itself: no move
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsDragEnabled);
        QVERIFY(model.flags({}) & Qt::ItemIsDropEnabled);
    }

    void navigationListsEveryView()
    {
        NavigationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 11);
        QStringList titles;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            titles.append(index.data().toString());
            QCOMPARE(index.data(NavigationModel::ViewRole).toInt(), row);
            QVERIFY(!index.data(NavigationModel::DescriptionRole).toString().isEmpty());
            QVERIFY2(!index.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).isNull(),
                     "every view has its icon in the resources");
        }
        QCOMPARE(titles, (QStringList{u"Dashboard"_s, u"Funnel"_s, u"Cohorts"_s, u"Channels"_s,
                                      u"Attribution"_s, u"Journeys"_s, u"Deals"_s, u"Leads"_s,
                                      u"Scoring"_s, u"Campaigns"_s, u"Imports"_s}));
    }

    void resultTables_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("many") << 40;
    }

    void resultTables()
    {
        QFETCH(int, rows);
        ResultTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ResultTable table;
        table.addColumn(u"channel"_s, u"Channel"_s, ValueKind::Text);
        table.addColumn(u"leads"_s, u"Leads"_s, ValueKind::Count);
        table.addColumn(u"revenue"_s, u"Revenue"_s, ValueKind::Money);
        table.addColumn(u"rate"_s, u"Win rate"_s, ValueKind::Percent);
        for (int i = 0; i < rows; ++i)
            table.addRow({u"Channel %1"_s.arg(i), 1000 + i, 1234.5 * i, i / 100.0});
        model.setTable(table);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.column(u"revenue"_s), 2);
        QCOMPARE(model.headerData(3, Qt::Horizontal, ResultTableModel::KeyRole),
                 QVariant(u"rate"_s));
        if (rows > 1) {
            // Shown in the locale, sorted by the raw value.
            QCOMPARE(model.index(1, 1).data().toString(), u"1,001"_s);
            QCOMPARE(model.index(1, 2).data(ResultTableModel::SortRole).toDouble(), 1234.5);
            QCOMPARE(model.index(1, 3).data().toString(), u"1.0\u00a0%"_s); // never split
        }
        // Replaced by a smaller table, then emptied: the tester checks every signal on the way.
        ResultTable fewer = table;
        fewer.rows = fewer.rows.mid(0, rows / 2);
        model.setTable(fewer);
        QCOMPARE(model.rowCount(), rows / 2);
        model.setTable({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void tableCounts_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("empty") << 0;
        QTest::newRow("three tables") << 3;
    }

    void tableCounts()
    {
        QFETCH(int, rows);
        TableCountsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<TableCount> counts;
        for (int i = 0; i < rows; ++i)
            counts.append({u"table%1"_s.arg(i), 1000 * (i + 1)});
        model.setCounts(counts);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.columnCount(), 2);
        if (rows > 0) {
            QCOMPARE(model.index(1, TableCountsModel::RowsColumn).data().toString(), u"2,000"_s);
            QCOMPARE(model.index(1, TableCountsModel::RowsColumn).data(TableCountsModel::SortRole),
                     QVariant(qint64(2000)));
        }
        model.setCounts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void importBatchesNewestFirst()
    {
        ImportBatchesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImportBatch first;
        first.id = 1;
        first.kind = u"demo"_s;
        first.sourceName = u"generator"_s;
        first.status = u"committed"_s;
        first.rowsRead = 12345;
        ImportBatch second = first;
        second.id = 2;
        second.kind = u"tracking"_s;
        second.rowsRejected = 3;
        model.setBatches({first, second});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ImportBatchesModel::ColumnCount));
        QCOMPARE(model.index(0, ImportBatchesModel::IdColumn).data(ImportBatchesModel::SortRole),
                 QVariant(qint64(2)));
        QCOMPARE(model.index(0, ImportBatchesModel::KindColumn).data().toString(), u"Tracking"_s);
        QCOMPARE(model.index(1, ImportBatchesModel::KindColumn).data().toString(), u"Demo data"_s);
        QCOMPARE(model.index(1, ImportBatchesModel::ReadColumn).data().toString(), u"12,345"_s);
        QCOMPARE(model.index(0, ImportBatchesModel::RejectedColumn).data().toString(), u"3"_s);
        QCOMPARE(model.index(0, ImportBatchesModel::StatusColumn).data().toString(),
                 u"Committed"_s);
    }

    void importIssuesListsTheFirstAndKeepsAll()
    {
        // A file can reject millions of rows: the table lists the first ListedLimit, saving
        // writes every one, and the list can be taken away to be freed elsewhere.
        ImportIssuesModel model;
        QAbstractItemModelTester tester(&model);
        QList<ImportIssue> issues;
        for (int row = 2; row < ImportIssuesModel::ListedLimit + 7; ++row)
            issues.append({u"error"_s, row, u"time"_s, u"bad_time"_s, u"Not a time"_s, u"x"_s});
        model.setIssues(issues);
        QCOMPARE(model.rowCount(), ImportIssuesModel::ListedLimit);
        QVERIFY(model.isTruncated());
        QCOMPARE(model.issues().size(), qsizetype(ImportIssuesModel::ListedLimit + 5));
        QCOMPARE(model.index(0, ImportIssuesModel::RowColumn).data().toInt(), 2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QList<ImportIssue> taken = model.takeIssues();
        QCOMPARE(taken.size(), qsizetype(ImportIssuesModel::ListedLimit + 5));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isTruncated());
        QCOMPARE(reset.count(), 1);
        issues.resize(3);
        model.setIssues(issues);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.isTruncated());
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
