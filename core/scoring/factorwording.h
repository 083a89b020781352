#pragma once

#include "featureschema.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace leadloop {

/// A score factor in plain words (docs/scoring.md, "Factors"): "Views of /pricing: 3",
/// "First came from Paid Search", "Do Not Email: yes".
class FactorWording final
{
    Q_DECLARE_TR_FUNCTIONS(FactorWording)
public:
    /// The words for a feature and the lead's value of it (NaN: missing).
    static QString describe(const FeatureSpec& spec, double value);
    /// A stored factor ({source, key, value, x, points}) in words, without its points.
    static QString describe(const QJsonObject& factor);
    /// Points with their sign: "+12", "−5".
    static QString points(int points);
    /// A stored factor's feature as it was saved.
    static FeatureSpec spec(const QJsonObject& factor);
};

} // namespace leadloop
