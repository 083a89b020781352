#include "cliapplication.h"

#include "clicommand.h"
#include "clicontext.h"
#include "common/applicationidentity.h"
#include "common/translations.h"
#include "common/version.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

QList<CliCommand> allCommands()
{
    return {demoCommand(),        infoCommand(),       importCommand(),   importsCommand(),
            sessionsCommand(),    reclassifyCommand(), classifyCommand(), tagCommand(),
            untagCommand(),       historyCommand(),    exportCommand(),   lostReasonsCommand(),
            identitiesCommand(),  linkCommand(),       unlinkCommand(),   keepApartCommand(),
            attributionCommand(), dealsCommand(),      leadsCommand(),    channelsCommand(),
            settingsCommand(),    pathsCommand(),      funnelCommand(),   timeToConvertCommand(),
            cohortsCommand(),     trendCommand(),      journeyCommand(),  campaignsCommand(),
            headlinesCommand(),   drillDownCommand(),  reportCommand(),   upgradeCommand(),
            checkCommand(),       snapshotsCommand(),  restoreCommand(),  recoverCommand(),
            teamCommand(),        propertiesCommand(), scoreCommand(),    consentCommand()};
}

static void addGlobalOptions(QCommandLineParser& parser)
{
    parser.addOption({u"workspace"_s,
                      CliApplication::tr("The workspace file (default: the one the desktop app "
                                         "opened last, or %1).")
                          .arg(defaultWorkspacePath()),
                      u"PATH"_s});
    parser.addOption({u"format"_s,
                      CliApplication::tr("Output format: table, json, csv, or xlsx (with "
                                         "--output)."),
                      u"table|json|csv|xlsx"_s, u"table"_s});
    parser.addOption({u"output"_s,
                      CliApplication::tr("Write the output to this file instead of the "
                                         "terminal."),
                      u"FILE"_s});
    parser.addOption({u"lang"_s,
                      CliApplication::tr("The language of messages and of the PDF report, and "
                                         "the locale of its numbers and dates: en, %1 (default: "
                                         "the system's).")
                          .arg(availableLanguages().join(u", "_s)),
                      u"CODE"_s});
    parser.addOption({u"allow-damaged"_s,
                      CliApplication::tr("Read a workspace that failed its integrity check anyway "
                                         "(its figures may be wrong).")});
    parser.addOption(
        {u"no-sync"_s, CliApplication::tr("In a team replica, keep this command's changes here "
                                          "until the next team sync instead of sending them at "
                                          "once.")});
    parser.addOption({{u"h"_s, u"help"_s}, CliApplication::tr("Show this help.")});
    parser.addOption({{u"v"_s, u"version"_s}, CliApplication::tr("Show the version.")});
}

static QString helpText(const QCommandLineParser& parser, const CliCommand* command)
{
    QString text = parser.helpText();
    if (command) {
        text.replace(u"[options]"_s, u"[options] "_s + command->synopsis);
        return text;
    }
    text += u'\n' + CliApplication::tr("Commands:") + u'\n';
    for (const CliCommand& c : allCommands())
        text += u"  "_s + c.synopsis.leftJustified(40) + u' ' + c.summary + u'\n';
    text += u'\n' +
            CliApplication::tr("Exit codes: 0 success, 1 usage error, 2 bad input, 3 workspace "
                               "error.") +
            u'\n';
    return text;
}

int CliApplication::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("LeadLoop %1: closed-loop marketing analytics on the "
                                        "command line.")
                                         .arg(QString::fromLatin1(versionString())));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addGlobalOptions(parser);
    parser.addPositionalArgument(u"command"_s, tr("The command to run (see below)."), u"COMMAND"_s);
    (void)parser.parse(arguments); // first pass: find the command; errors are reported below
    // The language first, so that everything after it (help and errors too) speaks it.
    const QString lang = parser.value(u"lang"_s);
    const bool knownLang = lang.isEmpty() || lang == u"en" || availableLanguages().contains(lang);
    if (!lang.isEmpty() && knownLang) {
        QLocale::setDefault(QLocale(lang));
        installTranslations(*QCoreApplication::instance(), QLocale(lang));
    }

    const QString name = parser.positionalArguments().value(0);
    const QList<CliCommand> commands = allCommands();
    const CliCommand* command = nullptr;
    for (const CliCommand& c : commands)
        if (c.name == name)
            command = &c;

    if (command) {
        parser.clearPositionalArguments();
        parser.addPositionalArgument(command->name, command->summary, command->name);
        command->addOptions(parser);
    }
    const bool parsed = parser.parse(arguments);
    const QStringList positional = parser.positionalArguments();
    QTextStream out(stdout);
    if (parser.isSet(u"version"_s)) {
        out << u"leadloop-cli "_s << QString::fromLatin1(versionString()) << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(u"help"_s)) {
        out << helpText(parser, command) << Qt::flush;
        return ExitOk;
    }

    CliContext context(parser, TableFormat::Table, QString());
    if (!parsed)
        return context.usage(parser.errorText());
    if (!knownLang)
        return context.usage(tr("--lang takes en or one of %1, not '%2'.")
                                 .arg(availableLanguages().join(u", "_s), lang));
    if (name.isEmpty())
        return context.usage(tr("No command given."));
    if (!command)
        return context.usage(tr("Unknown command '%1'.").arg(name));
    if (positional.size() > 1 + command->arguments && command->name != u"import")
        return context.usage(
            tr("Unexpected argument '%1'.").arg(positional[1 + command->arguments]));
    const bool xlsx = parser.value(u"format"_s) == u"xlsx";
    const auto format =
        xlsx ? std::optional(TableFormat::Csv) : parseTableFormat(parser.value(u"format"_s));
    if (!format)
        return context.usage(tr("--format must be table, json, csv or xlsx, not '%1'.")
                                 .arg(parser.value(u"format"_s)));
    if (xlsx && !parser.isSet(u"output"_s))
        return context.usage(tr("--format xlsx needs --output FILE.xlsx."));
    const QString workspace =
        parser.isSet(u"workspace"_s) ? parser.value(u"workspace"_s) : defaultWorkspacePath();
    CliContext commandContext(parser, *format, workspace);
    commandContext.setOutput(parser.value(u"output"_s), xlsx);
    const int code = command->run(commandContext);
    if (code != ExitOk)
        return code;
    commandContext.rememberWrites();
    return command->name == u"team" ? code : syncAfterWrite(commandContext);
}

} // namespace leadloop::cli
