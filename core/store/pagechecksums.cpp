#include "pagechecksums.h"

#include "workspacefile.h"

#include <cstring>
#include <utility>
#include <vector>

namespace leadloop {

namespace {

constexpr quint32 ChecksumsOn = 1;
constexpr quint32 StampWrites = 2; // the header is about to say ChecksumsOn

thread_local quint32 failedPage = 0;

/// A page size SQLite may use, and an offset where such a page starts.
bool isPage(int amount, qint64 offset)
{
    return amount >= 512 && amount <= 65536 && (amount & (amount - 1)) == 0 && offset % amount == 0;
}

quint32 pageNumber(int amount, qint64 offset)
{
    return quint32(offset / amount) + 1;
}

void storeLittleEndian(unsigned char* out, quint64 value)
{
    for (int i = 0; i < 8; ++i)
        out[i] = static_cast<unsigned char>(value >> (8 * i));
}

quint64 loadLittleEndian(const unsigned char* in)
{
    quint64 value = 0;
    for (int i = 7; i >= 0; --i)
        value = (value << 8) | in[i];
    return value;
}

} // namespace

PageChecksums::PageChecksums()
    : VfsShim("leadloop-checksums")
{}

quint64 PageChecksums::checksum(const unsigned char* page, int pageSize, quint32 pageNumber)
{
    // Two running sums over 32-bit words (Fletcher's scheme, without the modulus), seeded with
    // the page number: a changed, zeroed or misplaced page gives another value.
    quint64 s1 = 0x9E3779B97F4A7C15ull ^ pageNumber;
    quint64 s2 = 0xC2B2AE3D27D4EB4Full + pageNumber;
    const int words = (pageSize - ReservedBytes) / 4;
    for (int i = 0; i < words; ++i) {
        quint32 w;
        std::memcpy(&w, page + 4 * i, 4);
        s1 += w;
        s2 += s1;
    }
    quint64 h = s1 ^ (s2 * 0x9E3779B97F4A7C15ull);
    h ^= h >> 29;
    return h;
}

bool PageChecksums::verify(const unsigned char* page, int pageSize, quint32 pageNumber)
{
    return loadLittleEndian(page + pageSize - ReservedBytes) ==
           checksum(page, pageSize, pageNumber);
}

bool PageChecksums::headerHasChecksums(const unsigned char* header)
{
    const quint32 applicationId = (quint32(header[68]) << 24) | (quint32(header[69]) << 16) |
                                  (quint32(header[70]) << 8) | quint32(header[71]);
    return std::memcmp(header, "SQLite format 3", 16) == 0 && header[20] == ReservedBytes &&
           applicationId == WorkspaceFileHeader::LeadLoopApplicationId;
}

int PageChecksums::readMain(File& file, void* buffer, int amount, qint64 offset)
{
    const int rc = forwardRead(file, buffer, amount, offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    const auto* bytes = static_cast<const unsigned char*>(buffer);
    if (offset == 0 && amount >= 100) {
        if (rc == SQLITE_IOERR_SHORT_READ && bytes[0] == 0)
            return rc; // an empty (new) file
        file.state = (file.state & StampWrites) | (headerHasChecksums(bytes) ? ChecksumsOn : 0);
    }
    // A short read is zero-filled by SQLite's own VFS; a page that should be there but is not
    // (a truncated file) then fails its checksum like any other damaged page.
    if ((file.state & ChecksumsOn) && isPage(amount, offset) &&
        !verify(bytes, amount, pageNumber(amount, offset))) {
        failedPage = pageNumber(amount, offset);
        return SQLITE_IOERR_DATA;
    }
    return rc;
}

int PageChecksums::writeMain(File& file, const void* buffer, int amount, qint64 offset)
{
    const auto* bytes = static_cast<const unsigned char*>(buffer);
    if (offset == 0 && amount >= 100)
        file.state = headerHasChecksums(bytes) ? ChecksumsOn : 0;
    if (!(file.state & (ChecksumsOn | StampWrites)) || !isPage(amount, offset))
        return forwardWrite(file, buffer, amount, offset);
    // The reserved bytes belong to the VFS, but the buffer is SQLite's: write a copy.
    thread_local std::vector<unsigned char> page;
    page.assign(bytes, bytes + amount);
    storeLittleEndian(page.data() + amount - ReservedBytes,
                      checksum(page.data(), amount, pageNumber(amount, offset)));
    return forwardWrite(file, page.data(), amount, offset);
}

quint32 PageChecksums::takeLastFailedPage()
{
    return std::exchange(failedPage, 0);
}

int PageChecksums::controlMain(File& file, int op, void*)
{
    if (op != StampWritesControl)
        return SQLITE_NOTFOUND;
    file.state |= StampWrites;
    return SQLITE_OK;
}

bool PageChecksums::allowsMemoryMap(const File&) const
{
    return false; // a mapped page would skip verification
}

} // namespace leadloop
