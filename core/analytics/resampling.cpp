#include "resampling.h"

#include "quantile.h"

#include <algorithm>
#include <random>
#include <thread>

using namespace Qt::StringLiterals;

namespace leadloop {

QVariantMap BootstrapOptions::meta() const
{
    return {{u"replicates"_s, replicates},
            {u"seed"_s, QString::number(seed)},
            {u"interval"_s, u"percentile_95"_s}};
}

namespace resampling {

void run(size_t n, int replicates, quint64 seed,
         const std::function<void(int r, const Draws& draws)>& replicate)
{
    if (n == 0 || replicates < 1)
        return;
    const auto one = [&](int r) {
        std::mt19937_64 random(seed * 1'000'003ULL + quint64(r));
        std::uniform_int_distribution<size_t> pick(0, n - 1);
        Draws draws(n, 0.0);
        for (size_t i = 0; i < n; ++i)
            draws[pick(random)] += 1;
        replicate(r, draws);
    };
    const int workers =
        std::max(1, std::min({int(std::thread::hardware_concurrency()), 8, replicates}));
    std::vector<std::thread> threads;
    for (int w = 0; w < workers; ++w)
        threads.emplace_back([&, w] {
            for (int r = w; r < replicates; r += workers)
                one(r);
        });
    for (std::thread& t : threads)
        t.join();
}

std::pair<double, double> interval95(std::vector<double>& values)
{
    std::sort(values.begin(), values.end());
    return {quantileOfSorted(values, 0.025), quantileOfSorted(values, 0.975)};
}

} // namespace resampling
} // namespace leadloop
