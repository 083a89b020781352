#pragma once

#include "common/result.h"

#include <optional>
#include <QCoreApplication>
#include <vector>

namespace leadloop {

class Database;

/// What a model learns to predict (docs/scoring.md, "Targets"): becoming a customer, winning
/// among closed deals, or a yes/no contact property.
struct ScoringTarget
{
    Q_DECLARE_TR_FUNCTIONS(ScoringTarget)
public:
    enum class Kind
    {
        Customer, ///< the contact has a won deal
        Won,      ///< among contacts with closed deals: one of them was won
        Property, ///< a yes/no property is yes
    };
    Kind kind = Kind::Customer;
    QString property; ///< for Kind::Property

    /// `customer`, `won` or `property:NAME`.
    static Result<ScoringTarget> parse(const QString& text);
    QString toString() const;
    friend bool operator==(const ScoringTarget&, const ScoringTarget&) = default;
};

/// One lead at one moment: the features describe it as it was at `cutoff`, and `label` is what
/// became of it (1 or 0), or nothing for an open lead to score.
struct LeadCase
{
    qint64 contact = 0;
    qint64 created = 0; ///< when the contact became a lead (UTC ms)
    qint64 cutoff = 0;  ///< nothing after this moment is seen (UTC ms)
    std::optional<int> label;
};

/// The leads a target learns from and the open leads it scores, each with its cut-off
/// (docs/scoring.md, "Targets and cut-offs").
struct LeadCases
{
    std::vector<LeadCase> training; ///< labelled, in contact order
    std::vector<LeadCase> open;     ///< to score, in contact order
    qint64 dataEnd = 0;             ///< the newest session, contact or deal time (UTC ms)
};

/// Reads which leads are labelled and which are open for a target.
class LeadOutcomes final
{
    Q_DECLARE_TR_FUNCTIONS(LeadOutcomes)
public:
    /// A lead without a deal that became a lead this many days before the end of the data and
    /// never got one counts as not converted for the `customer` target.
    static constexpr int QuietDays = 90;

    static Result<LeadCases> read(Database& db, const ScoringTarget& target);
    /// The newest session start, contact creation, deal creation or close; an error when the
    /// workspace holds none.
    static Result<qint64> dataEnd(Database& db);
};

} // namespace leadloop
