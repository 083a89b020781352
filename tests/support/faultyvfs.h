#pragma once

#include "store/vfsshim.h"

#include <atomic>
#include <cstring>

namespace leadloop::test {

/// A VFS for tests that makes one read or write of a main database file fail, counted from the
/// moment it is armed: a disk error, a page of garbage (a damaged sector), or a full disk.
/// Install it before the first workspace is opened, so the product's own VFS sits above it.
class FaultyVfs final : public VfsShim
{
public:
    enum class Fault
    {
        None,
        ReadError,   ///< the read fails with SQLITE_IOERR_READ
        GarbageRead, ///< a page read succeeds with every byte 0x5A (smaller reads are spared)
        WriteError,  ///< the write fails with SQLITE_IOERR_WRITE
        DiskFull,    ///< the write fails with SQLITE_FULL
    };

    FaultyVfs()
        : VfsShim("leadloop-faulty")
    {}

    /// Fails the operation after `skip` matching ones; with `sticky`, every one after it too.
    void arm(Fault fault, int skip, bool sticky = false)
    {
        m_count = 0;
        m_fired = false;
        m_sticky = sticky;
        m_skip = skip;
        m_fault = fault;
    }
    void disarm() { m_fault = Fault::None; }
    /// Whether the armed fault happened.
    bool fired() const { return m_fired; }
    /// Reads or writes (whichever the fault is about) seen since arming.
    int count() const { return m_count; }

protected:
    int readMain(File& file, void* buffer, int amount, qint64 offset) override
    {
        const Fault fault = m_fault;
        const bool page = amount >= 512;
        if ((fault == Fault::ReadError || (fault == Fault::GarbageRead && page)) && strikes()) {
            if (fault == Fault::ReadError)
                return SQLITE_IOERR_READ;
            const int rc = forwardRead(file, buffer, amount, offset);
            std::memset(buffer, 0x5A, size_t(amount));
            return rc;
        }
        return forwardRead(file, buffer, amount, offset);
    }
    int writeMain(File& file, const void* buffer, int amount, qint64 offset) override
    {
        const Fault fault = m_fault;
        if ((fault == Fault::WriteError || fault == Fault::DiskFull) && strikes())
            return fault == Fault::WriteError ? SQLITE_IOERR_WRITE : SQLITE_FULL;
        return forwardWrite(file, buffer, amount, offset);
    }
    bool allowsMemoryMap(const File&) const override { return false; }

private:
    bool strikes()
    {
        const int n = m_count++;
        if (n < m_skip || (m_fired && !m_sticky))
            return false;
        m_fired = true;
        return true;
    }

    std::atomic<Fault> m_fault{Fault::None};
    std::atomic<int> m_count{0};
    std::atomic<int> m_skip{0};
    std::atomic<bool> m_fired{false};
    std::atomic<bool> m_sticky{false};
};

} // namespace leadloop::test
