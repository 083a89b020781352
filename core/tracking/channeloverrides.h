#pragma once

#include "common/result.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace leadloop {

/// A rule a user puts in front of a shipped channel grouping: when the field compares to the
/// value, the session's channel is `channel`.
struct OverrideRule
{
    QString channel;
    QString field = QStringLiteral("source");      ///< source, medium, campaign, referrer
    QString comparison = QStringLiteral("equals"); ///< equals, contains, regex
    QString value;
    bool operator==(const OverrideRule&) const = default;
};

/// Custom channel rules made of a shipped grouping and the user's own rules, checked first
/// (docs/tracking.md, "Your own rules"): composed into the rule JSON a workspace stores, and
/// read back from it for editing.
class ChannelOverrides final
{
    Q_DECLARE_TR_FUNCTIONS(ChannelOverrides)

public:
    static QStringList fields();
    static QStringList comparisons();
    /// The custom rules' JSON; an error names the first rule that does not compile.
    static Result<QString> compose(const QString& baseId, const QList<OverrideRule>& rules);
    /// The base grouping and the user's rules of JSON compose() wrote; nothing for other JSON.
    static std::optional<std::pair<QString, QList<OverrideRule>>> parse(const QString& json);
};

} // namespace leadloop
