#pragma once

#include <cstdint>
#include <QList>
#include <QtGlobal>

namespace leadloop {

/// A seeded xoshiro256** generator with its own integer-only helpers, so that one seed gives the
/// same demo workspace on every compiler and standard library (std:: distributions differ).
class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed)
    {
        quint64 x = seed;
        for (auto& word : m_state) {
            // splitmix64 expands the seed into the four state words.
            x += 0x9E3779B97F4A7C15ull;
            quint64 z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, n); n > 0. Lemire's multiply-shift, exact enough for n far below 2^32.
    int below(int n) { return int((next() >> 32) * quint64(n) >> 32); }
    /// Uniform in [low, high], inclusive.
    int between(int low, int high) { return low + below(high - low + 1); }
    /// True with probability perMille / 1000.
    bool chancePerMille(int perMille) { return below(1000) < perMille; }
    /// A bell-shaped value in [low, high] (sum of three uniforms).
    int bell(int low, int high)
    {
        const int span = high - low;
        return low + (below(span + 1) + below(span + 1) + below(span + 1)) / 3;
    }
    /// An index chosen with the given integer weights.
    int weighted(const QList<int>& weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = below(total);
        for (int i = 0; i < weights.size(); ++i) {
            if (roll < weights[i])
                return i;
            roll -= weights[i];
        }
        return int(weights.size()) - 1;
    }
    template <typename T> const T& pick(const QList<T>& list)
    {
        return list[below(int(list.size()))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};

} // namespace leadloop
