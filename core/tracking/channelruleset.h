#pragma once

#include "common/result.h"

#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <vector>

namespace leadloop {

/// What a session is classified by: its source, medium and campaign, and the click id type and
/// referrer host that some groupings (HubSpot's) look at.
struct ChannelInput
{
    QString source;
    QString medium;
    QString campaign;
    QString clickId;  ///< the click id parameter's name (gclid, msclkid, ...), or empty
    QString referrer; ///< the normalised referrer host, or empty
};

/// The channel a rule set chose, and which rule chose it ("ga4:paid_search").
struct ChannelMatch
{
    QString channel;
    QString rule;
};

/// A channel grouping loaded from a rule file (resources/channels, docs/tracking.md): an ordered
/// list of rules over source, medium and campaign where the first match wins, compared without
/// regard to case, with site lists by category. Classification results are cached per input,
/// so one instance is not meant to be shared between threads.
class ChannelRuleSet final
{
    Q_DECLARE_TR_FUNCTIONS(ChannelRuleSet)

public:
    /// Loads a rule file; its "categories" file is read from the same folder, or is the shipped
    /// Google list when it names ga4_source_categories.csv and no such file is there.
    static Result<ChannelRuleSet> load(const QString& path);
    /// Compiles rules from JSON text (`origin` names them in messages).
    static Result<ChannelRuleSet> fromJson(const QByteArray& json, const QString& folder,
                                           const QString& origin);
    /// One of the rule sets LeadLoop ships: "ga4" or "hubspot".
    static Result<ChannelRuleSet> builtin(const QString& id);
    static QStringList builtinIds();

    const QString& id() const { return m_id; }
    const QString& name() const { return m_name; }
    const QString& version() const { return m_version; }
    /// The site category ("search", "social", "shopping", "video") of a source, or empty.
    QString categoryOf(const QString& source) const;

    ChannelMatch classify(const ChannelInput& input) const;

    using Predicate = std::function<bool(const ChannelInput&)>;

private:
    struct Rule
    {
        QString id;
        QString channel;
        Predicate matches;
    };

    QString m_id;
    QString m_name;
    QString m_version;
    QString m_fallback;
    std::vector<Rule> m_rules;
    std::shared_ptr<QHash<QString, QString>> m_categories;
    mutable QHash<QString, ChannelMatch> m_cache;
};

} // namespace leadloop
