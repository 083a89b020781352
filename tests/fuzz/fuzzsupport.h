#pragma once
// What the fuzz targets share (docs/testing.md, "Fuzzing"): a Qt application for the code
// that needs one, a scratch folder, and turning the fuzzer's bytes into a file.

#include "store/workspace.h"

#include <cstddef>
#include <cstdint>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace leadloop::fuzz {

/// Set up once per process: a core application, a scratch folder, and the environment that
/// keeps the targets quiet and deterministic.
inline QTemporaryDir& scratch()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = [] {
        qputenv("LEADLOOP_STRICT_CHECKS", "1");
        qputenv("XDG_CONFIG_HOME", QDir::tempPath().toUtf8() + "/leadloop-fuzz-config");
        return new QCoreApplication(argc, argv);
    }();
    (void)app;
    static QTemporaryDir dir;
    return dir;
}

/// Writes the bytes to a file of that name in the scratch folder and returns its path.
inline QString writeInput(const QString& name, const uint8_t* data, size_t size)
{
    const QString path = scratch().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

/// A fresh empty workspace to import into, copied from one made once (creating the schema for
/// every input would be most of the work).
inline std::unique_ptr<Workspace> freshWorkspace()
{
    const QString model = scratch().filePath(QStringLiteral("model.leadloop"));
    if (!QFile::exists(model)) {
        auto created = Workspace::create(model);
        if (!created)
            qFatal("cannot create a workspace: %s", qPrintable(created.error().message));
    }
    const QString path = scratch().filePath(QStringLiteral("input.leadloop"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    QDir(path + QStringLiteral(".snapshots")).removeRecursively();
    if (!QFile::copy(model, path))
        qFatal("cannot copy the workspace");
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto opened = Workspace::open(path, Workspace::Access::ReadWrite);
    if (!opened)
        qFatal("cannot open the workspace: %s", qPrintable(opened.error().message));
    return std::move(*opened);
}

} // namespace leadloop::fuzz
