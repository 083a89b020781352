// The import wizard under the offscreen platform: a file goes in, the kind is recognised, the
// preview follows the options, the mapping is guessed and can be changed and saved as a preset,
// the import runs on a worker thread, the batch appears and its issues can be saved.
#include "common/applicationidentity.h"
#include "ingest/importpresets.h"
#include "models/importissuesmodel.h"
#include "settings/desktopsettings.h"
#include "settings/legacypresets.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"
#include "testsupport.h"
#include "wizard/importmappingpage.h"
#include "wizard/importrunpage.h"
#include "wizard/importwizard.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestImportWizard : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    DesktopSettings m_settings;
    std::unique_ptr<WorkspaceSession> m_session;

    QStringList batches()
    {
        return test::queryRows(m_session->workspace()->database(),
                               "SELECT kind, rows_imported, rows_rejected FROM import_batches "
                               "ORDER BY id");
    }

    /// Runs the last page's import and waits for it.
    static bool runImport(ImportWizard& wizard)
    {
        auto* run = qobject_cast<ImportRunPage*>(wizard.page(ImportWizard::RunPage));
        QSignalSpy finished(run, &ImportRunPage::finished);
        run->start();
        return finished.wait(20000);
    }

private slots:
    void adoptsPresetsKeptInTheSettings()
    {
        // As LeadLoop 0.1 kept them: this computer's settings only, out of the CLI's reach.
        QSettings().setValue(u"importPresets/crm/Old CRM/email"_s, u"Mail"_s);
        QSettings().setValue(u"importPresets/crm/Old CRM/first_name"_s, u"Imię"_s);
        ImportPresets presets(m_dir.path(u"adopted.json"_s));
        adoptLegacyPresets(presets);
        const auto adopted = presets.load(u"crm"_s, u"Old CRM"_s);
        QVERIFY(adopted.ok());
        QCOMPARE(adopted->value(u"first_name"_s), u"Imię"_s);
        QVERIFY(!QSettings().contains(u"importPresets/crm/Old CRM/email"_s));
        adoptLegacyPresets(presets); // nothing left to adopt: no change
        QCOMPARE(*presets.names(u"crm"_s), QStringList{u"Old CRM"_s});
    }

    void initTestCase()
    {
        test::isolateSettings();
        applyApplicationIdentity();
        QSettings().clear();
        m_session = std::make_unique<WorkspaceSession>();
        QVERIFY(m_session->create(m_dir.path(u"wizard.leadloop"_s)).ok());
    }

    void importsATrackingFileWithIssues()
    {
        // Semicolons, Windows-1250 Polish letters, one row without a readable time.
        QByteArray text = "cookie;czas;adres;tytu\xb3\n"
                          "A;2024-03-01 10:00:00;https://x.pl/?utm_source=google&utm_medium=cpc;"
                          "Zam\xf3wienie\n"
                          "B;wczoraj;https://x.pl/;Strona\n";
        const QString path = m_dir.file(u"visits.csv"_s, text);
        ImportWizard wizard(*m_session, m_settings, path);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ImportWizard::SourcePage));
        // Every label of the first page names its field, so its mnemonic works (Alt+F) and no
        // label shows a literal "&".
        for (QLabel* label : wizard.currentPage()->findChildren<QLabel*>())
            if (label->text().contains(u'&'))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        // Polish column names LeadLoop does not know: it says so, and the user chooses.
        QVERIFY(wizard.findChild<QLabel*>(u"recognised"_s)->text().contains(u"does not"_s));
        auto* kind = wizard.findChild<QComboBox*>(u"importKind"_s);
        kind->setCurrentIndex(kind->findData(int(ImportKind::Tracking)));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        QCOMPARE(wizard.plan().kind, ImportKind::Tracking);
        auto* preview = wizard.findChild<QTableView*>(u"preview"_s);
        QCOMPARE(preview->model()->rowCount(), 2);
        QCOMPARE(preview->model()->headerData(3, Qt::Horizontal).toString(), u"tytuł"_s);
        QCOMPARE(preview->model()->index(0, 3).data().toString(), u"Zamówienie"_s);
        // Changing the delimiter re-reads the preview at once.
        auto* delimiter = wizard.findChild<QComboBox*>(u"delimiter"_s);
        delimiter->setCurrentIndex(delimiter->findData(int(',')));
        QCOMPARE(preview->model()->columnCount(), 1); // no commas: one column
        delimiter->setCurrentIndex(delimiter->findData(int(';')));
        QCOMPARE(preview->model()->columnCount(), 4);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        // "cookie" is a known visitor name; "czas" (time) is not, so it must be chosen.
        auto* visitor = wizard.findChild<QComboBox*>(u"map_visitor"_s);
        QCOMPARE(visitor->currentText(), u"cookie"_s);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(wizard.findChild<QLabel*>(u"missingFields"_s)->text().contains(u"time"_s));
        auto* time = wizard.findChild<QComboBox*>(u"map_time"_s);
        time->setCurrentIndex(time->findData(u"czas"_s));
        auto* url = wizard.findChild<QComboBox*>(u"map_url"_s);
        url->setCurrentIndex(url->findData(u"adres"_s));
        QVERIFY(wizard.currentPage()->isComplete());
        // Saved as a preset, the mapping comes back by name.
        auto* mapping = qobject_cast<ImportMappingPage*>(wizard.currentPage());
        QVERIFY(ImportPresets().save(u"tracking"_s, u"Polish shop"_s, mapping->mapping()).ok());
        QCOMPARE(ImportPresets().load(u"tracking"_s, u"Polish shop"_s)->value(u"time"_s),
                 u"czas"_s);
        mapping->initializePage(); // back to LeadLoop's guess, and the preset listed
        QVERIFY(!wizard.currentPage()->isComplete());
        auto* presets = wizard.findChild<QComboBox*>(u"presets"_s);
        const int chosen = presets->findText(u"Polish shop"_s);
        QVERIFY(chosen > 0);
        emit presets->activated(chosen); // the mapping comes back
        QCOMPARE(wizard.findChild<QComboBox*>(u"map_time"_s)->currentData(), QVariant(u"czas"_s));
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QVERIFY(!wizard.currentPage()->isComplete()); // nothing imported yet
        QVERIFY(runImport(wizard));
        auto* result = wizard.findChild<QLabel*>(u"result"_s);
        QVERIFY2(wizard.currentPage()->isComplete(), qPrintable(result->text()));
        QCOMPARE(batches(), QStringList{u"tracking|1|1"_s});
        auto* run = qobject_cast<ImportRunPage*>(wizard.currentPage());
        QAbstractItemModelTester tester(run->issues(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(run->issues()->rowCount(), 1);
        QCOMPARE(run->issues()->index(0, ImportIssuesModel::RowColumn).data().toInt(), 3);
        QVERIFY(run->issues()
                    ->index(0, ImportIssuesModel::OriginalColumn)
                    .data()
                    .toString()
                    .contains(u"wczoraj"_s));
        QVERIFY(wizard.findChild<QLabel*>(u"result"_s)->text().contains(u"1 rejected"_s));
        const QString saved = m_dir.path(u"issues.csv"_s);
        QVERIFY(run->saveIssues(saved).ok());
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("wczoraj"));
    }

    void recognisesCostsAndRefusesWhatItCannotRead()
    {
        const QString path = m_dir.file(u"spend.csv"_s, "Day,Campaign name,Amount spent\n"
                                                        "2024-03-01,brand,12.50\n");
        ImportWizard wizard(*m_session, m_settings, path);
        wizard.show();
        wizard.next();
        QCOMPARE(wizard.plan().kind, ImportKind::Costs);
        // The preview shows the date as LeadLoop reads it, in the chosen time zone.
        auto* preview = wizard.findChild<QTableView*>(u"preview"_s);
        QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(),
                 u"Day as read (UTC)"_s);
        QCOMPARE(preview->model()->index(0, 0).data().toString(), u"2024-03-01 00:00:00"_s);
        QVERIFY(!wizard.findChild<QComboBox*>(u"timeZone"_s)->isEnabled()); // calendar days
        wizard.next();
        QCOMPARE(wizard.findChild<QComboBox*>(u"map_cost"_s)->currentText(), u"Amount spent"_s);
        wizard.next();
        QVERIFY(runImport(wizard));
        QCOMPARE(batches().last(), u"costs|1|0"_s);
        // A file that is not there cannot go past the first page.
        ImportWizard missing(*m_session, m_settings, m_dir.path(u"nothing.csv"_s));
        missing.show();
        QVERIFY(!missing.currentPage()->isComplete());
    }

    void thePreviewReadsTimesInTheChosenZone()
    {
        const QString path = m_dir.file(u"zone.csv"_s, "visitor,time,url\n"
                                                       "A,2024-03-01 10:00:00,https://x.com/\n");
        ImportWizard wizard(*m_session, m_settings, path);
        wizard.show();
        wizard.next();
        auto* preview = wizard.findChild<QTableView*>(u"preview"_s);
        QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(),
                 u"time as read (UTC)"_s);
        QCOMPARE(preview->model()->index(0, 0).data().toString(), u"2024-03-01 10:00:00"_s);
        wizard.findChild<QComboBox*>(u"timeZone"_s)->setCurrentText(u"Europe/Warsaw"_s);
        QCOMPARE(preview->model()->index(0, 0).data().toString(), u"2024-03-01 09:00:00"_s);
        wizard.next();
        QCOMPARE(wizard.plan().timeZone, u"Europe/Warsaw"_s);
    }

    void importsAJsonExportWithoutMapping()
    {
        ImportWizard wizard(*m_session, m_settings,
                            QStringLiteral(LEADLOOP_TEST_DATA) + u"/ga4/events.ndjson"_s);
        wizard.show();
        QVERIFY(wizard.findChild<QLabel*>(u"recognised"_s)
                    ->text()
                    .contains(u"tracking"_s, Qt::CaseInsensitive));
        wizard.next();
        QCOMPARE(wizard.plan().kind, ImportKind::Tracking);
        QVERIFY(wizard.currentPage()->isComplete());
        QVERIFY(wizard.findChild<QLabel*>(u"detected"_s)->text().contains(u"JSON"_s));
        wizard.next();
        QVERIFY(wizard.currentPage()->isComplete()); // nothing to map
        wizard.next();
        QVERIFY(runImport(wizard));
        auto* run = qobject_cast<ImportRunPage*>(wizard.currentPage());
        QVERIFY(run->outcome().has_value());
        const QString why = run->outcome()->ok() ? QString() : run->outcome()->error().message;
        QVERIFY2(run->outcome()->ok(), qPrintable(why));
        QVERIFY((*run->outcome())->batch.rowsImported > 0);
    }

    void listsTheFirstOfManyIssues()
    {
        // Every row but one has a time LeadLoop cannot read: the table lists the first
        // ListedLimit, the result says how many there are, saving writes them all, and closing
        // the wizard frees them on a worker.
        const int bad = ImportIssuesModel::ListedLimit + 4;
        QByteArray text = "visitor,time,url\nA,2024-03-01T10:00:00Z,https://x.pl/\n";
        for (int i = 0; i < bad; ++i)
            text += "B" + QByteArray::number(i) + ",soon,https://x.pl/\n";
        const QString saved = m_dir.path(u"many-issues.csv"_s);
        {
            ImportWizard wizard(*m_session, m_settings, m_dir.file(u"many.csv"_s, text));
            wizard.show();
            while (wizard.currentId() != int(ImportWizard::RunPage) &&
                   wizard.currentPage()->isComplete())
                wizard.next();
            QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
            QVERIFY(runImport(wizard));
            auto* run = qobject_cast<ImportRunPage*>(wizard.currentPage());
            QCOMPARE(run->issues()->rowCount(), ImportIssuesModel::ListedLimit);
            QCOMPARE(run->issues()->issues().size(), qsizetype(bad));
            const QString result = wizard.findChild<QLabel*>(u"result"_s)->text();
            QVERIFY2(result.contains(u"The first 10,000 of the 10,004 issues"_s),
                     qPrintable(result));
            QVERIFY(run->saveIssues(saved).ok());
        }
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), qsizetype(bad + 1)); // the header and every row
    }

    void aCancelledImportLeavesNothing()
    {
        QByteArray text = "visitor,time,url\n";
        for (int i = 0; i < 200000; ++i)
            text += "v" + QByteArray::number(i % 5000) +
                    ",2024-03-01T10:" + QByteArray::number(10 + i % 50) + ":00Z,https://x.com/p" +
                    QByteArray::number(i % 300) + "\n";
        const QString path = m_dir.file(u"big.csv"_s, text);
        const QStringList before = batches();
        ImportWizard wizard(*m_session, m_settings, path);
        wizard.show();
        wizard.next();
        wizard.next();
        wizard.next();
        auto* run = qobject_cast<ImportRunPage*>(wizard.currentPage());
        QSignalSpy finished(run, &ImportRunPage::finished);
        run->start();
        run->cancel();
        QVERIFY(finished.wait(20000));
        QVERIFY(run->outcome().has_value());
        QVERIFY(!run->outcome()->ok());
        QCOMPARE(run->outcome()->error().code, ErrorCode::Cancelled);
        QCOMPARE(batches(), before);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
