#pragma once

#include "channelruleset.h"
#include "common/result.h"

#include <QCoreApplication>

namespace leadloop {

class Database;

/// How many sessions a reclassification looked at and changed.
struct ReclassifyCounts
{
    qint64 sessions = 0;
    qint64 changed = 0;
};

/// The channel grouping a workspace uses: a shipped rule set ("ga4", "hubspot") or custom rules
/// kept inside the workspace (settings channel_rule_set and channel_rules_custom), so the file
/// carries its own definitions; and reclassifying the stored sessions when the grouping changes.
class WorkspaceChannels final
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceChannels)

public:
    /// The stored choice: the rule set's id ("ga4", "hubspot", "custom") and the custom rules.
    struct Choice
    {
        QString id;
        QString customJson;
        bool operator==(const Choice&) const = default;
    };
    static Result<Choice> stored(Database& db);
    /// Makes `choice` the workspace's grouping (an undo, a preference, a team member's change)
    /// and, in a team replica, records the change (ChangeLog). Does not reclassify; the caller
    /// owns the transaction.
    static Status restore(Database& db, const Choice& choice);
    /// restore() and reclassify() with the resulting rules, in one transaction of its own or as
    /// part of the caller's.
    static Result<ReclassifyCounts> applyChoice(Database& db, const Choice& choice);
    /// The workspace's rule set; "ga4" when none was chosen.
    static Result<ChannelRuleSet> current(Database& db);
    /// Chooses a shipped rule set by id, or custom rules from a JSON file (validated first).
    /// Does not reclassify; the caller owns the transaction.
    static Status choose(Database& db, const QString& idOrFile);
    /// Classifies every stored session again with `rules`; updates channel and channel_rule
    /// where they differ. The caller owns the transaction.
    static Result<ReclassifyCounts> reclassify(Database& db, const ChannelRuleSet& rules);
};

} // namespace leadloop
