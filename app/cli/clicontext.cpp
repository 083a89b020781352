#include "clicontext.h"

#include "export/xlsxexport.h"

#include <cstdio>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

CliContext::CliContext(QCommandLineParser& parser, TableFormat format, QString workspacePath)
    : m_parser(parser)
    , m_format(format)
    , m_workspacePath(std::move(workspacePath))
{}

Result<std::unique_ptr<Workspace>> CliContext::openWorkspace(Workspace::Access access) const
{
    return Workspace::open(m_workspacePath, access);
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
