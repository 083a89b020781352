// The Imports view removing a batch: asked first, refused with the reason while other data
// depends on it, and the list showing "removed" afterwards.
#include "common/applicationidentity.h"
#include "ingest/costimporter.h"
#include "ingest/trackingimporter.h"
#include "models/importbatchesmodel.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "views/importspage.h"

#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestImportsPage : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;

    /// Selects the row of a batch.
    static void select(ImportsPage& page, qint64 batch)
    {
        auto* model = page.table()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, ImportBatchesModel::IdColumn)
                    .data(ImportBatchesModel::SortRole)
                    .toLongLong() == batch)
                page.table()->setCurrentIndex(model->index(r, 0));
    }

private slots:
    void removesAfterAskingOrSaysWhyNot()
    {
        test::isolateSettings();
        applyApplicationIdentity();
        WorkspaceSession session;
        QVERIFY(session.create(m_dir.path(u"imports.leadloop"_s)).ok());
        Workspace& ws = *session.workspace();
        QVERIFY(
            TrackingImporter::run(ws,
                                  m_dir.file(u"1.csv"_s, "visitor,time,url\n"
                                                         "A,2024-03-01T10:00:00Z,https://x.com/\n"),
                                  {})
                .ok());
        QVERIFY(
            TrackingImporter::run(ws,
                                  m_dir.file(u"2.csv"_s, "visitor,time,url\n"
                                                         "A,2024-03-02T10:00:00Z,https://x.com/\n"),
                                  {})
                .ok());
        QVERIFY(
            CostImporter::importCosts(ws,
                                      m_dir.file(u"k.csv"_s, "date,source,medium,campaign,cost\n"
                                                             "2024-03-01,google,cpc,brand,50\n"),
                                      {})
                .ok());
        session.refreshCounts();
        ImportsPage page(session);
        QStringList asked;
        bool answer = false;
        page.setConfirm([&](const QString& q) {
            asked << q;
            return answer;
        });
        select(page, 3);
        QCOMPARE(page.removeSelected(), QString()); // the user said no
        QVERIFY(asked.last().contains(u"campaign_costs"_s));
        answer = true;
        QVERIFY(page.removeSelected().contains(u"removed"_s));
        QCOMPARE(test::queryRows(ws.database(), "SELECT count(*) FROM campaigns"),
                 QStringList{u"0"_s});
        // Batch 1's visitor has sessions in batch 2: refused, with the reason, without asking.
        const int questions = asked.size();
        select(page, 1);
        QVERIFY(page.removeSelected().contains(u"cannot be removed"_s));
        QCOMPARE(asked.size(), questions);
        QCOMPARE(test::queryRows(ws.database(), "SELECT status FROM import_batches ORDER BY id"),
                 (QStringList{u"committed"_s, u"committed"_s, u"removed"_s}));
    }
};

QTEST_MAIN(TestImportsPage)
#include "tst_importspage.moc"
