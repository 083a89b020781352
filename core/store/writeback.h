#pragma once

#include <QString>

namespace leadloop {

/// Asks the operating system to start writing a file's modified pages to disk in the background
/// (Linux: sync_file_range), so that the fsync that ends a bulk load finds little left to wait
/// for. Durability still comes from that fsync; this only moves the disk's work earlier.
///
/// It borrows a descriptor the process already has open on the file (SQLite's own) and never
/// opens or closes one: closing any descriptor of a file drops every POSIX lock the process
/// holds on it, SQLite's included. Does nothing where the call is unavailable or no descriptor
/// is found.
class Writeback final
{
    Q_DISABLE_COPY_MOVE(Writeback)

public:
    /// Borrows an open descriptor of `path` (openDescriptorOf); the file must stay open while
    /// this object is used.
    explicit Writeback(const QString& path);

    /// Whether a descriptor was found (always false off Linux).
    bool isActive() const { return m_fd >= 0; }
    /// Starts writing what is modified so far; returns at once.
    void start();

private:
    int m_fd = -1; // borrowed, never closed
};

} // namespace leadloop
