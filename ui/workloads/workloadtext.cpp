#include "workloads/workloadtext.h"

#include "kube/workloadposture.h"

#include <QCoreApplication>

namespace bulkhead::ui::workloadtext {

namespace {

// The Workloads view's words: a class of their own so that lupdate files them under the context tr()
// looks up at run time (the check table below names the same context).
class WorkloadText
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadText)
};

struct CheckText {
    const char *id;
    const char *shortLabel;
    const char *title;
};

// In workloadCheckIds() order; an id missing here (a check added later) shows its id.
constexpr CheckText kChecks[] = {
    {workloadcheck::kPrivileged, QT_TRANSLATE_NOOP("WorkloadText", "Priv"), QT_TRANSLATE_NOOP("WorkloadText", "Privileged container")},
    {workloadcheck::kPrivilegeEscalation, QT_TRANSLATE_NOOP("WorkloadText", "Esc"), QT_TRANSLATE_NOOP("WorkloadText", "Privilege escalation allowed")},
    {workloadcheck::kCapabilitiesNotDropped, QT_TRANSLATE_NOOP("WorkloadText", "Drop"), QT_TRANSLATE_NOOP("WorkloadText", "Capabilities: ALL not dropped")},
    {workloadcheck::kDangerousCapabilities, QT_TRANSLATE_NOOP("WorkloadText", "Caps"), QT_TRANSLATE_NOOP("WorkloadText", "Dangerous capabilities added")},
    {workloadcheck::kRunAsRoot, QT_TRANSLATE_NOOP("WorkloadText", "Root"), QT_TRANSLATE_NOOP("WorkloadText", "Runs as root")},
    {workloadcheck::kWritableRootFs, QT_TRANSLATE_NOOP("WorkloadText", "RoFS"), QT_TRANSLATE_NOOP("WorkloadText", "Writable root filesystem")},
    {workloadcheck::kNoSeccomp, QT_TRANSLATE_NOOP("WorkloadText", "Secc"), QT_TRANSLATE_NOOP("WorkloadText", "No seccomp profile")},
    {workloadcheck::kNoAppArmor, QT_TRANSLATE_NOOP("WorkloadText", "AppA"), QT_TRANSLATE_NOOP("WorkloadText", "No AppArmor profile")},
    {workloadcheck::kHostNamespaces, QT_TRANSLATE_NOOP("WorkloadText", "HNs"), QT_TRANSLATE_NOOP("WorkloadText", "Host network, PID or IPC namespace")},
    {workloadcheck::kHostPath, QT_TRANSLATE_NOOP("WorkloadText", "HPath"), QT_TRANSLATE_NOOP("WorkloadText", "hostPath volume")},
    {workloadcheck::kSecretEnvRef, QT_TRANSLATE_NOOP("WorkloadText", "SEnv"), QT_TRANSLATE_NOOP("WorkloadText", "Secret in environment variables")},
    {workloadcheck::kSecretEnvLiteral, QT_TRANSLATE_NOOP("WorkloadText", "SLit"), QT_TRANSLATE_NOOP("WorkloadText", "Secret-looking literal in env")},
    {workloadcheck::kImageNotPinned, QT_TRANSLATE_NOOP("WorkloadText", "Pin"), QT_TRANSLATE_NOOP("WorkloadText", "Image not pinned by digest")},
    {workloadcheck::kUntrustedRegistry, QT_TRANSLATE_NOOP("WorkloadText", "Reg"), QT_TRANSLATE_NOOP("WorkloadText", "Image from an untrusted registry")},
    {workloadcheck::kImageUnsigned, QT_TRANSLATE_NOOP("WorkloadText", "Sign"), QT_TRANSLATE_NOOP("WorkloadText", "Image not signed (verified)")},
    {workloadcheck::kAutomountToken, QT_TRANSLATE_NOOP("WorkloadText", "Tok"), QT_TRANSLATE_NOOP("WorkloadText", "Service account token mounted, not needed")},
    {workloadcheck::kDefaultServiceAccount, QT_TRANSLATE_NOOP("WorkloadText", "DefSA"), QT_TRANSLATE_NOOP("WorkloadText", "Default service account")},
};

const CheckText *find(std::string_view id)
{
    for (const CheckText &c : kChecks) {
        if (id == c.id)
            return &c;
    }
    return nullptr;
}

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

QString checkShortLabel(std::string_view checkId)
{
    const CheckText *c = find(checkId);
    return c ? QCoreApplication::translate("WorkloadText", c->shortLabel) : q(checkId);
}

QString checkTitle(std::string_view checkId)
{
    const CheckText *c = find(checkId);
    return c ? QCoreApplication::translate("WorkloadText", c->title) : q(checkId);
}

QString checkControl(std::string_view checkId)
{
    return q(controlForWorkloadCheck(checkId));
}

QString stateName(CheckState state)
{
    switch (state) {
    case CheckState::Pass: return WorkloadText::tr("pass");
    case CheckState::Fail: return WorkloadText::tr("fail");
    case CheckState::NotApplicable: return WorkloadText::tr("n/a");
    case CheckState::NotAssessed: return WorkloadText::tr("not assessed");
    }
    return {};
}

QString stateGlyph(CheckState state)
{
    switch (state) {
    case CheckState::Pass: return QStringLiteral("✓");
    case CheckState::Fail: return QStringLiteral("✗");
    case CheckState::NotApplicable: return QStringLiteral("–");
    case CheckState::NotAssessed: return QStringLiteral("?");
    }
    return {};
}

QColor stateColor(CheckState state, Severity severity)
{
    switch (state) {
    case CheckState::Pass: return QColor(0x86, 0xd1, 0x9a);
    case CheckState::NotApplicable: return QColor(0xe5, 0xe7, 0xeb);
    case CheckState::NotAssessed: return QColor(0xb8, 0xbe, 0xc7);
    case CheckState::Fail: break;
    }
    // Darker is worse: the eye finds the critical cells of a screen first.
    switch (severity) {
    case Severity::Critical: return QColor(0x99, 0x1b, 0x1b);
    case Severity::High: return QColor(0xdc, 0x26, 0x26);
    case Severity::Medium: return QColor(0xf8, 0x71, 0x71);
    case Severity::Low:
    case Severity::Info: return QColor(0xfe, 0xca, 0xca);
    case Severity::Unknown: break;
    }
    return QColor(0xf8, 0x71, 0x71);
}

QColor textOn(const QColor &fill)
{
    return fill.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(0x11, 0x18, 0x27);
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Critical: return WorkloadText::tr("critical");
    case Severity::High: return WorkloadText::tr("high");
    case Severity::Medium: return WorkloadText::tr("medium");
    case Severity::Low: return WorkloadText::tr("low");
    case Severity::Info: return WorkloadText::tr("info");
    case Severity::Unknown: break;
    }
    return WorkloadText::tr("unknown");
}

QString cellToolTip(std::string_view checkId, CheckState state, Severity severity, const QString &path,
                    const QString &message, int failingContainers)
{
    QStringList lines;
    lines << QStringLiteral("%1 (%2)").arg(checkTitle(checkId), checkControl(checkId));
    QString verdict = stateGlyph(state) + QLatin1Char(' ') + stateName(state);
    if (state == CheckState::Fail) {
        verdict += QStringLiteral(", %1").arg(workloadtext::severityName(severity));
        if (failingContainers > 1)
            verdict += WorkloadText::tr(", %Ln containers", nullptr, failingContainers);
    }
    lines << verdict;
    if (!path.isEmpty())
        lines << WorkloadText::tr("Field: %1").arg(path);
    if (!message.isEmpty())
        lines << message;
    if (state == CheckState::NotAssessed && message.isEmpty())
        lines << WorkloadText::tr("The facts this check needs were not collected.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace bulkhead::ui::workloadtext
