#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace leadloop {

/// A growing array stored in fixed chunks of ChunkSize elements: elements never move (so
/// references stay valid), growth never copies, and the overhead is one pointer per chunk,
/// which suits millions of small records better than std::deque's 512-byte blocks.
template <typename T, std::size_t ChunkSize = 4096> class ChunkedVector
{
public:
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    T& operator[](std::size_t i) { return m_chunks[i / ChunkSize][i % ChunkSize]; }
    const T& operator[](std::size_t i) const { return m_chunks[i / ChunkSize][i % ChunkSize]; }

    T& push_back(const T& value)
    {
        if (m_size % ChunkSize == 0)
            m_chunks.push_back(std::make_unique<T[]>(ChunkSize));
        T& slot = m_chunks.back()[m_size % ChunkSize];
        slot = value;
        ++m_size;
        return slot;
    }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    std::size_t m_size = 0;
};

} // namespace leadloop
