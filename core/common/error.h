#pragma once

#include <QString>

namespace leadloop {

/// Why a core operation failed; callers branch on the code, never on the message text.
enum class ErrorCode
{
    InvalidArgument, ///< The caller passed something meaningless (a usage error).
    BadInput,        ///< A file or value the user supplied cannot be used.
    NotFound,        ///< A file or record that was asked for does not exist.
    AlreadyExists,   ///< Creating something that is already there.
    NotAWorkspace,   ///< The file is not a LeadLoop workspace.
    Corrupt,         ///< The workspace file is damaged.
    NewerVersion,    ///< The workspace was written by a newer LeadLoop.
    Locked,          ///< Another process holds the workspace for writing.
    ReadOnly,        ///< A write was attempted on a read-only workspace.
    Io,              ///< The file system refused a read or a write.
    DiskFull,        ///< The disk (or the user's quota) has no room left for a write.
    Database,        ///< SQLite reported an error.
    Cancelled,       ///< The user cancelled the operation.
    Refused,         ///< The team server refused: the user's role does not allow it.
    Offline,         ///< The team server cannot be reached (or stopped answering).
};

/// One failure: a code to branch on and one translated sentence for the user.
struct Error
{
    ErrorCode code;
    QString message;
};

} // namespace leadloop
