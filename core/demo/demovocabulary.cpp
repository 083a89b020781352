#include "demovocabulary.h"

#include "demoseeds.h"

namespace leadloop::demo {

QString siteHost()
{
    return seeds().siteHost;
}

const QList<SitePage>& sitePages()
{
    return seeds().sitePages;
}

const SitePage& pageAt(const QString& path)
{
    for (const SitePage& page : sitePages())
        if (page.path == path)
            return page;
    return sitePages().front();
}

Person makePerson(DemoRandom& random)
{
    const QList<Market>& markets = seeds().markets;
    QList<int> weights;
    for (const Market& m : markets)
        weights.append(m.weight);
    const Market& market = markets[random.weighted(weights)];
    const bool female = random.below(2) == 0;
    const Name& first = random.pick(female ? market.femaleFirst : market.maleFirst);
    const int lastIndex = random.below(int(market.maleLast.size()));
    const Name& last = (female ? market.femaleLast : market.maleLast)[lastIndex];
    const Company& company = random.pick(market.companies);

    Person person;
    person.locale = market.locale;
    person.firstName = first.native;
    person.lastName = last.native;
    person.company = company.name;
    person.companyDomain = company.domain;
    person.jobTitle = random.pick(seeds().jobTitles);
    // One draw per statement: the order of operands is unspecified (see DemoSales). Last group
    // first, as the demo has always drawn them.
    const int line = random.between(100, 999);
    const int block = random.between(100, 999);
    const int exchange = random.between(200, 899);
    person.phone = market.phonePrefix + QString::number(exchange) + u' ' + QString::number(block) +
                   u' ' + QString::number(line);
    QString local = first.ascii.toLower() + u'.' + last.ascii.toLower();
    local.remove(u' ');
    person.email = local + u'@' + company.domain;
    return person;
}

QStringList allSalesOwners()
{
    QStringList all;
    for (const SalesOwner& owner : seeds().owners)
        all.append(owner.name);
    return all;
}

QStringList salesOwnersFor(const QString& locale)
{
    QStringList covering;
    for (const SalesOwner& owner : seeds().owners)
        if (owner.locale == locale)
            covering.append(owner.name);
    // A market no rep covers (English) is shared by all.
    return covering.isEmpty() ? allSalesOwners() : covering;
}

QStringList products()
{
    return seeds().products;
}

} // namespace leadloop::demo
