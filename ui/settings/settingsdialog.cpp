#include "settings/settingsdialog.h"

#include "credentials/credentialhelper.h"
#include "i18n/languagesetting.h"
#include "settings/appsettings.h"
#include "settings/credentialspage.h"
#include "settings/languagepage.h"
#include "settings/secretpolicypage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {
// The store's own upper bound (AppSettings clamps to it too): ten years.
constexpr int kMaxDays = 3650;

// qint64, not std::int64_t: lupdate misreads a namespace-scope std:: declaration and then files this
// file's SettingsDialog::tr() strings under the wrong context.
constexpr qint64 kMiB = 1024 * 1024;

QSpinBox *spinBox(int min, int max, const QString &suffix, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setSpecialValueText(SettingsDialog::tr("Off")); // 0 turns the check off
    spin->setAccelerated(true);
    return spin;
}

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

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    // Both are deadlines in days: the review intervals sit beside the SLA.
    auto *general = new QWidget(this);
    auto *deadlines = new QHBoxLayout;
    deadlines->addWidget(sla, 1);
    deadlines->addWidget(createReviewGroup(), 1);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(deadlines);
    generalLayout->addWidget(createPostureGroup());
    generalLayout->addWidget(createWorkloadsGroup());
    generalLayout->addStretch(1);

    m_secrets = new SecretPolicyPage(this);
    m_secrets->setObjectName(QStringLiteral("secretPolicyPage"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(general, tr("&General"));
    m_tabs->addTab(m_secrets, tr("Se&crets"));
    m_credentials = new CredentialsPage(this);
    m_credentials->setObjectName(QStringLiteral("credentialsPage"));
    m_tabs->addTab(m_credentials, tr("C&redentials"));
    m_language = new LanguagePage(this);
    m_language->setObjectName(QStringLiteral("languagePage"));
    m_tabs->addTab(m_language, tr("Lang&uage"));

    // A policy or a helper list that cannot be saved cannot be accepted; the page says why.
    connect(m_secrets, &SecretPolicyPage::problemChanged, this, &SettingsDialog::updateOkButton);
    connect(m_credentials, &CredentialsPage::problemChanged, this, &SettingsDialog::updateOkButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    setSlaPolicy(AppSettings::slaPolicy());
    setReviewPolicy(AppSettings::reviewPolicy());
    setPostureThresholds(AppSettings::postureThresholds());
    setTrustedRegistries(AppSettings::trustedRegistries());
    setSecretPolicy(AppSettings::secretPolicy());
    QStringList helpers;
    for (const std::string &name : CredentialHelper::approvedHelpersSetting())
        helpers << QString::fromStdString(name);
    m_credentials->setApprovedHelpers(helpers);
}

void SettingsDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_secrets->problem().isEmpty()
                                                        && m_credentials->problem().isEmpty());
}

SecretPolicy SettingsDialog::secretPolicy() const
{
    return m_secrets->policy();
}

void SettingsDialog::setSecretPolicy(const SecretPolicy &policy)
{
    m_secrets->setPolicy(policy);
}

QString SettingsDialog::language() const
{
    return m_language->language();
}

void SettingsDialog::setLanguage(const QString &language)
{
    m_language->setLanguage(language);
}

void SettingsDialog::showSecretsTab()
{
    m_tabs->setCurrentWidget(m_secrets);
}

QWidget *SettingsDialog::createReviewGroup()
{
    auto *group = new QGroupBox(tr("RBAC reviews: days between reviews"), this);
    auto *form = new QFormLayout(group);
    auto *explain = new QLabel(tr("A reviewed role binding is due for review again this many days after its last "
                                  "review (IAM-2); a binding with high or critical risks sooner. bulkheadctl uses "
                                  "the same intervals."),
                               group);
    explain->setWordWrap(true);
    form->addRow(explain);
    // At least a day: core reads anything below 1 as the default, so 0 could not be saved.
    const auto days = [group] {
        auto *spin = new QSpinBox(group);
        spin->setRange(1, kMaxDays);
        spin->setSuffix(tr(" days"));
        spin->setAccelerated(true);
        return spin;
    };
    m_reviewInterval = days();
    m_reviewInterval->setObjectName(QStringLiteral("reviewIntervalDays"));
    m_highRiskInterval = days();
    m_highRiskInterval->setObjectName(QStringLiteral("highRiskReviewIntervalDays"));
    form->addRow(tr("&Every binding:"), m_reviewInterval);
    form->addRow(tr("High-&risk bindings:"), m_highRiskInterval);
    return group;
}

ReviewPolicy SettingsDialog::reviewPolicy() const
{
    ReviewPolicy policy;
    policy.intervalDays = m_reviewInterval->value();
    policy.highRiskIntervalDays = m_highRiskInterval->value();
    return policy;
}

void SettingsDialog::setReviewPolicy(const ReviewPolicy &policy)
{
    m_reviewInterval->setValue(policy.intervalDays);
    m_highRiskInterval->setValue(policy.highRiskIntervalDays);
}

QWidget *SettingsDialog::createWorkloadsGroup()
{
    auto *group = new QGroupBox(tr("Workloads: trusted registries"), this);
    auto *layout = new QVBoxLayout(group);
    auto *explain = new QLabel(tr("Registry hosts (or host/path prefixes) your workloads' images may come from, one "
                                  "per line, e.g. registry.example.com or ghcr.io/team. A cluster workload running an "
                                  "image from elsewhere is a finding (SUP-4); with none listed, the check is not "
                                  "applicable. Applies from the next collection on."),
                               group);
    explain->setWordWrap(true);
    m_trusted = new QPlainTextEdit(group);
    m_trusted->setObjectName(QStringLiteral("trustedRegistries"));
    m_trusted->setTabChangesFocus(true);
    m_trusted->setPlaceholderText(tr("registry.example.com\nghcr.io/team"));
    m_trusted->setMaximumHeight(fontMetrics().lineSpacing() * 5 + 12);
    explain->setBuddy(m_trusted);
    layout->addWidget(explain);
    layout->addWidget(m_trusted);
    return group;
}

QStringList SettingsDialog::trustedRegistries() const
{
    QStringList out;
    for (const QString &line : m_trusted->toPlainText().split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

void SettingsDialog::setTrustedRegistries(const QStringList &registries)
{
    m_trusted->setPlainText(registries.join(QLatin1Char('\n')));
}

QWidget *SettingsDialog::createPostureGroup()
{
    auto *group = new QGroupBox(tr("Image posture thresholds"), this);
    auto *form = new QFormLayout(group);
    auto *explain = new QLabel(tr("The registry collector files a finding for an image over one of these; they apply "
                                  "from the next collection on. Off turns a check off."),
                               group);
    explain->setWordWrap(true);
    form->addRow(explain);
    m_maxLayers = spinBox(0, 1000, tr(" layers"), group);
    m_maxSizeMiB = spinBox(0, 1024 * 1024, tr(" MiB"), group);
    m_maxImageAge = spinBox(0, kMaxDays, tr(" days"), group);
    m_scanMaxAge = spinBox(0, kMaxDays, tr(" days"), group);
    m_sbomMaxAge = spinBox(0, kMaxDays, tr(" days"), group);
    form->addRow(tr("Most &layers:"), m_maxLayers);
    form->addRow(tr("Largest &size:"), m_maxSizeMiB);
    form->addRow(tr("Oldest &image (created):"), m_maxImageAge);
    form->addRow(tr("Oldest vulnerability sca&n:"), m_scanMaxAge);
    form->addRow(tr("Oldest S&BOM:"), m_sbomMaxAge);
    return group;
}

PostureThresholds SettingsDialog::postureThresholds() const
{
    PostureThresholds t;
    t.maxLayers = m_maxLayers->value();
    t.maxSizeBytes = std::int64_t(m_maxSizeMiB->value()) * kMiB;
    t.maxImageAgeDays = m_maxImageAge->value();
    t.scanMaxAgeDays = m_scanMaxAge->value();
    t.sbomMaxAgeDays = m_sbomMaxAge->value();
    return t;
}

void SettingsDialog::setPostureThresholds(const PostureThresholds &t)
{
    m_maxLayers->setValue(t.maxLayers);
    m_maxSizeMiB->setValue(static_cast<int>(std::min<std::int64_t>(t.maxSizeBytes / kMiB, 1024 * 1024)));
    m_maxImageAge->setValue(t.maxImageAgeDays);
    m_scanMaxAge->setValue(t.scanMaxAgeDays);
    m_sbomMaxAge->setValue(t.sbomMaxAgeDays);
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
    setReviewPolicy(ReviewPolicy{});
    setPostureThresholds(PostureThresholds{});
    setTrustedRegistries({});
    setSecretPolicy(SecretPolicy{});
    setLanguage(QString()); // the system's language
    m_credentials->setApprovedHelpers({}); // nothing runs until approved
}

void SettingsDialog::accept()
{
    if (!m_secrets->problem().isEmpty()) {
        showSecretsTab(); // where the problem is shown
        return;
    }
    if (!m_credentials->problem().isEmpty()) {
        m_tabs->setCurrentWidget(m_credentials);
        return;
    }
    const SlaPolicy edited = slaPolicy();
    if (!(edited == AppSettings::slaPolicy())) {
        AppSettings::setSlaPolicy(edited);
        Q_EMIT slaPolicyChanged(edited);
    }
    const ReviewPolicy review = reviewPolicy();
    const ReviewPolicy savedReview = AppSettings::reviewPolicy();
    if (review.intervalDays != savedReview.intervalDays || review.highRiskIntervalDays != savedReview.highRiskIntervalDays) {
        AppSettings::setReviewPolicy(review);
        Q_EMIT reviewPolicyChanged();
    }
    const PostureThresholds thresholds = postureThresholds();
    if (!(thresholds == AppSettings::postureThresholds())) {
        AppSettings::setPostureThresholds(thresholds);
        Q_EMIT postureThresholdsChanged();
    }
    const QStringList trusted = trustedRegistries();
    if (trusted != AppSettings::trustedRegistries()) {
        AppSettings::setTrustedRegistries(trusted);
        Q_EMIT trustedRegistriesChanged();
    }
    const SecretPolicy secrets = secretPolicy();
    if (!(secrets == AppSettings::secretPolicy())) {
        AppSettings::setSecretPolicy(secrets);
        Q_EMIT secretPolicyChanged(secrets);
    }
    std::vector<std::string> helpers;
    for (const QString &name : m_credentials->approvedHelpers())
        helpers.push_back(name.toStdString());
    if (helpers != CredentialHelper::approvedHelpersSetting())
        CredentialHelper::setApprovedHelpersSetting(helpers); // read at each collection: no signal needed
    const QString chosen = language();
    if (chosen != i18n::languageSetting()) {
        i18n::setLanguageSetting(chosen);
        Q_EMIT languageChanged(chosen);
    }
    QDialog::accept();
}

} // namespace bulkhead::ui
