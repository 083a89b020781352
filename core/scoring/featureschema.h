#pragma once

#include "common/result.h"
#include "featurematrix.h"
#include "leadhistory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <vector>

namespace leadloop {

/// One column the models read (docs/scoring.md, "Features"): where its value comes from and,
/// for a category, which value it marks.
struct FeatureSpec
{
    enum class Source
    {
        Sessions,
        PageViews,
        TimeOnSite,
        PagesPerVisit,
        Channels,
        DaysToLead,
        DaysSinceVisit,
        Conversions,
        FirstChannel,
        LeadChannel,
        SourceMedium,
        Campaign,
        LandingPage,
        LeadSource,
        Page,     ///< views of one path
        YesNo,    ///< a yes/no property: 1 or 0
        Number,   ///< a number property
        Date,     ///< a date property: days from becoming a lead to it
        Category, ///< one value of a category property: 1 or 0
    };
    Source source = Source::Sessions;
    QString key;   ///< the property's name or the page's path
    QString value; ///< the category's value
    /// The feature's name in reports and for --exclude: `sessions`, `first_channel=Email`,
    /// `page:/pricing`, `property:Lead Origin=API`.
    QString name() const;
    /// The name up to any `=`: all of a category's features share it.
    QString group() const;
    friend bool operator==(const FeatureSpec&, const FeatureSpec&) = default;
};

/// The features a model was trained on, learnt from its training leads and kept with it, so the
/// leads it scores later get the same columns.
class FeatureSchema final
{
    Q_DECLARE_TR_FUNCTIONS(FeatureSchema)
public:
    struct Options
    {
        QStringList exclude;    ///< names or groups, `*` and `?` allowed, case ignored
        QString targetProperty; ///< never a feature of its own target
        int maxValues = 20;     ///< most values of a channel, campaign, page… made features
        int minLeads = 5;       ///< a value needs this many training leads to be a feature
    };
    /// The features the training leads support, in a fixed order; `excluded` receives the
    /// names --exclude removed.
    static FeatureSchema learn(const std::vector<LeadSummary>& training, const Options& options,
                               QStringList* excluded = nullptr);
    FeatureMatrix matrix(const std::vector<LeadSummary>& leads) const;
    /// One lead's value of feature `column`, as matrix() computes it (NaN when missing).
    float value(const LeadSummary& lead, int column) const;
    const std::vector<FeatureSpec>& features() const { return m_features; }
    /// True when `spec` matches one of the --exclude patterns.
    static bool matches(const FeatureSpec& spec, const QStringList& patterns);

    QJsonArray toJson() const;
    static Result<FeatureSchema> fromJson(const QJsonArray& json);

private:
    std::vector<FeatureSpec> m_features;
};

} // namespace leadloop
