#include "i18n/translationloader.h"

#include "i18n/languagesetting.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bulkhead::i18n {

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

QString installTranslations(const QString &language)
{
    if (!QCoreApplication::instance())
        return QStringLiteral("no application object to install translations into");
    if (language == QLatin1String("en") || language.isEmpty()) {
        QLocale::setDefault(QLocale::system().language() == QLocale::English ? QLocale::system()
                                                                              : QLocale(QLocale::English));
        return {};
    }
    // Keep the system locale (its country's date and number conventions) when it speaks the language.
    const QLocale system = QLocale::system();
    const QLocale wanted(language);
    QLocale::setDefault(system.language() == wanted.language() ? system : wanted);

    const QStringList paths = translationSearchPaths();
    for (const QString &path : paths) {
        const QDir dir(path);
        const QStringList files =
            dir.entryList({QStringLiteral("bulkhead_*_%1.qm").arg(language)}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            continue;
        for (const QString &file : files) {
            auto *translator = new QTranslator(QCoreApplication::instance());
            if (translator->load(dir.filePath(file)))
                QCoreApplication::installTranslator(translator);
            else
                delete translator;
        }
        // Qt's own strings (standard buttons, file dialogs): Debian's qt6-translations-l10n.
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(wanted, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        return {};
    }
    return QStringLiteral("no translation files for \"%1\" in %2").arg(language, paths.join(QStringLiteral(", ")));
}

QString installConfiguredTranslations()
{
    return installTranslations(effectiveLanguage(languageSetting()));
}

} // namespace bulkhead::i18n
