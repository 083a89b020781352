// Every report of leadloop-cli on the demo workspace, compared byte for byte with the CSV
// checked in under tests/data/golden: a refactoring that changes one figure, one column or one
// rounding fails here. After a deliberate change, LEADLOOP_UPDATE_GOLDEN=1 rewrites the files
// (docs/testing.md); review their diff like code.
#include "childprocess.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestGolden : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    QString m_demo;
    QString m_config;

    static QString goldenPath(const QString& name)
    {
        return QStringLiteral(LEADLOOP_TEST_DATA "/golden/") + name + u".csv"_s;
    }

private slots:
    void initTestCase()
    {
        m_config = m_dir.path(u"config"_s);
        m_demo = m_dir.path(u"demo.leadloop"_s);
        const test::Finished demo =
            test::runCli({u"demo"_s, u"--out"_s, m_demo}, {{u"XDG_CONFIG_HOME"_s, m_config}});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void report_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("arguments");
        const auto row = [](const char* name, const QStringList& arguments) {
            QTest::newRow(name) << QString::fromLatin1(name) << arguments;
        };
        row("info", {u"info"_s});
        row("settings", {u"settings"_s});
        row("lost-reasons", {u"lost-reasons"_s});
        row("campaigns", {u"campaigns"_s});
        row("sessions-by-channel", {u"sessions"_s, u"--by"_s, u"channel"_s});
        row("sessions-by-source-medium", {u"sessions"_s, u"--by"_s, u"source-medium"_s});
        row("sessions-by-rule", {u"sessions"_s, u"--by"_s, u"rule"_s});
        row("identities-conflicts", {u"identities"_s, u"--conflicts"_s});
        row("funnel", {u"funnel"_s});
        row("funnel-by-campaign", {u"funnel"_s, u"--by"_s, u"campaign"_s});
        row("funnel-first-touch-september",
            {u"funnel"_s, u"--model"_s, u"first_touch"_s, u"--from"_s, u"2026-09-01"_s, u"--to"_s,
             u"2026-09-30"_s});
        row("channels", {u"channels"_s});
        row("channels-linear-by-source-medium",
            {u"channels"_s, u"--by"_s, u"source-medium"_s, u"--model"_s, u"linear"_s});
        row("attribution-all", {u"attribution"_s, u"--model"_s, u"all"_s});
        row("attribution-all-revenue",
            {u"attribution"_s, u"--model"_s, u"all"_s, u"--conversion"_s, u"revenue"_s});
        row("attribution-time-decay-by-campaign",
            {u"attribution"_s, u"--model"_s, u"time_decay"_s, u"--by"_s, u"campaign"_s,
             u"--half-life-days"_s, u"7"_s});
        row("attribution-event", {u"attribution"_s, u"--conversion"_s, u"event"_s});
        row("deals", {u"deals"_s});
        row("deals-by-lost-reason", {u"deals"_s, u"--by"_s, u"lost-reason"_s});
        row("deals-by-channel-paid-search",
            {u"deals"_s, u"--by"_s, u"channel"_s, u"--channel"_s, u"Paid Search"_s});
        row("paths", {u"paths"_s, u"--top"_s, u"25"_s});
        row("trend-sessions-week", {u"trend"_s, u"--period"_s, u"week"_s});
        row("trend-revenue-month-by-channel",
            {u"trend"_s, u"--metric"_s, u"revenue"_s, u"--period"_s, u"month"_s, u"--split"_s,
             u"channel"_s});
        row("trend-cost-quarter",
            {u"trend"_s, u"--metric"_s, u"cost"_s, u"--period"_s, u"quarter"_s});
        row("headlines", {u"headlines"_s});
        row("headlines-september",
            {u"headlines"_s, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2026-09-30"_s});
        row("journey-contact-3", {u"journey"_s, u"3"_s});
        row("history-contact-3", {u"history"_s, u"3"_s});
        row("drilldown-customers-paid-search",
            {u"drilldown"_s, u"leads"_s, u"--by"_s, u"channel"_s, u"--group"_s, u"Paid Search"_s,
             u"--conversion"_s, u"customer"_s});
        row("classify", {u"classify"_s, u"--source"_s, u"facebook"_s, u"--medium"_s, u"cpc"_s});
    }

    void report()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, arguments);
        const test::Finished run = test::runCli(
            QStringList{u"--workspace"_s, m_demo, u"--format"_s, u"csv"_s, u"--lang"_s, u"en"_s} +
                arguments,
            {{u"XDG_CONFIG_HOME"_s, m_config}});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.out.isEmpty());
        if (qEnvironmentVariableIsSet("LEADLOOP_UPDATE_GOLDEN")) {
            QDir().mkpath(QFileInfo(goldenPath(name)).path());
            QVERIFY(test::writeFile(goldenPath(name), run.out));
            qInfo("rewrote %s", qPrintable(goldenPath(name)));
            return;
        }
        QFile golden(goldenPath(name));
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        const QByteArray expected = golden.readAll();
        if (run.out != expected) {
            // The first line that differs, to show what changed.
            const QList<QByteArray> got = run.out.split('\n'), want = expected.split('\n');
            for (qsizetype i = 0; i < qMax(got.size(), want.size()); ++i)
                if (got.value(i) != want.value(i))
                    QFAIL(qPrintable(u"line %1:\n  got:      %2\n  expected: %3"_s.arg(i + 1).arg(
                        QString::fromUtf8(got.value(i)), QString::fromUtf8(want.value(i)))));
        }
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
