#pragma once

#include "common/result.h"

#include <optional>
#include <QStringList>

namespace leadloop {

class Database;

/// The rules that turn CRM stages and flags into outcomes, and a deal's events into its current
/// outcome (docs/outcomes.md, docs/crm.md).
class DealOutcomes final
{
public:
    /// Makes the deal's outcome, closing time and lost reason those of its event that took effect
    /// last. The deal's amount stays the pipeline's; a won event carries the amount won.
    static Status applyLatest(Database& db, qint64 dealId);
    /// won, lost or open for a stage name: the given lists when either is set (other stages are
    /// open), else Won / Closed Won / closedwon and Lost / Closed Lost / closedlost in any case,
    /// spacing or dashes. Empty for an empty stage.
    static QString fromStage(const QString& stage, const QStringList& wonStages,
                             const QStringList& lostStages);
    /// true/false, 1/0, yes/no; nothing for other text.
    static std::optional<bool> flag(const QString& text);
};

} // namespace leadloop
