#include "propertytable.h"

#include <algorithm>
#include <cmath>

namespace leadloop {

int PropertyTable::intern(std::string_view text, QStringList& texts, ByteIds& bytes)
{
    const auto found = bytes.find(text);
    if (found != bytes.end())
        return found->second;
    texts.append(QString::fromUtf8(text.data(), qsizetype(text.size())));
    const int id = int(texts.size() - 1);
    bytes.emplace(std::string(text), id);
    return id;
}

int PropertyTable::lookup(const ByteIds& bytes, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const auto found = bytes.find(std::string_view(utf8.constData(), size_t(utf8.size())));
    return found == bytes.end() ? -1 : found->second;
}

void PropertyTable::set(qint64 contact, std::string_view name, std::string_view value, qint64 batch)
{
    if (contact != m_lastContact || !m_last) {
        m_last = &m_pending[contact];
        m_last->reserve(size_t(m_names.size())); // most contacts have most properties
        m_lastContact = contact;
    }
    m_last->push_back({intern(name, m_names, m_nameBytes), batch,
                       value.empty() ? -1 : intern(value, m_values, m_valueBytes)});
}

void PropertyTable::finish()
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        std::vector<Entry>& entries = *it;
        // By name, then import: the last entry of each name is the newest import's.
        std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            return a.name != b.name ? a.name < b.name : a.batch < b.batch;
        });
        Row row;
        for (size_t i = 0; i < entries.size(); ++i)
            if ((i + 1 == entries.size() || entries[i + 1].name != entries[i].name) &&
                entries[i].value >= 0)
                row.emplace_back(entries[i].name, entries[i].value);
        if (!row.empty())
            m_rows.insert(it.key(), std::move(row));
    }
    m_pending.clear();
    m_last = nullptr;
    m_lastContact = -1;
    m_numbers.resize(size_t(m_values.size()));
    m_yesNo.resize(size_t(m_values.size()));
    m_dates.resize(size_t(m_values.size()));
    m_isNumber.resize(size_t(m_values.size()));
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const QString& v = m_values[i];
        const std::optional<bool> answer = ContactProperties::yesNo(v);
        const std::optional<double> n = ContactProperties::number(v);
        m_yesNo[size_t(i)] = answer ? (*answer ? 1 : 0) : -1;
        m_isNumber[size_t(i)] = n.has_value();
        m_numbers[size_t(i)] = n ? float(*n) : answer ? (*answer ? 1.0f : 0.0f) : float(NAN);
        const std::optional<QDate> d = answer || n ? std::nullopt : ContactProperties::date(v);
        m_dates[size_t(i)] = d ? d->toJulianDay() : -1;
    }
}

const PropertyTable::Row* PropertyTable::of(qint64 contact) const
{
    const auto found = m_rows.constFind(contact);
    return found == m_rows.cend() ? nullptr : &*found;
}

std::optional<QDate> PropertyTable::date(int valueId) const
{
    const qint64 day = m_dates[size_t(valueId)];
    return day < 0 ? std::nullopt : std::optional<QDate>(QDate::fromJulianDay(day));
}

PropertyType PropertyTable::infer(const std::vector<int>& valueIds) const
{
    const auto all = [&](auto&& test) {
        return !valueIds.empty() && std::all_of(valueIds.begin(), valueIds.end(), test);
    };
    const bool yesNos = all([&](int v) { return m_yesNo[size_t(v)] >= 0; });
    const bool numbers = !yesNos && all([&](int v) { return bool(m_isNumber[size_t(v)]); });
    const bool dates = !yesNos && !numbers && all([&](int v) { return m_dates[size_t(v)] >= 0; });
    return ContactProperties::infer(yesNos, numbers, dates, qint64(valueIds.size()));
}

int PropertyTable::find(const Row& row, int nameId)
{
    const auto it = std::lower_bound(row.begin(), row.end(), std::pair<int, int>(nameId, -1));
    return it != row.end() && it->first == nameId ? it->second : -1;
}

} // namespace leadloop
