#pragma once

#include <QString>
#include <QStringList>

namespace bulkhead::i18n {

// Folders searched for bulkhead_*_<lang>.qm, in order: $BULKHEAD_TRANSLATIONS_DIR; the build tree's
// translations folder (beside app/, for running from build/); <prefix>/share/bulkhead/translations next to
// the installed binary (bin/../share/...). The first folder holding any file for the language wins.
QStringList translationSearchPaths();

// Loads every bulkhead_*_<language>.qm (one per translation domain: core, cli, report, ui_*) and Qt's own
// qtbase_<language>.qm into the running QCoreApplication, and makes QLocale's default the language's
// locale so that numbers and dates follow it (when `language` is the system's own language, the system
// locale is kept, with its country conventions; the C locale counts as English). "en" (or "") loads the
// English plural forms only (bulkhead_*_en.qm: "%n findings" -> "1 finding"). Installing again
// replaces what an earlier call installed. Needs a QCoreApplication.
// Returns an empty string on success, otherwise what is missing (the folders searched).
QString installTranslations(const QString &language);

// The language the last successful installTranslations() call installed ("de", "fr"); "en" before any and
// after English. Texts kept outside the .qm files (the built-in drill templates) follow it.
QString installedLanguage();

// installTranslations(effectiveLanguage(languageSetting())): what both executables call at start.
QString installConfiguredTranslations();

} // namespace bulkhead::i18n
