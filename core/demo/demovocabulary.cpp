#include "demovocabulary.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace leadloop::demo {

namespace {

struct Name
{
    QString native;
    QString ascii; // for the e-mail address
};

struct Company
{
    QString name;
    QString domain;
};

struct Market
{
    QString locale;
    QList<Name> femaleFirst;
    QList<Name> maleFirst;
    QList<Name> femaleLast; // same length as maleLast; index pairs the forms
    QList<Name> maleLast;
    QList<Company> companies;
    QString phonePrefix;
};

QList<Name> names(std::initializer_list<const char*> list)
{
    QList<Name> out;
    for (const char* entry : list) {
        const QStringList parts = QString::fromUtf8(entry).split(u'|');
        out.append({parts.value(0), parts.value(1, parts.value(0))});
    }
    return out;
}

QList<Company> companies(std::initializer_list<const char*> list)
{
    QList<Company> out;
    for (const char* entry : list) {
        const QStringList parts = QString::fromUtf8(entry).split(u'|');
        out.append({parts.value(0), parts.value(1)});
    }
    return out;
}

const QList<Market>& markets()
{
    static const QList<Market> list = {
        {u"pl"_s,
         names({"Anna", "Katarzyna", "Małgorzata|Malgorzata", "Agnieszka", "Magdalena", "Joanna",
                "Zofia", "Ewa"}),
         names({"Piotr", "Krzysztof", "Tomasz", "Paweł|Pawel", "Michał|Michal", "Marcin",
                "Łukasz|Lukasz", "Grzegorz"}),
         names({"Nowak", "Kowalska", "Wiśniewska|Wisniewska", "Wójcik|Wojcik", "Kamińska|Kaminska",
                "Lewandowska", "Zielińska|Zielinska", "Mazur", "Krawczyk", "Dąbrowska|Dabrowska"}),
         names({"Nowak", "Kowalski", "Wiśniewski|Wisniewski", "Wójcik|Wojcik", "Kamiński|Kaminski",
                "Lewandowski", "Zieliński|Zielinski", "Mazur", "Krawczyk", "Dąbrowski|Dabrowski"}),
         companies({"Polbud Serwis Sp. z o.o.|polbud-serwis.pl",
                    "Mazurska Energia S.A.|mazurskaenergia.pl",
                    "TechnoSoft Kraków|technosoft-krakow.pl", "Gdańskie Meble|gdanskiemeble.pl",
                    "Wrocław Data Systems|wroclawdata.pl", "Zielony Koszyk|zielonykoszyk.pl",
                    "Baltic Freight Polska|balticfreight.pl",
                    "Apteki Słoneczne|aptekisloneczne.pl"}),
         u"+48 "_s},
        {u"nl"_s, names({"Sanne", "Lotte", "Emma", "Julia", "Femke", "Anouk", "Esther", "Marieke"}),
         names({"Daan", "Sem", "Lucas", "Bram", "Thijs", "Ruben", "Jeroen", "Maarten"}),
         names({"de Jong|dejong", "Jansen", "de Vries|devries", "van den Berg|vandenberg",
                "van Dijk|vandijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer|deboer"}),
         names({"de Jong|dejong", "Jansen", "de Vries|devries", "van den Berg|vandenberg",
                "van Dijk|vandijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer|deboer"}),
         companies({"Van Dijk Installatietechniek B.V.|vandijk-installatie.nl",
                    "Hollandse Zorggroep|hollandsezorggroep.nl", "Groen & Zonen|groenenzonen.nl",
                    "Rotterdam Port Services|rotterdamportservices.nl",
                    "Utrechtse Verzekeringen|utrechtseverzekeringen.nl",
                    "De Fietsfabriek|defietsfabriek.nl", "Amstel Software B.V.|amstelsoftware.nl"}),
         u"+31 "_s},
        {u"sv"_s,
         names(
             {"Maria", "Elisabeth", "Kristina", "Karin", "Ingrid", "Linnea", "Astrid", "Åsa|Asa"}),
         names({"Erik", "Lars", "Karl", "Anders", "Johan", "Oskar", "Björn|Bjorn", "Nils"}),
         names({"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Lindqvist",
                "Bergström|Bergstrom", "Lindström|Lindstrom", "Sjöberg|Sjoberg", "Åberg|Aberg"}),
         names({"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Lindqvist",
                "Bergström|Bergstrom", "Lindström|Lindstrom", "Sjöberg|Sjoberg", "Åberg|Aberg"}),
         companies({"Nordvik Bygg AB|nordvikbygg.se",
                    "Lindqvist Redovisning AB|lindqvistredovisning.se",
                    "Skåne Logistik|skanelogistik.se", "Göta Energi AB|gotaenergi.se",
                    "Fjällsport AB|fjallsport.se", "Uppsala Medtech|uppsalamedtech.se",
                    "Malmö Designstudio|malmodesign.se"}),
         u"+46 "_s},
        {u"ru"_s,
         names({"Наталья|natalya", "Ольга|olga", "Елена|elena", "Татьяна|tatyana", "Анна|anna",
                "Мария|maria", "Ирина|irina", "Светлана|svetlana"}),
         names({"Алексей|aleksey", "Дмитрий|dmitry", "Сергей|sergey", "Андрей|andrey", "Иван|ivan",
                "Михаил|mikhail", "Николай|nikolay", "Павел|pavel"}),
         names({"Иванова|ivanova", "Смирнова|smirnova", "Кузнецова|kuznetsova", "Попова|popova",
                "Соколова|sokolova", "Лебедева|lebedeva", "Морозова|morozova", "Волкова|volkova",
                "Новикова|novikova", "Фёдорова|fedorova"}),
         names({"Иванов|ivanov", "Смирнов|smirnov", "Кузнецов|kuznetsov", "Попов|popov",
                "Соколов|sokolov", "Лебедев|lebedev", "Морозов|morozov", "Волков|volkov",
                "Новиков|novikov", "Фёдоров|fedorov"}),
         companies({"ООО «СеверТорг»|severtorg.ru", "АО «ТехноСервис»|technoservice.ru",
                    "ООО «Волга Логистик»|volgalogistic.ru", "ООО «Сибирские Системы»|sibsys.ru",
                    "ГК «Альфа-Строй»|alfastroy.ru", "ООО «Невский Дом»|nevskydom.ru"}),
         u"+7 "_s},
        {u"en"_s,
         names({"Olivia", "Emma", "Sophie", "Grace", "Charlotte", "Hannah", "Lea", "Claire"}),
         names({"James", "Liam", "Noah", "Ben", "Oliver", "Thomas", "Lukas", "Daniel"}),
         names({"Smith", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Hughes", "Clarke",
                "Fischer", "Weber"}),
         names({"Smith", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Hughes", "Clarke",
                "Fischer", "Weber"}),
         companies({"Brightline Analytics Ltd|brightline-analytics.co.uk",
                    "Harbor & Finch|harborfinch.com", "Kessler Maschinenbau GmbH|kessler-mb.de",
                    "Bluepeak Outdoor|bluepeakoutdoor.com", "Acorn Dental Group|acorndental.ie",
                    "Meridian Freight|meridianfreight.com"}),
         u"+44 "_s},
    };
    return list;
}

const QStringList& jobTitles()
{
    static const QStringList list = {u"Head of Customer Service"_s,
                                     u"Customer Support Manager"_s,
                                     u"COO"_s,
                                     u"IT Manager"_s,
                                     u"Support Team Lead"_s,
                                     u"CEO"_s,
                                     u"Office Manager"_s,
                                     u"Head of Operations"_s,
                                     u"Customer Experience Director"_s,
                                     u"Service Desk Coordinator"_s};
    return list;
}

} // namespace

QString siteHost()
{
    return u"www.fjordly.com"_s;
}

const QList<SitePage>& sitePages()
{
    static const QList<SitePage> pages = {
        {u"/"_s, u"Fjordly – Customer service software for growing teams"_s},
        {u"/features"_s, u"Features – Fjordly"_s},
        {u"/features/shared-inbox"_s, u"Shared inbox – Fjordly"_s},
        {u"/features/live-chat"_s, u"Live chat – Fjordly"_s},
        {u"/features/automation"_s, u"Automation and SLAs – Fjordly"_s},
        {u"/pricing"_s, u"Pricing – Fjordly"_s},
        {u"/customers"_s, u"Customer stories – Fjordly"_s},
        {u"/integrations"_s, u"Integrations – Fjordly"_s},
        {u"/blog/reduce-first-response-time"_s,
         u"How to cut first response time in half – Fjordly blog"_s},
        {u"/blog/helpdesk-metrics"_s, u"12 helpdesk metrics that matter – Fjordly blog"_s},
        {u"/blog/customer-service-email-templates"_s,
         u"25 customer service e-mail templates – Fjordly blog"_s},
        {u"/blog/zendesk-alternatives"_s,
         u"The best Zendesk alternatives in 2026 – Fjordly blog"_s},
        {u"/pl/"_s, u"Fjordly – system helpdesk dla Twojej firmy"_s},
        {u"/nl/"_s, u"Fjordly – klantenservice software voor groeiende teams"_s},
        {u"/sv/"_s, u"Fjordly – kundtjänstsystem för växande team"_s},
        {u"/ru/"_s, u"Fjordly – система поддержки клиентов"_s},
        {u"/resources/helpdesk-buyers-guide"_s,
         u"The helpdesk buyer's guide (free PDF) – Fjordly"_s},
        {u"/webinars/automation-101"_s, u"Webinar: Automation 101 – Fjordly"_s},
        {u"/demo"_s, u"Book a demo – Fjordly"_s},
        {u"/demo/thank-you"_s, u"Thank you, we will be in touch – Fjordly"_s},
        {u"/signup"_s, u"Start your free trial – Fjordly"_s},
        {u"/app/login"_s, u"Log in – Fjordly"_s},
    };
    return pages;
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
    const Market& market = markets()[random.weighted({25, 20, 20, 15, 20})];
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
    person.jobTitle = random.pick(jobTitles());
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
    return {u"Katarzyna Nowak"_s, u"Tomasz Wójcik"_s,    u"Jeroen de Vries"_s,
            u"Emma Visser"_s,     u"Linnea Bergström"_s, u"Дмитрий Соколов"_s};
}

QStringList salesOwnersFor(const QString& locale)
{
    const QStringList all = allSalesOwners();
    if (locale == u"pl")
        return {all[0], all[1]};
    if (locale == u"nl")
        return {all[2], all[3]};
    if (locale == u"sv")
        return {all[4]};
    if (locale == u"ru")
        return {all[5]};
    return all;
}

QStringList products()
{
    return {u"Fjordly Starter"_s, u"Fjordly Team"_s, u"Fjordly Enterprise"_s};
}

} // namespace leadloop::demo
