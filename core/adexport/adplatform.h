#pragma once

#include <optional>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace leadloop {

/// What each ad platform accepts as offline conversions (docs/ad-platforms.md, "Exports"): its
/// name on the command line, how it recognises the person, how old a click or a conversion may
/// be, and whether it takes retractions.
class AdPlatform final
{
    Q_DECLARE_TR_FUNCTIONS(AdPlatform)
public:
    enum class Id
    {
        GoogleAds,
        GoogleAdsEnhanced,
        MicrosoftAds,
        Meta,
        LinkedIn
    };
    enum class Stage
    {
        Lead,
        Opportunity,
        Customer
    };

    static const QList<Id>& all();
    static QString name(Id id); ///< google-ads, google-ads-enhanced, microsoft-ads, meta, linkedin
    static std::optional<Id> parse(const QString& name);
    /// The platform as people name it: "Google Ads", "Google Ads (enhanced conversions for
    /// leads)", …
    static QString title(Id id);

    static QString name(Stage stage); ///< lead, opportunity, customer
    static std::optional<Stage> parseStage(const QString& name);
    static QString title(Stage stage); ///< in the user's language
    /// The conversion name used when none is given: Lead, Opportunity, Customer (Meta's
    /// standard events Lead and Purchase where there is one).
    static QString defaultConversionName(Id id, Stage stage);

    /// The click id kinds the platform's file is keyed by, best first (empty: it matches people
    /// by e-mail and phone instead).
    static QStringList clickKinds(Id id);
    /// Whether a conversion needs a click id to be sent (else an e-mail, a phone or a click).
    static bool needsClick(Id id);
    /// Days a click may be old when the file is uploaded (0: no limit of its own).
    static int clickWindowDays(Id id);
    /// Days a conversion may be old when the file is uploaded (0: no limit of its own).
    static int conversionWindowDays(Id id);
    /// Whether the platform takes a file retracting conversions sent before.
    static bool takesRetractions(Id id);
    /// The file name ending: .csv or .json.
    static QString fileSuffix(Id id);
};

} // namespace leadloop
