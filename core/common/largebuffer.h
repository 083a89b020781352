#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>
#include <sys/mman.h>
#include <vector>

namespace leadloop {

/// Allocates buffers of many megabytes (a feature matrix, a property table) on transparent huge
/// pages where the kernel offers them (madvise mode): filling 40 MB then takes 20 page faults
/// instead of 10,000, a sixth of the time of scoring 50,000 leads here (docs/scoring.md,
/// "Speed"). Smaller requests come from the heap as usual.
template <typename T> struct LargeBufferAllocator
{
    using value_type = T;
    static constexpr size_t HugePage = size_t(2) << 20;

    LargeBufferAllocator() = default;
    template <typename U> LargeBufferAllocator(const LargeBufferAllocator<U>&) noexcept {}

    T* allocate(size_t n)
    {
        const size_t bytes = n * sizeof(T);
        if (bytes < HugePage)
            return static_cast<T*>(::operator new(bytes));
        const size_t rounded = (bytes + HugePage - 1) / HugePage * HugePage;
        void* p = std::aligned_alloc(HugePage, rounded);
        if (!p)
            throw std::bad_alloc();
        (void)madvise(p, rounded, MADV_HUGEPAGE); // a hint: without it, ordinary pages
        return static_cast<T*>(p);
    }
    void deallocate(T* p, size_t n) noexcept
    {
        if (n * sizeof(T) < HugePage)
            ::operator delete(p);
        else
            std::free(p);
    }
    friend bool operator==(const LargeBufferAllocator&, const LargeBufferAllocator&)
    {
        return true;
    }
};

/// A vector whose storage is a LargeBufferAllocator's.
template <typename T> using LargeVector = std::vector<T, LargeBufferAllocator<T>>;

} // namespace leadloop
