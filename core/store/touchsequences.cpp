#include "touchsequences.h"

#include "common/texthash.h"
#include "database.h"
#include "statement.h"

#include <algorithm>
#include <limits>
#include <sqlite3.h>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
/// The connection state that makes reports read the sessions (setReadsSessions).
const QString ReadsSessionsKey = u"leadloop.touchSequences.readsSessions"_s;
/// The columns of a session as packing reads them.
std::string sessionColumns()
{
    return "visitor_id, started_at, channel, source, medium, " + TouchSequences::campaignLabel("") +
           ", coalesce(landing_url_id, 0), id";
}

void putVarint(std::string& out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(char(value | 0x80));
        value >>= 7;
    }
    out.push_back(char(value));
}

std::uint64_t zigzag(qint64 value)
{
    return (std::uint64_t(value) << 1) ^ std::uint64_t(value >> 63);
}

qint64 unzigzag(std::uint64_t value)
{
    return qint64(value >> 1) ^ -qint64(value & 1);
}

/// The texts of touch_labels by id and the ids by text; new texts are added as they come.
class Labels final
{
public:
    explicit Labels(Database& db)
        : m_db(db)
        , m_add(db.handle(), "INSERT INTO touch_labels (id, text) VALUES (?1, ?2)")
    {}

    Status load()
    {
        Statement rows(m_db.handle(), "SELECT id, text FROM touch_labels");
        while (rows.next())
            m_ids.emplace(std::string(rows.utf8(1)), rows.int64(0));
        m_next = qint64(m_ids.size()) + 1;
        for (const auto& [text, id] : m_ids)
            m_next = std::max(m_next, id + 1);
        return rows.status();
    }

    Result<qint64> id(std::string_view text)
    {
        if (auto known = m_ids.find(text); known != m_ids.end())
            return known->second;
        const qint64 id = m_next++;
        m_add.bind(1, id).bindUtf8Text(2, text);
        if (Status added = m_add.execute(); !added)
            return added.error();
        m_ids.emplace(std::string(text), id);
        return id;
    }

private:
    Database& m_db;
    Statement m_add;
    std::unordered_map<std::string, qint64, TextHash, std::equal_to<>> m_ids;
    qint64 m_next = 1;
};

/// A session as read for packing, with its channel's text for ordering ties.
struct Read
{
    qint64 person;
    TouchSequences::Session session;
    qint64 id;
};

/// Reads the current row of a statement over sessionColumns().
Result<TouchSequences::Session> readSession(Statement& row, Labels& labels)
{
    TouchSequences::Session s;
    s.visitor = row.int64(0);
    s.at = row.int64(1);
    auto channel = labels.id(row.utf8(2));
    auto source = labels.id(row.utf8(3));
    auto medium = labels.id(row.utf8(4));
    auto campaign = labels.id(row.utf8(5));
    for (const auto* part : {&channel, &source, &medium, &campaign})
        if (!*part)
            return part->error();
    s.channel = *channel;
    s.source = *source;
    s.medium = *medium;
    s.campaign = *campaign;
    s.landing = row.int64(6);
    return s;
}

/// Writes people's rows: their milestones and packed sessions.
class RowWriter final
{
public:
    explicit RowWriter(Database& db)
        : m_insert(db.handle(), "INSERT INTO touch_sequences (person, lead_at, first_visit, "
                                "sessions, touches) VALUES (?1, ?2, ?3, ?4, ?5)")
    {}

    Status write(qint64 person, qint64 leadAt, const std::vector<TouchSequences::Session>& sessions)
    {
        const std::string bytes = TouchSequences::pack(sessions);
        qint64 first = NoTime;
        for (const TouchSequences::Session& s : sessions)
            if (first == NoTime || s.at < first)
                first = s.at;
        m_insert.bind(1, person);
        if (leadAt == NoTime)
            m_insert.bindNull(2);
        else
            m_insert.bind(2, leadAt);
        if (first == NoTime)
            m_insert.bindNull(3);
        else
            m_insert.bind(3, first);
        m_insert.bind(4, qint64(sessions.size())).bindBlobBytes(5, bytes);
        return m_insert.execute();
    }

private:
    Statement m_insert;
};

/// Whether the workspace has the tables (schema version 15 or later).
Result<bool> hasTables(Database& db)
{
    Statement table(db.handle(), "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
                                 "'touch_stale'");
    auto found = table.optionalInt64();
    if (!found)
        return found.error();
    return found->has_value();
}

/// Every person's row again, from one scan of the sessions sorted in memory.
Status rebuildAll(Database& db, Labels& labels)
{
    if (Status cleared = db.exec(u"DELETE FROM touch_sequences"_s); !cleared)
        return cleared;
    // Vectors by id (dense from 1), sized once.
    auto maxVisitor = db.scalar(u"SELECT coalesce(max(id), 0) FROM visitors"_s);
    auto maxSession = db.scalar(u"SELECT coalesce(max(id), 0) FROM sessions"_s);
    if (!maxVisitor || !maxSession)
        return maxVisitor ? maxSession.error() : maxVisitor.error();
    auto owner = TouchSequences::owners(db, *maxVisitor);
    if (!owner)
        return owner.error();
    std::vector<Read> all;
    all.reserve(size_t(*maxSession));
    std::vector<std::string> channelText; // by label id, for ordering ties
    const std::string sql = "SELECT " + sessionColumns() + " FROM sessions";
    Statement sessions(db.handle(), sql.c_str());
    while (sessions.next()) {
        auto session = readSession(sessions, labels);
        if (!session)
            return session.error();
        const qint64 visitor = session->visitor;
        const qint64 contact =
            visitor > 0 && visitor <= *maxVisitor ? (*owner)[size_t(visitor)] : 0;
        const qint64 person = contact ? contact : -visitor;
        if (size_t(session->channel) >= channelText.size())
            channelText.resize(size_t(session->channel) + 1);
        if (channelText[size_t(session->channel)].empty())
            channelText[size_t(session->channel)] = std::string(sessions.utf8(2));
        all.push_back({person, *session, sessions.int64(7)});
    }
    if (Status read = sessions.status(); !read)
        return read;
    std::sort(all.begin(), all.end(), [&](const Read& a, const Read& b) {
        if (a.person != b.person)
            return a.person < b.person;
        if (a.session.visitor != b.session.visitor)
            return a.session.visitor < b.session.visitor;
        if (a.session.at != b.session.at)
            return a.session.at < b.session.at;
        if (a.session.channel != b.session.channel)
            return channelText[size_t(a.session.channel)] < channelText[size_t(b.session.channel)];
        return a.id < b.id;
    });
    // Rows in person order: visitors no contact owns, then every contact.
    RowWriter writer(db);
    std::vector<TouchSequences::Session> run;
    size_t i = 0;
    for (; i < all.size() && all[i].person < 0; ++i) {
        run.push_back(all[i].session);
        if (i + 1 == all.size() || all[i + 1].person != all[i].person) {
            if (Status written = writer.write(all[i].person, NoTime, run); !written)
                return written;
            run.clear();
        }
    }
    Statement contacts(db.handle(), "SELECT id, created_at FROM contacts ORDER BY id");
    while (contacts.next()) {
        const qint64 contact = contacts.int64(0);
        for (; i < all.size() && all[i].person < contact; ++i) {
            // Sessions of a visitor linked to a contact that no longer exists: nobody's.
        }
        run.clear();
        for (; i < all.size() && all[i].person == contact; ++i)
            run.push_back(all[i].session);
        if (Status written = writer.write(contact, contacts.int64(1), run); !written)
            return written;
    }
    return contacts.status();
}

/// The contact a visitor belongs to, or 0.
class OwnerOf final
{
public:
    explicit OwnerOf(Database& db)
        : m_query(db.handle(), (std::string("SELECT contact_id FROM identity_links WHERE "
                                            "visitor_id = ?1 AND active = 1 ORDER BY ") +
                                TouchSequences::OwnerOrder + " LIMIT 1")
                                   .c_str())
    {}

    Result<qint64> operator()(qint64 visitor)
    {
        m_query.reset();
        m_query.bind(1, visitor);
        auto contact = m_query.optionalInt64();
        if (!contact)
            return contact.error();
        return contact->value_or(0);
    }

private:
    Statement m_query;
};

/// The rows of the marked people again, each from its visitors' sessions.
Status rebuildSome(Database& db, Labels& labels, const std::vector<qint64>& marked)
{
    OwnerOf ownerOf(db);
    std::vector<qint64> people;
    for (const qint64 mark : marked) {
        people.push_back(mark);
        if (mark < 0) {
            auto owner = ownerOf(-mark);
            if (!owner)
                return owner.error();
            if (*owner)
                people.push_back(*owner);
        }
    }
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());

    Statement remove(db.handle(), "DELETE FROM touch_sequences WHERE person = ?1");
    Statement contact(db.handle(), "SELECT created_at FROM contacts WHERE id = ?1");
    Statement linked(db.handle(), "SELECT DISTINCT visitor_id FROM identity_links WHERE "
                                  "contact_id = ?1 AND active = 1 ORDER BY visitor_id");
    const std::string sql = "SELECT " + sessionColumns() +
                            " FROM sessions WHERE visitor_id = ?1 ORDER BY " +
                            TouchSequences::SessionOrder;
    Statement sessions(db.handle(), sql.c_str());
    RowWriter writer(db);
    std::vector<TouchSequences::Session> run;
    for (const qint64 person : people) {
        remove.bind(1, person);
        if (Status removed = remove.execute(); !removed)
            return removed;
        std::vector<qint64> visitors;
        qint64 leadAt = NoTime;
        if (person > 0) {
            contact.reset();
            contact.bind(1, person);
            auto created = contact.optionalInt64();
            if (!created)
                return created.error();
            if (!created->has_value())
                continue; // no such contact
            leadAt = **created;
            linked.reset();
            linked.bind(1, person);
            while (linked.next())
                visitors.push_back(linked.int64(0));
            if (Status read = linked.status(); !read)
                return read;
        } else {
            visitors.push_back(-person);
        }
        run.clear();
        for (const qint64 visitor : visitors) {
            auto owner = ownerOf(visitor);
            if (!owner)
                return owner.error();
            if (*owner != std::max<qint64>(person, 0))
                continue; // another contact's, or (for -visitor) a contact's
            sessions.reset();
            sessions.bind(1, visitor);
            while (sessions.next()) {
                auto session = readSession(sessions, labels);
                if (!session)
                    return session.error();
                run.push_back(*session);
            }
            if (Status read = sessions.status(); !read)
                return read;
        }
        if (person < 0 && run.empty())
            continue; // a visitor without sessions has no row
        if (Status written = writer.write(person, leadAt, run); !written)
            return written;
    }
    return {};
}

} // namespace

TouchSequences::Cursor::Cursor(std::string_view bytes)
    : m_at(reinterpret_cast<const unsigned char*>(bytes.data()))
    , m_end(m_at + bytes.size())
{}

bool TouchSequences::Cursor::next(std::uint64_t& value)
{
    value = 0;
    for (int shift = 0; m_at < m_end && shift < 64; shift += 7) {
        const unsigned char byte = *m_at++;
        value |= std::uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

bool TouchSequences::Cursor::nextVisitor(qint64& visitor, qint64& sessions)
{
    std::uint64_t value = 0;
    if (m_visitors < 0) {
        if (!next(value))
            return false;
        m_visitors = qint64(value);
    }
    if (m_visitors == 0)
        return false;
    --m_visitors;
    std::uint64_t delta = 0, count = 0;
    if (!next(delta) || !next(count))
        return false;
    m_visitor += qint64(delta);
    visitor = m_visitor;
    sessions = qint64(count);
    return true;
}

bool TouchSequences::Cursor::nextSession(Session& session)
{
    std::uint64_t at = 0, channel = 0, source = 0, medium = 0, campaign = 0, landing = 0;
    if (!next(at) || !next(channel) || !next(source) || !next(medium) || !next(campaign) ||
        !next(landing))
        return false;
    m_time += unzigzag(at);
    session = {m_visitor,      m_time,           qint64(channel), qint64(source),
               qint64(medium), qint64(campaign), qint64(landing)};
    return true;
}

std::string TouchSequences::pack(const std::vector<Session>& sessions)
{
    // Visitors, each as (id minus the previous one's, its session count); each session as (its
    // start minus the previous session's, zig-zagged, then its ids).
    std::string out;
    qint64 visitors = 0;
    for (size_t i = 0; i < sessions.size(); ++i)
        visitors += i == 0 || sessions[i].visitor != sessions[i - 1].visitor;
    putVarint(out, std::uint64_t(visitors));
    qint64 previousVisitor = 0, previousAt = 0;
    for (size_t i = 0; i < sessions.size();) {
        size_t end = i;
        while (end < sessions.size() && sessions[end].visitor == sessions[i].visitor)
            ++end;
        putVarint(out, std::uint64_t(sessions[i].visitor - previousVisitor));
        putVarint(out, std::uint64_t(end - i));
        previousVisitor = sessions[i].visitor;
        for (; i < end; ++i) {
            const Session& s = sessions[i];
            putVarint(out, zigzag(s.at - previousAt));
            previousAt = s.at;
            for (qint64 id : {s.channel, s.source, s.medium, s.campaign, s.landing})
                putVarint(out, std::uint64_t(id));
        }
    }
    return out;
}

Status TouchSequences::refresh(Database& db)
{
    auto tables = hasTables(db);
    if (!tables)
        return tables.error();
    if (!*tables)
        return {};
    std::vector<qint64> marked;
    Statement stale(db.handle(), "SELECT person FROM touch_stale");
    while (stale.next())
        marked.push_back(stale.int64(0));
    if (Status read = stale.status(); !read)
        return read;
    if (marked.empty())
        return {};
    Savepoint unit(db);
    if (!unit.isActive())
        return unit.error();
    Labels labels(db);
    if (Status loaded = labels.load(); !loaded)
        return loaded;
    // Many marks (a load, a batch removed): one scan of every session is faster than a look-up
    // per person.
    auto people = db.scalar(u"SELECT (SELECT count(*) FROM touch_sequences) + 1"_s);
    if (!people)
        return people.error();
    const bool everything = std::find(marked.begin(), marked.end(), 0) != marked.end() ||
                            qint64(marked.size()) * 8 > *people;
    if (Status rebuilt = everything ? rebuildAll(db, labels) : rebuildSome(db, labels, marked);
        !rebuilt)
        return rebuilt;
    if (Status cleared = db.exec(u"DELETE FROM touch_stale"_s); !cleared)
        return cleared;
    return unit.release();
}

Result<std::vector<qint64>> TouchSequences::owners(Database& db, qint64 maxVisitor)
{
    std::vector<qint64> owner(size_t(std::max<qint64>(maxVisitor, 0)) + 1, 0);
    std::vector<qint64> linkedAt(owner.size(), 0);
    // In the order the links were made, so that of two as early the first made stays.
    Statement links(db.handle(), "SELECT visitor_id, contact_id, linked_at FROM identity_links "
                                 "WHERE active = 1 ORDER BY id");
    while (links.next()) {
        const qint64 visitor = links.int64(0);
        if (visitor <= 0 || visitor > maxVisitor)
            continue; // a link to no visitor: no session of it to place
        if (owner[size_t(visitor)] == 0 || links.int64(2) < linkedAt[size_t(visitor)]) {
            owner[size_t(visitor)] = links.int64(1);
            linkedAt[size_t(visitor)] = links.int64(2);
        }
    }
    if (Status read = links.status(); !read)
        return read.error();
    return owner;
}

std::string TouchSequences::campaignLabel(const char* alias)
{
    const std::string a = alias;
    return "coalesce(nullif(" + a + "campaign, ''), '" + NotSet + "')";
}

Status TouchSequences::invalidate(Database& db)
{
    auto tables = hasTables(db);
    if (!tables)
        return tables.error();
    if (!*tables)
        return {};
    return db.exec(u"INSERT OR IGNORE INTO touch_stale (person) VALUES (0)"_s);
}

Result<QString> TouchSequences::pauseMarks(Database& db)
{
    Statement trigger(db.handle(), "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                   "name = 'touch_sessions_inserted'");
    auto sql = trigger.optionalText();
    if (!sql)
        return sql.error();
    if (!sql->has_value())
        return QString(); // before version 15
    if (Status dropped = db.exec(u"DROP TRIGGER touch_sessions_inserted"_s); !dropped)
        return dropped.error();
    return **sql;
}

Status TouchSequences::resumeMarks(Database& db, const QString& paused)
{
    if (paused.isEmpty())
        return {};
    if (Status created = db.exec(paused); !created)
        return created;
    return invalidate(db);
}

Result<bool> TouchSequences::usable(Database& db)
{
    if (db.state(ReadsSessionsKey).toBool())
        return false;
    auto tables = hasTables(db);
    if (!tables || !*tables)
        return tables;
    auto marked = db.scalar(u"SELECT EXISTS (SELECT 1 FROM touch_stale)"_s);
    if (!marked)
        return marked.error();
    if (!*marked)
        return true;
    if (db.access() != Database::Access::ReadWrite)
        return false;
    // Rebuilt here, or, when that cannot be done now (another connection is writing), read
    // from the sessions: never behind either way.
    if (!sqlite3_get_autocommit(db.handle()))
        return refresh(db).ok();
    Transaction own(db);
    return own.isActive() && own.commit().ok(); // commit() rebuilds what is marked
}

void TouchSequences::setReadsSessions(Database& db, bool sessions)
{
    db.setState(ReadsSessionsKey, sessions ? QVariant(true) : QVariant());
}

} // namespace leadloop
