#include "prefetchingrowsource.h"

#include "tracking/trackingrowkeys.h"

#include <array>

namespace leadloop {

namespace {

constexpr size_t BlockRows = 4096;
constexpr size_t BlocksInFlight = 8; // slack for when the other threads hold both cores

/// The text fields of a row, copied into and read back from a block's arena.
constexpr std::array<std::string_view TrackingRow::*, 18> TextFields = {
    &TrackingRow::visitor,
    &TrackingRow::url,
    &TrackingRow::referrer,
    &TrackingRow::title,
    &TrackingRow::event,
    &TrackingRow::eventId,
    &TrackingRow::session,
    &TrackingRow::channel,
    &TrackingRow::source,
    &TrackingRow::medium,
    &TrackingRow::campaign,
    &TrackingRow::term,
    &TrackingRow::content,
    &TrackingRow::email,
    &TrackingRow::userId,
    &TrackingRow::currency,
    &TrackingRow::consentAdUserData,
    &TrackingRow::consentAdPersonalization};

} // namespace

struct PrefetchingRowSource::Entry
{
    Next kind = Next::Row;
    qint64 line = 0;
    qint64 position = 0;
    qint64 ts = 0;
    std::array<std::pair<quint32, quint32>, TextFields.size()> spans{};    // offset, size in arena
    std::array<std::pair<quint32, quint32>, AdClickIds.size()> clickIds{}; // mapped columns
    std::optional<qint64> valueCents;
    bool isPageView = true;
    bool isConversion = false;
    QString warning;
    QString raw; // only for rejected rows and rows with a warning
    RowRejection rejection;
    TrackingRowKeys keys;
};

struct PrefetchingRowSource::Block
{
    std::string arena;
    std::vector<Entry> entries;
    // Each entry's cookie hash (0 if it is not a row), packed so that looking ahead reads one
    // cache line for eight rows.
    std::vector<quint64> visitors;
};

PrefetchingRowSource::PrefetchingRowSource(std::unique_ptr<TrackingRowSource> source)
    : m_source(std::move(source))
    , m_size(m_source->size())
    , m_preset(m_source->preset())
    , m_notes(m_source->notes())
    , m_rules(m_source->rules())
{
    for (size_t i = 0; i < BlocksInFlight; ++i)
        m_free.push_back(std::make_unique<Block>());
    m_worker = std::thread([this] { produce(); });
}

PrefetchingRowSource::~PrefetchingRowSource()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_consumed.notify_all();
    m_worker.join();
}

void PrefetchingRowSource::produce()
{
    TrackingRow row;
    RowRejection rejection;
    RowKeys::Cache keyCache;
    bool finished = false;
    while (!finished) {
        std::unique_ptr<Block> block;
        {
            std::unique_lock lock(m_mutex);
            m_consumed.wait(lock, [this] { return m_stop || !m_free.empty(); });
            if (m_stop)
                return;
            block = std::move(m_free.back());
            m_free.pop_back();
        }
        block->arena.clear();
        block->entries.clear();
        block->visitors.clear();
        QString error;
        while (block->entries.size() < BlockRows) {
            row.valueWarning.clear();
            const Next kind = m_source->next(row, rejection);
            Entry& e = block->entries.emplace_back();
            block->visitors.push_back(0);
            e.kind = kind;
            if (kind == Next::End || kind == Next::Failed) {
                if (kind == Next::Failed)
                    error = m_source->errorString();
                finished = true;
                break;
            }
            e.line = m_source->line();
            e.position = m_source->position();
            if (kind == Next::Rejected) {
                e.rejection = rejection;
                e.raw = m_source->rawText();
                continue;
            }
            e.ts = row.ts;
            for (size_t f = 0; f < TextFields.size(); ++f) {
                const std::string_view text = row.*TextFields[f];
                e.spans[f] = {quint32(block->arena.size()), quint32(text.size())};
                block->arena.append(text);
            }
            for (size_t i = 0; i < AdClickIds.size(); ++i) {
                const std::string_view text = row.clickIds[i];
                e.clickIds[i] = {quint32(block->arena.size()), quint32(text.size())};
                block->arena.append(text);
            }
            e.keys = RowKeys::of(row, m_rules, &keyCache);
            block->visitors.back() = e.keys.visitor;
            e.valueCents = row.valueCents;
            e.isPageView = row.isPageView;
            e.isConversion = row.isConversion;
            if (!row.valueWarning.isEmpty()) {
                e.warning = row.valueWarning;
                e.raw = m_source->rawText();
            }
        }
        {
            std::lock_guard lock(m_mutex);
            if (!error.isEmpty())
                m_error = error;
            m_ready.push_back(std::move(block));
        }
        m_filled.notify_one();
    }
}

TrackingRowSource::Next PrefetchingRowSource::next(TrackingRow& row, RowRejection& rejection)
{
    if (!m_current || m_index == m_current->entries.size()) {
        std::unique_lock lock(m_mutex);
        if (m_current) {
            m_free.push_back(std::move(m_current));
            m_consumed.notify_one();
        }
        m_filled.wait(lock, [this] { return !m_ready.empty(); });
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_index = 0;
    }
    const Entry& e = m_current->entries[m_index++];
    m_entry = &e;
    if (e.kind == Next::End || e.kind == Next::Failed) {
        --m_index; // stay at the end
        return e.kind;
    }
    row.line = e.line;
    row.keys = nullptr;
    if (e.kind == Next::Rejected) {
        rejection = e.rejection;
        return e.kind;
    }
    const char* arena = m_current->arena.data();
    for (size_t f = 0; f < TextFields.size(); ++f)
        row.*TextFields[f] = std::string_view(arena + e.spans[f].first, e.spans[f].second);
    for (size_t i = 0; i < AdClickIds.size(); ++i)
        row.clickIds[i] = std::string_view(arena + e.clickIds[i].first, e.clickIds[i].second);
    row.ts = e.ts;
    row.valueCents = e.valueCents;
    row.isPageView = e.isPageView;
    row.isConversion = e.isConversion;
    row.valueWarning = e.warning;
    row.keys = &e.keys;
    const std::vector<quint64>& visitors = m_current->visitors;
    for (size_t k = 0; k < row.visitorsAhead.size(); ++k) {
        const size_t at = m_index - 1 + 24 - 8 * k; // 24, 16 and 8 rows on, within the block
        row.visitorsAhead[k] = at < visitors.size() ? visitors[at] : 0;
    }
    return e.kind;
}

qint64 PrefetchingRowSource::line() const
{
    return m_entry ? m_entry->line : 0;
}

QString PrefetchingRowSource::rawText() const
{
    return m_entry ? m_entry->raw : QString();
}

QString PrefetchingRowSource::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

qint64 PrefetchingRowSource::position() const
{
    return m_entry ? m_entry->position : 0;
}

} // namespace leadloop
