#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace leadloop {

/// Runs `work(begin, end)` over [0, rows) split into one range per core (at most four, and
/// none smaller than `minRows`), the first on the calling thread; returns once all are done.
/// `work` must only write what belongs to its own rows.
template <typename Work> void forRowRanges(size_t rows, size_t minRows, const Work& work)
{
    const size_t cores = std::max<size_t>(std::thread::hardware_concurrency(), 1);
    const size_t parts =
        std::clamp<size_t>(rows / std::max<size_t>(minRows, 1), 1, std::min<size_t>(cores, 4));
    std::vector<std::thread> workers;
    for (size_t part = 1; part < parts; ++part)
        workers.emplace_back(
            [&work, rows, part, parts] { work(rows * part / parts, rows * (part + 1) / parts); });
    work(size_t(0), rows / parts);
    for (std::thread& worker : workers)
        worker.join();
}

} // namespace leadloop
