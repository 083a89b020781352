#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <QtGlobal>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace leadloop {

class PropertyTable;

/// Adds packed property sets to a PropertyTable on a thread of its own, in the order given,
/// while the caller reads the next ones from the workspace: reading and parsing overlap.
class PropertyTableFeeder final
{
public:
    explicit PropertyTableFeeder(PropertyTable& table);
    ~PropertyTableFeeder();
    PropertyTableFeeder(const PropertyTableFeeder&) = delete;
    PropertyTableFeeder& operator=(const PropertyTableFeeder&) = delete;

    /// Queues a contact's set (copied).
    void add(qint64 contact, std::string_view json);
    /// Waits until every set is added; false when one was not a JSON object.
    bool finish();

private:
    struct Chunk
    {
        std::vector<qint64> contacts;
        std::vector<size_t> ends; ///< where each set ends in `text`
        std::string text;
    };
    void flush();
    void run();

    PropertyTable& m_table;
    Chunk m_filling;
    std::deque<Chunk> m_queue;
    std::vector<Chunk> m_spare; ///< parsed chunks, filled again (their memory is in place)
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_taken; ///< the worker took a chunk: the queue has room
    bool m_done = false;
    bool m_ok = true;     ///< written by the worker, read after it ends
    std::thread m_worker; ///< last: starts once the rest exists
};

} // namespace leadloop
