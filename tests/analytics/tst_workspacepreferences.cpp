// The workspace preferences as core loads and applies them (the desktop's Preferences dialog
// and its undo command call these): defaults, a change in one transaction, all or nothing.
#include "analytics/workspacepreferences.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestWorkspacePreferences : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;

private slots:
    void defaultsOfANewWorkspace()
    {
        auto ws = Workspace::create(m_dir.path(u"new.leadloop"_s));
        QVERIFY(ws.ok());
        auto loaded = WorkspacePreferences::load((*ws)->database());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->sessionTimeoutMinutes, 30);
        QCOMPARE(loaded->lookbackDays, 90);
        QCOMPARE(loaded->channels.id, u"ga4"_s);
        QVERIFY(!loaded->lostReasons.isEmpty());
    }

    void appliesEveryChange()
    {
        auto ws = Workspace::create(m_dir.path(u"apply.leadloop"_s));
        QVERIFY(ws.ok());
        Database& db = (*ws)->database();
        const WorkspacePreferences before = *WorkspacePreferences::load(db);
        WorkspacePreferences after = before;
        after.currency = u"SEK"_s;
        after.sessionTimeoutMinutes = 45;
        after.lookbackDays = 60;
        after.lostReasons.prepend(u"Chose a spreadsheet"_s);
        after.channels = {u"hubspot"_s, {}};
        QVERIFY(WorkspacePreferences::apply(db, before, after).ok());
        QCOMPARE(*WorkspacePreferences::load(db), after);
        // And back.
        QVERIFY(WorkspacePreferences::apply(db, after, before).ok());
        QCOMPARE(*WorkspacePreferences::load(db), before);
    }

    void aFailingStepChangesNothing_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("code");
        // The currency is written first, then the reasons: a bad reason rolls the currency back.
        QTest::newRow("empty lost reason")
            << u"PLN"_s << u"   "_s << int(ErrorCode::InvalidArgument);
        QTest::newRow("not a currency") << u"EURO"_s << u"Budget"_s << int(ErrorCode::BadInput);
    }

    void aFailingStepChangesNothing()
    {
        QFETCH(QString, currency);
        QFETCH(QString, reason);
        QFETCH(int, code);
        auto ws = Workspace::create(
            m_dir.path(u"fail-%1.leadloop"_s.arg(QString::fromLatin1(QTest::currentDataTag()))));
        QVERIFY(ws.ok());
        Database& db = (*ws)->database();
        const WorkspacePreferences before = *WorkspacePreferences::load(db);
        WorkspacePreferences bad = before;
        bad.currency = currency;
        bad.sessionTimeoutMinutes = 20;
        bad.lostReasons.append(reason);
        const Status applied = WorkspacePreferences::apply(db, before, bad);
        QVERIFY(!applied.ok());
        QCOMPARE(int(applied.error().code), code);
        QCOMPARE(*WorkspacePreferences::load(db), before);
    }
};

QTEST_GUILESS_MAIN(TestWorkspacePreferences)
#include "tst_workspacepreferences.moc"
