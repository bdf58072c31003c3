#include "translationloader.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Hookbench::Ui {

namespace {

// qt_add_translations embeds hookbench_<language>.qm under this resource prefix.
const QLatin1String TranslationsResource(":/i18n");
const QLatin1String TranslationPrefix("hookbench_");
const QLatin1String TranslatorName("hookbench-translator");

bool installTranslator(QApplication &app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(TranslatorName);
    // Tries the locale's UI languages in order of preference ("de-AT", "de", …) and stops at the first file found.
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QString languageSettingKey()
{
    return QStringLiteral("ui/language");
}

QStringList availableLanguages()
{
    QStringList languages {QStringLiteral("en")};
    const QStringList files = QDir(TranslationsResource).entryList({TranslationPrefix + QLatin1String("*.qm")});
    for (const QString &file : files) {
        const QString language = file.mid(TranslationPrefix.size(), file.size() - TranslationPrefix.size() - 3);
        if (!languages.contains(language))
            languages.append(language);
    }
    languages.sort();
    return languages;
}

void installTranslations(QApplication &app)
{
    installTranslations(app, QLocale::system());
}

void installTranslations(QApplication &app, const QLocale &systemLocale)
{
    const QList<QTranslator *> installed = app.findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    const QString chosen = QSettings().value(languageSettingKey()).toString();
    QLocale locale = systemLocale;
    if (availableLanguages().contains(chosen)) {
        locale = QLocale(chosen);
        // Numbers and dates follow the chosen language too, as they would under that system locale.
        QLocale::setDefault(locale);
    }
    installTranslator(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English has a translation too: it holds only the plural forms ("1 delivery", "2 deliveries"). A language
    // without a translation of its own (C, POSIX, Italian…) shows the English source texts, whose plurals only
    // that translation gives, so it gets the English one; else "%n delivery(s)" would show as such.
    if (!installTranslator(app, locale, QStringLiteral("hookbench"), TranslationsResource))
        installTranslator(app, QLocale(QLocale::English), QStringLiteral("hookbench"), TranslationsResource);
}

} // namespace Hookbench::Ui
