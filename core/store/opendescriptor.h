#pragma once

#include <QString>

namespace leadloop {

/// A descriptor this process already has open on the file at `path` (usually SQLite's), or -1.
/// Reading through it, or handing it to the kernel, avoids opening and closing a descriptor of
/// one's own: closing any descriptor of a file drops every POSIX lock the process holds on it,
/// SQLite's included. The descriptor is borrowed and must not be closed. Linux only
/// (/proc/self/fd); -1 elsewhere.
int openDescriptorOf(const QString& path);

} // namespace leadloop
