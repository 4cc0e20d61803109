#include "controls/measurestatus.h"

#include "i18n/pluralcount.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace bulkhead {

namespace {

// The words of a measure sentence (context "MeasureText"): lupdate reads the literals here.
class MeasureText
{
    Q_DECLARE_TR_FUNCTIONS(MeasureText)
};

// The count sentence of each measure Bulkhead makes, by its English noun and failing words (the
// keys EvidenceMeasure carries; they never change with the language): a whole sentence per measure
// so that a translation can order and inflect it (%n failing, %1 checked). The English source is
// exactly what the generic composition below says, so an untranslated run reads as before. A pair
// not listed (crafted in tests, or a new measure not added here yet) falls back to that composition.
struct CountWording {
    const char *noun;
    const char *failingAs;
    const char *ofChecked; // "%n of %1 images not signed and verified"
};

// clang-format off
constexpr CountWording kWordings[] = {
    {"images", "not signed and verified", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 images not signed and verified")},
    {"release images", "not signed and verified", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 release images not signed and verified")},
    {"images", "without a current SBOM", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 images without a current SBOM")},
    {"images", "without an SBOM", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 images without an SBOM")},
    {"images", "running as root", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 images running as root")},
    {"images", "over the size limit", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 images over the size limit")},
    {"images", "over the layer limit", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 images over the layer limit")},
    {"images", "without a recent scan", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 images without a recent scan")},
    {"findings", "open", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 findings open")},
    {"open findings with a fix available", "past their SLA", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 open findings with a fix available past their SLA")},
    {"scanners", "without a recent report", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 scanners without a recent report")},
    {"workloads", "over-privileged", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 workloads over-privileged")},
    {"workloads", "with a writable root filesystem", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 workloads with a writable root filesystem")},
    {"workloads", "without a seccomp or AppArmor profile", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 workloads without a seccomp or AppArmor profile")},
    {"workloads", "allowed to run as root", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 workloads allowed to run as root")},
    {"service accounts", "with workloads keeping capabilities", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 service accounts with workloads keeping capabilities")},
    {"workloads", "taking secrets from environment variables", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 workloads taking secrets from environment variables")},
    {"workloads", "with secret-looking literal values", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 workloads with secret-looking literal values")},
    {"workloads", "running images from untrusted registries", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 workloads running images from untrusted registries")},
    {"workloads", "using the default service account or an automounted token", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 workloads using the default service account or an automounted token")},
    {"workloads", "running images not signed and verified", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 workloads running images not signed and verified")},
    {"namespaces", "not segmented", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 namespaces not segmented")},
    {"clusters", "without a runtime-security agent", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 clusters without a runtime-security agent")},
    {"clusters", "without a log or metrics agent", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 clusters without a log or metrics agent")},
    {"clusters", "without a secret store", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 clusters without a secret store")},
    {"bindings", "risky", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 bindings risky")},
    {"bindings", "needing review", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 bindings needing review")},
    {"subjects", "able to read secrets", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 subjects able to read secrets")},
    {"secrets", "overdue for rotation", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 secrets overdue for rotation")},
    {"Kubernetes secrets", "legacy service-account tokens", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 Kubernetes secrets legacy service-account tokens")},
    {"policy gates", "without a recent run", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 policy gates without a recent run")},
    {"scheduled drills", "overdue", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 scheduled drills overdue")},
    {"checklist items", "not done", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 checklist items not done")},
    {"action items", "past due", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 action items past due")},
    {"post-incident reviews", "incomplete or without action items", QT_TRANSLATE_N_NOOP("MeasureText", "%n of %1 post-incident reviews incomplete or without action items")},
};
// clang-format on

std::string capitalized(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// A severity as the measure sentence names the worst one ("worst critical").
QString severityWord(Severity s)
{
    switch (s) {
    case Severity::Critical: return MeasureText::tr("critical", "worst severity");
    case Severity::High: return MeasureText::tr("high", "worst severity");
    case Severity::Medium: return MeasureText::tr("medium", "worst severity");
    case Severity::Low: return MeasureText::tr("low", "worst severity");
    case Severity::Info: return MeasureText::tr("info", "worst severity");
    case Severity::Unknown: break;
    }
    return MeasureText::tr("unknown", "worst severity");
}

// "a, b, c" or "a, b, c and 9 more" when there are more failing items than examples.
QString examplesText(const EvidenceMeasure &m)
{
    QStringList names;
    for (const std::string &e : m.examples)
        names << q(e);
    QString out = names.join(QStringLiteral(", "));
    const auto shown = static_cast<std::int64_t>(m.examples.size());
    if (!out.isEmpty() && m.failing > shown)
        out = MeasureText::tr("%1 and %n more", "examples of failing items", i18n::pluralCount(m.failing - shown)).arg(out);
    return out;
}

// "3 of 41 images unsigned", "3 images unsigned", "No images unsigned".
QString countText(const EvidenceMeasure &m)
{
    const std::string failingAs = m.failingAs.empty() ? "failing" : m.failingAs;
    if (m.checked > 0) {
        for (const CountWording &w : kWordings) {
            if (m.noun == w.noun && failingAs == w.failingAs)
                return QCoreApplication::translate("MeasureText", w.ofChecked, nullptr, i18n::pluralCount(m.failing))
                    .arg(m.checked);
        }
        return q(std::to_string(m.failing) + " of " + std::to_string(m.checked) + ' ' + m.noun + ' ' + failingAs);
    }
    if (m.failing > 0)
        return q(std::to_string(m.failing) + ' ' + m.noun + ' ' + failingAs);
    if (m.noun == "open findings with a fix available" && failingAs == "past their SLA")
        return MeasureText::tr("No open findings with a fix available past their SLA");
    return q("No " + m.noun + ' ' + failingAs);
}

// (QString, not std::string, where tr() is called: lupdate loses its way in functions declared
// to return std::.)
QString notAssessedText(const std::string &label, const std::string &reason)
{
    if (label.empty())
        return MeasureText::tr("%1, so not assessed.").arg(q(capitalized(reason)));
    return MeasureText::tr("%1: %2, so not assessed.", "measure label: reason").arg(q(capitalized(label)), q(reason));
}

QString measureText(const EvidenceMeasure &m)
{
    if (!m.assessed)
        return notAssessedText(m.label, m.notAssessedReason.empty()
                                            ? MeasureText::tr("nothing collected speaks to it").toStdString()
                                            : m.notAssessedReason);
    if (m.noun.empty())
        return m.detail.empty() ? MeasureText::tr("%1.", "end of a sentence").arg(q(capitalized(m.label))) : q(m.detail);
    QString s = countText(m);
    if (m.severityBased && m.failing > 0 && m.worst != Severity::Unknown)
        s = MeasureText::tr("%1, worst %2", "count sentence, worst severity").arg(s, severityWord(m.worst));
    if (m.failing > 0) {
        if (const QString examples = examplesText(m); !examples.isEmpty())
            s = MeasureText::tr("%1: %2", "count sentence: examples").arg(s, examples);
    }
    s = MeasureText::tr("%1.", "end of a sentence").arg(s);
    if (!m.detail.empty())
        s = MeasureText::tr("%1 %2", "count sentence, then a detail sentence").arg(s, q(m.detail));
    return s;
}

} // namespace

ControlStatus measureStatus(const EvidenceMeasure &m)
{
    if (!m.assessed)
        return ControlStatus::NotAssessed;
    if (m.failing <= 0)
        return ControlStatus::Pass;
    if (m.severityBased)
        return m.worst >= Severity::High ? ControlStatus::Fail : ControlStatus::Partial;
    return m.failing * 100 <= m.checked * m.partialPercent ? ControlStatus::Partial : ControlStatus::Fail;
}

std::string notAssessedSentence(const std::string &label, const std::string &reason)
{
    return notAssessedText(label, reason).toStdString();
}

std::string measureCountText(const EvidenceMeasure &m)
{
    return countText(m).toStdString();
}

std::string measureSentence(const EvidenceMeasure &m)
{
    return measureText(m).toStdString();
}

} // namespace bulkhead
