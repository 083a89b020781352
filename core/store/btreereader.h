#pragma once

#include "common/result.h"

#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QFile>
#include <optional>
#include <QByteArray>
#include <QString>
#include <QVariant>
#include <set>
#include <vector>

namespace leadloop {

/// The pages of an SQLite file read straight from disk, without SQLite: for salvaging what a
/// damaged workspace still holds. Pages whose checksum (PageChecksums) fails are bad.
class PageFile final
{
    Q_DECLARE_TR_FUNCTIONS(PageFile)

public:
    /// Reads the whole file; the page size and reserved bytes come from its header, or are
    /// LeadLoop's own (4096 and 8) when the header cannot be trusted.
    static Result<PageFile> read(const QString& path);

    int pageSize() const { return m_pageSize; }
    int usableSize() const { return m_pageSize - m_reserved; }
    quint32 pageCount() const { return m_pageCount; }
    bool hasChecksums() const { return m_checksums; }
    int userVersion() const { return m_userVersion; }
    bool headerTrusted() const { return m_headerTrusted; }
    /// The page (1-based), or nullptr when it is beyond the file or failed its checksum.
    const unsigned char* page(quint32 number) const;
    bool isBad(quint32 number) const;
    /// The freelist's pages: trunks and leaves, as far as they can be followed.
    std::set<quint32> freelistPages() const;

private:
    std::unique_ptr<QFile> m_file; // mapped, not read: a workspace may be larger than memory
    const unsigned char* m_data = nullptr;
    qint64 m_size = 0;
    int m_pageSize = 4096;
    int m_reserved = 8;
    quint32 m_pageCount = 0;
    int m_userVersion = 0;
    bool m_checksums = false;
    bool m_headerTrusted = false;
    std::vector<bool> m_bad; // by page number
};

/// One row found in a b-tree: its rowid (none in a WITHOUT ROWID table's b-tree) and its
/// record's values in stored order.
struct FoundRow
{
    std::optional<qint64> rowid;
    QVariantList values;
};

/// Walks the b-trees of a PageFile: a table from its root page, or a single loose leaf page.
/// Damaged parts are skipped and reported as ranges of keys that could not be read.
class BTreeReader final
{
public:
    explicit BTreeReader(const PageFile& file);

    /// The rows of the b-tree rooted at `root`, in key order; pages it visits are added to
    /// visited(). Rowids lost to unreadable pages are added to lostRanges() as (after, upTo]:
    /// `after` is nullopt for "from the start", `upTo` nullopt for "to the end".
    std::vector<FoundRow> rows(quint32 root);
    /// The rows of one leaf page on its own, or nothing when it is not a sound leaf.
    std::optional<std::vector<FoundRow>> leafRows(quint32 page);
    /// Whether the page is a table or index leaf by its header.
    bool looksLikeLeaf(quint32 page) const;

    const std::set<quint32>& visited() const { return m_visited; }
    struct LostRange
    {
        std::optional<qint64> after;
        std::optional<qint64> upTo;
        quint32 page;
    };
    const std::vector<LostRange>& lostRanges() const { return m_lost; }
    void clearLostRanges() { m_lost.clear(); }
    /// Pages that held cells this reader could not decode (counted once).
    int undecodablePages() const { return int(m_undecodable.size()); }

private:
    void walk(quint32 page, std::optional<qint64> after, std::optional<qint64> upTo, int depth,
              std::vector<FoundRow>& out);
    bool decodeCell(const unsigned char* page, quint32 number, int offset, bool table,
                    FoundRow& row);
    std::optional<QByteArray> payload(const unsigned char* cell, qint64 size, int headerBytes,
                                      bool table, quint32 number);

    const PageFile& m_file;
    std::set<quint32> m_visited;
    std::vector<LostRange> m_lost;
    std::set<quint32> m_undecodable;
};

/// Decodes an SQLite record into values: NULL, integers, reals, text (UTF-8) and blobs.
std::optional<QVariantList> decodeRecord(const QByteArray& record);

} // namespace leadloop
