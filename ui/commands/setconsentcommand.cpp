#include "setconsentcommand.h"

#include <QDateTime>

namespace leadloop {

SetConsentCommand::SetConsentCommand(Database& db, qint64 contact, const QString& name,
                                     Choices choices, Choices before, QString byUser,
                                     Changed changed)
    : m_db(db)
    , m_contact(contact)
    , m_choices(std::move(choices))
    , m_before(std::move(before))
    , m_byUser(std::move(byUser))
    , m_changed(std::move(changed))
{
    setText(tr("Set the ad consent of %1").arg(name));
}

void SetConsentCommand::put(const Choices& choices)
{
    const Status done =
        AdConsent::setMany(m_db, m_contact, choices, m_byUser, QDateTime::currentMSecsSinceEpoch());
    if (!done && &choices == &m_choices)
        setObsolete(true); // nothing was set: the stack drops this step
    m_changed(m_contact, done ? QString() : done.error().message);
}

void SetConsentCommand::redo()
{
    put(m_choices);
}

void SetConsentCommand::undo()
{
    put(m_before);
}

} // namespace leadloop
