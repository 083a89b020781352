#pragma once

#include "vfsshim.h"

namespace leadloop {

/// Page checksums for workspace files: every page of a workspace made by this LeadLoop keeps an
/// 8-byte checksum of its content and its page number in its reserved bytes, written on every
/// write and verified on every read. A page that fails is reported to SQLite as
/// SQLITE_IOERR_DATA (SqliteError: Corrupt), so a damaged page never yields figures, whether
/// or not SQLite's own checks would notice it. Files without the 8 reserved bytes, or not marked
/// as workspaces, pass through unchecked.
class PageChecksums final : public VfsShim
{
public:
    /// The reserved bytes at the end of each page that hold its checksum.
    static constexpr int ReservedBytes = 8;
    /// A file control (sqlite3_file_control with no argument): from now on every page written to
    /// this file gets its checksum, even before the file's header says it has room for them, as
    /// while VACUUM rewrites a file with the room (pages can reach the disk before page 1 does).
    /// Pages read are still verified only when the header says so; the header decides alone
    /// again once page 1 is written.
    static constexpr int StampWritesControl = 0x4C4C0001;

    PageChecksums();
    /// The checksum a page with this content would carry (the last 8 bytes excluded).
    static quint64 checksum(const unsigned char* page, int pageSize, quint32 pageNumber);
    /// Whether the page's last 8 bytes hold its checksum.
    static bool verify(const unsigned char* page, int pageSize, quint32 pageNumber);
    /// Whether a database header (at least 100 bytes) says its pages carry checksums.
    static bool headerHasChecksums(const unsigned char* header);
    /// The number of the last page this thread read that failed its checksum, or 0; reading it
    /// clears it.
    static quint32 takeLastFailedPage();

protected:
    int readMain(File& file, void* buffer, int amount, qint64 offset) override;
    int writeMain(File& file, const void* buffer, int amount, qint64 offset) override;
    bool allowsMemoryMap(const File& file) const override;
    int controlMain(File& file, int op, void* arg) override;
};

} // namespace leadloop
