#include "clicommand.h"
#include "clicontext.h"
#include "store/snapshotsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace leadloop::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommands)
};

/// A snapshot's id on the command line: its file name without the extension.
QString idOf(const Snapshot& s)
{
    return QFileInfo(s.path).completeBaseName();
}

/// Changes the user's snapshot settings from the options given; an empty message on success.
QString applySettings(const QCommandLineParser& p, const SnapshotSettings& settings)
{
    SnapshotPolicy policy = settings.policy();
    if (p.isSet(u"keep"_s)) {
        bool ok = false;
        policy.keep = p.value(u"keep"_s).toInt(&ok);
        if (!ok || policy.keep < 1)
            return Tr::tr("--keep takes a number of snapshots, 1 or more.");
    }
    if (p.isSet(u"max-size"_s)) {
        bool ok = false;
        const qint64 megabytes = p.value(u"max-size"_s).toLongLong(&ok);
        if (!ok || megabytes < 1)
            return Tr::tr("--max-size takes megabytes, 1 or more.");
        policy.maxBytes = megabytes * 1024 * 1024;
    }
    if (p.isSet(u"folder"_s))
        policy.folder = p.value(u"folder"_s) == u"beside"
                            ? QString()
                            : QFileInfo(p.value(u"folder"_s)).absoluteFilePath();
    if (p.isSet(u"off"_s))
        policy.enabled = false;
    if (p.isSet(u"on"_s))
        policy.enabled = true;
    settings.set(policy);
    return {};
}

int runSnapshots(CliContext& context)
{
    const SnapshotSettings settings;
    if (const QString wrong = applySettings(context.parser(), settings); !wrong.isEmpty())
        return context.usage(wrong);
    const Snapshots snapshots(context.workspacePath(), settings.policy());
    auto list = snapshots.list();
    if (!list)
        return context.fail(list.error());
    ResultTable table;
    table.addColumn(u"id"_s, Tr::tr("Snapshot"), ValueKind::Text);
    table.addColumn(u"taken_at"_s, Tr::tr("Taken (UTC)"), ValueKind::Text);
    table.addColumn(u"before"_s, Tr::tr("Taken before"), ValueKind::Text);
    table.addColumn(u"megabytes"_s, Tr::tr("Size (MB)"), ValueKind::Decimal, 1);
    table.addColumn(u"schema_version"_s, Tr::tr("Schema"), ValueKind::Text);
    for (const Snapshot& s : *list)
        table.addRow({idOf(s), s.takenAt.toString(Qt::ISODate), s.before,
                      double(s.bytes) / (1024 * 1024), s.schemaVersion});
    const SnapshotPolicy policy = snapshots.policy();
    table.meta = {{u"folder"_s, snapshots.folder()},
                  {u"enabled"_s, policy.enabled},
                  {u"keep"_s, policy.keep},
                  {u"max_megabytes"_s, qint64(policy.maxBytes / (1024 * 1024))}};
    return context.print(table);
}

int runRestore(CliContext& context)
{
    const QString wanted = context.parser().positionalArguments().value(1);
    if (wanted.isEmpty())
        return context.usage(Tr::tr("Name the snapshot to restore (see leadloop-cli snapshots), "
                                    "or 'latest'."));
    const Snapshots snapshots(context.workspacePath(), SnapshotSettings().policy());
    auto list = snapshots.list();
    if (!list)
        return context.fail(list.error());
    const Snapshot* chosen = nullptr;
    for (const Snapshot& s : *list)
        if (idOf(s) == wanted || (wanted == u"latest" && !chosen))
            chosen = &s;
    if (!chosen)
        return context.fail(Error{ErrorCode::NotFound,
                                  Tr::tr("There is no snapshot '%1' of %2 (in %3).")
                                      .arg(wanted, QDir::toNativeSeparators(context.workspacePath()),
                                           QDir::toNativeSeparators(snapshots.folder()))});
    if (Status restored = snapshots.restore(*chosen); !restored)
        return context.fail(restored.error());
    ResultTable table;
    table.addColumn(u"restored"_s, Tr::tr("Restored"), ValueKind::Text);
    table.addColumn(u"taken_at"_s, Tr::tr("Taken (UTC)"), ValueKind::Text);
    table.addColumn(u"before"_s, Tr::tr("Taken before"), ValueKind::Text);
    table.addRow({idOf(*chosen), chosen->takenAt.toString(Qt::ISODate), chosen->before});
    table.meta = {{u"workspace"_s, QFileInfo(context.workspacePath()).absoluteFilePath()}};
    return context.print(table);
}

} // namespace

CliCommand snapshotsCommand()
{
    return {u"snapshots"_s,
            Tr::tr("List the workspace's snapshots; --keep, --max-size, --folder, --on and --off "
                   "change how they are kept."),
            u"snapshots [--keep N] [--max-size MB] [--folder DIR|beside] [--on|--off]"_s,
            [](QCommandLineParser& p) {
                p.addOption({u"keep"_s, Tr::tr("Keep the newest N snapshots (default 5)."),
                             u"N"_s});
                p.addOption({u"max-size"_s,
                             Tr::tr("Keep no more than this many megabytes of snapshots in all "
                                    "(default 2048)."),
                             u"MB"_s});
                p.addOption({u"folder"_s,
                             Tr::tr("Keep snapshots in this folder ('beside': next to each "
                                    "workspace)."),
                             u"DIR"_s});
                p.addOption({u"on"_s, Tr::tr("Keep snapshots before changes (the default).")});
                p.addOption({u"off"_s, Tr::tr("Keep no snapshots.")});
            },
            runSnapshots};
}

CliCommand restoreCommand()
{
    return {u"restore"_s,
            Tr::tr("Put a snapshot back in place of the workspace (the state it replaces is kept "
                   "as a snapshot too)."),
            u"restore SNAPSHOT|latest"_s, [](QCommandLineParser&) {}, runRestore, 1};
}

} // namespace leadloop::cli
