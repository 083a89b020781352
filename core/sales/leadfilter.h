#pragma once

#include "sales/leadlist.h"

#include <optional>
#include <QString>
#include <QStringList>
#include <vector>

namespace leadloop {

/// Which leads the leads view shows, as a value: a search text and the owner, outcome, channel,
/// score tier, property and creation-date filters. Within one filter any listed value matches; all
/// filters must.
struct LeadFilter
{
    QString text;                   ///< in the name, company or e-mail, case-insensitive
    QStringList owners;             ///< exact owners
    QStringList outcomes;           ///< open, won, lost, or "none" for leads without a deal
    QStringList channels;           ///< first-touch channels
    QStringList tiers;              ///< score tiers: very_high, high, medium, low, or "none"
    std::optional<qint64> from, to; ///< lead creation, UTC ms, inclusive
    QString mine;                   ///< when set, only leads this user owns ("my leads")
    /// When set, only these contacts (ascending ids): the people behind a report's figure.
    std::optional<std::vector<qint64>> contacts;
    /// When set, only contacts with this property value (ascending ids, from
    /// ContactProperties::contactsWith for `property` = `propertyValue`).
    QString property, propertyValue;
    std::optional<std::vector<qint64>> withProperty;

    bool operator==(const LeadFilter&) const = default;
    bool isEmpty() const { return *this == LeadFilter(); }
    bool matches(const LeadRow& row) const;
};

} // namespace leadloop
