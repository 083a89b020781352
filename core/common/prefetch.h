#pragma once

namespace leadloop {

/// Asks the CPU to start loading the cache line at `address` for reading. On x86 this is the
/// instruction itself: GCC 12 silently drops some __builtin_prefetch calls whose address comes
/// from a 32-bit hash.
inline void prefetchForRead(const void* address)
{
#if defined(__x86_64__) || defined(__i386__)
    asm volatile("prefetcht0 %0" : : "m"(*static_cast<const char*>(address)));
#else
    __builtin_prefetch(address);
#endif
}

} // namespace leadloop
