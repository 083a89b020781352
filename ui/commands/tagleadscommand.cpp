#include "tagleadscommand.h"

using namespace Qt::StringLiterals;

namespace leadloop {

TagLeadsCommand::TagLeadsCommand(Database& db, QList<LeadIds> leads, TagRequest request,
                                 QString what, Changed changed)
    : m_db(db)
    , m_leads(std::move(leads))
    , m_request(std::move(request))
    , m_changed(std::move(changed))
{
    setText(what);
}

QString TagLeadsCommand::describe(int count, const QString& name, const QString& outcome)
{
    const QString as = outcome == u"won" ? tr("won") : outcome == u"lost" ? tr("lost") : tr("open");
    if (count == 1)
        return tr("Tag %1 as %2").arg(name, as);
    return tr("Tag %n leads as %1", nullptr, count).arg(as);
}

QList<qint64> TagLeadsCommand::contacts() const
{
    QList<qint64> out;
    for (const LeadIds& lead : m_leads)
        out.append(lead.contactId);
    return out;
}

void TagLeadsCommand::redo()
{
    auto tagged = OutcomeTagger::tagMany(m_db, m_leads, m_request);
    if (!tagged) {
        setObsolete(true); // nothing was tagged: the stack drops this step
        m_changed({}, tagged.error().message);
        return;
    }
    // Redo after undo tags the same deals, including any the first tag opened.
    for (qsizetype i = 0; i < m_leads.size(); ++i)
        m_leads[i].dealId = tagged->at(i).dealId;
    m_changed(contacts(), {});
}

void TagLeadsCommand::undo()
{
    QList<qint64> deals;
    for (const LeadIds& lead : m_leads)
        if (lead.dealId)
            deals.append(*lead.dealId);
    auto undone = OutcomeTagger::undoMany(m_db, deals, m_request.byUser, {});
    m_changed(contacts(), undone ? QString() : undone.error().message);
}

} // namespace leadloop
