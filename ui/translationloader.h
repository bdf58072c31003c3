#pragma once

#include <QString>
#include <QStringList>

class QApplication;
class QLocale;

namespace Hookbench::Ui {

// The QSettings key of the user's language: one of availableLanguages(), or empty (the default) to follow the
// system locale. installTranslations() reads it once at startup, so a change applies on the next start.
QString languageSettingKey();

// The languages the interface can be shown in, as locale names ("de", "en", "es", "fr", "zh_CN"), sorted: English
// (the source language) and one per embedded translation, so adding a .ts file adds its language.
QStringList availableLanguages();

// Installs Hookbench's translation and Qt's own (standard buttons and dialogs) for the language in the settings, or
// else for the system locale's preferred languages. Call once, after the organisation and application names are set
// and before any window is created. Calling it again replaces the translators it installed before.
void installTranslations(QApplication &app);
// The same with the system locale given (tests pin a locale the environment does not have).
void installTranslations(QApplication &app, const QLocale &systemLocale);

} // namespace Hookbench::Ui
