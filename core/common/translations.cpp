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
    // LeadLoop's own strings first: in a language LeadLoop does not speak, Qt's buttons stay
    // English too, rather than a German "Abbrechen" beside English text.
    auto* own = new QTranslator(&app);
    own->setObjectName(u"leadloopTranslator"_s);
    if (!own->load(locale, u"leadloop"_s, u"_"_s, u":/i18n"_s)) {
        delete own;
        return false;
    }
    const auto install = [&app](const QLocale& locale, const QString& name, const QString& folder) {
        auto* translator = new QTranslator(&app);
        translator->setObjectName(u"leadloopTranslator"_s);
        if (translator->load(locale, name, u"_"_s, folder)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
        return false;
    };
    // Qt's own strings: qtbase_<lang> from qt6-translations-l10n. Where Debian has none (Swedish),
    // its older qt_<lang> catalogue (file dialogs, print preview) and LeadLoop's own few
    // (qt_extras_<lang>: standard buttons, the wizard, context menus) stand in. Translators
    // installed later are asked first, so LeadLoop's own go in last.
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!install(locale, u"qtbase"_s, qtFolder)) {
        install(locale, u"qt"_s, qtFolder);
        install(locale, u"qt_extras"_s, u":/i18n"_s);
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace leadloop
