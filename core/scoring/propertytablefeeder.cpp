#include "propertytablefeeder.h"

#include "propertytable.h"

namespace leadloop {

namespace {

constexpr size_t ChunkSets = 512;
/// Chunks waiting at most: reading waits for parsing beyond this, so that the same few chunks'
/// memory is filled again rather than new memory for every set.
constexpr size_t QueuedChunks = 4;

} // namespace

PropertyTableFeeder::PropertyTableFeeder(PropertyTable& table)
    : m_table(table)
    , m_worker([this] { run(); })
{}

PropertyTableFeeder::~PropertyTableFeeder()
{
    finish();
}

void PropertyTableFeeder::add(qint64 contact, std::string_view json)
{
    m_filling.contacts.push_back(contact);
    m_filling.text.append(json);
    m_filling.ends.push_back(m_filling.text.size());
    if (m_filling.contacts.size() == ChunkSets)
        flush();
}

void PropertyTableFeeder::flush()
{
    if (m_filling.contacts.empty())
        return;
    {
        std::unique_lock lock(m_mutex);
        m_taken.wait(lock, [this] { return m_queue.size() < QueuedChunks; });
        m_queue.push_back(std::move(m_filling));
        if (m_spare.empty()) {
            m_filling = Chunk();
        } else {
            m_filling = std::move(m_spare.back());
            m_spare.pop_back();
        }
    }
    m_ready.notify_one();
}

bool PropertyTableFeeder::finish()
{
    if (!m_worker.joinable())
        return m_ok;
    flush();
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_ready.notify_one();
    m_worker.join();
    return m_ok;
}

void PropertyTableFeeder::run()
{
    for (;;) {
        Chunk chunk;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return !m_queue.empty() || m_done; });
            if (m_queue.empty())
                return;
            chunk = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_taken.notify_one();
        size_t begin = 0;
        for (size_t i = 0; i < chunk.contacts.size(); ++i) {
            const std::string_view json(chunk.text.data() + begin, chunk.ends[i] - begin);
            m_ok = m_table.add(chunk.contacts[i], json) && m_ok;
            begin = chunk.ends[i];
        }
        chunk.contacts.clear();
        chunk.ends.clear();
        chunk.text.clear();
        const std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(chunk));
    }
}

} // namespace leadloop
