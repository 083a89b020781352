#pragma once

#include "common/result.h"

#include <array>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace leadloop {

/// The fields a tracking row can carry; their names are the public --map contract.
enum class TrackingField
{
    Visitor,
    Time,
    Url,
    Referrer,
    Title,
    Event,
    EventId,
    Session,
    Channel,
    Source,
    Medium,
    Campaign,
    Term,
    Content,
    Value,
    Currency,
    Email,
    UserId,
    // The ad click ids, in AdClickIds' order (tracking/trackingrow.h).
    Gclid,
    Gbraid,
    Wbraid,
    Msclkid,
    Fbclid,
    LiFatId,
    Ttclid,
    ConsentAdUserData,
    ConsentAdPersonalization,
};
inline constexpr int TrackingFieldCount = 27;

/// Which column (0-based) feeds each field, and how it was chosen.
struct TrackingMapping
{
    std::array<int, TrackingFieldCount> columns;
    QString preset;    ///< generic or snowplow (CSV presets)
    QStringList notes; ///< one line per field: "visitor ← domain_userid (snowplow preset)"

    TrackingMapping() { columns.fill(-1); }
    int column(TrackingField field) const { return columns[size_t(field)]; }
    bool isMapped(TrackingField field) const { return column(field) >= 0; }
};

/// Resolves a mapping for a header row (docs/import.md, "Presets and mapping").
class TrackingMappings final
{
    Q_DECLARE_TR_FUNCTIONS(TrackingMappings)

public:
    static QString fieldName(TrackingField field);
    static std::optional<TrackingField> fieldFromName(const QString& name);

    /// Parses "--map visitor=cookie,time=ts" into field → column name; BadInput on unknown fields.
    static Result<QHash<TrackingField, QString>> parseMapOption(const QString& text);
    /// The same from field names to column names (a saved preset, the wizard's mapping), so a
    /// column whose name holds a comma or '=' maps too; empty columns are left out.
    static Result<QHash<TrackingField, QString>> fromNames(const QHash<QString, QString>& names);

    /// `preset` is auto, generic or snowplow. auto recognises Snowplow by its columns and
    /// otherwise guesses from common column names. `overrides` win over the preset. Fails with
    /// BadInput when a column named in --map is missing or when visitor or time stays unmapped.
    /// With `requireFields` false, a partial mapping (a guess for the import wizard) is no
    /// error.
    static Result<TrackingMapping> resolve(const QStringList& header, const QString& preset,
                                           const QHash<TrackingField, QString>& overrides,
                                           bool requireFields = true);
};

} // namespace leadloop
