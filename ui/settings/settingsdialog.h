#pragma once

#include "analysis/posturethresholds.h"
#include "analysis/slapolicy.h"

#include <QDialog>

#include <array>

class QSpinBox;

namespace bulkhead::ui {

// Preferences: the SLA (days to fix per severity) and the image posture thresholds the registry
// collector judges images by. OK saves through AppSettings and emits slaPolicyChanged /
// postureThresholdsChanged when something changed, so the main window can refresh the views.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    SlaPolicy slaPolicy() const; // as currently edited
    void setSlaPolicy(const SlaPolicy &policy);
    QSpinBox *slaSpinBox(Severity severity) const;
    PostureThresholds postureThresholds() const; // as currently edited
    void setPostureThresholds(const PostureThresholds &thresholds);
    QSpinBox *maxLayersSpinBox() const { return m_maxLayers; }
    QSpinBox *maxSizeSpinBox() const { return m_maxSizeMiB; }
    QSpinBox *maxImageAgeSpinBox() const { return m_maxImageAge; }
    QSpinBox *scanMaxAgeSpinBox() const { return m_scanMaxAge; }
    QSpinBox *sbomMaxAgeSpinBox() const { return m_sbomMaxAge; }

    void accept() override; // saves, then closes
    void restoreDefaults();

Q_SIGNALS:
    void slaPolicyChanged(const bulkhead::SlaPolicy &policy);
    void postureThresholdsChanged();

private:
    QWidget *createPostureGroup();

    // Critical, high, medium, low: the severities that have a deadline.
    static constexpr std::array<Severity, 4> kSeverities{Severity::Critical, Severity::High, Severity::Medium,
                                                         Severity::Low};
    std::array<QSpinBox *, 4> m_spins{};
    QSpinBox *m_maxLayers = nullptr;
    QSpinBox *m_maxSizeMiB = nullptr;
    QSpinBox *m_maxImageAge = nullptr;
    QSpinBox *m_scanMaxAge = nullptr;
    QSpinBox *m_sbomMaxAge = nullptr;
};

} // namespace bulkhead::ui
