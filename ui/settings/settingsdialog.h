#pragma once

#include "analysis/slapolicy.h"

#include <QDialog>

#include <array>

class QSpinBox;

namespace bulkhead::ui {

// Preferences: for now the SLA (days to fix per severity). OK saves through AppSettings and
// emits slaPolicyChanged when something changed, so the main window can refresh the views that
// show due dates.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    SlaPolicy slaPolicy() const; // as currently edited
    void setSlaPolicy(const SlaPolicy &policy);
    QSpinBox *slaSpinBox(Severity severity) const;

    void accept() override; // saves, then closes
    void restoreDefaults();

Q_SIGNALS:
    void slaPolicyChanged(const bulkhead::SlaPolicy &policy);

private:
    // Critical, high, medium, low: the severities that have a deadline.
    static constexpr std::array<Severity, 4> kSeverities{Severity::Critical, Severity::High, Severity::Medium,
                                                         Severity::Low};
    std::array<QSpinBox *, 4> m_spins{};
};

} // namespace bulkhead::ui
