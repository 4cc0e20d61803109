#include "settings/languagepage.h"

#include "i18n/languagesetting.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace bulkhead::ui {

LanguagePage::LanguagePage(QWidget *parent) : QWidget(parent)
{
    auto *group = new QGroupBox(tr("User interface language"), this);
    auto *form = new QFormLayout(group);

    m_combo = new QComboBox(group);
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    // The item data is what is saved: "" follows the system locale.
    const QString detected = i18n::effectiveLanguage(QString());
    m_combo->addItem(tr("System default (%1)").arg(nativeName(detected)), QString());
    for (const QString &language : i18n::shippedLanguages())
        m_combo->addItem(nativeName(language), language);
    form->addRow(tr("&Language:"), m_combo);

    m_note = new QLabel(group);
    m_note->setObjectName(QStringLiteral("languageRestartNote"));
    m_note->setWordWrap(true);
    form->addRow(m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addStretch(1);

    m_initial = i18n::languageSetting();
    setLanguage(m_initial);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &LanguagePage::updateNote);
}

QString LanguagePage::language() const
{
    return m_combo->currentData().toString();
}

void LanguagePage::setLanguage(const QString &language)
{
    const int index = m_combo->findData(language);
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
    updateNote();
}

QString LanguagePage::nativeName(const QString &language)
{
    // Deliberately not tr(): each language is named as its speakers name it.
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Fran\u00e7ais");
    return QStringLiteral("English");
}

void LanguagePage::updateNote()
{
    const QString applies = tr("Bulkhead shows the chosen language, with its date and number formats, the next "
                               "time it starts. bulkheadctl and the PDF reports follow the same choice.");
    if (language() == m_initial) {
        m_note->setTextFormat(Qt::PlainText);
        m_note->setText(applies);
        return;
    }
    m_note->setTextFormat(Qt::RichText);
    m_note->setText(tr("<b>Restart Bulkhead to use the new language.</b> %1").arg(applies.toHtmlEscaped()));
}

} // namespace bulkhead::ui
