#include "i18n/languagesetting.h"

#include <QLocale>
#include <QSettings>

namespace bulkhead::i18n {

namespace {
const QString kLanguageKey = QStringLiteral("general/language");
}

QStringList shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString languageSetting()
{
    return QSettings().value(kLanguageKey).toString();
}

void setLanguageSetting(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
}

QString effectiveLanguage(const QString &chosen)
{
    const QStringList shipped = shippedLanguages();
    if (shipped.contains(chosen))
        return chosen;
    // uiLanguages() lists "de-AT", "de", ... in preference order; match on the language part.
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString language = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (shipped.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

} // namespace bulkhead::i18n
