#pragma once

#include "analysis/posturethresholds.h"
#include "analysis/slapolicy.h"
#include "rbac/bindingreview.h"
#include "secrets/secretpolicy.h"

#include <QDialog>

#include <array>

class QDialogButtonBox;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace bulkhead::ui {

// Preferences, in three tabs. General: the SLA (days to fix per severity), the RBAC binding review
// intervals, the image posture thresholds the registry collector judges images by, and the
// registries the cluster collector trusts. Secrets: the rotation policy (SecretPolicyPage).
// Language: the user interface language (LanguagePage), applied at the next start. OK saves
// through AppSettings (the language through i18n::setLanguageSetting) and emits slaPolicyChanged /
// reviewPolicyChanged / postureThresholdsChanged / trustedRegistriesChanged / secretPolicyChanged /
// languageChanged when something changed, so the main window can refresh the views (and re-judge
// the stored secrets). OK is disabled while the Secrets tab has a problem.
class CredentialsPage;
class LanguagePage;
class SecretPolicyPage;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    SlaPolicy slaPolicy() const; // as currently edited
    void setSlaPolicy(const SlaPolicy &policy);
    QSpinBox *slaSpinBox(Severity severity) const;
    ReviewPolicy reviewPolicy() const; // as currently edited (`now` 0)
    void setReviewPolicy(const ReviewPolicy &policy);
    QSpinBox *reviewIntervalSpinBox() const { return m_reviewInterval; }
    QSpinBox *highRiskReviewIntervalSpinBox() const { return m_highRiskInterval; }
    PostureThresholds postureThresholds() const; // as currently edited
    void setPostureThresholds(const PostureThresholds &thresholds);
    QSpinBox *maxLayersSpinBox() const { return m_maxLayers; }
    QSpinBox *maxSizeSpinBox() const { return m_maxSizeMiB; }
    QSpinBox *maxImageAgeSpinBox() const { return m_maxImageAge; }
    QSpinBox *scanMaxAgeSpinBox() const { return m_scanMaxAge; }
    QSpinBox *sbomMaxAgeSpinBox() const { return m_sbomMaxAge; }
    QStringList trustedRegistries() const; // as currently edited: one per line, trimmed
    void setTrustedRegistries(const QStringList &registries);
    QPlainTextEdit *trustedRegistriesEdit() const { return m_trusted; }
    SecretPolicy secretPolicy() const; // as currently edited
    void setSecretPolicy(const SecretPolicy &policy);
    SecretPolicyPage *secretPolicyPage() const { return m_secrets; }
    QString language() const; // as currently chosen: "" for the system default, or a shipped language
    void setLanguage(const QString &language);
    LanguagePage *languagePage() const { return m_language; }
    CredentialsPage *credentialsPage() const { return m_credentials; }
    QTabWidget *tabs() const { return m_tabs; }
    void showSecretsTab();

    void accept() override; // saves, then closes
    void restoreDefaults();

Q_SIGNALS:
    void slaPolicyChanged(const bulkhead::SlaPolicy &policy);
    void reviewPolicyChanged();
    void postureThresholdsChanged();
    void trustedRegistriesChanged();
    void secretPolicyChanged(const bulkhead::SecretPolicy &policy);
    void languageChanged(const QString &language); // saved; shown from the next start

private:
    void updateOkButton();
    QWidget *createReviewGroup();
    QWidget *createPostureGroup();
    QWidget *createWorkloadsGroup();

    // Critical, high, medium, low: the severities that have a deadline.
    static constexpr std::array<Severity, 4> kSeverities{Severity::Critical, Severity::High, Severity::Medium,
                                                         Severity::Low};
    std::array<QSpinBox *, 4> m_spins{};
    QSpinBox *m_reviewInterval = nullptr;
    QSpinBox *m_highRiskInterval = nullptr;
    QSpinBox *m_maxLayers = nullptr;
    QSpinBox *m_maxSizeMiB = nullptr;
    QSpinBox *m_maxImageAge = nullptr;
    QSpinBox *m_scanMaxAge = nullptr;
    QSpinBox *m_sbomMaxAge = nullptr;
    QPlainTextEdit *m_trusted = nullptr;
    QTabWidget *m_tabs = nullptr;
    SecretPolicyPage *m_secrets = nullptr;
    LanguagePage *m_language = nullptr;
    CredentialsPage *m_credentials = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace bulkhead::ui
