#pragma once

#include "common/result.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QStringList>

namespace leadloop {

/// What the integrity check found: whole, or damaged with what SQLite and the page checksums
/// said (a few lines).
struct IntegrityReport
{
    bool whole = true;
    QStringList problems;
};

/// A file as the integrity cache recognises it: size, modification time and SQLite's file
/// change counter (bytes 24-27 of the header, which every committed write increments).
struct FileFingerprint
{
    qint64 size = 0;
    qint64 modifiedMs = 0;
    quint32 changeCounter = 0;

    bool operator==(const FileFingerprint&) const = default;
    /// The file's fingerprint, or nullopt when it cannot be read.
    static std::optional<FileFingerprint> of(const QString& path);
};

/// Checks a workspace file with SQLite's quick_check, which reads every page of every table and
/// index (each through the page checksums). Damage is a report, never an Error: errors are for
/// a check that could not run at all (a missing file, a cancel).
class IntegrityCheck final
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    /// `percent` from 0 to 100 as pages are read; returning false cancels (Cancelled).
    using Progress = std::function<bool(int percent)>;

    /// Checks `path` on a read-only connection of its own.
    static Result<IntegrityReport> run(const QString& path, const Progress& progress = {});
};

/// Remembers the files found whole (by path and fingerprint) in the user's settings, which the
/// desktop app and the CLI share, so that an unchanged file is not checked on every open. A
/// file that changed in any way (another size, time or change counter) is checked again;
/// damaged files are never remembered.
class IntegrityCache final
{
public:
    /// `group`: the settings group the entries live in (tests use their own).
    explicit IntegrityCache(QString group = QStringLiteral("integrity"));

    bool isKnownWhole(const QString& path) const;
    /// Records the file as it is now as whole (after a check, or after LeadLoop's own writes to
    /// a file it had found whole).
    void rememberWhole(const QString& path) const;
    void forget(const QString& path) const;

private:
    QString keyOf(const QString& path) const;

    QString m_group;
};

} // namespace leadloop
