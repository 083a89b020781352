#pragma once

#include "scoringtarget.h"

#include <optional>
#include <QDate>
#include <vector>

namespace leadloop {

/// Which training leads the models learn from and which are kept back to judge them
/// (docs/scoring.md, "Hold-out"): at random for a seed, or by the date they became leads.
class HoldoutSplit final
{
public:
    /// Indexes into `leads`: the learning ones and the held-out ones, each in `leads`' order.
    struct Parts
    {
        std::vector<qint64> train, holdout;
    };
    /// A share `fraction` of the leads, rounded to the nearest lead, chosen by the seed alone:
    /// each lead draws a number from its contact id and the seed, the lowest draws are held out,
    /// so the same seed and leads always give the same parts.
    static Parts random(const std::vector<LeadCase>& leads, double fraction, quint64 seed);
    /// Leads that became leads on or after `date` (UTC) are held out.
    static Parts byDate(const std::vector<LeadCase>& leads, const QDate& date);
    /// SplitMix64: a well-mixed 64-bit number from any 64-bit input.
    static quint64 mix(quint64 x);
};

} // namespace leadloop
