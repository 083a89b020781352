#include "common/chunkedvector.h"
#include "common/fingerprint.h"
#include "common/flatindex.h"

#include <QTest>
#include <string>

using namespace leadloop;
using namespace Qt::StringLiterals;

/// The hashing building blocks of the import: fingerprints, the flat index, chunked storage.
class TestHashing : public QObject
{
    Q_OBJECT

private slots:
    void fingerprintIsMurmur3_data()
    {
        // Expected values from an independent implementation (npm murmurhash3js-revisited,
        // x64.hash128 with seed 0): h1 and h2 as hexadecimal.
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<quint64>("a");
        QTest::addColumn<quint64>("b");
        QTest::newRow("empty") << QByteArray() << quint64(0) << quint64(0);
        QTest::newRow("short") << QByteArray("hello") << quint64(0xcbd8a7b341bd9b02ull)
                               << quint64(0x5b1e906a48ae1d19ull);
        QTest::newRow("one block")
            << QByteArray("aaaaaaaaaaaaaaaa") << quint64(0xf2c1180d62aaa6ceull)
            << quint64(0x6af6f3032bb23942ull);
        QTest::newRow("block and a byte")
            << QByteArray("abcdefghijklmnopq") << quint64(0x7564747f88bda657ull)
            << quint64(0xecda499da1110de4ull);
        QTest::newRow("url") << QByteArray("https://shop.example.com/pricing?utm_source=x")
                             << quint64(0x238995e141144977ull) << quint64(0x0911d035cdf2d0e6ull);
    }

    void fingerprintIsMurmur3()
    {
        QFETCH(QByteArray, text);
        QFETCH(quint64, a);
        QFETCH(quint64, b);
        const Fingerprint f =
            Fingerprint::of(std::string_view(text.constData(), size_t(text.size())));
        QCOMPARE(f.a, a);
        QCOMPARE(f.b, b);
    }

    void flatIndexFindsWhatItHolds_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>(
            "sameHash"); // every key hashes alike: only the check tells them apart
        QTest::newRow("few") << 10 << false;
        QTest::newRow("grows several times") << 100000 << false;
        QTest::newRow("colliding hashes") << 300 << true;
    }

    void flatIndexFindsWhatItHolds()
    {
        QFETCH(int, count);
        QFETCH(bool, sameHash);
        std::vector<std::string> keys;
        FlatIndex index;
        const auto hashOf = [&](const std::string& key) {
            return sameHash ? quint64(42) : Fingerprint::murmur64(key, 7);
        };
        for (int i = 0; i < count; ++i) {
            keys.push_back("cookie-" + std::to_string(i));
            index.insert(hashOf(keys.back()), i);
        }
        for (int i = 0; i < count; i += std::max(1, count / 1000)) {
            const std::string key = "cookie-" + std::to_string(i);
            QCOMPARE(index.find(hashOf(key), [&](int value) { return keys[size_t(value)] == key; }),
                     i);
        }
        const std::string missing = "cookie-none";
        QCOMPARE(
            index.find(hashOf(missing), [&](int value) { return keys[size_t(value)] == missing; }),
            -1);
        // guess() names the first candidate under the hash's tag, unconfirmed: with distinct
        // hashes it is the key's own value; with one shared hash, the first value inserted.
        for (int i = 0; i < count; i += std::max(1, count / 100)) {
            const std::string key = "cookie-" + std::to_string(i);
            index.prefetch(hashOf(key)); // a hint only: it changes nothing
            QCOMPARE(index.guess(hashOf(key)), sameHash ? 0 : i);
        }
        QCOMPARE(FlatIndex().guess(hashOf(missing)), -1);
    }

    void chunkedVectorKeepsElementsInPlace()
    {
        ChunkedVector<int, 8> values;
        int& first = values.push_back(1);
        for (int i = 2; i <= 100; ++i)
            values.push_back(i);
        QCOMPARE(values.size(), size_t(100));
        QCOMPARE(&values[0], &first); // growing never moved it
        first = 7;
        QCOMPARE(values[0], 7);
        QCOMPARE(values[99], 100);
        QCOMPARE(values[8], 9); // the first element of the second chunk
    }
};

QTEST_GUILESS_MAIN(TestHashing)
#include "tst_hashing.moc"
