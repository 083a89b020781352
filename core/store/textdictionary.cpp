#include "textdictionary.h"

#include "database.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

std::string findSql(const char* table, const char* column)
{
    return std::string("SELECT id FROM ") + table + " WHERE key = ?1 AND " + column + " = ?2";
}

size_t slotOf(const Fingerprint& key, size_t mask)
{
    return size_t(key.a) & mask;
}

} // namespace

TextDictionary::TextDictionary(Database& db, const char* table, const char* column, Sink sink)
    : m_slots(1024)
    , m_sink(std::move(sink))
    , m_find(db.handle(), findSql(table, column).c_str())
{
    auto last = db.scalar(u"SELECT coalesce(max(id), 0) FROM "_s + QString::fromLatin1(table));
    if (last) {
        m_nextId = *last + 1;
        m_hadRows = *last > 0;
    } else {
        m_error = last.error().message;
    }
}

qint64 TextDictionary::find(const Fingerprint& key) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = slotOf(key, mask);; i = (i + 1) & mask) {
        const Slot& slot = m_slots[i];
        if (slot.id == 0)
            return 0;
        if (slot.a == key.a && slot.b == quint32(key.b))
            return slot.id;
    }
}

void TextDictionary::remember(const Fingerprint& key, qint64 id)
{
    if (id > qint64(std::numeric_limits<quint32>::max()))
        return;
    if (2 * (m_used + 1) > m_slots.size()) {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_used = 0;
        for (const Slot& slot : old)
            if (slot.id)
                remember(Fingerprint{slot.a, slot.b}, slot.id);
    }
    const size_t mask = m_slots.size() - 1;
    size_t i = slotOf(key, mask);
    while (m_slots[i].id != 0)
        i = (i + 1) & mask;
    m_slots[i] = {key.a, quint32(key.b), quint32(id)};
    ++m_used;
}

Result<qint64> TextDictionary::idOf(std::string_view text, const Fingerprint* given)
{
    if (text.empty())
        return 0;
    if (!m_error.isEmpty())
        return Error{ErrorCode::Database, m_error};
    const Fingerprint key = given ? *given : Fingerprint::of(text);
    for (const Recent& recent : m_recent)
        if (recent.id && recent.key == key)
            return recent.id;
    qint64 id = find(key);
    if (!id && m_hadRows) {
        m_find.bind(1, keyOf(key)).bindUtf8(2, text);
        auto found = m_find.optionalInt64();
        if (!found)
            return found.error();
        id = found->value_or(0);
        if (id)
            remember(key, id);
    }
    if (!id) {
        id = m_nextId++;
        if (Status written = m_sink(id, keyOf(key), text); !written)
            return written.error();
        ++m_added;
        remember(key, id);
    }
    Recent& recent = m_recent[size_t(m_nextRecent)];
    m_nextRecent ^= 1;
    recent.key = key;
    recent.id = id;
    return id;
}

} // namespace leadloop
