#include "sessionbuilder.h"

#include "opensession.h"
#include "store/database.h"
#include "store/trackingwriter.h"
#include "trackingrowkeys.h"

#include <algorithm>
#include <cctype>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

QString text(std::string_view view)
{
    return view.empty() ? QString() : QString::fromUtf8(view.data(), qsizetype(view.size()));
}

/// Emptied sessions kept for reuse, with their buffers: enough for the sessions a busy site has
/// open at once (a few MB), so that opening one rarely allocates.
constexpr size_t SpareSessions = 2048;

} // namespace

SessionBuilder::SessionBuilder(Database& db, TrackingWriter& writer,
                               const TrafficSourceResolver& sources, const ChannelRuleSet& channels,
                               SessionRules rules)
    : m_db(db)
    , m_writer(writer)
    , m_rules(rules)
    , m_classifier(sources, channels, m_rules)
    , m_findVisitor(db.handle(),
                    "SELECT id, first_seen, last_seen FROM visitors WHERE cookie_id = ?1")
    , m_lastSession(db.handle(),
                    "SELECT id, started_at, ended_at, coalesce(external_id, ''), source, medium, "
                    "campaign, coalesce(term, ''), coalesce(content, '') FROM sessions WHERE "
                    "visitor_id = ?1 ORDER BY started_at DESC LIMIT 1")
    , m_sessionById(db.handle(), "SELECT id, started_at, ended_at, source, medium, campaign, "
                                 "coalesce(term, ''), coalesce(content, '') FROM sessions WHERE "
                                 "visitor_id = ?1 AND external_id = ?2 LIMIT 1")
    , m_storedKeys(db.handle(),
                   "SELECT p.ts, coalesce(u.url, ''), 'pv', p.event_key FROM sessions s JOIN "
                   "pageviews p ON p.session_id = s.id LEFT JOIN urls u ON u.id = p.url_id WHERE "
                   "s.visitor_id = ?1 UNION ALL SELECT ts, coalesce(url, ''), name, event_key "
                   "FROM events WHERE visitor_id = ?1")
    , m_nextSeq(db.handle(),
                "SELECT coalesce(max(seq) + 1, 0) FROM pageviews WHERE session_id = ?1")
{
    // On an error, look visitors up as if there were some: the lookups then report the error.
    auto existing = db.scalar(u"SELECT EXISTS (SELECT 1 FROM visitors)"_s);
    m_workspaceHasVisitors = !existing.ok() || *existing != 0;
}

SessionBuilder::~SessionBuilder() = default;

SessionBuilder::VisitorExtra& SessionBuilder::extra(int vi)
{
    m_visitors[size_t(vi)].hasExtra = true;
    return m_extras[vi];
}

const SessionBuilder::VisitorExtra* SessionBuilder::findExtra(int vi) const
{
    if (!m_visitors[size_t(vi)].hasExtra)
        return nullptr;
    const auto found = m_extras.find(vi);
    return found == m_extras.end() ? nullptr : &found->second;
}

SessionBuilder::Closed SessionBuilder::lastClosed(int vi) const
{
    const Visitor& v = m_visitors[size_t(vi)];
    Closed closed{v.closedId, v.closedStart, v.closedEnd, {}, v.closedCampaign, v.closedNextSeq};
    if (const VisitorExtra* e = findExtra(vi))
        closed.externalId = e->closedExternalId;
    return closed;
}

Status SessionBuilder::loadStored(int vi)
{
    Visitor& v = m_visitors[size_t(vi)];
    m_lastSession.bind(1, v.id);
    if (m_lastSession.next()) {
        v.closedId = m_lastSession.int64(0);
        v.closedStart = m_lastSession.int64(1);
        v.closedEnd = m_lastSession.int64(2);
        v.closedNextSeq = -1;
        const std::string externalId = m_lastSession.text(3).toStdString();
        if (!externalId.empty())
            extra(vi).closedExternalId = externalId;
        if (!m_lastSession.isNull(6))
            v.closedCampaign = RowKeys::campaignHash(
                m_lastSession.text(4).toStdString(), m_lastSession.text(5).toStdString(),
                m_lastSession.text(6).toStdString(), m_lastSession.text(7).toStdString(),
                m_lastSession.text(8).toStdString());
    }
    if (Status read = m_lastSession.status(); !read)
        return read;
    m_lastSession.reset();
    m_storedKeys.bind(1, v.id);
    while (m_storedKeys.next()) {
        QSet<quint64>& stored = extra(vi).storedKeys;
        const std::string url = m_storedKeys.text(1).toStdString();
        const std::string kind = m_storedKeys.text(2).toStdString();
        stored.insert(RowKeys::rowKey(m_storedKeys.int64(0), Fingerprint::of(url).a, kind));
        if (!m_storedKeys.isNull(3))
            stored.insert(RowKeys::eventIdKey(m_storedKeys.text(3).toStdString()));
    }
    if (Status read = m_storedKeys.status(); !read)
        return read.error();
    m_storedKeys.reset();
    return {};
}

Result<int> SessionBuilder::visitorFor(const TrackingRow& row, quint64 hash)
{
    // Rows of one visit usually follow each other: try the previous row's visitor first.
    if (m_lastVisitor >= 0 && hash == m_lastVisitorHash &&
        m_visitors[size_t(m_lastVisitor)].cookie() == row.visitor)
        return m_lastVisitor;
    if (const int hit = m_visitorIndex.find(
            hash, [&](int index) { return m_visitors[size_t(index)].cookie() == row.visitor; });
        hit >= 0) {
        m_lastVisitor = hit;
        m_lastVisitorHash = hash;
        return hit;
    }
    Visitor v;
    bool found = false;
    if (m_workspaceHasVisitors) {
        m_findVisitor.bind(1, text(row.visitor));
        if (m_findVisitor.next()) {
            v.id = m_findVisitor.int64(0);
            v.firstSeen = m_findVisitor.int64(1);
            v.lastSeen = m_findVisitor.int64(2);
            found = true;
        }
        if (Status read = m_findVisitor.status(); !read)
            return read.error();
        m_findVisitor.reset();
    }
    if (!found) {
        v.id = m_writer.reserveVisitorId(); // written by finish(), with its first and last row
        v.isNew = true;
        v.firstSeen = v.lastSeen = row.ts;
        ++m_counts.visitorsCreated;
    }
    m_visitors.push_back(v);
    const int index = int(m_visitors.size()) - 1;
    if (found)
        if (Status loaded = loadStored(index); !loaded)
            return loaded.error();
    // Blocks are reserved up front and only appended to, so earlier views stay valid.
    constexpr size_t Block = 1 << 20;
    if (m_cookieArena.empty() || m_cookieArena.back().size() + row.visitor.size() > Block) {
        m_cookieArena.emplace_back();
        m_cookieArena.back().reserve(std::max(Block, row.visitor.size()));
    }
    std::string& block = m_cookieArena.back();
    const size_t offset = block.size();
    block.append(row.visitor);
    m_visitors[size_t(index)].cookieData = block.data() + offset;
    m_visitors[size_t(index)].cookieSize = quint32(row.visitor.size());
    m_visitorIndex.insert(hash, index);
    m_lastVisitor = index;
    m_lastVisitorHash = hash;
    return index;
}

void SessionBuilder::prefetchVisitors(const std::array<quint64, 3>& ahead) const
{
    // Rows of a large file come in time order, so their visitors lie scattered over memory: a
    // lookup costs a cache miss on the index slot, the visitor and its cookie. Fetching them in
    // stages ahead of the rows hides those misses (docs/import.md).
    if (ahead[0])
        m_visitorIndex.prefetch(ahead[0]);
    if (ahead[1])
        if (const int guess = m_visitorIndex.guess(ahead[1]); guess >= 0)
            prefetchForRead(&m_visitors[size_t(guess)]);
    if (ahead[2])
        if (const int guess = m_visitorIndex.guess(ahead[2]); guess >= 0)
            prefetchForRead(m_visitors[size_t(guess)].cookieData);
}

bool SessionBuilder::isDuplicate(int vi, const TrackingRow& row, quint64 key)
{
    const VisitorExtra* known = findExtra(vi);
    if (m_rules.dedupeByEventId && !row.eventId.empty()) {
        const quint64 idKey = RowKeys::eventIdKey(row.eventId);
        if ((known && known->storedKeys.contains(idKey)) || m_eventIds.contains(idKey))
            return true;
        m_eventIds.insert(idKey);
        return false;
    }
    if (known && known->storedKeys.contains(key))
        return true;
    Visitor& v = m_visitors[size_t(vi)];
    if (row.ts != v.keysTs) {
        // A row earlier than the visit's latest one: compare with the visit's rows.
        if (v.open >= 0) {
            const OpenSession& o = *m_open[size_t(v.open)];
            if (row.ts <= o.endedAt &&
                std::any_of(o.rows.begin(), o.rows.end(),
                            [&](const BufferedRow& b) { return b.ts == row.ts && b.key == key; }))
                return true;
        }
        v.keysTs = row.ts;
        v.hasTimeKey = true;
        v.timeKey = key;
        if (known && !known->moreTimeKeys.empty())
            extra(vi).moreTimeKeys.clear();
        return false;
    }
    if (v.hasTimeKey && v.timeKey == key)
        return true;
    if (known && std::find(known->moreTimeKeys.begin(), known->moreTimeKeys.end(), key) !=
                     known->moreTimeKeys.end())
        return true;
    extra(vi).moreTimeKeys.push_back(key);
    return false;
}

int SessionBuilder::openSession(int visitorIndex, const TrackingRow& row, quint64 campaignKey,
                                const Closed* continued)
{
    int slot;
    if (!m_freeOpen.empty()) {
        slot = m_freeOpen.back();
        m_freeOpen.pop_back();
    } else {
        slot = int(m_open.size());
        m_open.push_back(nullptr);
    }
    if (m_spare.empty()) {
        m_open[slot] = std::make_unique<OpenSession>();
        // Room for a typical session's rows and their text, so that it rarely grows.
        m_open[slot]->arena.reserve(1024);
        m_open[slot]->rows.reserve(8);
    } else {
        m_open[slot] = std::move(m_spare.back());
        m_spare.pop_back();
    }
    OpenSession& o = *m_open[slot];
    o.visitor = visitorIndex;
    if (continued) {
        o.existingId = continued->id;
        o.startedAt = continued->startedAt;
        o.endedAt = continued->endedAt;
        o.externalId = continued->externalId;
        o.campaignKey = continued->campaignKey;
        o.nextSeq = continued->nextSeq;
        if (continued->nextSeq < 0) // stored by an earlier import, not by this batch
            ++m_counts.sessionsContinued;
    } else {
        o.startedAt = o.endedAt = row.ts;
        o.externalId = std::string(row.session);
        o.campaignKey = campaignKey;
    }
    m_visitors[size_t(visitorIndex)].open = slot;
    return slot;
}

Status SessionBuilder::close(int slot)
{
    OpenSession& o = *m_open[size_t(slot)];
    Visitor& v = m_visitors[size_t(o.visitor)];
    const auto byTime = [](const BufferedRow& a, const BufferedRow& b) { return a.ts < b.ts; };
    if (!std::is_sorted(o.rows.begin(), o.rows.end(), byTime))
        std::stable_sort(o.rows.begin(), o.rows.end(), byTime);
    int pageviews = 0, events = 0, conversions = 0;
    for (const BufferedRow& row : o.rows) {
        pageviews += row.isPageView;
        events += !row.isPageView;
        conversions += row.isConversion;
    }
    qint64 sessionId = o.existingId;
    int seq = 0;
    if (sessionId) {
        seq = o.nextSeq;
        if (seq < 0) { // a session from an earlier import
            m_nextSeq.bind(1, sessionId);
            auto next = m_nextSeq.optionalInt64();
            if (!next)
                return next.error();
            seq = int(next->value_or(0));
        }
        if (Status done = m_writer.extendSession(sessionId, o.startedAt, o.endedAt, pageviews,
                                                 events, conversions);
            !done)
            return done;
    } else {
        m_classifier.classify(o.sourceRow, o.externalId, o.record);
        SessionRecord& s = o.record;
        s.visitorId = v.id;
        s.startedAt = o.startedAt;
        s.endedAt = o.endedAt;
        s.pageviews = pageviews;
        s.events = events;
        s.conversions = conversions;
        const auto landing = std::find_if(o.rows.begin(), o.rows.end(),
                                          [](const BufferedRow& r) { return r.isPageView; });
        const BufferedRow& first = landing != o.rows.end() ? *landing : o.rows.front();
        auto landingId = m_writer.urlId(o.view(first.url), &first.urlKey);
        if (!landingId)
            return landingId.error();
        auto referrerId = m_writer.urlId(o.sourceRow.referrer, &o.sourceRow.referrerKey);
        if (!referrerId)
            return referrerId.error();
        s.landingUrlId = *landingId;
        s.referrerUrlId = *referrerId;
        auto id = m_writer.addSession(s);
        if (!id)
            return id.error();
        sessionId = *id;
        ++m_counts.sessionsCreated;
    }
    for (const BufferedRow& row : o.rows) {
        if (row.isPageView) {
            TrackingWriter::PageViewBytes p;
            p.sessionId = sessionId;
            p.seq = seq++;
            p.ts = row.ts;
            p.url = o.view(row.url);
            p.title = o.view(row.title);
            p.urlKey = &row.urlKey;
            p.titleKey = &row.titleKey;
            p.referrerKey = &row.referrerKey;
            p.referrer = o.view(row.referrer);
            p.eventKey = o.view(row.eventKey);
            if (auto done = m_writer.addPageView(p); !done)
                return done.error();
            ++m_counts.pageviews;
        } else {
            EventRecord e;
            e.sessionId = sessionId;
            e.visitorId = v.id;
            e.ts = row.ts;
            e.name = o.text(row.event);
            e.eventKey = o.text(row.eventKey);
            e.isConversion = row.isConversion;
            e.valueCents = row.valueCents;
            e.currency = o.text(row.currency);
            e.email = o.text(row.email);
            e.userId = o.text(row.userId);
            e.url = o.text(row.url);
            if (auto done = m_writer.addEvent(e); !done)
                return done.error();
            ++m_counts.events;
        }
    }
    v.closedId = sessionId;
    v.closedStart = o.startedAt;
    v.closedEnd = o.endedAt;
    v.closedCampaign = o.campaignKey;
    v.closedNextSeq = seq;
    if (!o.externalId.empty()) {
        VisitorExtra& e = extra(o.visitor);
        e.closedExternalId = o.externalId;
        const Closed closed{sessionId, o.startedAt, o.endedAt, o.externalId, o.campaignKey, seq};
        auto known = std::find_if(e.closedWithIds.begin(), e.closedWithIds.end(),
                                  [&](const Closed& c) { return c.externalId == o.externalId; });
        if (known == e.closedWithIds.end())
            e.closedWithIds.push_back(closed);
        else
            *known = closed;
    } else if (v.hasExtra) {
        extra(o.visitor).closedExternalId.clear();
    }
    v.open = -1;
    // Keep a few emptied sessions for the next ones: their buffers keep their capacity.
    if (m_spare.size() >= SpareSessions || o.rows.capacity() > 256) {
        m_open[size_t(slot)].reset();
        m_freeOpen.push_back(slot);
        return {};
    }
    o.clear();
    m_spare.push_back(std::move(m_open[size_t(slot)]));
    m_freeOpen.push_back(slot);
    return {};
}

Status SessionBuilder::sweep(qint64 now)
{
    for (int slot = 0; slot < int(m_open.size()); ++slot)
        if (m_open[size_t(slot)] && now - m_open[size_t(slot)]->endedAt > m_rules.timeoutMs)
            if (Status closed = close(slot); !closed)
                return closed;
    return {};
}

Status SessionBuilder::noteConsent(Visitor& v, const TrackingRow& row)
{
    const std::string_view said[] = {row.consentAdUserData, row.consentAdPersonalization};
    for (size_t s = 0; s < 2; ++s) {
        if (said[s].empty())
            continue;
        auto known = m_consentWords.find(std::string(said[s]));
        if (known == m_consentWords.end()) {
            const auto state =
                AdConsent::parse(QString::fromUtf8(said[s].data(), qsizetype(said[s].size())));
            known = m_consentWords
                        .emplace(std::string(said[s]), state.value_or(AdConsent::State::Unknown))
                        .first;
        }
        const AdConsent::State state = known->second;
        if (state == AdConsent::State::Unknown || v.consent[s] == int(state))
            continue;
        v.consent[s] = static_cast<signed char>(state);
        if (Status done = m_writer.addConsent(
                v.id, s == 0 ? "ad_user_data" : "ad_personalization",
                state == AdConsent::State::Granted ? "granted" : "denied", row.ts);
            !done)
            return done;
    }
    return {};
}

Result<bool> SessionBuilder::add(const TrackingRow& row)
{
    m_maxTs = std::max(m_maxTs, row.ts);
    // Sessions idle for longer than the timeout are closed (and written) every few thousand
    // rows, so a time-ordered file keeps only its last half hour or so in memory.
    if (++m_rowsSinceSweep >= 4096) {
        m_rowsSinceSweep = 0;
        if (Status swept = sweep(m_maxTs); !swept)
            return swept.error();
    }
    prefetchVisitors(row.visitorsAhead);
    TrackingRowKeys computed;
    if (!row.keys)
        computed = RowKeys::of(row, m_rules);
    const TrackingRowKeys& keys = row.keys ? *row.keys : computed;
    auto index = visitorFor(row, keys.visitor);
    if (!index)
        return index.error();
    const int vi = *index;
    if (isDuplicate(vi, row, keys.dedupe)) {
        ++m_counts.duplicates;
        return false;
    }
    Visitor& v = m_visitors[size_t(vi)];
    v.firstSeen = std::min(v.firstSeen, row.ts);
    v.lastSeen = std::max(v.lastSeen, row.ts);
    v.touched = true;
    if (!row.consentAdUserData.empty() || !row.consentAdPersonalization.empty())
        if (Status said = noteConsent(v, row); !said)
            return said.error();

    int slot = v.open;
    if (m_rules.useSessionIds && !row.session.empty()) {
        if (slot >= 0 && m_open[size_t(slot)]->externalId != row.session) {
            if (Status closed = close(slot); !closed)
                return closed.error();
            slot = -1;
        }
        if (slot < 0) {
            Closed stored;
            const Closed* continued = nullptr;
            if (const VisitorExtra* e = findExtra(vi)) {
                const auto known =
                    std::find_if(e->closedWithIds.begin(), e->closedWithIds.end(),
                                 [&](const Closed& c) { return c.externalId == row.session; });
                if (known != e->closedWithIds.end()) {
                    stored = *known;
                    continued = &stored;
                }
            }
            if (!continued && m_workspaceHasVisitors) {
                m_sessionById.bind(1, v.id).bind(2, text(row.session));
                if (m_sessionById.next()) {
                    stored = {m_sessionById.int64(0), m_sessionById.int64(1),
                              m_sessionById.int64(2), std::string(row.session), 0};
                    continued = &stored;
                }
                if (Status read = m_sessionById.status(); !read)
                    return read.error();
                m_sessionById.reset();
            }
            slot = openSession(vi, row, keys.campaign, continued);
        }
    } else {
        const quint64 campaign = keys.campaign;
        if (slot >= 0) {
            const OpenSession& o = *m_open[size_t(slot)];
            const bool split = row.ts - o.endedAt > m_rules.timeoutMs ||
                               row.ts < o.startedAt - m_rules.timeoutMs ||
                               (campaign != 0 && campaign != o.campaignKey);
            if (split) {
                if (Status closed = close(slot); !closed)
                    return closed.error();
                slot = -1;
            }
        }
        if (slot < 0) {
            const Closed last = lastClosed(vi);
            const bool continues = last.id && row.ts - last.endedAt <= m_rules.timeoutMs &&
                                   row.ts >= last.startedAt - m_rules.timeoutMs &&
                                   (campaign == 0 || campaign == last.campaignKey);
            slot = openSession(vi, row, campaign, continues ? &last : nullptr);
        }
    }

    m_open[size_t(slot)]->append(row, keys);
    return true;
}

Status SessionBuilder::finish()
{
    for (int slot = 0; slot < int(m_open.size()); ++slot)
        if (m_open[size_t(slot)])
            if (Status closed = close(slot); !closed)
                return closed;
    for (size_t i = 0; i < m_visitors.size(); ++i) {
        const Visitor& v = m_visitors[i];
        if (v.isNew) {
            auto added = m_writer.addVisitor(v.cookie(), v.firstSeen, v.lastSeen, v.id);
            if (!added)
                return added.error();
        } else if (v.touched) {
            if (Status done = m_writer.touchVisitor(v.id, v.firstSeen, v.lastSeen); !done)
                return done;
        }
    }
    return {};
}

} // namespace leadloop
