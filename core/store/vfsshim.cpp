#include "vfsshim.h"

#include <cstddef>
#include <cstring>

namespace leadloop {

namespace {

VfsShim::File& self(sqlite3_file* file)
{
    return *reinterpret_cast<VfsShim::File*>(file);
}

sqlite3_file* next(sqlite3_file* file)
{
    return self(file).next;
}

} // namespace

/// The io methods of a shim's files: reads and writes of main databases go to the shim, every
/// other call to the wrapped file.
struct VfsShimMethods
{
    static int close(sqlite3_file* f)
    {
        sqlite3_file* n = next(f);
        return n->pMethods ? n->pMethods->xClose(n) : SQLITE_OK;
    }
    static int read(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
    {
        VfsShim::File& file = self(f);
        if (file.mainDatabase)
            return file.shim->readMain(file, buffer, amount, offset);
        return file.next->pMethods->xRead(file.next, buffer, amount, offset);
    }
    static int write(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
    {
        VfsShim::File& file = self(f);
        if (file.mainDatabase)
            return file.shim->writeMain(file, buffer, amount, offset);
        return file.next->pMethods->xWrite(file.next, buffer, amount, offset);
    }
    static int truncate(sqlite3_file* f, sqlite3_int64 size)
    {
        return next(f)->pMethods->xTruncate(next(f), size);
    }
    static int sync(sqlite3_file* f, int flags) { return next(f)->pMethods->xSync(next(f), flags); }
    static int fileSize(sqlite3_file* f, sqlite3_int64* size)
    {
        return next(f)->pMethods->xFileSize(next(f), size);
    }
    static int lock(sqlite3_file* f, int level) { return next(f)->pMethods->xLock(next(f), level); }
    static int unlock(sqlite3_file* f, int level)
    {
        return next(f)->pMethods->xUnlock(next(f), level);
    }
    static int checkReservedLock(sqlite3_file* f, int* out)
    {
        return next(f)->pMethods->xCheckReservedLock(next(f), out);
    }
    static int fileControl(sqlite3_file* f, int op, void* arg)
    {
        VfsShim::File& file = self(f);
        if (file.mainDatabase) {
            if (const int rc = file.shim->controlMain(file, op, arg); rc != SQLITE_NOTFOUND)
                return rc;
        }
        if (op == SQLITE_FCNTL_MMAP_SIZE && file.mainDatabase &&
            !file.shim->allowsMemoryMap(file)) {
            // Refuse the map, so that every page is read through readMain().
            *static_cast<sqlite3_int64*>(arg) = 0;
            return SQLITE_OK;
        }
        if (op == SQLITE_FCNTL_VFSNAME) {
            const int rc = file.next->pMethods->xFileControl(file.next, op, arg);
            char** name = static_cast<char**>(arg);
            if (rc == SQLITE_OK) {
                char* joined = sqlite3_mprintf("%s/%z", file.shim->name(), *name);
                *name = joined;
            }
            return rc;
        }
        return file.next->pMethods->xFileControl(file.next, op, arg);
    }
    static int sectorSize(sqlite3_file* f) { return next(f)->pMethods->xSectorSize(next(f)); }
    static int deviceCharacteristics(sqlite3_file* f)
    {
        return next(f)->pMethods->xDeviceCharacteristics(next(f));
    }
    static int shmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
    {
        return next(f)->pMethods->xShmMap(next(f), page, size, extend, out);
    }
    static int shmLock(sqlite3_file* f, int offset, int n, int flags)
    {
        return next(f)->pMethods->xShmLock(next(f), offset, n, flags);
    }
    static void shmBarrier(sqlite3_file* f) { next(f)->pMethods->xShmBarrier(next(f)); }
    static int shmUnmap(sqlite3_file* f, int deleteFlag)
    {
        return next(f)->pMethods->xShmUnmap(next(f), deleteFlag);
    }
    static int fetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
    {
        VfsShim::File& file = self(f);
        if (file.mainDatabase && !file.shim->allowsMemoryMap(file)) {
            *out = nullptr; // SQLite then reads the page through read()
            return SQLITE_OK;
        }
        return file.next->pMethods->xFetch(file.next, offset, amount, out);
    }
    static int unfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
    {
        return next(f)->pMethods->xUnfetch(next(f), offset, page);
    }

    static const sqlite3_io_methods* table(int version)
    {
        static const sqlite3_io_methods v1 = {1,
                                              close,
                                              read,
                                              write,
                                              truncate,
                                              sync,
                                              fileSize,
                                              lock,
                                              unlock,
                                              checkReservedLock,
                                              fileControl,
                                              sectorSize,
                                              deviceCharacteristics,
                                              nullptr,
                                              nullptr,
                                              nullptr,
                                              nullptr,
                                              nullptr,
                                              nullptr};
        static const sqlite3_io_methods v2 = {2,
                                              close,
                                              read,
                                              write,
                                              truncate,
                                              sync,
                                              fileSize,
                                              lock,
                                              unlock,
                                              checkReservedLock,
                                              fileControl,
                                              sectorSize,
                                              deviceCharacteristics,
                                              shmMap,
                                              shmLock,
                                              shmBarrier,
                                              shmUnmap,
                                              nullptr,
                                              nullptr};
        static const sqlite3_io_methods v3 = {3,
                                              close,
                                              read,
                                              write,
                                              truncate,
                                              sync,
                                              fileSize,
                                              lock,
                                              unlock,
                                              checkReservedLock,
                                              fileControl,
                                              sectorSize,
                                              deviceCharacteristics,
                                              shmMap,
                                              shmLock,
                                              shmBarrier,
                                              shmUnmap,
                                              fetch,
                                              unfetch};
        return version >= 3 ? &v3 : version == 2 ? &v2 : &v1;
    }

    // The VFS's own calls other than xOpen go to the wrapped VFS.
    static sqlite3_vfs* wrapped(sqlite3_vfs* vfs)
    {
        return static_cast<VfsShim*>(vfs->pAppData)->m_next;
    }
    static int remove(sqlite3_vfs* vfs, const char* name, int syncDir)
    {
        return wrapped(vfs)->xDelete(wrapped(vfs), name, syncDir);
    }
    static int access(sqlite3_vfs* vfs, const char* name, int flags, int* out)
    {
        return wrapped(vfs)->xAccess(wrapped(vfs), name, flags, out);
    }
    static int fullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out)
    {
        return wrapped(vfs)->xFullPathname(wrapped(vfs), name, size, out);
    }
    static void* dlOpen(sqlite3_vfs* vfs, const char* name)
    {
        return wrapped(vfs)->xDlOpen(wrapped(vfs), name);
    }
    static void dlError(sqlite3_vfs* vfs, int size, char* out)
    {
        wrapped(vfs)->xDlError(wrapped(vfs), size, out);
    }
    static void (*dlSym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void)
    {
        return wrapped(vfs)->xDlSym(wrapped(vfs), handle, symbol);
    }
    static void dlClose(sqlite3_vfs* vfs, void* handle)
    {
        wrapped(vfs)->xDlClose(wrapped(vfs), handle);
    }
    static int randomness(sqlite3_vfs* vfs, int size, char* out)
    {
        return wrapped(vfs)->xRandomness(wrapped(vfs), size, out);
    }
    static int sleep(sqlite3_vfs* vfs, int microseconds)
    {
        return wrapped(vfs)->xSleep(wrapped(vfs), microseconds);
    }
    static int currentTime(sqlite3_vfs* vfs, double* out)
    {
        return wrapped(vfs)->xCurrentTime(wrapped(vfs), out);
    }
    static int lastError(sqlite3_vfs* vfs, int size, char* out)
    {
        return wrapped(vfs)->xGetLastError(wrapped(vfs), size, out);
    }
    static int currentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
    {
        return wrapped(vfs)->xCurrentTimeInt64(wrapped(vfs), out);
    }
    static int setSystemCall(sqlite3_vfs* vfs, const char* name, sqlite3_syscall_ptr call)
    {
        return wrapped(vfs)->xSetSystemCall(wrapped(vfs), name, call);
    }
    static sqlite3_syscall_ptr getSystemCall(sqlite3_vfs* vfs, const char* name)
    {
        return wrapped(vfs)->xGetSystemCall(wrapped(vfs), name);
    }
    static const char* nextSystemCall(sqlite3_vfs* vfs, const char* name)
    {
        return wrapped(vfs)->xNextSystemCall(wrapped(vfs), name);
    }
};

VfsShim::VfsShim(QByteArray name)
    : m_name(std::move(name))
{}

VfsShim::~VfsShim()
{
    if (m_installed)
        sqlite3_vfs_unregister(m_vfs);
    delete m_vfs;
}

bool VfsShim::install(bool makeDefault)
{
    if (m_installed)
        return true;
    if (sqlite3_initialize() != SQLITE_OK)
        return false;
    m_next = sqlite3_vfs_find(nullptr);
    if (!m_next)
        return false;
    using M = VfsShimMethods;
    m_vfs = new sqlite3_vfs{};
    m_vfs->iVersion = m_next->iVersion < 3 ? m_next->iVersion : 3;
    // SQLite allocates our File with the wrapped VFS's file right after it.
    m_vfs->szOsFile = int(sizeof(File)) + m_next->szOsFile;
    m_vfs->mxPathname = m_next->mxPathname;
    m_vfs->zName = m_name.constData();
    m_vfs->pAppData = this;
    m_vfs->xOpen = &VfsShim::open;
    m_vfs->xDelete = M::remove;
    m_vfs->xAccess = M::access;
    m_vfs->xFullPathname = M::fullPathname;
    m_vfs->xDlOpen = M::dlOpen;
    m_vfs->xDlError = M::dlError;
    m_vfs->xDlSym = M::dlSym;
    m_vfs->xDlClose = M::dlClose;
    m_vfs->xRandomness = M::randomness;
    m_vfs->xSleep = M::sleep;
    m_vfs->xCurrentTime = M::currentTime;
    m_vfs->xGetLastError = M::lastError;
    if (m_vfs->iVersion >= 2)
        m_vfs->xCurrentTimeInt64 = M::currentTimeInt64;
    if (m_vfs->iVersion >= 3) {
        m_vfs->xSetSystemCall = M::setSystemCall;
        m_vfs->xGetSystemCall = M::getSystemCall;
        m_vfs->xNextSystemCall = M::nextSystemCall;
    }
    m_installed = sqlite3_vfs_register(m_vfs, makeDefault ? 1 : 0) == SQLITE_OK;
    return m_installed;
}

int VfsShim::open(sqlite3_vfs* vfs, const char* name, sqlite3_file* f, int flags, int* outFlags)
{
    auto* shim = static_cast<VfsShim*>(vfs->pAppData);
    File& file = self(f);
    file.base.pMethods = nullptr;
    file.shim = shim;
    file.next = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(f) + sizeof(File));
    file.mainDatabase = (flags & SQLITE_OPEN_MAIN_DB) != 0;
    file.state = 0;
    std::memset(file.next, 0, size_t(shim->m_next->szOsFile));
    const int rc = shim->m_next->xOpen(shim->m_next, name, file.next, flags, outFlags);
    // SQLite calls xClose when pMethods is set, even after a failed open.
    if (file.next->pMethods)
        file.base.pMethods = VfsShimMethods::table(file.next->pMethods->iVersion);
    return rc;
}

int VfsShim::readMain(File& file, void* buffer, int amount, qint64 offset)
{
    return forwardRead(file, buffer, amount, offset);
}

int VfsShim::writeMain(File& file, const void* buffer, int amount, qint64 offset)
{
    return forwardWrite(file, buffer, amount, offset);
}

bool VfsShim::allowsMemoryMap(const File&) const
{
    return true;
}

int VfsShim::controlMain(File&, int, void*)
{
    return SQLITE_NOTFOUND;
}

int VfsShim::forwardRead(File& file, void* buffer, int amount, qint64 offset)
{
    return file.next->pMethods->xRead(file.next, buffer, amount, offset);
}

int VfsShim::forwardWrite(File& file, const void* buffer, int amount, qint64 offset)
{
    return file.next->pMethods->xWrite(file.next, buffer, amount, offset);
}

} // namespace leadloop
