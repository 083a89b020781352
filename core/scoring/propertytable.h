#pragma once

#include "sales/contactproperties.h"

#include <optional>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace leadloop {

/// Every contact's current property values, with names and values stored once as numbers and
/// each distinct value read as a number, yes/no and date once, so that building the features of
/// 50,000 leads reads no text twice (docs/scoring.md, "Speed").
class PropertyTable final
{
public:
    /// A contact's properties: (name id, value id) by name id.
    using Row = std::vector<std::pair<int, int>>;

    /// Records a value of one import; the newest import's (highest `batch`) is current, and an
    /// empty value clears the property.
    void set(qint64 contact, const QString& name, const QString& value, qint64 batch)
    {
        set(contact, name.toStdString(), value.toStdString(), batch);
    }
    /// The same from UTF-8 text (as SQLite gives it), converted only once per distinct text.
    void set(qint64 contact, std::string_view name, std::string_view value, qint64 batch);
    /// Call once all values are set: drops cleared properties, orders each row and reads the
    /// values.
    void finish();

    /// The contact's row, or null when it has no property.
    const Row* of(qint64 contact) const;
    int nameId(const QString& name) const { return lookup(m_nameBytes, name); }
    int valueId(const QString& value) const { return lookup(m_valueBytes, value); }
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
    static int find(const Row& row, int nameId);

private:
    struct Entry
    {
        int name = -1;
        qint64 batch = -1;
        int value = -1;
    };
    /// Looks UTF-8 text up without copying it first.
    struct BytesHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>{}(text);
        }
    };
    using ByteIds = std::unordered_map<std::string, int, BytesHash, std::equal_to<>>;
    static int intern(std::string_view text, QStringList& texts, ByteIds& bytes);
    static int lookup(const ByteIds& bytes, const QString& text);
    QHash<qint64, std::vector<Entry>> m_pending; ///< until finish()
    qint64 m_lastContact = -1;                   ///< rows come contact by contact
    std::vector<Entry>* m_last = nullptr;
    ByteIds m_nameBytes, m_valueBytes;
    QHash<qint64, Row> m_rows;
    QStringList m_names, m_values;
    std::vector<float> m_numbers;
    std::vector<signed char> m_yesNo;
    std::vector<bool> m_isNumber;
    std::vector<qint64> m_dates; ///< Julian day, or -1
};

} // namespace leadloop
