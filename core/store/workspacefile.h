#pragma once

#include <QString>

namespace leadloop {

/// What the first 100 bytes of a file say about it, read without opening it through SQLite, so
/// that a file which is not a workspace is never modified by the act of checking it.
struct WorkspaceFileHeader
{
    /// The SQLite application_id that marks a LeadLoop workspace ("LLWP").
    static constexpr quint32 LeadLoopApplicationId = 0x4C4C5750;

    bool exists = false;
    qint64 size = 0;
    bool isSqlite = false;
    quint32 applicationId = 0;
    qint32 userVersion = 0;
    quint32 changeCounter = 0; ///< SQLite's file change counter: every commit increments it
    int reservedBytes = 0;     ///< bytes at the end of each page outside SQLite's use

    bool isEmpty() const { return exists && size == 0; }
    bool isWorkspace() const { return isSqlite && applicationId == LeadLoopApplicationId; }

    static WorkspaceFileHeader read(const QString& path);
};

} // namespace leadloop
