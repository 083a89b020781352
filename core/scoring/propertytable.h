#pragma once

#include "common/largebuffer.h"
#include "sales/contactproperties.h"

#include <functional>
#include <memory>
#include <optional>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace leadloop {

/// Every contact's current property values, with names and values stored once as numbers and
/// each distinct value read as a number, yes/no and date once, so that building the features of
/// 50,000 leads reads no text twice (docs/scoring.md, "Speed").
class PropertyTable final
{
public:
    /// A contact's properties: (name id, value id) by name id; empty when it has none.
    using Row = std::span<const std::pair<int, int>>;

    PropertyTable();
    ~PropertyTable();
    PropertyTable(PropertyTable&&) noexcept;
    PropertyTable& operator=(PropertyTable&&) noexcept;

    /// Adds a contact's current properties, a JSON object of name → value as PropertySets
    /// packs them; false when the text is not such an object. A later call for the same contact
    /// replaces its row.
    bool add(qint64 contact, std::string_view json);
    /// Notes how many contacts will be added, so that their values are stored without copying.
    void expect(qint64 contacts) { m_expected = contacts; }
    /// Call once every contact is added: reads each distinct value.
    void finish();

    /// The contact's row (empty when it has no property), valid while the table lives.
    Row of(qint64 contact) const;
    int nameId(const QString& name) const { return lookup(m_nameIds, name); }
    int valueId(const QString& value) const { return lookup(m_valueIds, value); }
    const QString& name(int id) const { return m_names[id]; }
    const QString& value(int id) const { return m_values[id]; }
    int nameCount() const { return int(m_names.size()); }
    /// The value as a number, NaN when it is not one.
    float number(int valueId) const { return m_numbers[size_t(valueId)]; }
    /// 1 for yes, 0 for no, -1 when it is neither.
    int yesNo(int valueId) const { return m_yesNo[size_t(valueId)]; }
    /// The value as a date, or nothing.
    std::optional<QDate> date(int valueId) const;
    /// The type of a property with these distinct values (ContactProperties' rule).
    PropertyType infer(const std::vector<int>& valueIds) const;
    /// The value id of `nameId` in a row, or -1.
    static int find(Row row, int nameId);

private:
    /// Ids of UTF-8 texts in an open-addressing table: the lookups of five million values
    /// cost a hash and a compare each, without a node per text.
    class TextIds
    {
    public:
        /// The text's id, adding it (and its QString to `texts`) when new.
        int intern(std::string_view text, QStringList& texts);
        /// The text's id, or -1.
        int find(std::string_view text) const;
        std::string_view text(int id) const
        {
            return {m_bytes.data() + m_spans[size_t(id)].first, m_spans[size_t(id)].second};
        }

    private:
        static size_t hash(std::string_view text);
        size_t slotOf(std::string_view text, size_t hash) const;
        void grow();
        std::string m_bytes;                              ///< every text, one after another
        std::vector<std::pair<quint32, quint32>> m_spans; ///< (offset, length) by id
        std::vector<qint32> m_slots;                      ///< id + 1 by slot, 0 when empty
    };
    static int lookup(const TextIds& ids, const QString& text);
    /// Reads any JSON object of name → value with simdjson, calling `take` for each.
    bool readJson(std::string_view json,
                  const std::function<void(std::string_view, std::string_view)>& take);
    class Parser; ///< simdjson's, with the JSON being parsed and its padding
    std::unique_ptr<Parser> m_parser;
    std::vector<int> m_lastNameIds; ///< the previous contact's names by position
    qint64 m_expected = 0;
    TextIds m_nameIds, m_valueIds;
    LargeVector<std::pair<int, int>> m_cells;          ///< every row, one after another
    QHash<qint64, std::pair<quint32, quint32>> m_rows; ///< (first cell, count) by contact
    QStringList m_names, m_values;
    std::vector<float> m_numbers;
    std::vector<signed char> m_yesNo;
    std::vector<bool> m_isNumber;
    std::vector<qint64> m_dates; ///< Julian day, or -1
};

} // namespace leadloop
