#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace bulkhead::ui {

// The Settings dialog's Language tab: which language Bulkhead shows, "System default (<the
// language the system locale gives>)", English, Deutsch or Français. The language names are
// written in their own language and never translated, so that someone who cannot read the current
// language still finds theirs. It edits the choice; the dialog saves it on OK through
// bulkhead::i18n::setLanguageSetting (the setting bulkheadctl reads too). Translations are
// installed once at start (i18n::installConfiguredTranslations), so the page says that the change
// applies from the next start: re-translating every open view in place is not supported, and
// restarting the program for the user could interrupt running imports and collections.
class LanguagePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguagePage)

public:
    explicit LanguagePage(QWidget *parent = nullptr);

    // As currently chosen: "" for the system default, otherwise one of i18n::shippedLanguages().
    QString language() const;
    void setLanguage(const QString &language); // an unknown code selects the system default

    // A language's name in that language ("Deutsch"), for a code of i18n::shippedLanguages().
    static QString nativeName(const QString &language);

    // Widgets, for tests.
    QComboBox *languageCombo() const { return m_combo; }
    QLabel *restartNote() const { return m_note; }

private:
    void updateNote();

    QComboBox *m_combo = nullptr;
    QLabel *m_note = nullptr;
    QString m_initial; // the saved choice when the page was built: the note stresses a change
};

} // namespace bulkhead::ui
