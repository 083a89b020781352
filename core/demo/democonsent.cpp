#include "democonsent.h"

#include "sales/adconsent.h"
#include "store/database.h"
#include "store/statement.h"

namespace leadloop::demo {

namespace {

/// FNV-1a of the text: the same on every machine and run.
quint32 stableHash(const QByteArray& text)
{
    quint32 hash = 2166136261u;
    for (const char c : text) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

Status DemoConsent::write(Database& db, qint64 batchId)
{
    using Signal = AdConsent::Signal;
    using State = AdConsent::State;
    Statement people(db.handle(), "SELECT id, email, created_at FROM contacts WHERE email IS "
                                  "NOT NULL ORDER BY id");
    while (people.next()) {
        const qint64 contact = people.int64(0);
        const qint64 at = people.int64(2);
        const quint32 bucket = stableHash(people.text(1).toUtf8()) % 100;
        if (bucket >= 90)
            continue; // said nothing
        const State userData = bucket < 85 ? State::Granted : State::Denied;
        const State personalization = bucket < 80 ? State::Granted : State::Denied;
        for (const auto& [signal, state] : {std::pair{Signal::AdUserData, userData},
                                            std::pair{Signal::AdPersonalization, personalization}})
            if (Status done = AdConsent::record(db, contact, 0, signal, state,
                                                QStringLiteral("crm"), at, batchId);
                !done)
                return done;
    }
    return people.status();
}

} // namespace leadloop::demo
