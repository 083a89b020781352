#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace leadloop::cli {

/// Parses `leadloop-cli [global options] COMMAND [command options]`, runs the command and
/// returns the process exit code. Never exits the process itself.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    int run(const QStringList& arguments);
};

} // namespace leadloop::cli
