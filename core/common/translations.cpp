#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace leadloop {

QStringList availableLanguages()
{
    return {u"pl"_s, u"nl"_s, u"sv"_s, u"ru"_s};
}

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    // Owned by the application object, found again by object name when replaced.
    for (QTranslator* old : app.findChildren<QTranslator*>(u"leadloopTranslator"_s)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto* qt = new QTranslator(&app);
    qt->setObjectName(u"leadloopTranslator"_s);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    own->setObjectName(u"leadloopTranslator"_s);
    if (!own->load(locale, u"leadloop"_s, u"_"_s, u":/i18n"_s))
        return false;
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace leadloop
