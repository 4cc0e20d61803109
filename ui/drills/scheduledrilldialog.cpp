#include "drills/scheduledrilldialog.h"

#include "drills/drillstext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace bulkhead::ui {

ScheduleDrillDialog::ScheduleDrillDialog(const std::vector<DrillTemplate> &templates,
                                         const std::vector<std::string> &takenNames, QWidget *parent)
    : QDialog(parent), m_templates(templates), m_taken(takenNames)
{
    setWindowTitle(tr("Schedule drill"));
    setWindowModality(Qt::WindowModal);
    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("scheduleTemplate"));
    for (const DrillTemplate &t : m_templates) {
        const QString title = QString::fromStdString(t.title);
        m_template->addItem(t.builtin ? title : tr("%1 (yours)").arg(title), QVariant::fromValue<qint64>(t.id));
    }
    m_scenario = new QLabel(this);
    m_scenario->setWordWrap(true);
    m_scenario->setTextFormat(Qt::PlainText);
    m_scenario->setForegroundRole(QPalette::PlaceholderText);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("scheduleName"));
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("scheduleOwner"));
    m_owner->setPlaceholderText(tr("Who makes sure it is held"));
    m_cadence = new QSpinBox(this);
    m_cadence->setObjectName(QStringLiteral("scheduleCadence"));
    m_cadence->setRange(0, 3650);
    m_cadence->setSuffix(tr(" days"));
    m_cadence->setSpecialValueText(tr("On demand"));
    m_cadence->setToolTip(tr("How often the drill is held; 0 = on demand (post-incident reviews)"));
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(QString(), m_scenario);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Cadence:"), m_cadence);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleDrillDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(m_template, &QComboBox::currentIndexChanged, this, &ScheduleDrillDialog::onTemplateChanged);
    onTemplateChanged();
}

void ScheduleDrillDialog::setTemplate(std::int64_t templateId)
{
    const int index = m_template->findData(QVariant::fromValue<qint64>(templateId));
    if (index >= 0)
        m_template->setCurrentIndex(index);
}

void ScheduleDrillDialog::onTemplateChanged()
{
    const int i = m_template->currentIndex();
    if (i < 0 || i >= static_cast<int>(m_templates.size()))
        return;
    const DrillTemplate &t = m_templates[static_cast<std::size_t>(i)];
    m_scenario->setText(QStringLiteral("%1 · %2\n%3")
                            .arg(drillstext::kindTitle(t.kind), drillstext::cadenceText(t.cadenceDays),
                                 QString::fromStdString(t.scenario)));
    m_cadence->setValue(t.cadenceDays);
    if (m_name->text().trimmed().isEmpty() || m_name->text() == m_suggestedName) {
        m_suggestedName = QString::fromStdString(t.title);
        m_name->setText(m_suggestedName);
    }
}

Drill ScheduleDrillDialog::drill() const
{
    Drill d;
    const int i = m_template->currentIndex();
    if (i >= 0 && i < static_cast<int>(m_templates.size()))
        d.templateId = m_templates[static_cast<std::size_t>(i)].id;
    d.name = m_name->text().trimmed().toStdString();
    d.owner = m_owner->text().trimmed().toStdString();
    d.cadenceDays = m_cadence->value();
    return d;
}

void ScheduleDrillDialog::accept()
{
    const Drill d = drill();
    QString problem;
    if (d.templateId == 0)
        problem = tr("Choose a template.");
    else if (d.name.empty())
        problem = tr("The drill needs a name.");
    else if (std::find(m_taken.begin(), m_taken.end(), d.name) != m_taken.end())
        problem = tr("A drill named \"%1\" is already scheduled: choose another name.").arg(QString::fromStdString(d.name));
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace bulkhead::ui
