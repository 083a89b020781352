// The executive PDF report, written by `leadloop-cli report` on the demo workspace and read back
// with poppler's tools: the figures are the CLI's, the fonts are embedded, there are no bitmaps,
// and a file that cannot be written is not left half-written.
#include "childprocess.h"
#include "demo/demogenerator.h"
#include "report/executivereport.h"
#include "report/pdfreportwriter.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestPdfReport : public QObject
{
    Q_OBJECT

    test::ScratchDir m_dir;
    QString m_demo;
    QString m_pdf;
    QJsonObject m_written; ///< the report command's JSON

    static QByteArray run(const QString& program, const QStringList& arguments,
                          int* exitCode = nullptr)
    {
        const test::Finished finished = test::run(program, arguments);
        if (exitCode)
            *exitCode = finished.exitCode;
        return finished.out;
    }

    QJsonObject cli(const QStringList& arguments)
    {
        return QJsonDocument::fromJson(
                   run(QStringLiteral(LEADLOOP_CLI_PATH),
                       QStringList{u"--workspace"_s, m_demo, u"--format"_s, u"json"_s} + arguments))
            .object();
    }

    /// The PDF's text; no-break spaces (between a figure and its unit) as spaces, the fi
    /// ligature as its letters.
    QString text()
    {
        return QString::fromUtf8(run(u"pdftotext"_s, {m_pdf, u"-"_s}))
            .replace(u'\u00a0', u' ')
            .replace(QChar(0xFB01), u"fi"_s);
    }

    static QString money(double value) { return QLocale().toString(value, 'f', 2); }

private slots:
    void initTestCase()
    {
        m_demo = m_dir.path(u"demo.leadloop"_s);
        QVERIFY(DemoGenerator().createWorkspace(m_demo).ok());
        m_pdf = m_dir.path(u"report.pdf"_s);
        m_written = cli({u"report"_s, u"--pdf"_s, m_pdf, u"--from"_s, u"2026-09-01"_s, u"--to"_s,
                         u"2026-09-30"_s, u"--title"_s, u"Board pack"_s});
        QVERIFY(QFile::exists(m_pdf));
    }

    void hasTheHeadlineFiguresOfTheCli()
    {
        const QString pdf = text();
        QVERIFY(pdf.contains(u"Board pack"_s));
        QVERIFY(pdf.contains(u"2026-09-01 – 2026-09-30"_s));
        const QJsonObject headlines =
            cli({u"headlines"_s, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2026-09-30"_s});
        const QJsonArray rows = headlines.value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 7);
        for (const QJsonValue& v : rows) {
            const QJsonObject row = v.toObject();
            const QString metric = row.value(u"metric"_s).toString();
            const double value = row.value(u"value"_s).toDouble();
            QString expected;
            if (metric == u"roi" || metric == u"win_rate")
                expected = QLocale().toString(value * 100, 'f', 1) + u" %"_s;
            else if (metric == u"revenue" || metric == u"cost")
                expected = QLocale().toString(value, 'f', 0) + u" EUR"_s;
            else
                expected = QLocale().toString(qint64(value));
            QVERIFY2(pdf.contains(expected), qPrintable(metric + u" "_s + expected));
        }
    }

    void hasTheChannelsAndModelsOfTheCli()
    {
        const QString pdf = text();
        const QJsonObject channels =
            cli({u"channels"_s, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2026-09-30"_s});
        int checked = 0;
        for (const QJsonValue& v : channels.value(u"rows"_s).toArray()) {
            const QJsonObject row = v.toObject();
            QVERIFY2(pdf.contains(money(row.value(u"revenue"_s).toDouble())),
                     qPrintable(row.value(u"channel"_s).toString()));
            ++checked;
        }
        QVERIFY(checked >= 8);
        const QJsonObject models = cli({u"attribution"_s, u"--model"_s, u"all"_s, u"--from"_s,
                                        u"2026-09-01"_s, u"--to"_s, u"2026-09-30"_s});
        for (const QJsonValue& v : models.value(u"rows"_s).toArray())
            for (const QString& key : {u"first_touch_conversions"_s, u"shapley_conversions"_s}) {
                const QString expected =
                    QLocale().toString(v.toObject().value(key).toDouble(), 'f', 1);
                QVERIFY2(pdf.contains(expected), qPrintable(key + u" "_s + expected));
            }
    }

    // The uncertainty page: each channel's lead-to-customer interval as the CLI's --intervals
    // gives it, the credited leads' bootstrap bounds as channels --bootstrap 200 gives them, and
    // the two channels with most leads compared in words; the win rates' intervals; the methods
    // in the appendix.
    void showsHowCertainTheFiguresAre()
    {
        const QString pdf = text();
        QVERIFY(pdf.contains(u"How certain the channels' figures are"_s));
        const QStringList period = {u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2026-09-30"_s};
        const QJsonObject channels =
            cli(QStringList{u"channels"_s, u"--intervals"_s, u"--bootstrap"_s, u"200"_s} + period);
        QJsonArray rows = channels.value(u"rows"_s).toArray();
        QVERIFY(rows.size() >= 8);
        for (const QJsonValue& v : rows) {
            const QJsonObject row = v.toObject();
            if (row.value(u"lead_to_customer_high"_s).isNull())
                continue;
            for (const QString& key : {u"lead_to_customer_low"_s, u"lead_to_customer_high"_s}) {
                const QString expected =
                    QLocale().toString(row.value(key).toDouble() * 100, 'f', 1) + u" %"_s;
                QVERIFY2(pdf.contains(expected), qPrintable(key + u" "_s + expected));
            }
            const QString leadsLow =
                QLocale().toString(row.value(u"leads_low"_s).toDouble(), 'f', 1);
            QVERIFY2(pdf.contains(leadsLow), qPrintable(leadsLow));
        }
        QVERIFY(pdf.contains(u"converts better than"_s) || pdf.contains(u"cannot be told apart"_s));
        const QJsonObject deals =
            cli(QStringList{u"deals"_s, u"--by"_s, u"owner"_s, u"--intervals"_s} + period);
        for (const QJsonValue& v : deals.value(u"rows"_s).toArray()) {
            const QJsonValue high = v.toObject().value(u"win_rate_high"_s);
            if (!high.isNull())
                QVERIFY(pdf.contains(QLocale().toString(high.toDouble() * 100, 'f', 1) + u" %"_s));
        }
        for (const QString& method :
             {u"Intervals of rates"_s, u"Intervals of credits"_s, u"Two rates compared"_s})
            QVERIFY2(pdf.contains(method), qPrintable(method));
    }

    void numbersItsPagesAndExplainsItself()
    {
        const int pages = m_written.value(u"meta"_s).toObject().value(u"pages"_s).toInt();
        QVERIFY(pages >= 8);
        const QString pdf = text();
        QVERIFY(pdf.contains(u"Page 1 of %1"_s.arg(pages)));
        QVERIFY(pdf.contains(u"Page %1 of %1"_s.arg(pages)));
        QVERIFY(!pdf.contains(u"Page %1 of %2"_s.arg(pages + 1).arg(pages)));
        for (const QString& heading :
             {u"Funnel"_s, u"Leads credited by every model"_s, u"Best and worst campaigns by ROI"_s,
              u"Weekly trend"_s, u"Why deals were lost"_s, u"Methodology"_s, u"Channel rule set"_s,
              u"Leads without tracking"_s})
            QVERIFY2(pdf.contains(heading), qPrintable(heading));
    }

    // Every word within the A4 page's 48-point margins (a long methodology value once ran off
    // the right edge), and no label cut short with an ellipsis (the trend chart's weeks were).
    void staysInsideItsMarginsAndCutsNoLabel()
    {
        // The whole demo period: fourteen weeks on the trend chart.
        const QString path = m_dir.path(u"all-time.pdf"_s);
        cli({u"report"_s, u"--pdf"_s, path});
        const QString boxes = QString::fromUtf8(run(u"pdftotext"_s, {u"-bbox"_s, path, u"-"_s}));
        static const QRegularExpression word(
            uR"re(<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>)re"_s);
        int words = 0;
        for (auto match = word.globalMatch(boxes); match.hasNext();) {
            const auto m = match.next();
            ++words;
            QVERIFY2(
                m.captured(1).toDouble() >= 47.0 && m.captured(2).toDouble() <= 548.0,
                qPrintable(m.captured(3) + u" at "_s + m.captured(1) + u"–"_s + m.captured(2)));
        }
        QVERIFY(words > 500);
        const QString pdf = QString::fromUtf8(run(u"pdftotext"_s, {path, u"-"_s}));
        QVERIFY2(!pdf.contains(u"\u2026"_s) && !pdf.contains(u"W..."_s), "an elided label");
        // The trend chart's week labels whole, apart from the table's "2026-W27".
        static const QRegularExpression weekLabel(uR"re((^|\s)W27(\s|$))re"_s);
        QVERIFY(weekLabel.match(pdf).hasMatch());
    }

    void embedsItsFontAndHasNoBitmaps()
    {
        const QStringList fonts =
            QString::fromUtf8(run(u"pdffonts"_s, {m_pdf})).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString& line : fonts) {
            QVERIFY2(line.startsWith(u"DejaVuSans"_s), qPrintable(line));
            QVERIFY2(line.section(u' ', 0, -1, QString::SectionSkipEmpty).contains(u" yes "_s),
                     qPrintable(line));
        }
        const QStringList images = QString::fromUtf8(run(u"pdfimages"_s, {u"-list"_s, m_pdf}))
                                       .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2); // the header lines only
    }

    void followsTheChosenLocale()
    {
        // --lang pl: Polish numbers (a space groups thousands, a comma before decimals).
        const QString polish = m_dir.path(u"pl.pdf"_s);
        cli({u"--lang"_s, u"pl"_s, u"report"_s, u"--pdf"_s, polish});
        const QString pdf =
            QString::fromUtf8(run(u"pdftotext"_s, {polish, u"-"_s})).replace(u'\u00a0', u' ');
        const QJsonObject headlines = cli({u"headlines"_s});
        for (const QJsonValue& v : headlines.value(u"rows"_s).toArray())
            if (v.toObject().value(u"metric"_s).toString() == u"visitors")
                QVERIFY(pdf.contains(QLocale(u"pl"_s)
                                         .toString(v.toObject().value(u"value"_s).toInteger())
                                         .replace(u'\u00a0', u' ')));
        QVERIFY(pdf.contains(u"50,0 %"_s)); // the demo's win rate
        int code = 0;
        run(QStringLiteral(LEADLOOP_CLI_PATH), {u"--lang"_s, u"xx"_s, u"info"_s}, &code);
        QCOMPARE(code, 1);
    }

    void breaksLongTablesWithTheirHeader()
    {
        // A 300-row section runs over several pages; each repeats the column titles.
        ExecutiveReport report;
        report.title = u"Long"_s;
        report.period = u"All time"_s;
        ExecutiveReport::Section section{u"long"_s, u"Many campaigns"_s, u"Every one."_s, {}};
        section.table.addColumn(u"campaign"_s, u"Campaign name"_s);
        section.table.addColumn(u"leads"_s, u"Leads"_s);
        for (int r = 0; r < 300; ++r)
            section.table.addRow({u"campaign_%1"_s.arg(r), qint64(r)});
        report.sections.append(section);
        const QString path = m_dir.path(u"long.pdf"_s);
        auto pages = PdfReportWriter::write(report, u"ws"_s, path, 0);
        QVERIFY(pages.ok());
        QVERIFY(*pages >= 4);
        const QString pdf = QString::fromUtf8(run(u"pdftotext"_s, {path, u"-"_s}));
        QCOMPARE(pdf.count(u"Campaign name"_s), *pages - 1); // every page after the cover
        QVERIFY(pdf.contains(u"campaign_0\n"_s) && pdf.contains(u"campaign_299\n"_s));
        QVERIFY(pdf.contains(u"Page %1 of %1"_s.arg(*pages)));
    }

    void leavesNoHalfWrittenFile()
    {
        int code = 0;
        const QString path = m_dir.path(u"missing/folder/report.pdf"_s);
        run(QStringLiteral(LEADLOOP_CLI_PATH),
            {u"--workspace"_s, m_demo, u"report"_s, u"--pdf"_s, path}, &code);
        QVERIFY(code != 0);
        QVERIFY(!QFile::exists(path));
        run(QStringLiteral(LEADLOOP_CLI_PATH), {u"--workspace"_s, m_demo, u"report"_s}, &code);
        QCOMPARE(code, 1); // --pdf is required
    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
