#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <sqlite3.h>

namespace leadloop {

/// An SQLite VFS that forwards every call to the VFS that was the default when it was installed,
/// and lets a subclass see (and change) the reads and writes of main database files: the place
/// for page checksums in the product and for injected faults in tests. Journals and temporary
/// files pass straight through.
///
/// Once installed, a shim must outlive every connection that uses it (SQLite has no way to take
/// a VFS back while files are open): keep it for the life of the process.
class VfsShim
{
    Q_DISABLE_COPY_MOVE(VfsShim)

public:
    /// One open main database file: the file SQLite sees, and the wrapped file under it.
    struct File;

    explicit VfsShim(QByteArray name);
    virtual ~VfsShim();

    /// Registers the shim over the current default VFS, and as the new default when asked.
    /// False when SQLite refused; calling it again does nothing.
    bool install(bool makeDefault);
    const char* name() const { return m_name.constData(); }

protected:
    /// A read of a main database file; the default forwards it. `amount` bytes at `offset`.
    virtual int readMain(File& file, void* buffer, int amount, qint64 offset);
    /// A write to a main database file; the default forwards it.
    virtual int writeMain(File& file, const void* buffer, int amount, qint64 offset);
    /// Whether SQLite may read this main database file's pages through a memory map, which
    /// bypasses readMain(); the default allows it.
    virtual bool allowsMemoryMap(const File& file) const;
    /// A file control on a main database file (sqlite3_file_control); return SQLITE_NOTFOUND,
    /// as the default does, to pass it on to the wrapped file.
    virtual int controlMain(File& file, int op, void* arg);

    /// The wrapped VFS's own read and write, for subclasses.
    static int forwardRead(File& file, void* buffer, int amount, qint64 offset);
    static int forwardWrite(File& file, const void* buffer, int amount, qint64 offset);

private:
    static int open(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags,
                    int* outFlags);

    QByteArray m_name;
    sqlite3_vfs* m_vfs = nullptr; // ours, registered with SQLite
    sqlite3_vfs* m_next = nullptr;
    bool m_installed = false;

    friend struct VfsShimMethods;
};

/// What a shim knows of one open file; SQLite allocates it, the shim fills it in.
struct VfsShim::File
{
    sqlite3_file base; ///< what SQLite sees: must come first
    VfsShim* shim;
    sqlite3_file* next; ///< the wrapped VFS's file, placed right after this struct
    bool mainDatabase;
    /// Free for the subclass: what it learnt about this file (checksums on, page size, …).
    quint32 state;
};

} // namespace leadloop
