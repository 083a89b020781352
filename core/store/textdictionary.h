#pragma once

#include "common/fingerprint.h"
#include "common/result.h"
#include "statement.h"

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace leadloop {

class Database;

/// Maps texts that repeat across many rows (URLs, page titles) to the id of their one row in a
/// dictionary table, adding rows for new texts. Texts seen in this run are remembered by
/// fingerprint, so memory grows with the number of distinct texts, not with their length.
/// The caller owns the transaction.
class TextDictionary final
{
    Q_DISABLE_COPY_MOVE(TextDictionary)

public:
    /// Values of a dictionary row's derived columns (a URL's host and path).
    using Derive = std::function<std::vector<std::string>(std::string_view text)>;

    /// The urls table: derive gives host and path of a URL.
    static std::unique_ptr<TextDictionary> urls(Database& db, Derive derive);
    /// The page_titles table.
    static std::unique_ptr<TextDictionary> pageTitles(Database& db);

    /// The id of the text's row, adding the row when the text is new; 0 for an empty text.
    /// key, when given, is Fingerprint::of(text), computed ahead by the caller.
    Result<qint64> idOf(std::string_view text, const Fingerprint* key = nullptr);
    /// Rows this dictionary added.
    qint64 added() const { return m_added; }

private:
    TextDictionary(Database& db, const char* table, const char* column,
                   const std::vector<const char*>& derivedColumns, Derive derive);
    qint64 find(const Fingerprint& key) const;
    void remember(const Fingerprint& key, qint64 id);

    struct Slot
    {
        Fingerprint key;
        qint64 id = 0; // 0: empty
    };
    std::vector<Slot> m_slots; // open addressing, power-of-two size, at most half full
    size_t m_used = 0;
    Derive m_derive;
    bool m_hadRows = false;
    qint64 m_nextId = 1;
    qint64 m_added = 0;
    // The last two texts looked up: rows often repeat them (a page is the next page's
    // referrer), and looking here is cheaper than probing the table.
    struct Recent
    {
        Fingerprint key;
        qint64 id = 0;
    };
    std::array<Recent, 2> m_recent;
    int m_nextRecent = 0;
    Statement m_find;
    Statement m_insert;
    QString m_error;
};

} // namespace leadloop
