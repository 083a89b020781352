// Opening a workspace file that may be damaged, truncated, of another schema version or no
// workspace at all: the integrity check, opening it read-only and counting every table when it
// checks whole, and recovering it into a new file.
#include "fuzzsupport.h"
#include "store/integritycheck.h"
#include "store/recovery.h"
#include "store/tablecounts.h"

using namespace leadloop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::scratch();
    const QString path = fuzz::writeInput(QStringLiteral("open.leadloop"), data, size);
    QFile::remove(path + QStringLiteral("-journal"));
    auto check = IntegrityCheck::run(path);
    if (check && check->whole) {
        if (auto ws = Workspace::open(path, Workspace::Access::ReadOnly))
            (void)countTableRows((*ws)->database());
    }
    const QString out = fuzz::scratch().filePath(QStringLiteral("recovered.leadloop"));
    QFile::remove(out);
    if (auto recovered = Recovery::run(path, out))
        (void)recovered->table();
    QFile::remove(out);
    return 0;
}
