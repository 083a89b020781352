#pragma once

#include <cstddef>
#include <vector>

namespace leadloop {

/// Hashes a sequence of small integers (label or channel numbers), for maps keyed by sequences.
struct IntSequenceHash
{
    size_t operator()(const std::vector<int>& sequence) const
    {
        size_t h = start(sequence.size());
        for (int value : sequence)
            h = add(h, value);
        return h;
    }
    /// The hash of a sequence of `size` values before any is added, and with one more added:
    /// for sequences hashed where they are stored, without a copy.
    static size_t start(size_t size) { return size; }
    static size_t add(size_t h, int value) { return h * 1'000'003u ^ size_t(value); }
};

} // namespace leadloop
