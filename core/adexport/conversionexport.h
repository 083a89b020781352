#pragma once

#include "adplatform.h"
#include "common/result.h"
#include "common/resulttable.h"
#include "sales/adconsent.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <vector>

namespace leadloop {

class Database;

/// What to export: which platform, which closed-loop stage, which conversions, valued how.
struct ConversionRequest
{
    enum class Value
    {
        Default, ///< none for leads, else revenue
        Revenue, ///< what the deal is worth: won for its latest won amount, else its amount
        Amount,  ///< the deal's own amount
        Fixed    ///< fixedCents in the reporting currency
    };

    AdPlatform::Id platform = AdPlatform::Id::GoogleAds;
    AdPlatform::Stage stage = AdPlatform::Stage::Customer;
    QString name; ///< the platform's conversion name; empty: AdPlatform::defaultConversionName
    std::optional<QDate> from, to; ///< conversion days (UTC), inclusive
    Value value = Value::Default;
    qint64 fixedCents = 0;
    QString timeZone; ///< IANA id the file's times are written in; empty: the system's
    qint64 now = 0;   ///< UTC ms the windows are counted back from; 0: the current time
    bool includeUnknownConsent = false;
    QString country; ///< ISO code for phones written without one; a person's own wins

    /// Parses --value: revenue, amount or fixed:N; nothing for other text.
    static std::optional<std::pair<Value, qint64>> parseValue(const QString& text);
};

/// One conversion to send: the person, what happened when, what it was worth and how the
/// platform will recognise them.
struct AdConversion
{
    qint64 contact = 0;
    qint64 deal = 0; ///< 0 for a lead
    QString orderId; ///< the deal's CRM id (else deal-N), the contact's for a lead
    qint64 at = 0;   ///< UTC ms
    std::optional<qint64> valueCents;
    QString currency;
    QString clickKind, clickId;
    qint64 clickAt = 0; ///< the clicked session's start, UTC ms
    QString email;      ///< as stored (normalised per platform when written)
    QString phone;      ///< E.164, empty when there is none or it is not a phone number
    QString firstName, lastName, company, jobTitle, country;
    AdConsent::Status consent;
};

/// A conversion sent before whose deal is no longer won: to be retracted.
struct AdRetraction
{
    qint64 contact = 0;
    qint64 deal = 0;
    QString orderId;
    QString clickKind, clickId;
    qint64 conversionAt = 0; ///< as sent
    qint64 at = 0;           ///< when the deal stopped being won, UTC ms
    std::optional<qint64> valueCents;
    QString currency;
};

/// What an export would send and what it leaves out, and why.
struct ConversionPlan
{
    ConversionRequest request; ///< with name, time zone and now filled in
    std::vector<AdConversion> conversions;
    std::vector<AdRetraction> retractions;
    int noConsent = 0;       ///< ad_user_data denied, or unknown when not asked for
    int alreadyExported = 0; ///< sent before under the same platform, name and stage
    int noClickId = 0;       ///< no click id of the platform (or, where it matches people, no
                             ///< e-mail, phone or click id)
    int tooOld = 0;          ///< the click or the conversion older than the platform's window

    int leftOut() const { return noConsent + alreadyExported + noClickId + tooOld; }
};

/// Offline conversions for the ad platforms from the closed loop (docs/ad-platforms.md,
/// "Exports"): which people reached a stage after clicking an ad, with their consent, and what
/// was sent before.
class ConversionExport final
{
    Q_DECLARE_TR_FUNCTIONS(ConversionExport)
public:
    static Result<ConversionPlan> plan(Database& db, ConversionRequest request);
    /// Records what the files sent (in one transaction): later exports leave these out.
    static Status remember(Database& db, const ConversionPlan& plan, const QString& file,
                           const QString& retractionFile, const QString& user);
    /// The plan's conversions as a table to preview (person, time, value, click id, consent).
    static ResultTable preview(const ConversionPlan& plan);
    /// What the plan leaves out, a row per reason (key, reason, people).
    static ResultTable leftOutTable(const ConversionPlan& plan);
    /// Every export remembered, newest first.
    static Result<ResultTable> history(Database& db);
};

} // namespace leadloop
