#include "drills/startrundialog.h"

#include "drills/drillstext.h"
#include "i18n/localeformat.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bulkhead::ui {

StartRunDialog::StartRunDialog(const QString &drillName, std::int64_t now, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Start a run of %1").arg(drillName));
    setWindowModality(Qt::WindowModal);
    m_date = new QDateEdit(QDateTime::fromSecsSinceEpoch(now).date(), this);
    m_date->setObjectName(QStringLiteral("runDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(i18n::localDateFormat()); // as the locale writes dates; ISO under C
    m_participants = new QLineEdit(this);
    m_participants->setObjectName(QStringLiteral("runParticipants"));
    m_participants->setPlaceholderText(tr("alice, bob, on-call SRE"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Held on:"), m_date);
    form->addRow(tr("&Participants:"), m_participants);
    auto *note = new QLabel(tr("The run gets the template's checklist; tick items off as the team walks through "
                               "them. Every change is saved when you leave the field."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

std::int64_t StartRunDialog::heldOn() const
{
    return m_date->date().startOfDay().toSecsSinceEpoch();
}

std::vector<std::string> StartRunDialog::participants() const
{
    return drillstext::splitNames(m_participants->text());
}

} // namespace bulkhead::ui
