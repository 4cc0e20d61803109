#include "settings/settingsdialog.h"

#include "settings/appsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {
// The store's own upper bound (AppSettings clamps to it too): ten years.
constexpr int kMaxDays = 3650;

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Critical: return SettingsDialog::tr("&Critical:");
    case Severity::High: return SettingsDialog::tr("&High:");
    case Severity::Medium: return SettingsDialog::tr("&Medium:");
    case Severity::Low: return SettingsDialog::tr("&Low:");
    default: return {};
    }
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));

    auto *sla = new QGroupBox(tr("SLA: days to fix"), this);
    auto *form = new QFormLayout(sla);
    auto *explain = new QLabel(tr("How many days a finding may stay open, counted from when it was first seen, "
                                  "before it is overdue. 0 means no deadline."),
                               sla);
    explain->setWordWrap(true);
    form->addRow(explain);
    for (std::size_t i = 0; i < kSeverities.size(); ++i) {
        auto *spin = new QSpinBox(sla);
        spin->setRange(0, kMaxDays);
        spin->setSuffix(tr(" days"));
        spin->setSpecialValueText(tr("No deadline")); // shown for 0, the minimum
        spin->setAccelerated(true);
        form->addRow(severityLabel(kSeverities[i]), spin);
        m_spins[i] = spin;
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sla);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setSlaPolicy(AppSettings::slaPolicy());
}

SlaPolicy SettingsDialog::slaPolicy() const
{
    SlaPolicy policy = AppSettings::slaPolicy(); // keeps the severities not edited here
    for (std::size_t i = 0; i < kSeverities.size(); ++i)
        policy.days[static_cast<std::size_t>(kSeverities[i])] = m_spins[i]->value();
    return policy;
}

void SettingsDialog::setSlaPolicy(const SlaPolicy &policy)
{
    for (std::size_t i = 0; i < kSeverities.size(); ++i)
        m_spins[i]->setValue(policy.daysFor(kSeverities[i]));
}

QSpinBox *SettingsDialog::slaSpinBox(Severity severity) const
{
    for (std::size_t i = 0; i < kSeverities.size(); ++i) {
        if (kSeverities[i] == severity)
            return m_spins[i];
    }
    return nullptr;
}

void SettingsDialog::restoreDefaults()
{
    setSlaPolicy(SlaPolicy{});
}

void SettingsDialog::accept()
{
    const SlaPolicy edited = slaPolicy();
    if (!(edited == AppSettings::slaPolicy())) {
        AppSettings::setSlaPolicy(edited);
        Q_EMIT slaPolicyChanged(edited);
    }
    QDialog::accept();
}

} // namespace bulkhead::ui
