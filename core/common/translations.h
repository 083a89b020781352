#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace leadloop {

/// Installs Qt's own and LeadLoop's translators for `locale` on the application, replacing any
/// installed before. Returns false when LeadLoop has no translation for that language (English
/// then shows, which is the source language, not an error).
bool installTranslations(QCoreApplication& app, const QLocale& locale);

/// The languages LeadLoop ships besides English, as locale names ("pl", "nl", "sv", "ru").
QStringList availableLanguages();

} // namespace leadloop
