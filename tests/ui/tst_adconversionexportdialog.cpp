// File > Export > Ad Platform Conversions (docs/ad-platforms.md): the preview shows who would be
// sent and why the others are left out, follows the form, and an export writes the platform's
// file and is remembered, so the next plan sends only what is new; the CLI sees the same.
#include "analysis/resulttableview.h"
#include "childprocess.h"
#include "dialogs/adconversionexportdialog.h"
#include "models/resulttablemodel.h"
#include "shell/workspacesession.h"
#include "store/database.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestAdConversionExportDialog : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    QString m_path;
    std::unique_ptr<WorkspaceSession> m_session;

private slots:
    void initTestCase()
    {
        m_path = m_dir.path(u"loop.leadloop"_s);
        {
            auto ws = Workspace::create(m_path);
            QVERIFY(ws);
            Database& db = (*ws)->database();
            // Three people who clicked a Google ad ten days ago and were won five days ago:
            // one granted consent, one denied it, one said nothing.
            const qint64 day = 24 * 3600 * 1000LL;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (int id = 1; id <= 3; ++id) {
                const qint64 click = now - 10 * day + id * 60'000;
                QVERIFY(db.exec(
                    u"INSERT INTO contacts (id, external_id, email, first_name, created_at) "
                    u"VALUES (%1, 'C-%1', 'p%1@example.com', 'Person %1', %2);"
                    u"INSERT INTO visitors (id, cookie_id, first_seen, last_seen) VALUES (%1, "
                    u"'v%1', %2, %2);"
                    u"INSERT INTO identity_links (visitor_id, contact_id, method, linked_at) "
                    u"VALUES (%1, %1, 'form_email', %2);"
                    u"INSERT INTO sessions (id, visitor_id, started_at, ended_at, channel) VALUES "
                    u"(%1, %1, %2, %2, 'Paid Search');"
                    u"INSERT INTO session_click_ids VALUES (%1, 'gclid', 'G-%1');"
                    u"INSERT INTO deals (id, external_id, contact_id, amount_cents, currency, "
                    u"outcome, created_at, closed_at) VALUES (%1, 'D-%1', %1, 10000, 'EUR', 'won', "
                    u"%2, %3);"_s.arg(id)
                        .arg(click)
                        .arg(now - 5 * day)));
            }
            QVERIFY(db.exec(
                u"INSERT INTO consent_events (contact_id, signal, state, source, at) VALUES "
                u"(1, 'ad_user_data', 'granted', 'crm', 1), (2, 'ad_user_data', 'denied', 'crm', "
                u"1)"_s));
        }
        m_session = std::make_unique<WorkspaceSession>();
        QVERIFY(m_session->open(m_path));
    }

    void previewsSendsAndRemembers()
    {
        AdConversionExportDialog dialog(*m_session);
        dialog.resize(1000, 640);
        dialog.show();
        dialog.waitForPlan();
        QVERIFY(dialog.plan().has_value());
        // Google Ads customers by default: the one who granted consent.
        QCOMPARE(dialog.preview()->model()->rowCount(), 1);
        QCOMPARE(dialog.plan()->noConsent, 2);
        QVERIFY2(dialog.leftOut()->text().contains(u"No consent"_s),
                 qPrintable(dialog.leftOut()->text()));

        // Asking for unknown consent adds the one who said nothing, never the one who denied.
        dialog.includeUnknown()->setChecked(true);
        dialog.waitForPlan();
        QCOMPARE(dialog.preview()->model()->rowCount(), 2);
        QCOMPARE(dialog.plan()->noConsent, 1);
        const ResultTableModel* shown = dialog.preview()->model();
        QCOMPARE(shown->table().rows[0].value(shown->column(u"click_id"_s)).toString(), u"G-1"_s);
        if (const QByteArray folder = qgetenv("LEADLOOP_SCREENSHOT_DIR"); !folder.isEmpty())
            dialog.grab().save(QString::fromLocal8Bit(folder) + u"/adconversions.png"_s);

        // Microsoft: nobody has a Microsoft click id.
        dialog.platform()->setCurrentIndex(
            dialog.platform()->findData(int(AdPlatform::Id::MicrosoftAds)));
        dialog.waitForPlan();
        QCOMPARE(dialog.preview()->model()->rowCount(), 0);
        QCOMPARE(dialog.plan()->noClickId, 2);

        // Back to Google: exported and remembered.
        dialog.platform()->setCurrentIndex(
            dialog.platform()->findData(int(AdPlatform::Id::GoogleAds)));
        dialog.waitForPlan();
        const QString file = m_dir.path(u"google.csv"_s);
        QVERIFY(dialog.saveTo(file));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.startsWith("Parameters:TimeZone="));
        QVERIFY(bytes.contains("\r\nG-1,Customer,"));
        QVERIFY(bytes.contains("\r\nG-3,Customer,"));
        QVERIFY(!bytes.contains("G-2"));

        // The next plan sends nothing new.
        dialog.waitForPlan();
        QCOMPARE(dialog.preview()->model()->rowCount(), 0);
        QCOMPARE(dialog.plan()->alreadyExported, 2);
        QVERIFY(dialog.leftOut()->text().contains(u"Already exported: 2"_s));

        // The CLI knows what the desktop sent.
        const test::Finished history = test::runCli(
            {u"--workspace"_s, m_path, u"export"_s, u"history"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(history.exitCode == 0, history.err.constData());
        QVERIFY2(history.out.contains("google-ads,Customer,customer,conversion,2"),
                 history.out.constData());
    }
};

QTEST_MAIN(TestAdConversionExportDialog)
#include "tst_adconversionexportdialog.moc"
