#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace leadloop {

/// A 128-bit fingerprint of a byte string: MurmurHash3_x64_128 (Austin Appleby, public domain)
/// with seed 0. Used to remember large sets of texts without keeping them; two different texts
/// share a fingerprint with a probability near 2^-128.
struct Fingerprint
{
    std::uint64_t a = 0;
    std::uint64_t b = 0;

    bool operator==(const Fingerprint&) const = default;

    static Fingerprint of(std::string_view bytes)
    {
        constexpr std::uint64_t c1 = 0x87C37B91114253D5ull;
        constexpr std::uint64_t c2 = 0x4CF5AD432745937Full;
        std::uint64_t h1 = 0, h2 = 0;
        const char* p = bytes.data();
        const char* const end = p + (bytes.size() & ~size_t(15));
        for (; p != end; p += 16) {
            std::uint64_t k1, k2;
            std::memcpy(&k1, p, 8);
            std::memcpy(&k2, p + 8, 8);
            h1 ^= rotl(k1 * c1, 31) * c2;
            h1 = rotl(h1, 27) + h2;
            h1 = h1 * 5 + 0x52DCE729;
            h2 ^= rotl(k2 * c2, 33) * c1;
            h2 = rotl(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495AB5;
        }
        const size_t rest = bytes.size() & 15;
        if (rest) {
            std::uint64_t tail[2] = {0, 0};
            std::memcpy(tail, p, rest); // little-endian, as the reference's byte switch
            if (rest > 8)
                h2 ^= rotl(tail[1] * c2, 33) * c1;
            h1 ^= rotl(tail[0] * c1, 31) * c2;
        }
        h1 ^= bytes.size();
        h2 ^= bytes.size();
        h1 += h2;
        h2 += h1;
        h1 = mix(h1);
        h2 = mix(h2);
        h1 += h2;
        h2 += h1;
        return {h1, h2};
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

private:
    static std::uint64_t rotl(std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
    static std::uint64_t mix(std::uint64_t k)
    {
        k ^= k >> 33;
        k *= 0xFF51AFD7ED558CCDull;
        k ^= k >> 33;
        k *= 0xC4CEB9FE1A85EC53ull;
        k ^= k >> 33;
        return k;
    }
};

} // namespace leadloop
