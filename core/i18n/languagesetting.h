#pragma once

#include <QString>
#include <QStringList>

namespace bulkhead::i18n {

// The languages Bulkhead ships translations for, as BCP 47 codes: "en" (the source language), "de", "fr".
QStringList shippedLanguages();

// The language chosen in the settings (QSettings "general/language", shared by bulkhead and bulkheadctl):
// empty means "follow the system locale". core owns the key so that the CLI reads the same choice.
QString languageSetting();
void setLanguageSetting(const QString &language); // "" or one of shippedLanguages()

// The language to use: `chosen` when it is one of shippedLanguages(); otherwise the first of the system
// locale's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG as Qt reads them) that is shipped; "en" when
// none is.
QString effectiveLanguage(const QString &chosen);

} // namespace bulkhead::i18n
