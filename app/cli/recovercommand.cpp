#include "clicommand.h"
#include "clicontext.h"
#include "store/recovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecoverCommand)
};

int runRecover(CliContext& context)
{
    const QString out = context.parser().value(u"out"_s);
    if (out.isEmpty())
        return context.usage(Tr::tr("recover needs --out FILE: the new workspace to write (the "
                                    "damaged one is never changed)."));
    auto report = Recovery::run(context.workspacePath(), out);
    if (!report)
        return context.fail(report.error());
    if (context.format() == TableFormat::Table)
        QTextStream(stdout) << (report->complete()
                                    ? Tr::tr("Recovered %1 whole into %2.")
                                    : Tr::tr("Recovered what could be read of %1 into %2; what "
                                             "was lost is listed below."))
                                   .arg(QDir::toNativeSeparators(context.workspacePath()),
                                        QDir::toNativeSeparators(report->output))
                            << u"\n"_s
                            << Tr::tr("%1 of %2 pages could not be trusted.")
                                   .arg(report->badPages)
                                   .arg(report->pages)
                            << u"\n\n"_s << Qt::flush;
    return context.print(report->table());
}

} // namespace

CliCommand recoverCommand()
{
    return {u"recover"_s,
            Tr::tr("Salvage what can be read from a damaged workspace into a new file, and say "
                   "what was lost."),
            u"recover --out FILE"_s,
            [](QCommandLineParser& p) {
                p.addOption({u"out"_s, Tr::tr("The new workspace file to write."), u"FILE"_s});
            },
            runRecover};
}

} // namespace leadloop::cli
