#include "drills/addactiondialog.h"
#include "i18n/localeformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bulkhead::ui {

AddActionDialog::AddActionDialog(const std::vector<std::string> &controls, std::int64_t now, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add action item"));
    setWindowModality(Qt::WindowModal);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("actionText"));
    m_text->setPlaceholderText(tr("What changes, e.g. \"Rotate registry robot accounts every 90 days\""));
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_hasDue = new QCheckBox(tr("Due by"), this);
    m_hasDue->setChecked(true);
    m_due = new QDateEdit(QDateTime::fromSecsSinceEpoch(now).date().addDays(30), this);
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(i18n::localDateFormat()); // as the locale writes dates; ISO under C
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_control = new QComboBox(this);
    m_control->setObjectName(QStringLiteral("actionControl"));
    m_control->setEditable(true);
    m_control->addItem(QString());
    for (const std::string &c : controls)
        m_control->addItem(QString::fromStdString(c));
    m_control->setToolTip(tr("The control the action strengthens (e.g. SEC-3); may stay empty"));
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();

    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Action:"), m_text);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Due:"), dueRow);
    form->addRow(tr("&Control:"), m_control);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

DrillAction AddActionDialog::action() const
{
    DrillAction a;
    a.text = m_text->text().trimmed().toStdString();
    a.owner = m_owner->text().trimmed().toStdString();
    a.control = m_control->currentText().trimmed().toUpper().toStdString();
    a.dueAt = m_hasDue->isChecked() ? m_due->date().startOfDay().toSecsSinceEpoch() : 0;
    return a;
}

void AddActionDialog::accept()
{
    if (m_text->text().trimmed().isEmpty()) {
        m_error->setText(tr("Say what the action is."));
        m_error->show();
        m_text->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace bulkhead::ui
