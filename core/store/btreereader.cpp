#include "btreereader.h"

#include "pagechecksums.h"

#include <cstring>
#include <QDir>
#include <QFile>
#include <QtEndian>

namespace leadloop {

namespace {

// https://www.sqlite.org/fileformat.html: page types.
constexpr unsigned char InteriorIndex = 0x02, InteriorTable = 0x05, LeafIndex = 0x0A,
                        LeafTable = 0x0D;

quint32 be32(const unsigned char* p)
{
    return qFromBigEndian<quint32>(p);
}

quint16 be16(const unsigned char* p)
{
    return qFromBigEndian<quint16>(p);
}

/// A varint at p (at most `available` bytes); its length goes to `length`, 0 when cut off.
qint64 varint(const unsigned char* p, int available, int& length)
{
    quint64 value = 0;
    for (int i = 0; i < 9; ++i) {
        if (i >= available) {
            length = 0;
            return 0;
        }
        if (i == 8) {
            value = (value << 8) | p[i];
            length = 9;
            return qint64(value);
        }
        value = (value << 7) | (p[i] & 0x7f);
        if (!(p[i] & 0x80)) {
            length = i + 1;
            return qint64(value);
        }
    }
    length = 0;
    return 0;
}

} // namespace

Result<PageFile> PageFile::read(const QString& path)
{
    PageFile out;
    out.m_file = std::make_unique<QFile>(path);
    if (!out.m_file->open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read %1: %2")
                                        .arg(QDir::toNativeSeparators(path),
                                             out.m_file->errorString())};
    out.m_size = out.m_file->size();
    if (out.m_size > 0) {
        out.m_data = out.m_file->map(0, out.m_size);
        if (!out.m_data)
            return Error{ErrorCode::Io, tr("Cannot read %1: %2")
                                            .arg(QDir::toNativeSeparators(path),
                                                 out.m_file->errorString())};
    }
    const unsigned char* bytes = out.m_data;
    const qint64 size = out.m_size;
    // The header, when it reads like one: a page size SQLite allows and little reserved room.
    if (size >= 100 && std::memcmp(bytes, "SQLite format 3", 16) == 0) {
        const int raw = be16(bytes + 16);
        const int pageSize = raw == 1 ? 65536 : raw;
        if (pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0 &&
            bytes[20] <= 32) {
            out.m_pageSize = pageSize;
            out.m_reserved = bytes[20];
            out.m_userVersion = int(be32(bytes + 60));
            out.m_headerTrusted = true;
        }
    }
    out.m_pageCount = quint32(size / out.m_pageSize);
    // Checksums: as the header says, or, without a header to trust, as page 2 shows.
    if (out.m_headerTrusted)
        out.m_checksums = PageChecksums::headerHasChecksums(bytes);
    else if (out.m_pageCount >= 2)
        out.m_checksums = PageChecksums::verify(bytes + out.m_pageSize, out.m_pageSize, 2);
    out.m_bad.assign(size_t(out.m_pageCount) + 1, false);
    for (quint32 n = 1; n <= out.m_pageCount; ++n) {
        const unsigned char* page = bytes + qint64(n - 1) * out.m_pageSize;
        const bool allZero = std::all_of(page, page + out.m_pageSize,
                                         [](unsigned char b) { return b == 0; });
        out.m_bad[n] = out.m_checksums ? !PageChecksums::verify(page, out.m_pageSize, n) : allZero;
    }
    if (out.m_checksums && out.m_bad[1])
        out.m_headerTrusted = false;
    return out;
}

const unsigned char* PageFile::page(quint32 number) const
{
    if (number < 1 || number > m_pageCount || m_bad[number])
        return nullptr;
    return m_data + qint64(number - 1) * m_pageSize;
}

bool PageFile::isBad(quint32 number) const
{
    return number < 1 || number > m_pageCount || m_bad[number];
}

std::set<quint32> PageFile::freelistPages() const
{
    std::set<quint32> pages;
    const unsigned char* first = page(1);
    if (!first)
        return pages;
    quint32 trunk = be32(first + 32);
    while (trunk > 0 && trunk <= m_pageCount && pages.insert(trunk).second) {
        const unsigned char* t = page(trunk);
        if (!t)
            break;
        const quint32 leaves = be32(t + 4);
        for (quint32 i = 0; i < leaves && 8 + 4 * i + 4 <= quint32(usableSize()); ++i)
            pages.insert(be32(t + 8 + 4 * i));
        trunk = be32(t);
    }
    return pages;
}

BTreeReader::BTreeReader(const PageFile& file)
    : m_file(file)
{}

bool BTreeReader::looksLikeLeaf(quint32 number) const
{
    const unsigned char* page = m_file.page(number);
    if (!page)
        return false;
    const int header = number == 1 ? 100 : 0;
    const unsigned char type = page[header];
    if (type != LeafTable && type != LeafIndex)
        return false;
    const int cells = be16(page + header + 3);
    return cells > 0 && header + 8 + 2 * cells <= m_file.usableSize();
}

std::optional<QByteArray> BTreeReader::payload(const unsigned char* cell, qint64 size,
                                               int headerBytes, bool table, quint32 number)
{
    // How much of the payload the page holds itself (the file format's rule).
    const qint64 u = m_file.usableSize();
    const qint64 x = table ? u - 35 : ((u - 12) * 64 / 255) - 23;
    const qint64 m = ((u - 12) * 32 / 255) - 23;
    qint64 local = size;
    if (size > x) {
        const qint64 k = m + ((size - m) % (u - 4));
        local = k <= x ? k : m;
    }
    Q_UNUSED(number);
    if (size < 0 || size > 1'000'000'000 || headerBytes + local > u)
        return std::nullopt;
    QByteArray out(reinterpret_cast<const char*>(cell + headerBytes), local);
    if (local == size)
        return out;
    // The rest follows in a chain of overflow pages.
    quint32 next = be32(cell + headerBytes + local);
    std::set<quint32> seen;
    while (out.size() < size) {
        if (!seen.insert(next).second)
            return std::nullopt; // a loop
        const unsigned char* overflow = m_file.page(next);
        if (!overflow)
            return std::nullopt;
        m_visited.insert(next);
        const qint64 take = std::min<qint64>(u - 4, size - out.size());
        out.append(reinterpret_cast<const char*>(overflow + 4), take);
        next = be32(overflow);
    }
    return out;
}

bool BTreeReader::decodeCell(const unsigned char* page, quint32 number, int offset, bool table,
                             FoundRow& row)
{
    const int available = m_file.usableSize() - offset;
    if (offset < 0 || available <= 0)
        return false;
    const unsigned char* cell = page + offset;
    int n1 = 0, n2 = 0;
    const qint64 size = varint(cell, available, n1);
    if (n1 == 0)
        return false;
    int header = n1;
    if (table) {
        row.rowid = varint(cell + n1, available - n1, n2);
        if (n2 == 0)
            return false;
        header += n2;
    }
    auto bytes = payload(cell, size, header, table, number);
    if (!bytes)
        return false;
    auto values = decodeRecord(*bytes);
    if (!values)
        return false;
    row.values = std::move(*values);
    return true;
}

void BTreeReader::walk(quint32 number, std::optional<qint64> after, std::optional<qint64> upTo,
                       int depth, std::vector<FoundRow>& out)
{
    const unsigned char* page = m_file.page(number);
    if (!page || depth > 40 || !m_visited.insert(number).second) {
        m_lost.push_back({after, upTo, number});
        return;
    }
    const int header = number == 1 ? 100 : 0;
    const unsigned char type = page[header];
    const bool interior = type == InteriorTable || type == InteriorIndex;
    const bool table = type == InteriorTable || type == LeafTable;
    if (!interior && type != LeafTable && type != LeafIndex) {
        m_lost.push_back({after, upTo, number});
        return;
    }
    const int cells = be16(page + header + 3);
    const int pointers = header + (interior ? 12 : 8);
    if (pointers + 2 * cells > m_file.usableSize()) {
        m_lost.push_back({after, upTo, number});
        return;
    }
    std::optional<qint64> previous = after;
    for (int i = 0; i < cells; ++i) {
        const int offset = be16(page + pointers + 2 * i);
        if (offset < pointers || offset >= m_file.usableSize()) {
            m_undecodable.insert(number);
            continue;
        }
        if (type == InteriorTable) {
            int n = 0;
            const qint64 key =
                varint(page + offset + 4, m_file.usableSize() - offset - 4, n);
            if (n == 0) {
                m_undecodable.insert(number);
                continue;
            }
            walk(be32(page + offset), previous, key, depth + 1, out);
            previous = key;
            continue;
        }
        if (type == InteriorIndex)
            walk(be32(page + offset), std::nullopt, std::nullopt, depth + 1, out);
        FoundRow row;
        if (!decodeCell(page, number, interior ? offset + 4 : offset, table, row)) {
            m_undecodable.insert(number);
            if (row.rowid) // the row is gone, but it is known which
                m_lost.push_back({*row.rowid - 1, *row.rowid, number});
            continue;
        }
        out.push_back(std::move(row));
    }
    if (interior)
        walk(be32(page + header + 8), table ? previous : std::nullopt,
             table ? upTo : std::nullopt, depth + 1, out);
}

std::vector<FoundRow> BTreeReader::rows(quint32 root)
{
    std::vector<FoundRow> out;
    walk(root, std::nullopt, std::nullopt, 0, out);
    return out;
}

std::optional<std::vector<FoundRow>> BTreeReader::leafRows(quint32 number)
{
    if (!looksLikeLeaf(number) || m_visited.count(number))
        return std::nullopt;
    const size_t lostBefore = m_lost.size();
    std::vector<FoundRow> out;
    walk(number, std::nullopt, std::nullopt, 0, out);
    m_lost.resize(lostBefore); // a loose page's own losses are not a table's
    return out;
}

std::optional<QVariantList> decodeRecord(const QByteArray& record)
{
    const auto* p = reinterpret_cast<const unsigned char*>(record.constData());
    const int size = int(record.size());
    int n = 0;
    const qint64 headerSize = varint(p, size, n);
    if (n == 0 || headerSize < n || headerSize > size)
        return std::nullopt;
    std::vector<qint64> types;
    for (int at = n; at < headerSize;) {
        int m = 0;
        types.push_back(varint(p + at, int(headerSize) - at, m));
        if (m == 0)
            return std::nullopt;
        at += m;
    }
    QVariantList values;
    qint64 at = headerSize;
    for (const qint64 type : types) {
        static constexpr int intBytes[] = {0, 1, 2, 3, 4, 6, 8};
        if (type == 0) {
            values.append(QVariant());
        } else if (type >= 1 && type <= 6) {
            const int bytes = intBytes[type];
            if (at + bytes > size)
                return std::nullopt;
            qint64 v = (p[at] & 0x80) ? -1 : 0; // sign-extended big-endian
            for (int i = 0; i < bytes; ++i)
                v = (v << 8) | p[at + i];
            values.append(v);
            at += bytes;
        } else if (type == 7) {
            if (at + 8 > size)
                return std::nullopt;
            const quint64 bits = qFromBigEndian<quint64>(p + at);
            double d;
            std::memcpy(&d, &bits, 8);
            values.append(d);
            at += 8;
        } else if (type == 8 || type == 9) {
            values.append(qint64(type - 8));
        } else if (type >= 12) {
            const qint64 length = (type - (type % 2 ? 13 : 12)) / 2;
            if (at + length > size)
                return std::nullopt;
            const char* data = record.constData() + at;
            if (type % 2)
                values.append(QString::fromUtf8(data, length));
            else
                values.append(QByteArray(data, length));
            at += length;
        } else {
            return std::nullopt; // 10 and 11 are reserved
        }
    }
    return values;
}

} // namespace leadloop
