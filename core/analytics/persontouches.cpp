#include "persontouches.h"

#include "analytics/conversionpaths.h"
#include "common/texthash.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/touchsequences.h"

#include <algorithm>
#include <cstring>
#include <QFileInfo>
#include <QHash>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
/// Ids per part of a parallel read of sessions: below this many, one read.
constexpr qint64 PartSize = 10'000;

/// Grows a vector indexed by id to hold `id`.
template <typename T> T& at(std::vector<T>& v, qint64 id, const T& fill = T())
{
    if (size_t(id) >= v.size())
        v.resize(size_t(id) + 1, fill);
    return v[size_t(id)];
}

} // namespace

namespace {

/// A part's labels by text: short ones (channel names) found by a linear search without
/// hashing, the others through a hash map; new ones appended to the part's list.
class PartLabels final
{
public:
    explicit PartLabels(std::vector<QString>& labels)
        : m_labels(labels)
    {}

    int indexOf(std::string_view text)
    {
        const bool isShort = text.size() <= sizeof(ShortLabel::bytes);
        if (isShort)
            for (const ShortLabel& known : m_short)
                if (known.size == text.size() &&
                    std::memcmp(known.bytes, text.data(), text.size()) == 0)
                    return known.index;
        auto known = m_index.find(text);
        if (known == m_index.end()) {
            known = m_index.emplace(std::string(text), int(m_labels.size())).first;
            m_labels.push_back(QString::fromUtf8(text.data(), qsizetype(text.size())));
        }
        if (isShort && m_short.size() < 32) {
            ShortLabel label{text.size(), {}, known->second};
            std::memcpy(label.bytes, text.data(), text.size());
            m_short.push_back(label);
        }
        return known->second;
    }

private:
    struct ShortLabel
    {
        size_t size;
        char bytes[16];
        int index;
    };
    std::vector<QString>& m_labels;
    std::vector<ShortLabel> m_short;
    std::unordered_map<std::string, int, TextHash, std::equal_to<>> m_index;
};

} // namespace

/// One part of a read of sessions, by a range of people (packed) or of visitor or contact ids:
/// its labels by index, anonymous visitors' runs of touches, and linked visitors' touches by
/// contact.
struct PersonTouches::SessionPart
{
    int index = 0;
    qint64 lo = 0, hi = 0;
    size_t people = 0; // packed: about how many people the range holds
    Status status;
    std::vector<QString> labels;
    std::vector<SessionTouch> anonymous;               // packed: every touch kept
    std::vector<std::pair<qint64, Span>> visitorSpans; // visitor id, span in `anonymous`
    std::vector<std::pair<qint64, Span>> contactSpans; // packed: contact id, span in `anonymous`
    struct Linked
    {
        qint64 contact;
        SessionTouch touch;
    };
    std::vector<Linked> linked;
    std::vector<std::pair<qint64, qint64>> leads; // packed: each contact's lead time, if any
};

/// Reads sessions into parts, each on its own connection (run), and joins the parts into the
/// store in the order one read would have made (merge).
struct PersonTouches::SessionRead
{
    bool everySession = false, labelIsChannel = false;
    std::string sqlBefore, sqlAfter; // around the id range
    const SqlParams* params = nullptr;
    const std::vector<qint64>* contactOf = nullptr; // by visitor id (TouchSequences::owners)
    PersonTouches* store = nullptr;
    const SessionObserver* observer = nullptr;
    /// Reading the people's packed touches (TouchSequences) instead of the sessions: a part is
    /// a range of people, and a touch is labelled by what `packedLabel` takes of its texts.
    bool packed = false;
    enum class PackedLabel
    {
        Channel,
        SourceMedium,
        Source,
        Medium,
        Campaign,
        Landing,
        Group
    } packedLabel = PackedLabel::Channel;
    const std::vector<std::string>* texts = nullptr; // touch_labels by id
    qint64 directId = -1;                            // the id of the channel "Direct"

    Status run(Database& db, SessionPart& part) const;
    Status runPacked(Database& db, SessionPart& part) const;
    PersonTouches merge(std::vector<SessionPart>&& parts) const;
};

Status PersonTouches::SessionRead::run(Database& db, SessionPart& part) const
{
    if (packed)
        return runPacked(db, part);
    const std::string sql =
        sqlBefore + std::to_string(part.lo) + " AND " + std::to_string(part.hi) + sqlAfter;
    Statement sessions(db.handle(), sql.c_str());
    if (Status bound = params->bindTo(sessions); !bound)
        return bound;
    PartLabels labels(part.labels);
    const auto indexOf = [&](std::string_view text) { return labels.indexOf(text); };
    std::vector<char> labelDirect; // by label index, when the label is the channel
    const ReportScope& scope = store->m_scope;
    const PersonGroups* groups = store->groups();
    qint64 visitor = 0, person = 0;
    size_t runBegin = 0;
    bool personInScope = false;
    int groupLabel[2] = {-1, -1}; // the run's person's group, in and out of scope
    const auto closeRun = [&] {
        if (person < 0 && store->m_withUnlinked && part.anonymous.size() > runBegin)
            part.visitorSpans.push_back(
                {-person, {quint32(runBegin), quint32(part.anonymous.size())}});
    };
    while (sessions.next()) {
        const qint64 v = sessions.int64(0);
        if (v != visitor) {
            closeRun();
            visitor = v;
            const qint64 contact = size_t(v) < contactOf->size() ? (*contactOf)[size_t(v)] : 0;
            person = contact > 0 ? contact : -v;
            personInScope = scope.person(person);
            runBegin = part.anonymous.size();
            groupLabel[0] = groupLabel[1] = -1;
        }
        if (!personInScope || (!everySession && sessions.int64(4) != person))
            continue; // out of scope, or a second link of the visitor
        const std::string_view text = sessions.utf8(2);
        int index;
        if (groups) {
            // The person's group, after the mark of an out-of-scope session.
            int& known = groupLabel[text.empty() ? 0 : 1];
            if (known < 0)
                known = indexOf(std::string(text) + groups->ofContact(person).toStdString());
            index = known;
        } else {
            index = indexOf(text);
        }
        bool isDirect;
        if (labelIsChannel) {
            if (size_t(index) >= labelDirect.size())
                labelDirect.resize(size_t(index) + 1, -1);
            if (labelDirect[size_t(index)] < 0)
                labelDirect[size_t(index)] = part.labels[size_t(index)] == u"Direct";
            isDirect = labelDirect[size_t(index)] != 0;
        } else {
            isDirect = sessions.int64(3) != 0;
        }
        const SessionTouch touch{sessions.int64(1), index, isDirect};
        if (observer && *observer)
            (*observer)(part.index, v, person, touch.at, index);
        if (person > 0)
            part.linked.push_back({person, touch});
        else if (store->m_withUnlinked)
            part.anonymous.push_back(touch);
    }
    if (Status read = sessions.status(); !read)
        return read;
    closeRun();
    return {};
}

Status PersonTouches::SessionRead::runPacked(Database& db, SessionPart& part) const
{
    const std::string sql =
        "SELECT person, lead_at, touches FROM touch_sequences WHERE person BETWEEN " +
        std::to_string(part.lo) + " AND " + std::to_string(part.hi);
    Statement rows(db.handle(), sql.c_str());
    PartLabels labels(part.labels);
    std::vector<int> byId;                  // label index by text id (one-text labels)
    std::unordered_map<qint64, int> byPair; // by source and medium, or by landing URL
    // Room for a few sessions a person (about 3 in the benchmark data): memory never touched
    // costs nothing, and the touches are not copied as the vector grows.
    part.anonymous.reserve(part.people * 4);
    std::optional<Statement> landingPath;
    if (packedLabel == PackedLabel::Landing)
        landingPath.emplace(db.handle(), "SELECT path FROM urls WHERE id = ?1");
    const auto text = [this](qint64 id) {
        return id > 0 && size_t(id) < texts->size() ? std::string_view((*texts)[size_t(id)])
                                                    : std::string_view();
    };
    const auto byText = [&](qint64 id) {
        if (size_t(id) >= byId.size())
            byId.resize(size_t(id) + 1, -1);
        int& known = byId[size_t(id)];
        if (known < 0)
            known = labels.indexOf(text(id));
        return known;
    };
    const ReportScope& scope = store->m_scope;
    const PersonGroups* groups = store->groups();
    while (rows.next()) {
        const qint64 person = rows.int64(0);
        if (person > 0 && !rows.isNull(1))
            part.leads.emplace_back(person, rows.int64(1));
        if (!scope.person(person))
            continue;
        // Stored as read: a contact's touches and spans, and an anonymous visitor's when kept.
        const bool keep = person > 0 || store->m_withUnlinked;
        const auto begin = quint32(part.anonymous.size());
        int groupLabel = -1, visitors = 0;
        TouchSequences::Cursor cursor(rows.blobBytes(2));
        const auto unreadable = [person] {
            return Error{ErrorCode::Corrupt,
                         QCoreApplication::translate(
                             "ConversionPaths",
                             "The precomputed touches of person %1 do not read back. "
                             "Recovering the workspace builds them again (File > Recover…, or "
                             "leadloop-cli recover).")
                             .arg(person)};
        };
        qint64 visitor = 0, count = 0;
        while (cursor.nextVisitor(visitor, count)) {
            ++visitors;
            for (qint64 k = 0; k < count; ++k) {
                TouchSequences::Session s;
                if (!cursor.nextSession(s))
                    return unreadable();
                int index = 0;
                switch (packedLabel) {
                case PackedLabel::Channel:
                    index = byText(s.channel);
                    break;
                case PackedLabel::Source:
                    index = byText(s.source);
                    break;
                case PackedLabel::Medium:
                    index = byText(s.medium);
                    break;
                case PackedLabel::Campaign:
                    index = byText(s.campaign);
                    break;
                case PackedLabel::SourceMedium: {
                    auto [known, added] = byPair.try_emplace(
                        qint64((quint64(s.source) << 32) ^ quint64(s.medium)), 0);
                    if (added)
                        known->second = labels.indexOf(std::string(text(s.source)) + " / " +
                                                       std::string(text(s.medium)));
                    index = known->second;
                    break;
                }
                case PackedLabel::Landing: {
                    auto [known, added] = byPair.try_emplace(s.landing, 0);
                    if (added) {
                        std::string path = TouchSequences::NotSet;
                        if (s.landing > 0) {
                            landingPath->reset();
                            landingPath->bind(1, s.landing);
                            if (landingPath->next() && !landingPath->isNull(0))
                                path = std::string(landingPath->utf8(0));
                            if (Status read = landingPath->status(); !read)
                                return read;
                        }
                        known->second = labels.indexOf(path);
                    }
                    index = known->second;
                    break;
                }
                case PackedLabel::Group:
                    if (groupLabel < 0)
                        groupLabel = labels.indexOf(groups->ofContact(person).toStdString());
                    index = groupLabel;
                    break;
                }
                const SessionTouch touch{s.at, index, s.channel == directId};
                if (observer && *observer)
                    (*observer)(part.index, visitor, person, touch.at, index);
                if (keep)
                    part.anonymous.push_back(touch);
            }
        }
        if (!cursor.finished())
            return unreadable();
        const auto end = quint32(part.anonymous.size());
        if (person > 0) {
            // A contact's visitors' sessions in time order (the lower visitor's first on a tie).
            if (visitors > 1)
                std::stable_sort(
                    part.anonymous.begin() + begin, part.anonymous.end(),
                    [](const SessionTouch& a, const SessionTouch& b) { return a.at < b.at; });
            part.contactSpans.push_back({person, {begin, end}});
        } else if (end > begin) {
            part.visitorSpans.push_back({-person, {begin, end}});
        }
    }
    return rows.status();
}

PersonTouches PersonTouches::SessionRead::merge(std::vector<SessionPart>&& parts) const
{
    // Labels numbered as one read would have: the first part's as they are, then each later
    // part's new ones in their order.
    PersonTouches& out = *store;
    QHash<QString, int> global;
    std::vector<std::vector<int>>& renumber = out.m_partLabels;
    renumber.assign(parts.size(), {});
    for (size_t k = 0; k < parts.size(); ++k)
        for (QString& text : parts[k].labels) {
            auto known = global.constFind(text);
            if (known == global.cend()) {
                known = global.insert(text, int(out.m_labels.size()));
                out.m_labels.push_back(std::move(text));
            }
            renumber[k].push_back(*known);
        }
    for (size_t k = 0; k < parts.size(); ++k) {
        const auto base = quint32(out.m_touches.size());
        if (k == 0) { // the first part's labels keep their numbers
            out.m_touches = std::move(parts[k].anonymous);
        } else {
            out.m_touches.reserve(out.m_touches.size() + parts[k].anonymous.size());
            for (SessionTouch touch : parts[k].anonymous) {
                touch.label = renumber[k][size_t(touch.label)];
                out.m_touches.push_back(touch);
            }
        }
        for (const auto& [visitor, span] : parts[k].visitorSpans)
            at(out.m_visitorSpans, visitor) = {base + span.begin, base + span.end};
        for (const auto& [contact, span] : parts[k].contactSpans)
            at(out.m_contactSpans, contact) = {base + span.begin, base + span.end};
    }
    std::vector<SessionPart::Linked> linked;
    if (parts.size() == 1) {
        linked = std::move(parts.front().linked);
    } else {
        for (size_t k = 0; k < parts.size(); ++k)
            for (SessionPart::Linked entry : parts[k].linked) {
                entry.touch.label = renumber[k][size_t(entry.touch.label)];
                linked.push_back(entry);
            }
    }
    if (packed) // each contact's lead time, read with its touches
        for (const SessionPart& part : parts)
            for (const auto& [contact, created] : part.leads)
                at(out.m_leadCreated, contact, NoTime) = created;
    if (everySession && !packed) // (packed parts come in contact order, each in time order)
        std::stable_sort(linked.begin(), linked.end(),
                         [](const SessionPart::Linked& a, const SessionPart::Linked& b) {
                             return a.contact != b.contact ? a.contact < b.contact
                                                           : a.touch.at < b.touch.at;
                         });
    for (size_t i = 0; i < linked.size();) {
        const size_t begin = out.m_touches.size();
        const qint64 contact = linked[i].contact;
        for (; i < linked.size() && linked[i].contact == contact; ++i)
            out.m_touches.push_back(linked[i].touch);
        at(out.m_contactSpans, contact) = {quint32(begin), quint32(out.m_touches.size())};
    }
    return std::move(out);
}

Result<PersonTouches> PersonTouches::load(Database& db, const QString& dimension, bool withUnlinked,
                                          const ReportFilter& filter,
                                          const SessionObserver& observer)
{
    PersonTouches store;
    if (ConversionPaths::isPeopleDimension(dimension)) {
        auto groups = PersonGroups::load(db, dimension);
        if (!groups)
            return groups.error();
        store.m_groups = std::move(*groups);
    }
    // Under a people dimension a session is labelled by its person's group, set below.
    const auto expression = store.m_groups ? std::optional<std::string>("''")
                                           : ConversionPaths::sessionExpression(dimension, "s.");
    if (!expression)
        return ConversionPaths::unknownDimension(u"--by"_s, ConversionPaths::dimensions(),
                                                 dimension);
    auto scope = ReportScope::load(db, filter);
    if (!scope)
        return scope.error();
    store.m_scope = std::move(*scope);
    store.m_dimension = dimension;
    store.m_withUnlinked = withUnlinked && store.m_scope.everyone();

    SessionRead read;
    read.store = &store;
    read.observer = observer ? &observer : nullptr;
    // When every session is needed (anonymous visitors, an observer): every person's, anonymous
    // visitors' runs stored as they come. Otherwise only the contacts'.
    read.everySession = store.m_withUnlinked || bool(observer);
    // The people's precomputed touches, unless a filter asks for what they do not keep (the
    // sessions' own attributes) or they cannot be brought up to date on this connection
    // (docs/architecture.md, "Touch sequences").
    if (!filter.hasSessionFilter()) {
        auto usable = TouchSequences::usable(db);
        if (!usable)
            return usable.error();
        read.packed = *usable;
    }
    std::vector<std::string> texts; // touch_labels by id, when packed
    SqlParams params;
    std::vector<qint64> contactOf; // by visitor id: the contact it belongs to
    qint64 first = 1, last = 0;    // the ids the parts divide
    if (read.packed) {
        using L = SessionRead::PackedLabel;
        const std::pair<const char16_t*, L> labelOf[] = {
            {u"channel", L::Channel},   {u"source-medium", L::SourceMedium},
            {u"source", L::Source},     {u"medium", L::Medium},
            {u"campaign", L::Campaign}, {u"landing-page", L::Landing}};
        read.packedLabel = L::Group;
        for (const auto& [name, label] : labelOf)
            if (!store.m_groups && dimension == QStringView(name))
                read.packedLabel = label;
        Statement rows(db.handle(), "SELECT id, text FROM touch_labels");
        while (rows.next()) {
            at(texts, rows.int64(0)) = std::string(rows.utf8(1));
            if (rows.utf8(1) == "Direct")
                read.directId = rows.int64(0);
        }
        if (Status done = rows.status(); !done)
            return done.error();
        read.texts = &texts;
        // (Two subqueries: min and max in one would scan the table instead of its two ends.)
        Statement range(db.handle(),
                        "SELECT coalesce((SELECT min(person) FROM touch_sequences), 0), "
                        "coalesce((SELECT max(person) FROM touch_sequences), 0)");
        if (!range.next())
            return range.status().error();
        first = read.everySession ? range.int64(0) : 1;
        last = range.int64(1);
    } else {
        std::string label = *expression;
        if (filter.hasSessionFilter())
            label = "CASE WHEN " + filter.sessionCondition("s.", params) + " THEN " + label +
                    " ELSE char(1) || " + label + " END";
        // Each person's lead creation, for the lead milestone of every path build.
        // Vectors by id, sized once.
        auto maxContact = db.scalar(u"SELECT coalesce(max(id), 0) FROM contacts"_s);
        if (!maxContact)
            return maxContact.error();
        auto maxVisitor = db.scalar(u"SELECT coalesce(max(id), 0) FROM visitors"_s);
        if (!maxVisitor)
            return maxVisitor.error();
        store.m_leadCreated.resize(size_t(*maxContact) + 1, NoTime);
        Statement leads(db.handle(), "SELECT id, created_at FROM contacts");
        while (leads.next())
            at(store.m_leadCreated, leads.int64(0), NoTime) = leads.int64(1);
        if (Status done = leads.status(); !done)
            return done.error();
        // The contact each linked visitor belongs to.
        auto owners = TouchSequences::owners(db, *maxVisitor);
        if (!owners)
            return owners.error();
        contactOf = std::move(*owners);

        // Every session: one read of them all in visitor order (by channel, from the covering
        // index alone), linked visitors' sessions gathered and then ordered by contact and
        // time. Otherwise only the linked visitors' sessions, through their links. Ties in time
        // ordered as the touch sequences order them (TouchSequences::SessionOrder).
        // Whether a session is Direct: from its label when the label is the plain channel.
        read.labelIsChannel = dimension == u"channel" && !filter.hasSessionFilter();
        const std::string direct = read.labelIsChannel ? "0" : "s.channel = 'Direct'";
        read.sqlBefore = read.everySession
                             ? "SELECT s.visitor_id, s.started_at, " + label + ", " + direct +
                                   " FROM sessions s WHERE s.visitor_id BETWEEN "
                             : "SELECT s.visitor_id, s.started_at, " + label + ", " + direct +
                                   ", l.contact_id FROM identity_links l JOIN sessions s ON "
                                   "s.visitor_id = l.visitor_id WHERE l.active = 1 AND "
                                   "l.contact_id BETWEEN ";
        read.sqlAfter = read.everySession
                            ? " ORDER BY s.visitor_id, s.started_at, s.channel, s.id"
                            : " ORDER BY l.contact_id, s.started_at, s.visitor_id, s.channel, s.id";
        read.params = &params;
        read.contactOf = &contactOf;
        last = read.everySession ? *maxVisitor : *maxContact;
    }

    // Large workspaces are read in parts, by person, visitor or contact id, each on a
    // connection and a core of its own, when this connection has nothing uncommitted the others
    // would miss.
    const qint64 span = last - first + 1;
    const size_t cores = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, MaxParts);
    const size_t parts =
        span >= PartSize && sqlite3_get_autocommit(db.handle()) && QFileInfo(db.path()).isFile()
            ? std::min(cores, size_t(span / PartSize) + 1)
            : 1;
    std::vector<SessionPart> partsRead(parts);
    std::vector<std::thread> workers;
    for (size_t k = 0; k < parts; ++k) {
        SessionPart& part = partsRead[k];
        part.index = int(k);
        // The first part from below every id, the last to above every id.
        part.lo =
            k == 0 ? (read.packed && !read.everySession ? 1 : -std::numeric_limits<qint64>::max())
                   : first + qint64(k) * (span / qint64(parts));
        part.hi = k + 1 == parts ? std::numeric_limits<qint64>::max()
                                 : first + qint64(k + 1) * (span / qint64(parts)) - 1;
        if (read.packed)
            part.people = size_t(span) / parts + 1;
        if (k > 0)
            workers.emplace_back([&read, &part, path = db.path()] {
                auto own = Database::open(path, Database::Access::ReadOnly);
                part.status = own ? read.run(**own, part) : Status(own.error());
            });
    }
    partsRead.front().status = read.run(db, partsRead.front());
    for (std::thread& worker : workers)
        worker.join();
    for (const SessionPart& part : partsRead)
        if (!part.status)
            return part.status.error();
    return read.merge(std::move(partsRead));
}

Result<const DealBook*> PersonTouches::deals(Database& db) const
{
    if (!m_deals) {
        auto loaded = DealBook::load(db);
        if (!loaded)
            return loaded.error();
        m_deals = std::make_shared<const DealBook>(std::move(*loaded));
    }
    return m_deals.get();
}

PersonTouches::Span PersonTouches::span(qint64 person) const
{
    const std::vector<Span>& spans = person < 0 ? m_visitorSpans : m_contactSpans;
    const size_t id = size_t(person < 0 ? -person : person);
    return id < spans.size() ? spans[id] : Span{};
}

std::optional<qint64> PersonTouches::leadCreated(qint64 contact) const
{
    if (contact <= 0 || size_t(contact) >= m_leadCreated.size() ||
        m_leadCreated[size_t(contact)] == NoTime)
        return std::nullopt;
    return m_leadCreated[size_t(contact)];
}

const QString& PersonTouches::label(int index) const
{
    return m_labels[size_t(index)];
}

std::vector<attribution::Touch> PersonTouches::touches(qint64 person) const
{
    std::vector<attribution::Touch> out;
    const Span s = span(person);
    for (size_t i = s.begin; i < s.end; ++i)
        out.push_back({m_labels[size_t(m_touches[i].label)], m_touches[i].at, m_touches[i].direct});
    return out;
}

} // namespace leadloop
