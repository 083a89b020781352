#pragma once

#include "common/result.h"
#include "export/tableformatter.h"
#include "store/integritycheck.h"
#include "store/workspace.h"

#include <memory>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace leadloop::cli {

/// The CLI's exit codes, a public contract (docs/cli.md).
enum ExitCode : int
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitBadInput = 2,
    ExitWorkspace = 3,
    ExitRefused = 4, ///< the team server refused: the role does not allow it
    ExitOffline = 5, ///< the team server cannot be reached
};

/// What a running command needs: the parsed options, the chosen output format and workspace,
/// and the two output streams. Commands report through it so every error looks the same.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
    Q_DISABLE_COPY_MOVE(CliContext)

public:
    CliContext(QCommandLineParser& parser, TableFormat format, QString workspacePath);

    QCommandLineParser& parser() { return m_parser; }
    TableFormat format() const { return m_format; }
    const QString& workspacePath() const { return m_workspacePath; }
    /// Sends what print() writes to a file (--output) instead of stdout; as an .xlsx workbook
    /// when `xlsx` (--format xlsx).
    void setOutput(QString path, bool xlsx)
    {
        m_output = std::move(path);
        m_xlsx = xlsx;
    }

    /// Opens the workspace after making sure it is whole (IntegrityCheck, remembered in
    /// IntegrityCache): a damaged one fails with Corrupt, unless it is only read and
    /// --allow-damaged was given (then a warning goes to stderr).
    Result<std::unique_ptr<Workspace>> openWorkspace(Workspace::Access access) const;
    /// Like openWorkspace(ReadWrite), creating the workspace first when there is none.
    Result<std::unique_ptr<Workspace>> openOrCreateWorkspace() const;
    /// After a command succeeded: a workspace it wrote to, whole when it was opened, is
    /// remembered as whole as it is now, so the next command need not check it again.
    void rememberWrites() const;
    /// Whether the command opened the workspace for writing.
    bool wrote() const { return m_wrote; }
    /// Prints the table in the chosen format on stdout (or into --output) and returns ExitOk,
    /// or the exit code of a file that cannot be written.
    int print(const ResultTable& table);
    /// Prints the table, or fails with its error.
    int print(const Result<ResultTable>& table)
    {
        return table ? print(*table) : fail(table.error());
    }
    /// Prints one sentence on stderr and returns the exit code that fits the error.
    int fail(const Error& error);
    /// Prints a usage error on stderr and returns ExitUsage.
    int usage(const QString& message);

    static int exitCodeFor(ErrorCode code);

private:
    QCommandLineParser& m_parser;
    TableFormat m_format;
    QString m_workspacePath;
    Status checkIntegrity(Workspace::Access access) const;

    QString m_output;
    bool m_xlsx = false;
    IntegrityCache m_integrity;
    mutable bool m_wrote = false;
};

} // namespace leadloop::cli
