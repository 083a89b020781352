#include "propertytable.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <simdjson.h>

namespace leadloop {

class PropertyTable::Parser
{
public:
    simdjson::ondemand::parser parser;
    std::string buffer;
};

PropertyTable::PropertyTable()
    : m_parser(std::make_unique<Parser>())
{}

PropertyTable::~PropertyTable() = default;
PropertyTable::PropertyTable(PropertyTable&&) noexcept = default;
PropertyTable& PropertyTable::operator=(PropertyTable&&) noexcept = default;

size_t PropertyTable::TextIds::hash(std::string_view text)
{
    // FNV-1a: names and values are short, and most differ in their last bytes.
    size_t h = 1469598103934665603ull;
    for (const char c : text)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h ^ (h >> 29);
}

size_t PropertyTable::TextIds::slotOf(std::string_view text, size_t h) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = h & mask;; slot = (slot + 1) & mask) {
        const qint32 id = m_slots[slot] - 1;
        if (id < 0 || this->text(id) == text)
            return slot;
    }
}

void PropertyTable::TextIds::grow()
{
    m_slots.assign(std::max<size_t>(64, m_slots.size() * 2), 0);
    for (size_t id = 0; id < m_spans.size(); ++id) {
        const std::string_view t = text(int(id));
        m_slots[slotOf(t, hash(t))] = qint32(id + 1);
    }
}

int PropertyTable::TextIds::find(std::string_view text) const
{
    if (m_slots.empty())
        return -1;
    return m_slots[slotOf(text, hash(text))] - 1;
}

int PropertyTable::TextIds::intern(std::string_view text, QStringList& texts)
{
    if ((m_spans.size() + 1) * 2 > m_slots.size()) // at most half full
        grow();
    const size_t slot = slotOf(text, hash(text));
    if (m_slots[slot] > 0)
        return m_slots[slot] - 1;
    const int id = int(m_spans.size());
    m_spans.emplace_back(quint32(m_bytes.size()), quint32(text.size()));
    m_bytes.append(text);
    m_slots[slot] = id + 1;
    texts.append(QString::fromUtf8(text.data(), qsizetype(text.size())));
    return id;
}

int PropertyTable::lookup(const TextIds& ids, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return ids.find(std::string_view(utf8.constData(), size_t(utf8.size())));
}

namespace {

/// Reads a packed set in the form SQLite writes it, {"name":"value",…} with no escape and no
/// space, calling `field(name, value)` for each; false (after some calls, maybe) when the text
/// is in any other form, which is then read by simdjson.
template <typename Field> bool readPlain(std::string_view json, const Field& field)
{
    const char* at = json.data();
    const char* const end = at + json.size();
    // The string starting at `at` (a quote) when it has no escape; `at` moves past it.
    const auto string = [&](std::string_view& out) {
        if (at == end || *at != '"')
            return false;
        const char* const begin = at + 1;
        const auto* close = static_cast<const char*>(std::memchr(begin, '"', size_t(end - begin)));
        if (!close || std::memchr(begin, '\\', size_t(close - begin)))
            return false;
        out = std::string_view(begin, size_t(close - begin));
        at = close + 1;
        return true;
    };
    if (json.size() < 2 || *at++ != '{')
        return false;
    if (*at == '}')
        return at + 1 == end;
    for (;;) {
        std::string_view name, value;
        if (!string(name) || at == end || *at++ != ':' || !string(value) || at == end)
            return false;
        field(name, value);
        const char next = *at++;
        if (next == '}')
            return at == end;
        if (next != ',')
            return false;
    }
}

} // namespace

bool PropertyTable::add(qint64 contact, std::string_view json)
{
    const size_t first = m_cells.size();
    bool ordered = true;
    // Contacts mostly have the same names in the same order: a compare instead of a lookup.
    const auto take = [&](std::string_view key, std::string_view value) {
        if (value.empty())
            return;
        const size_t position = m_cells.size() - first;
        const int name =
            position < m_lastNameIds.size() && m_nameIds.text(m_lastNameIds[position]) == key
                ? m_lastNameIds[position]
                : m_nameIds.intern(key, m_names);
        if (position > 0 && m_cells.back().first > name)
            ordered = false;
        m_cells.emplace_back(name, m_valueIds.intern(value, m_values));
    };
    if (!readPlain(json, take)) {
        m_cells.resize(first); // what the fast reading took, read again
        ordered = true;
        if (!readJson(json, take)) {
            m_cells.resize(first); // the contact keeps no row of a text that is no object
            return false;
        }
    }
    if (first == 0 && m_expected > 1) // most contacts have as many properties as the first
        m_cells.reserve(size_t(double(m_cells.size()) * double(m_expected) * 1.05));
    const auto begin = m_cells.begin() + qsizetype(first);
    m_lastNameIds.resize(m_cells.size() - first);
    for (size_t i = 0; i < m_lastNameIds.size(); ++i)
        m_lastNameIds[i] = begin[qsizetype(i)].first;
    if (!ordered)
        std::sort(begin, m_cells.end());
    if (m_cells.size() == first)
        m_rows.remove(contact);
    else
        m_rows.insert(contact, {quint32(first), quint32(m_cells.size() - first)});
    return true;
}

bool PropertyTable::readJson(std::string_view json,
                             const std::function<void(std::string_view, std::string_view)>& take)
{
    std::string& buffer = m_parser->buffer;
    buffer.assign(json);
    buffer.append(simdjson::SIMDJSON_PADDING, '\0');
    simdjson::ondemand::document doc;
    if (m_parser->parser.iterate(buffer.data(), json.size(), buffer.size()).get(doc))
        return false;
    simdjson::ondemand::object object;
    if (doc.get_object().get(object))
        return false;
    for (auto field : object) {
        std::string_view key, value;
        if (field.unescaped_key().get(key))
            return false;
        simdjson::ondemand::value v;
        if (field.value().get(v))
            return false;
        simdjson::ondemand::json_type type;
        if (v.type().get(type))
            return false;
        if (type == simdjson::ondemand::json_type::string) {
            if (v.get_string().get(value))
                return false;
        } else if (type == simdjson::ondemand::json_type::null) {
            continue; // cleared
        } else {
            value = v.raw_json_token(); // a number stored as one
            while (!value.empty() && value.back() == ' ')
                value.remove_suffix(1);
        }
        take(key, value);
    }
    return true;
}

void PropertyTable::finish()
{
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

PropertyTable::Row PropertyTable::of(qint64 contact) const
{
    const auto found = m_rows.constFind(contact);
    if (found == m_rows.cend())
        return {};
    return Row(m_cells.data() + found->first, found->second);
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

int PropertyTable::find(Row row, int nameId)
{
    const auto it = std::lower_bound(row.begin(), row.end(), std::pair<int, int>(nameId, -1));
    return it != row.end() && it->first == nameId ? it->second : -1;
}

} // namespace leadloop
