#include "clicontext.h"

#include "export/xlsxexport.h"
#include "store/snapshotsettings.h"
#include "store/sqliteerror.h"
#include "store/workspacefile.h"

#include <cstdio>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

CliContext::CliContext(QCommandLineParser& parser, TableFormat format, QString workspacePath)
    : m_parser(parser)
    , m_format(format)
    , m_workspacePath(std::move(workspacePath))
{}

Status CliContext::checkIntegrity(Workspace::Access access) const
{
    // What is not a workspace at all is refused by Workspace::open, untouched.
    if (!WorkspaceFileHeader::read(m_workspacePath).isWorkspace() ||
        m_integrity.isKnownWhole(m_workspacePath))
        return {};
    auto report = IntegrityCheck::run(m_workspacePath);
    if (!report)
        return report.error();
    if (report->whole) {
        m_integrity.rememberWhole(m_workspacePath);
        return {};
    }
    const QString damaged = SqliteError::damagedMessage(m_workspacePath);
    if (access == Workspace::Access::ReadOnly && m_parser.isSet(u"allow-damaged"_s)) {
        QTextStream(stderr) << u"leadloop-cli: "_s << damaged << u' '
                            << tr("Going on because of --allow-damaged.") << Qt::endl;
        return {};
    }
    return Error{ErrorCode::Corrupt, damaged + u' ' +
                                         (access == Workspace::Access::ReadOnly
                                              ? tr("To read it anyway, add --allow-damaged.")
                                              : tr("Nothing was written to it."))};
}

Result<std::unique_ptr<Workspace>> CliContext::openWorkspace(Workspace::Access access) const
{
    if (Status whole = checkIntegrity(access); !whole)
        return whole.error();
    auto workspace = Workspace::open(m_workspacePath, access, MigrationPlan::standard(),
                                     SnapshotSettings().policy());
    if (workspace && access == Workspace::Access::ReadWrite)
        m_wrote = true;
    return workspace;
}

Result<std::unique_ptr<Workspace>> CliContext::openOrCreateWorkspace() const
{
    const WorkspaceFileHeader header = WorkspaceFileHeader::read(m_workspacePath);
    if (header.exists && !header.isEmpty())
        return openWorkspace(Workspace::Access::ReadWrite);
    auto created = Workspace::create(m_workspacePath);
    if (created) {
        m_wrote = true;
        (*created)->setSnapshotPolicy(SnapshotSettings().policy());
    }
    return created;
}

void CliContext::rememberWrites() const
{
    if (m_wrote)
        m_integrity.rememberWhole(m_workspacePath);
}

int CliContext::print(const ResultTable& table)
{
    if (m_xlsx) {
        const Status written = XlsxExport::write(table, m_output);
        return written ? int(ExitOk) : fail(written.error());
    }
    const QByteArray bytes = formatTable(table, m_format);
    if (!m_output.isEmpty()) {
        QSaveFile file(m_output);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(
                Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(m_output, file.errorString())});
        return ExitOk;
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

int CliContext::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return ExitUsage;
    case ErrorCode::BadInput:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Cancelled:
        return ExitBadInput;
    case ErrorCode::NotFound:
    case ErrorCode::NotAWorkspace:
    case ErrorCode::Corrupt:
    case ErrorCode::NewerVersion:
    case ErrorCode::Locked:
    case ErrorCode::ReadOnly:
    case ErrorCode::Io:
    case ErrorCode::DiskFull:
    case ErrorCode::Database:
        return ExitWorkspace;
    case ErrorCode::Refused:
        return ExitRefused;
    case ErrorCode::Offline:
        return ExitOffline;
    }
    return ExitWorkspace;
}

int CliContext::fail(const Error& error)
{
    QTextStream(stderr) << u"leadloop-cli: "_s << error.message << Qt::endl;
    return exitCodeFor(error.code);
}

int CliContext::usage(const QString& message)
{
    QTextStream(stderr) << u"leadloop-cli: "_s << message << u'\n'
                        << tr("Run 'leadloop-cli --help' for the commands and options.")
                        << Qt::endl;
    return ExitUsage;
}

} // namespace leadloop::cli
