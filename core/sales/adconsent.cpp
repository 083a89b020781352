#include "adconsent.h"

#include "contactproperties.h"
#include "store/changelog.h"
#include "store/database.h"
#include "store/statement.h"

using namespace Qt::StringLiterals;

namespace leadloop {

std::optional<AdConsent::State> AdConsent::parse(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"unknown"_s)
        return State::Unknown;
    if (t == u"granted"_s)
        return State::Granted;
    if (t == u"denied"_s)
        return State::Denied;
    if (const std::optional<bool> yes = ContactProperties::yesNo(t))
        return *yes ? State::Granted : State::Denied;
    return std::nullopt;
}

QString AdConsent::name(State state)
{
    switch (state) {
    case State::Granted:
        return u"granted"_s;
    case State::Denied:
        return u"denied"_s;
    case State::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString AdConsent::name(Signal signal)
{
    return signal == Signal::AdUserData ? u"ad_user_data"_s : u"ad_personalization"_s;
}

QString AdConsent::label(State state)
{
    switch (state) {
    case State::Granted:
        return tr("granted");
    case State::Denied:
        return tr("denied");
    case State::Unknown:
        break;
    }
    return tr("unknown");
}

Result<AdConsent::Status> AdConsent::of(Database& db, qint64 contact)
{
    Statement query(db.handle(), "SELECT signal, state FROM contact_consent WHERE contact_id = ?1");
    query.bind(1, contact);
    Status out;
    while (query.next()) {
        const State state = parse(query.text(1)).value_or(State::Unknown);
        if (query.text(0) == name(Signal::AdUserData))
            out.adUserData = state;
        else
            out.adPersonalization = state;
    }
    if (leadloop::Status read = query.status(); !read)
        return read.error();
    return out;
}

leadloop::Status AdConsent::record(Database& db, qint64 contact, qint64 visitor, Signal signal,
                                   State state, const QString& source, qint64 at, qint64 batch)
{
    Statement insert(db.handle(),
                     "INSERT INTO consent_events (contact_id, visitor_id, signal, state, source, "
                     "at, batch_id) VALUES (nullif(?1, 0), nullif(?2, 0), ?3, ?4, ?5, ?6, "
                     "nullif(?7, 0))");
    insert.bind(1, contact).bind(2, visitor).bind(3, name(signal)).bind(4, name(state));
    insert.bind(5, source).bind(6, at).bind(7, batch);
    return insert.execute();
}

std::optional<AdConsent::Signal> AdConsent::parseSignal(const QString& name)
{
    if (name == AdConsent::name(Signal::AdUserData))
        return Signal::AdUserData;
    if (name == AdConsent::name(Signal::AdPersonalization))
        return Signal::AdPersonalization;
    return std::nullopt;
}

Result<AdConsent::State> AdConsent::manual(Database& db, qint64 contact, Signal signal)
{
    Statement query(db.handle(), "SELECT state FROM consent_events WHERE contact_id = ?1 AND "
                                 "signal = ?2 AND source = 'manual' ORDER BY at DESC, id DESC "
                                 "LIMIT 1");
    query.bind(1, contact).bind(2, name(signal));
    auto state = query.optionalText();
    if (!state)
        return state.error();
    return *state ? parse(**state).value_or(State::Unknown) : State::Unknown;
}

leadloop::Status AdConsent::set(Database& db, qint64 contact, Signal signal, State state,
                                const QString& user, qint64 at)
{
    // The team learns of the choice by the contact's e-mail (its id where it has none), as
    // identity decisions name contacts.
    Statement key(db.handle(), "SELECT coalesce(email, CAST(id AS TEXT)) FROM contacts WHERE "
                               "id = ?1");
    key.bind(1, contact);
    auto named = key.optionalText();
    if (!named)
        return named.error();
    if (!*named)
        return Error{ErrorCode::NotFound, tr("There is no contact %1.").arg(contact)};
    auto before = manual(db, contact, signal);
    if (!before)
        return before.error();
    if (leadloop::Status recorded = ChangeLog::record(db, u"consent"_s,
                                                      {{u"contact"_s, **named},
                                                       {u"signal"_s, name(signal)},
                                                       {u"state"_s, name(state)},
                                                       {u"old"_s, name(*before)},
                                                       {u"by"_s, user},
                                                       {u"at"_s, double(at)}});
        !recorded)
        return recorded;
    Statement insert(db.handle(),
                     "INSERT INTO consent_events (contact_id, signal, state, source, at, by_user) "
                     "VALUES (?1, ?2, ?3, 'manual', ?4, ?5)");
    insert.bind(1, contact).bind(2, name(signal)).bind(3, name(state)).bind(4, at).bind(5, user);
    return insert.execute();
}


leadloop::Status AdConsent::setMany(Database& db, qint64 contact,
                                    const std::vector<std::pair<Signal, State>>& choices,
                                    const QString& user, qint64 at)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    for (const auto& [signal, state] : choices)
        if (leadloop::Status done = set(db, contact, signal, state, user, at); !done)
            return done;
    return transaction.commit();
}

} // namespace leadloop
