#pragma once

#include "prefetch.h"

#include <cstdint>
#include <vector>

namespace leadloop {

/// An open-addressing hash index from 64-bit hashes to non-negative ints (positions in the
/// caller's own storage). Keys are not stored: the caller confirms each candidate, so a lookup is
/// one short probe sequence in one flat array, and a slot costs 8 bytes (32 bits of the hash and
/// the value).
class FlatIndex
{
public:
    FlatIndex()
        : m_slots(1024)
    {}

    /// The value whose key has this hash and satisfies isKey(value); -1 when there is none.
    template <typename IsKey> int find(std::uint64_t hash, IsKey&& isKey) const
    {
        const std::uint32_t tag = tagOf(hash);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = tag & mask;; i = (i + 1) & mask) {
            const Slot& slot = m_slots[i];
            if (slot.value < 0)
                return -1;
            if (slot.tag == tag && isKey(slot.value))
                return slot.value;
        }
    }

    /// Asks the CPU to fetch the first slot a lookup of this hash reads.
    void prefetch(std::uint64_t hash) const
    {
        prefetchForRead(m_slots.data() + (tagOf(hash) & (m_slots.size() - 1)));
    }

    /// The first value stored under this hash's tag, unconfirmed (-1: none): a guess to
    /// prefetch by, never an answer.
    int guess(std::uint64_t hash) const
    {
        const std::uint32_t tag = tagOf(hash);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = tag & mask;; i = (i + 1) & mask) {
            const Slot& slot = m_slots[i];
            if (slot.value < 0 || slot.tag == tag)
                return slot.value;
        }
    }

    /// Adds a value under its key's hash (the key must not be in the index yet).
    void insert(std::uint64_t hash, int value)
    {
        if (2 * (m_used + 1) > m_slots.size()) {
            std::vector<Slot> old(m_slots.size() * 2);
            old.swap(m_slots);
            m_used = 0;
            for (const Slot& slot : old)
                if (slot.value >= 0)
                    place(slot.tag, slot.value);
        }
        place(tagOf(hash), value);
    }

private:
    struct Slot
    {
        std::uint32_t tag = 0;
        int value = -1; // -1: empty
    };

    /// The hash folded to 32 bits; it also picks the first slot to probe.
    static std::uint32_t tagOf(std::uint64_t hash) { return std::uint32_t(hash ^ (hash >> 32)); }

    void place(std::uint32_t tag, int value)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = tag & mask;
        while (m_slots[i].value >= 0)
            i = (i + 1) & mask;
        m_slots[i] = {tag, value};
        ++m_used;
    }

    std::vector<Slot> m_slots; // power-of-two size, at most half full
    size_t m_used = 0;
};

} // namespace leadloop
