#pragma once

#include "common/result.h"

#include <optional>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace leadloop {

class Database;

/// Each person's consent to ad measurement (docs/ad-platforms.md, "Consent"): Google's two
/// signals, from imported CRM and tracking columns or set by hand; the rule that combines them is
/// the view contact_consent's.
class AdConsent final
{
    Q_DECLARE_TR_FUNCTIONS(AdConsent)
public:
    enum class Signal
    {
        AdUserData,
        AdPersonalization
    };
    enum class State
    {
        Unknown,
        Granted,
        Denied
    };

    /// A person's state of both signals.
    struct Status
    {
        State adUserData = State::Unknown;
        State adPersonalization = State::Unknown;
    };

    /// granted/denied/unknown, and the yes/no words ContactProperties reads (yes, true, 1, tak,
    /// ja, …: granted; no, false, 0, nie, nej, …: denied); nothing for other text. Empty text is
    /// unknown.
    static std::optional<State> parse(const QString& text);
    static QString name(State state);   ///< granted, denied, unknown
    static QString name(Signal signal); ///< ad_user_data, ad_personalization
    /// The state in the user's language.
    static QString label(State state);

    static Result<Status> of(Database& db, qint64 contact);
    /// Records what an import said for a contact (`visitor` 0) or a visitor (`contact` 0).
    static leadloop::Status record(Database& db, qint64 contact, qint64 visitor, Signal signal,
                                   State state, const QString& source, qint64 at, qint64 batch);
    /// Sets a person's state by hand (Unknown clears the choice made by hand). In a team the
    /// choice is recorded for the others (kind consent; docs/team.md) and refused, with nothing
    /// written, when the member's role may not make it.
    static leadloop::Status set(Database& db, qint64 contact, Signal signal, State state,
                                const QString& user, qint64 at);
    /// Sets several signals by hand in one transaction: all or none.
    static leadloop::Status setMany(Database& db, qint64 contact,
                                    const std::vector<std::pair<Signal, State>>& choices,
                                    const QString& user, qint64 at);
    /// The latest choice made by hand for the signal; Unknown when there is none (or it was
    /// cleared).
    static Result<State> manual(Database& db, qint64 contact, Signal signal);
    /// The signal named ad_user_data or ad_personalization.
    static std::optional<Signal> parseSignal(const QString& name);
};

} // namespace leadloop
