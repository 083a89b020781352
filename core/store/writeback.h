#pragma once

#include <QString>

namespace leadloop {

/// Asks the operating system to start writing a file's modified pages to disk in the background
/// (Linux: sync_file_range), so that the fsync that ends a bulk load finds little left to wait
/// for. Durability still comes from that fsync; this only moves the disk's work earlier. Does
/// nothing where the call is not available or the file cannot be opened.
class Writeback final
{
    Q_DISABLE_COPY_MOVE(Writeback)

public:
    explicit Writeback(const QString& path);
    ~Writeback();

    /// Starts writing what is modified so far; returns at once.
    void start();

private:
    int m_fd = -1;
};

} // namespace leadloop
