#include "workspacechannels.h"

#include "store/changelog.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/workspacesettings.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

Result<QString> setting(Database& db, const char* key)
{
    auto stored = WorkspaceSettings::value(db, QString::fromLatin1(key));
    if (!stored)
        return stored.error();
    return stored->value_or(QString());
}

Status store(Database& db, const char* key, const QString& value)
{
    Statement upsert(db.handle(),
                     "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) "
                     "DO UPDATE SET value = excluded.value");
    upsert.bind(1, QString::fromLatin1(key)).bind(2, value);
    return upsert.execute();
}

} // namespace

Result<ChannelRuleSet> WorkspaceChannels::current(Database& db)
{
    auto choice = stored(db);
    if (!choice)
        return choice.error();
    if (choice->id == u"custom")
        return ChannelRuleSet::fromJson(choice->customJson.toUtf8(), QString(),
                                        tr("the workspace's custom channel rules"));
    return ChannelRuleSet::builtin(choice->id);
}

Result<WorkspaceChannels::Choice> WorkspaceChannels::stored(Database& db)
{
    auto id = setting(db, "channel_rule_set");
    if (!id)
        return id.error();
    auto custom = setting(db, "channel_rules_custom");
    if (!custom)
        return custom.error();
    return Choice{id->isEmpty() ? u"ga4"_s : *id, *custom};
}

Status WorkspaceChannels::restore(Database& db, const Choice& choice)
{
    auto before = stored(db);
    if (!before)
        return before.error();
    if (Status kept = store(db, "channel_rules_custom",
                            choice.customJson.isNull() ? u""_s : choice.customJson);
        !kept)
        return kept;
    if (Status kept = store(db, "channel_rule_set", choice.id); !kept)
        return kept;
    auto after = stored(db);
    if (!after)
        return after.error();
    if (*after == *before)
        return {};
    // In a team replica, the grouping travels to the other members (docs/team.md).
    return ChangeLog::record(db, u"channel_rules"_s,
                             {{u"id"_s, after->id},
                              {u"custom"_s, after->customJson},
                              {u"old_id"_s, before->id},
                              {u"old_custom"_s, before->customJson}});
}

Result<ReclassifyCounts> WorkspaceChannels::applyChoice(Database& db, const Choice& choice)
{
    Savepoint unit(db);
    if (!unit.isActive())
        return unit.error();
    if (Status restored = restore(db, choice); !restored)
        return restored.error();
    auto rules = current(db);
    if (!rules)
        return rules.error();
    auto counts = reclassify(db, *rules);
    if (!counts)
        return counts.error();
    if (Status released = unit.release(); !released)
        return released.error();
    return counts;
}

Status WorkspaceChannels::choose(Database& db, const QString& idOrFile)
{
    auto before = stored(db);
    if (!before)
        return before.error();
    if (ChannelRuleSet::builtinIds().contains(idOrFile))
        return restore(db, Choice{idOrFile, before->customJson});
    if (!QFileInfo::exists(idOrFile))
        return Error{ErrorCode::BadInput,
                     tr("'%1' is neither a shipped channel grouping (%2) nor a rule file.")
                         .arg(idOrFile, ChannelRuleSet::builtinIds().join(u", "_s))};
    QFile file(idOrFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::BadInput, tr("Cannot read %1.").arg(idOrFile)};
    const QByteArray json = file.readAll();
    auto rules = ChannelRuleSet::fromJson(json, QFileInfo(idOrFile).absolutePath(), idOrFile);
    if (!rules)
        return rules.error();
    return restore(db, Choice{u"custom"_s, QString::fromUtf8(json)});
}

Result<ReclassifyCounts> WorkspaceChannels::reclassify(Database& db, const ChannelRuleSet& rules)
{
    Statement sessions(
        db.handle(),
        "SELECT id, source, medium, coalesce(campaign, ''), coalesce(click_id_type, ''), "
        "coalesce(referrer_host, ''), channel, coalesce(channel_rule, '') FROM sessions");
    Statement update(db.handle(),
                     "UPDATE sessions SET channel = ?2, channel_rule = ?3 WHERE id = ?1");
    ReclassifyCounts counts;
    std::vector<std::tuple<qint64, QString, QString>> changes;
    while (sessions.next()) {
        ++counts.sessions;
        const ChannelMatch match =
            rules.classify({sessions.text(1), sessions.text(2), sessions.text(3), sessions.text(4),
                            sessions.text(5)});
        if (match.channel != sessions.text(6) || match.rule != sessions.text(7))
            changes.emplace_back(sessions.int64(0), match.channel, match.rule);
    }
    if (Status read = sessions.status(); !read)
        return read.error();
    if (!sessions.errorString().isEmpty())
        return Error{ErrorCode::Database, sessions.errorString()};
    for (const auto& [id, channel, rule] : changes) {
        update.bind(1, id).bind(2, channel).bind(3, rule);
        if (Status done = update.execute(); !done)
            return done.error();
        ++counts.changed;
    }
    return counts;
}

} // namespace leadloop
