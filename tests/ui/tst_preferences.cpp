// The preferences dialog and what it changes: the workspace's settings as one undoable step,
// the channel grouping with reclassification, the tester, and the theme.
#include "commands/workspacepreferencescommand.h"
#include "common/applicationidentity.h"
#include "dialogs/preferencesdialog.h"
#include "ingest/trackingimporter.h"
#include "settings/appearance.h"
#include "settings/desktopsettings.h"
#include "store/snapshotsettings.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestPreferences : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    DesktopSettings m_settings;
    std::unique_ptr<Workspace> m_ws;

    /// Runs the command's writes directly on the test's workspace.
    WorkspacePreferencesCommand::Runner direct()
    {
        return [this](const std::function<Status(Database&)>& write) {
            return write(m_ws->database());
        };
    }

    QStringList channels()
    {
        return test::queryRows(m_ws->database(),
                               "SELECT source || '|' || channel FROM sessions ORDER BY id");
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        applyApplicationIdentity();
        QSettings().clear();
        auto ws = Workspace::create(m_dir.path(u"prefs.leadloop"_s));
        QVERIFY(ws.ok());
        m_ws = std::move(*ws);
        // A Bing ad click: "Paid Search" by GA4's rules, "Paid Search" by HubSpot's too; an
        // e-mail campaign with the medium "newsletter": "Email" by GA4's, "Email Marketing" by
        // HubSpot's.
        QVERIFY(
            TrackingImporter::run(
                *m_ws,
                m_dir.file(u"t.csv"_s,
                           "visitor,time,url\n"
                           "A,2024-03-01T10:00:00Z,https://x.com/?utm_source=bing&utm_medium=cpc\n"
                           "B,2024-03-01T11:00:00Z,https://x.com/"
                           "?utm_source=mailchimp&utm_medium=email\n"),
                {})
                .ok());
    }

    void appliesAndUndoesWorkspaceSettings()
    {
        auto before = WorkspacePreferences::load(m_ws->database());
        QVERIFY(before.ok());
        QCOMPARE(before->channels.id, u"ga4"_s);
        const QStringList ga4 = channels();
        WorkspacePreferences after = *before;
        after.currency = u"PLN"_s;
        after.sessionTimeoutMinutes = 15;
        after.lookbackDays = 30;
        after.lostReasons.append(u"Went quiet"_s);
        after.lostReasons.removeFirst();
        after.channels = {u"hubspot"_s, {}};
        QUndoStack stack;
        QStringList errors;
        stack.push(new WorkspacePreferencesCommand(direct(), *before, after,
                                                   [&](const QString& e) { errors << e; }));
        QCOMPARE(errors, QStringList{QString()});
        auto now = WorkspacePreferences::load(m_ws->database());
        QVERIFY(now.ok());
        QCOMPARE(*now, after);
        QVERIFY(channels() != ga4); // reclassified by the HubSpot-style rules
        stack.undo();
        now = WorkspacePreferences::load(m_ws->database());
        QCOMPARE(*now, *before);
        QCOMPARE(channels(), ga4);
        // A bad value changes nothing and leaves no step to undo.
        WorkspacePreferences bad = *before;
        bad.currency = u"EURO"_s;
        bad.lookbackDays = 7;
        const int steps = stack.index();
        stack.push(new WorkspacePreferencesCommand(direct(), *before, bad,
                                                   [&](const QString& e) { errors << e; }));
        QVERIFY(!errors.last().isEmpty());
        QCOMPARE(stack.index(), steps); // no new step
        QCOMPARE(*WorkspacePreferences::load(m_ws->database()), *before);
    }

    void theDialogEditsAndTests()
    {
        auto current = WorkspacePreferences::load(m_ws->database());
        QVERIFY(current.ok());
        PreferencesDialog dialog(m_settings, *current);
        QCOMPARE(dialog.workspacePreferences(), *current); // untouched: the same values
        dialog.findChild<QLineEdit*>(u"currency"_s)->setText(u"sek"_s);
        dialog.findChild<QSpinBox*>(u"lookback"_s)->setValue(0);
        auto* ruleSet = dialog.findChild<QComboBox*>(u"ruleSet"_s);
        ruleSet->setCurrentIndex(ruleSet->findData(u"hubspot"_s));
        const WorkspacePreferences edited = dialog.workspacePreferences();
        QCOMPARE(edited.currency, u"SEK"_s);
        QCOMPARE(edited.lookbackDays, 0);
        QCOMPARE(edited.channels.id, u"hubspot"_s);
        // The tester shows the channel and the rule that fires.
        ruleSet->setCurrentIndex(ruleSet->findData(u"ga4"_s));
        dialog.findChild<QLineEdit*>(u"testSource"_s)->setText(u"google"_s);
        dialog.findChild<QLineEdit*>(u"testMedium"_s)->setText(u"cpc"_s);
        QVERIFY(dialog.findChild<QLabel*>(u"testResult"_s)->text().contains(u"Paid Search"_s));
        // google is a search site, and GA4 checks search sites before e-mail.
        dialog.findChild<QLineEdit*>(u"testMedium"_s)->setText(u"email"_s);
        QVERIFY(dialog.findChild<QLabel*>(u"testResult"_s)->text().contains(u"Organic Search"_s));
        dialog.findChild<QLineEdit*>(u"testSource"_s)->setText(u"newsletter"_s);
        QVERIFY(dialog.findChild<QLabel*>(u"testResult"_s)->text().contains(u"Email"_s));
        // Without a workspace only the user's own settings can change.
        PreferencesDialog alone(m_settings, std::nullopt);
        alone.findChild<QLineEdit*>(u"userName"_s)->setText(u"Piet"_s);
        auto* theme = alone.findChild<QComboBox*>(u"theme"_s);
        theme->setCurrentIndex(theme->findData(u"dark"_s));
        alone.saveDesktop();
        QCOMPARE(m_settings.userName.get(), u"Piet"_s);
        QCOMPARE(m_settings.theme.get(), u"dark"_s);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        Appearance::apply(u"light"_s);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    }

    /// The Snapshots tab edits the settings the CLI shares (SnapshotSettings); each field's
    /// label is a buddy, so its mnemonic works and no '&' shows.
    void snapshotSettingsAreSaved()
    {
        PreferencesDialog dialog(m_settings, std::nullopt);
        auto* page = dialog.findChild<QWidget*>(u"snapshotsPage"_s);
        QVERIFY(page);
        for (QLabel* label : page->findChildren<QLabel*>())
            if (label->text().contains(u'&'))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        page->findChild<QSpinBox*>(u"snapshotsKeep"_s)->setValue(9);
        page->findChild<QSpinBox*>(u"snapshotsMaxSize"_s)->setValue(300);
        page->findChild<QLineEdit*>(u"snapshotsFolder"_s)->setText(u"/srv/snapshots"_s);
        page->findChild<QCheckBox*>(u"snapshotsEnabled"_s)->setChecked(false);
        QVERIFY(!page->findChild<QSpinBox*>(u"snapshotsKeep"_s)->isEnabled());
        dialog.saveDesktop();
        const SnapshotPolicy saved = SnapshotSettings().policy();
        QCOMPARE(saved.keep, 9);
        QCOMPARE(saved.maxBytes, qint64(300) * 1024 * 1024);
        QCOMPARE(saved.folder, u"/srv/snapshots"_s);
        QVERIFY(!saved.enabled);
        SnapshotSettings().set(SnapshotPolicy{});
    }

    void yourRulesGoFirst()
    {
        auto current = WorkspacePreferences::load(m_ws->database());
        QVERIFY(current.ok());
        PreferencesDialog dialog(m_settings, *current);
        auto* ruleSet = dialog.findChild<QComboBox*>(u"ruleSet"_s);
        ruleSet->setCurrentIndex(ruleSet->findData(u"ga4"_s));
        dialog.addYourRule({u"Bing Ads"_s, u"source"_s, u"equals"_s, u"bing"_s});
        dialog.findChild<QLineEdit*>(u"testSource"_s)->setText(u"bing"_s);
        dialog.findChild<QLineEdit*>(u"testMedium"_s)->setText(u"cpc"_s);
        QVERIFY2(dialog.findChild<QLabel*>(u"testResult"_s)->text().contains(u"Bing Ads"_s),
                 qPrintable(dialog.findChild<QLabel*>(u"testResult"_s)->text()));
        const WorkspacePreferences edited = dialog.workspacePreferences();
        QCOMPARE(edited.channels.id, u"custom"_s);
        const auto parsed = ChannelOverrides::parse(edited.channels.customJson);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->first, u"ga4"_s);
        QCOMPARE(parsed->second.size(), 1);
        QCOMPARE(parsed->second.front().channel, u"Bing Ads"_s);
        // Applied: the Bing session is reclassified; the other keeps GA4's channel.
        QVERIFY(WorkspacePreferences::apply(m_ws->database(), *current, edited).ok());
        QCOMPARE(channels(), (QStringList{u"bing|Bing Ads"_s, u"mailchimp|Email"_s}));
        // Opened again, the dialog shows the grouping and your rule for editing.
        PreferencesDialog again(m_settings, *WorkspacePreferences::load(m_ws->database()));
        QCOMPARE(again.yourRules(), parsed->second);
        QCOMPARE(again.findChild<QComboBox*>(u"ruleSet"_s)->currentData().toString(), u"ga4"_s);
        QVERIFY(WorkspacePreferences::apply(m_ws->database(), edited, *current).ok());
        // A rule that cannot compile is refused with its number.
        auto bad = ChannelOverrides::compose(u"ga4"_s, {{u"X"_s, u"source"_s, u"regex"_s, u"("_s}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::BadInput);
        auto empty = ChannelOverrides::compose(u"ga4"_s, {{u"X"_s, u"source"_s, u"equals"_s, {}}});
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().code, ErrorCode::BadInput);
        QVERIFY(empty.error().message.contains(u"1"_s)); // names the rule
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
