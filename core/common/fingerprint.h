#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace leadloop {

/// A 128-bit fingerprint of a byte string: two 64-bit MurmurHash64A values with independent
/// seeds. Used to remember large sets of texts without keeping them; two different texts share a
/// fingerprint with a probability near 2^-128.
struct Fingerprint
{
    std::uint64_t a = 0;
    std::uint64_t b = 0;

    bool operator==(const Fingerprint&) const = default;

    static Fingerprint of(std::string_view bytes)
    {
        return {murmur64(bytes, 0x9E3779B97F4A7C15ull), murmur64(bytes, 0xC2B2AE3D27D4EB4Full)};
    }

    /// MurmurHash64A (Austin Appleby, public domain), reading 8 bytes at a time.
    static std::uint64_t murmur64(std::string_view bytes, std::uint64_t seed)
    {
        constexpr std::uint64_t m = 0xC6A4A7935BD1E995ull;
        constexpr int r = 47;
        std::uint64_t h = seed ^ (bytes.size() * m);
        const char* p = bytes.data();
        const char* const end = p + (bytes.size() & ~size_t(7));
        for (; p != end; p += 8) {
            std::uint64_t k;
            std::memcpy(&k, p, 8);
            k *= m;
            k ^= k >> r;
            k *= m;
            h ^= k;
            h *= m;
        }
        std::uint64_t tail = 0;
        const size_t rest = bytes.size() & 7;
        if (rest) {
            std::memcpy(&tail, p, rest);
            h ^= tail;
            h *= m;
        }
        h ^= h >> r;
        h *= m;
        h ^= h >> r;
        return h;
    }
};

} // namespace leadloop
