#pragma once

#include "common/fingerprint.h"
#include "common/result.h"
#include "statement.h"

#include <array>
#include <functional>
#include <string_view>
#include <vector>

namespace leadloop {

class Database;

/// Maps texts that repeat across many rows (URLs, page titles) to the id of their one row in a
/// dictionary table. A text seen before, in this run or in the table, keeps its id; a new text
/// gets the next id and is handed to the caller's sink to be written. Texts seen in this run are
/// remembered by fingerprint, so memory grows with the number of distinct texts, not with their
/// length.
class TextDictionary final
{
    Q_DISABLE_COPY_MOVE(TextDictionary)

public:
    /// Writes a new text's row: its id, its key (keyOf()) and the text.
    using Sink = std::function<Status(qint64 id, qint64 key, std::string_view text)>;

    /// table and column name the dictionary (e.g. "urls", "url"); the table has an integer
    /// primary key id, the text column, and an indexed integer column key that holds keyOf()
    /// of the text, so lookups compare 8-byte keys before texts.
    TextDictionary(Database& db, const char* table, const char* column, Sink sink);

    /// The id of the text's row, adding the row when the text is new; 0 for an empty text.
    /// key, when given, is Fingerprint::of(text), computed ahead by the caller.
    Result<qint64> idOf(std::string_view text, const Fingerprint* key = nullptr);
    /// The key column's value for a text: 64 bits of its fingerprint.
    static qint64 keyOf(const Fingerprint& fingerprint) { return qint64(fingerprint.a); }
    /// Rows this dictionary added.
    qint64 added() const { return m_added; }

private:
    qint64 find(const Fingerprint& key) const;
    void remember(const Fingerprint& key, qint64 id);

    // 16 bytes a slot: 96 bits of the fingerprint (two texts share them with a probability near
    // 2^-96) and an id below 2^32 (larger ids are looked up in the table instead).
    struct Slot
    {
        quint64 a = 0;
        quint32 b = 0;
        quint32 id = 0; // 0: empty
    };
    std::vector<Slot> m_slots; // open addressing, power-of-two size, at most half full
    size_t m_used = 0;
    Sink m_sink;
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
    QString m_error;
};

} // namespace leadloop
