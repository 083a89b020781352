#pragma once

#include "demorandom.h"

#include <QString>
#include <QStringList>

namespace leadloop::demo {

/// A person the demo invents, with a name written as people in that market write it.
struct Person
{
    QString firstName;
    QString lastName;
    QString company;
    QString companyDomain;
    QString jobTitle;
    QString phone;
    QString locale; ///< pl, nl, sv, ru or en
    QString email;  ///< normalised: ASCII, lower case
};

/// A page of the demo company's website.
struct SitePage
{
    QString path;
    QString title;
};

/// The demo company's website host.
QString siteHost();
/// Every page of the site; index 0 is the home page.
const QList<SitePage>& sitePages();
const SitePage& pageAt(const QString& path);

/// A made-up but plausible person from one of the five markets.
Person makePerson(DemoRandom& random);
/// The sales reps who own deals, with the locales they cover.
QStringList salesOwnersFor(const QString& locale);
QStringList allSalesOwners();
QStringList products();

} // namespace leadloop::demo
