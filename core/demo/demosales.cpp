#include "demosales.h"

#include "store/saleswriter.h"

#include <algorithm>
#include <QSet>

using namespace Qt::StringLiterals;

namespace leadloop::demo {

namespace {
constexpr qint64 Hour = 3'600'000;
constexpr qint64 Day = 24 * Hour;
const QList<qint64> listPriceCents = {240'000, 960'000, 3'600'000};
const QStringList stages = {u"Qualification"_s, u"Demo"_s, u"Proposal"_s, u"Negotiation"_s};
} // namespace

struct DemoSales::Candidate
{
    const LeadSeed* seed = nullptr; // null for offline leads
    Person person;
    QString leadSource;
    QString owner;
    qint64 createdAt = 0;
    Behaviour behaviour;
    bool paidSocial = false;
    // Deal, when hasDeal:
    bool hasDeal = false;
    QString outcome;
    int product = 0;
    qint64 amountCents = 0;
    qint64 dealCreatedAt = 0;
    qint64 plannedCloseAt = 0;
    int stagesReached = 0;
    bool reopened = false;
};

DemoSales::DemoSales(DemoRandom& random, qint64 firstDayMs, int days, DealTargets targets)
    : m_random(random)
    , m_firstDayMs(firstDayMs)
    , m_storyEnd(firstDayMs + days * Day)
    , m_targets(targets)
{}

QList<DemoSales::Candidate> DemoSales::candidates(const QList<LeadSeed>& leads)
{
    QList<Candidate> all;
    QSet<QString> emails;
    for (const LeadSeed& seed : leads) {
        Candidate c;
        c.seed = &seed;
        c.person = seed.person;
        c.leadSource = seed.firstCampaign ? seed.firstCampaign->name : seed.firstChannel;
        c.createdAt = seed.convertedAt; // the first conversion, earlier than the CRM record
        c.behaviour = behaviourFor(seed.firstChannel, seed.firstCampaign);
        c.paidSocial = seed.firstChannel == u"Paid Social";
        emails.insert(c.person.email);
        all.append(c);
    }
    static const QStringList offlineSources = {u"Event: Nordic CX Summit"_s, u"Phone inquiry"_s,
                                               u"Partner referral"_s};
    for (int i = 0; i < m_targets.offlineLeads; ++i) {
        Candidate c;
        c.person = makePerson(m_random);
        const QString email = c.person.email;
        for (int n = 2; emails.contains(c.person.email); ++n)
            c.person.email = QString(email).replace(u'@', QString::number(n) + u'@');
        emails.insert(c.person.email);
        c.leadSource = m_random.pick(offlineSources);
        // One draw per statement: the order of operands is unspecified in C++, and compilers
        // differ, so draws within one expression would give another demo per compiler.
        const qint64 createdDay = m_random.below(int((m_storyEnd - m_firstDayMs) / Day));
        const qint64 createdHour = m_random.between(9, 16);
        c.createdAt =
            m_firstDayMs + createdDay * Day + createdHour * Hour + m_random.below(int(Hour));
        c.behaviour = offlineBehaviour();
        all.append(c);
    }
    for (Candidate& c : all)
        c.owner = m_random.pick(salesOwnersFor(c.person.locale));
    return all;
}

void DemoSales::decideDeals(QList<Candidate>& all)
{
    // The best-scoring leads become deals: a channel's dealScore plus chance.
    QList<int> order(all.size());
    QList<int> score(all.size());
    for (int i = 0; i < all.size(); ++i) {
        order[i] = i;
        score[i] = all[i].behaviour.dealScore + m_random.below(121);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return score[a] > score[b]; });
    order.resize(qMin<qsizetype>(m_targets.deals, order.size()));
    std::sort(order.begin(), order.end());

    for (int i : order) {
        Candidate& c = all[i];
        c.hasDeal = true;
        c.product = m_random.weighted({40, 45, 15});
        const qint64 amount = listPriceCents[c.product] * c.behaviour.amountPercent / 100 *
                              m_random.bell(70, 130) / 100;
        c.amountCents = (amount + 500) / 1000 * 1000; // whole tens of euros
        const qint64 dealDays = m_random.between(1, 14);
        c.dealCreatedAt =
            qMin(c.createdAt + dealDays * Day + m_random.below(int(8 * Hour)), m_storyEnd - Hour);
        c.dealCreatedAt = qMax(c.dealCreatedAt, c.createdAt + 60'000);
        const qint64 closeDays = m_random.bell(5, 45);
        c.plannedCloseAt = c.dealCreatedAt + closeDays * Day + m_random.below(int(8 * Hour));
    }
    // Deals that would close last are still open; of the rest, winScore decides.
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return all[a].plannedCloseAt > all[b].plannedCloseAt; });
    const int open = m_targets.deals - m_targets.won - m_targets.lost;
    QList<int> closed;
    for (int k = 0; k < order.size(); ++k) {
        if (k < open)
            all[order[k]].outcome = u"open"_s;
        else
            closed.append(order[k]);
    }
    std::sort(closed.begin(), closed.end());
    QList<int> winScore(all.size());
    for (int i : closed)
        winScore[i] = all[i].behaviour.winScore + m_random.below(121);
    std::stable_sort(closed.begin(), closed.end(),
                     [&](int a, int b) { return winScore[a] > winScore[b]; });
    int reopenedStories = 0;
    for (int k = 0; k < closed.size(); ++k) {
        Candidate& c = all[closed[k]];
        c.outcome = k < m_targets.won ? u"won"_s : u"lost"_s;
        const qint64 latest = m_storyEnd - m_random.between(1, 48) * Hour;
        c.plannedCloseAt = qMax(c.dealCreatedAt + Hour, qMin(c.plannedCloseAt, latest));
        c.stagesReached = c.outcome == u"won" ? 4 : m_random.between(1, 4);
        // A few won deals were written off once and came back: the audit trail shows it.
        if (c.outcome == u"won" && reopenedStories < 6 &&
            c.plannedCloseAt - c.dealCreatedAt > 15 * Day) {
            c.reopened = true;
            ++reopenedStories;
        }
    }
    for (Candidate& c : all) {
        if (c.hasDeal && c.outcome == u"open") {
            const qint64 span = c.plannedCloseAt - c.dealCreatedAt;
            const qint64 elapsed = m_storyEnd - c.dealCreatedAt;
            c.stagesReached =
                int(qBound(qint64(1), 1 + 4 * elapsed / qMax(span, qint64(1)), qint64(4)));
        }
    }
}

QString DemoSales::lostReason(const Candidate& c)
{
    static const QStringList reasons = {u"price"_s,     u"timing"_s,      u"competitor"_s,
                                        u"no budget"_s, u"no response"_s, u"not a fit"_s};
    return reasons[m_random.weighted(c.paidSocial ? QList<int>{5, 5, 5, 25, 30, 30}
                                                  : QList<int>{30, 20, 25, 10, 10, 5})];
}

Status DemoSales::writeDeal(SalesWriter& writer, const Candidate& c, qint64 contactId,
                            SalesSummary& out)
{
    const bool closed = c.outcome != u"open";
    DealRecord deal;
    deal.externalId = u"D-%1"_s.arg(20001 + out.deals);
    deal.contactId = contactId;
    deal.name = c.person.company + u" – "_s + products()[c.product];
    deal.amountCents = c.amountCents;
    deal.currency = u"EUR"_s;
    deal.outcome = c.outcome;
    deal.createdAt = c.dealCreatedAt;
    deal.owner = c.owner;
    deal.product = products()[c.product];
    deal.account = c.person.company;
    deal.campaign = c.seed && c.seed->firstCampaign ? c.seed->firstCampaign->name : QString();
    deal.stage = closed ? (c.outcome == u"won" ? u"Closed Won"_s : u"Closed Lost"_s)
                        : stages[c.stagesReached - 1];
    QString reason;
    if (c.outcome == u"lost")
        reason = deal.lostReason = lostReason(c);
    if (closed)
        deal.closedAt = c.plannedCloseAt;
    auto dealId = writer.addDeal(deal);
    if (!dealId)
        return dealId.error();
    ++out.deals;
    ++(c.outcome == u"won" ? out.won : c.outcome == u"lost" ? out.lost : out.open);

    const qint64 span = c.plannedCloseAt - c.dealCreatedAt;
    for (int s = 0; s < c.stagesReached; ++s) {
        const StageChangeRecord change{*dealId, stages[s], c.dealCreatedAt + span * s / 4,
                                       c.amountCents, u"demo"_s};
        if (auto done = writer.addStageChange(change); !done)
            return done.error();
        ++out.stageChanges;
    }
    if (!closed)
        return {};
    if (auto done = writer.addStageChange(
            {*dealId, deal.stage, c.plannedCloseAt, c.amountCents, u"demo"_s});
        !done)
        return done.error();
    ++out.stageChanges;

    QList<OutcomeEventRecord> events;
    const auto event = [&](qint64 at, const QString& from, const QString& to, const QString& why,
                           const QString& note) {
        OutcomeEventRecord e;
        e.dealId = *dealId;
        e.at = at;
        e.recordedAt = at + m_random.between(1, 120) * 60'000;
        e.byUser = c.owner;
        e.oldOutcome = from;
        e.newOutcome = to;
        if (to == u"won") {
            e.amountCents = c.amountCents;
            e.currency = u"EUR"_s;
        }
        e.reason = why;
        e.note = note;
        e.origin = u"demo"_s;
        events.append(e);
    };
    if (c.reopened) {
        event(c.plannedCloseAt - 10 * Day, u"open"_s, u"lost"_s, u"no response"_s, {});
        event(c.plannedCloseAt - 5 * Day, u"lost"_s, u"open"_s, {},
              u"Came back after the summer break."_s);
    }
    event(c.plannedCloseAt, u"open"_s, c.outcome, reason, {});
    for (const OutcomeEventRecord& e : events) {
        if (auto done = writer.addOutcomeEvent(e); !done)
            return done.error();
        ++out.outcomeEvents;
    }
    return {};
}

Result<SalesSummary> DemoSales::write(SalesWriter& writer, const QList<LeadSeed>& leads)
{
    QList<Candidate> all = candidates(leads);
    decideDeals(all);
    SalesSummary out;
    for (const Candidate& c : all) {
        ContactRecord contact;
        contact.externalId = u"C-%1"_s.arg(10001 + out.contacts);
        contact.email = c.person.email;
        contact.firstName = c.person.firstName;
        contact.lastName = c.person.lastName;
        contact.phone = c.person.phone;
        contact.company = c.person.company;
        contact.jobTitle = c.person.jobTitle;
        contact.createdAt = c.createdAt;
        contact.lifecycleStage = !c.hasDeal            ? u"lead"_s
                                 : c.outcome == u"won" ? u"customer"_s
                                                       : u"opportunity"_s;
        contact.leadSource = c.leadSource;
        contact.owner = c.owner;
        auto contactId = writer.addContact(contact);
        if (!contactId)
            return contactId.error();
        ++out.contacts;

        if (c.seed) {
            QList<qint64> visitors{c.seed->visitorId};
            QList<qint64> times{c.seed->convertedAt};
            visitors += c.seed->otherDevices;
            times += c.seed->otherDeviceSeen;
            for (int i = 0; i < visitors.size(); ++i) {
                const IdentityLinkRecord link{visitors[i],     *contactId,
                                              u"form_email"_s, times[i],
                                              u"LeadLoop"_s,   u"form e-mail "_s + c.person.email};
                if (auto done = writer.addIdentityLink(link); !done)
                    return done.error();
                ++out.identityLinks;
            }
        }
        if (c.hasDeal)
            if (Status done = writeDeal(writer, c, *contactId, out); !done)
                return done.error();
    }
    return out;
}

} // namespace leadloop::demo
