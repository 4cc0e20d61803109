#include "i18n/translationloader.h"

#include "i18n/languagesetting.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bulkhead::i18n {

namespace {

// Marks the translators installTranslations made, so that installing a language again replaces them.
const QString kTranslatorName = QStringLiteral("bulkhead-translation");

void removeInstalledTranslators()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>(
             kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTranslator *newTranslator()
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(kTranslatorName);
    return translator;
}

} // namespace

QStringList translationSearchPaths()
{
    QStringList paths;
    const QString fromEnv = qEnvironmentVariable("BULKHEAD_TRANSLATIONS_DIR");
    if (!fromEnv.isEmpty())
        paths << fromEnv;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        paths << QDir::cleanPath(appDir + QStringLiteral("/../translations"));             // build/app -> build/translations
        paths << QDir::cleanPath(appDir + QStringLiteral("/../../translations"));          // build/tests/<area> -> build/translations
        paths << QDir::cleanPath(appDir + QStringLiteral("/../share/bulkhead/translations")); // installed
    }
    return paths;
}

namespace {
QString &installedLanguageValue()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QString installedLanguage()
{
    return installedLanguageValue();
}

QString installTranslations(const QString &language)
{
    if (!QCoreApplication::instance())
        return QStringLiteral("no application object to install translations into");
    removeInstalledTranslators();
    installedLanguageValue() = QStringLiteral("en");
    // English is the source language; its files carry only the plural forms ("%n findings" -> "1 finding").
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language;
    // Keep the system locale (its country's date and number conventions) when it speaks the language; the
    // C/POSIX locale counts as English, so scripts and CI keep ISO dates and plain numbers.
    const QLocale system = QLocale::system();
    const QLocale wanted(lang);
    const bool keepSystem = system.language() == wanted.language()
                            || (lang == QLatin1String("en") && system.language() == QLocale::C);
    QLocale::setDefault(keepSystem ? system : wanted);

    const QStringList paths = translationSearchPaths();
    for (const QString &path : paths) {
        const QDir dir(path);
        const QStringList files =
            dir.entryList({QStringLiteral("bulkhead_*_%1.qm").arg(lang)}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            continue;
        for (const QString &file : files) {
            QTranslator *translator = newTranslator();
            if (translator->load(dir.filePath(file)))
                QCoreApplication::installTranslator(translator);
            else
                delete translator;
        }
        installedLanguageValue() = lang;
        if (lang == QLatin1String("en"))
            return {};
        // Qt's own strings (standard buttons, file dialogs): Debian's qt6-translations-l10n.
        QTranslator *qt = newTranslator();
        if (qt->load(wanted, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        return {};
    }
    return QStringLiteral("no translation files for \"%1\" in %2").arg(lang, paths.join(QStringLiteral(", ")));
}

QString installConfiguredTranslations()
{
    return installTranslations(effectiveLanguage(languageSetting()));
}

} // namespace bulkhead::i18n
