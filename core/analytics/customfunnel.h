#pragma once

#include "analytics/funneldefinition.h"
#include "analytics/resampling.h"
#include "common/result.h"
#include "common/resulttable.h"

#include <functional>
#include <optional>
#include <QCoreApplication>

namespace leadloop {

class Database;

/// A custom funnel's report (docs/metrics.md, "Custom funnels"): per step, how many people (or
/// sessions) reached it, the conversion from the previous step and from the first, the drop-off,
/// and the median and 90th-percentile time from the previous step; optionally per group of a
/// dimension and with the rates' Wilson intervals.
class CustomFunnel final
{
    Q_DECLARE_TR_FUNCTIONS(CustomFunnel)

public:
    struct Query
    {
        FunnelDefinition definition;
        QString dimension;              ///< empty: no breakdown; a session or people dimension
        std::optional<qint64> from, to; ///< the first step's time (UTC ms), both inclusive
        bool intervals = false;         ///< Wilson intervals of the rates
        /// Bootstrap intervals of the rates instead (units resampled: RateBootstrap).
        BootstrapOptions bootstrap;
        /// Sees each person (contact id; an anonymous visitor as minus its id) or session as it
        /// is counted at a step (0-based), with its group.
        std::function<void(qint64 unit, const QString& group, int step)> observer;
        /// Sees each unit counted, with the time (UTC ms) it reached each step it reached.
        std::function<void(qint64 unit, const QString& group, const std::vector<qint64>& times)>
            progress;
    };
    static Result<ResultTable> run(Database& db, const Query& query);
    /// The one group of a funnel without a breakdown (what observers and drilling see).
    static QString allGroup();
};

} // namespace leadloop
