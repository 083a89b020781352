#pragma once

#include <cstddef>
#include <vector>

namespace leadloop {

/// Hashes a sequence of small integers (label or channel numbers), for maps keyed by sequences.
struct IntSequenceHash
{
    size_t operator()(const std::vector<int>& sequence) const
    {
        size_t h = sequence.size();
        for (int value : sequence)
            h = h * 1'000'003u ^ size_t(value);
        return h;
    }
};

} // namespace leadloop
