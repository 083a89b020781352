#include "identitydecisioncommand.h"

#include "sales/identityreview.h"

namespace leadloop {

IdentityDecisionCommand::IdentityDecisionCommand(Database& db, Decision decision, QString visitor,
                                                 QString contact, QList<qint64> linkedTo,
                                                 QString byUser, Done done)
    : m_db(db)
    , m_decision(decision)
    , m_visitor(std::move(visitor))
    , m_contact(std::move(contact))
    , m_byUser(std::move(byUser))
    , m_linkedTo(std::move(linkedTo))
    , m_done(std::move(done))
{
    setText(decision == Decision::Link
                ? tr("Link visitor %1 to %2").arg(m_visitor, m_contact)
                : tr("Keep visitor %1 apart from %2").arg(m_visitor, m_contact));
}

void IdentityDecisionCommand::redo()
{
    const Status done = m_decision == Decision::Link
                            ? IdentityReview::link(m_db, m_visitor, m_contact, m_byUser, {})
                            : IdentityReview::keepApart(m_db, m_visitor, m_contact, m_byUser, {});
    if (!done)
        setObsolete(true);
    m_done(done ? QString() : done.error().message);
}

void IdentityDecisionCommand::undo()
{
    const Status done = IdentityReview::reopen(
        m_db, m_visitor, m_contact, m_decision == Decision::Link ? m_linkedTo : QList<qint64>{},
        m_byUser);
    m_done(done ? QString() : done.error().message);
}

} // namespace leadloop
