// forRowRanges: every row is worked on exactly once, in ranges that split the rows among the
// cores, and small inputs stay on the calling thread.
#include "common/rowranges.h"

#include <atomic>
#include <QTest>
#include <thread>

using namespace leadloop;

class TestRowRanges : public QObject
{
    Q_OBJECT

private slots:
    void coversEveryRowOnce_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("minRows");
        QTest::newRow("none") << 0 << 10;
        QTest::newRow("fewer than one range") << 7 << 10;
        QTest::newRow("uneven split") << 10'007 << 1'000;
        QTest::newRow("ranges of one") << 5 << 1;
    }
    void coversEveryRowOnce()
    {
        QFETCH(int, rows);
        QFETCH(int, minRows);
        std::vector<std::atomic<int>> seen(static_cast<size_t>(rows));
        std::atomic<int> ranges = 0;
        forRowRanges(size_t(rows), size_t(minRows), [&](size_t begin, size_t end) {
            ++ranges;
            for (size_t i = begin; i < end; ++i)
                ++seen[i];
        });
        for (int i = 0; i < rows; ++i)
            QCOMPARE(seen[size_t(i)].load(), 1);
        const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
        QVERIFY(ranges >= 1 && ranges <= std::min(cores, 4));
        if (rows < 2 * minRows)
            QCOMPARE(ranges.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRowRanges)
#include "tst_rowranges.moc"
