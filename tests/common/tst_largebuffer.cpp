// LargeBufferAllocator: buffers of every size keep what is written to them across growth and
// copies; the large ones start on a huge-page boundary (where madvise can back them with huge
// pages), the small ones come from the heap.
#include "common/largebuffer.h"

#include <cstdint>
#include <numeric>
#include <QTest>

using namespace leadloop;

class TestLargeBuffer : public QObject
{
    Q_OBJECT

private slots:
    void keepsValues_data()
    {
        QTest::addColumn<qint64>("count");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("small") << qint64(1'000);
        QTest::newRow("just under a huge page") << qint64((2 << 20) / sizeof(int) - 1);
        QTest::newRow("a huge page") << qint64((2 << 20) / sizeof(int));
        QTest::newRow("ten million") << qint64(10'000'000);
    }
    void keepsValues()
    {
        QFETCH(qint64, count);
        LargeVector<int> values;
        for (qint64 i = 0; i < count; ++i) // grows step by step, copying as it goes
            values.push_back(int(i % 1'000));
        QCOMPARE(qint64(values.size()), count);
        const LargeVector<int> copy = values;
        qint64 sum = 0;
        for (qint64 i = 0; i < count; ++i) {
            QCOMPARE(copy[size_t(i)], int(i % 1'000));
            sum += copy[size_t(i)];
        }
        QCOMPARE(std::accumulate(values.begin(), values.end(), qint64(0)), sum);
        if (values.capacity() * sizeof(int) >= LargeBufferAllocator<int>::HugePage)
            QCOMPARE(reinterpret_cast<std::uintptr_t>(values.data()) %
                         LargeBufferAllocator<int>::HugePage,
                     std::uintptr_t(0));
    }
};

QTEST_GUILESS_MAIN(TestLargeBuffer)
#include "tst_largebuffer.moc"
