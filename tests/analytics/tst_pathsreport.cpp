// The paths report (docs/metrics.md, "Paths") on the small closed loop: the most frequent paths to
// conversion and to revenue.
#include "analytics/pathsreport.h"
#include "smallloop.h"
#include "store/workspace.h"
#include "testsupport.h"

#include <QTest>

using namespace leadloop;
using namespace Qt::StringLiterals;

class TestPathsReport : public QObject
{
    Q_OBJECT

    test::SmallLoop m_loop;

private slots:
    void initTestCase()
    {
        const QString failed = m_loop.open();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void listsPathsToConversion()
    {
        PathQuery query;
        auto table = PathsReport::run(m_loop.db(), query, 2);
        QVERIFY(table.ok());
        QStringList out;
        for (const QVariantList& row : table->rows)
            out.append(u"%1|%2|%3|%4"_s.arg(row[0].toString(), row[1].toString(), row[2].toString(),
                                            row[4].toString()));
        // Three leads, one per path; ties in path order; the top 2.
        QCOMPARE(out, (QStringList{u"(none)|0|1|0.3333"_s, u"Email > Direct|2|1|0.3333"_s}));
        QCOMPARE(table->meta.value(u"paths"_s).toInt(), 3);
        query.kind = ConversionKind::Revenue;
        table = PathsReport::run(m_loop.db(), query, 10);
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rows[0][0].toString(), u"Paid Search > Direct"_s);
        QCOMPARE(table->rows[0][3].toDouble(), 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestPathsReport)
#include "tst_pathsreport.moc"
