#include "controls/controlassessment.h"

#include "controls/measurestatus.h"
#include "i18n/localeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace bulkhead {

namespace {

// The explanation's sentences (context "AssessmentText"), in the installed translation. Measure
// sentences come from measurestatus.cpp ("MeasureText").
class AssessmentText
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentText)
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

constexpr std::size_t kEvidenceChars = 200; // of an attestation's text in the explanation
constexpr const char *kAttestationMeasure = "attestation";

std::string capitalized(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

// The UTC day as the user's locale writes dates ("2026-10-01" under the C locale).
QString day(std::int64_t t)
{
    return i18n::localDate(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).date());
}

// Worse is larger; not assessed ranks below everything assessed.
int severity(ControlStatus s)
{
    switch (s) {
    case ControlStatus::NotAssessed: return -1;
    case ControlStatus::Pass:
    case ControlStatus::Attested: return 0;
    case ControlStatus::Partial: return 1;
    case ControlStatus::Fail: return 2;
    }
    return -1;
}

// Better is larger (Alternative mode: either the evidence or the attestation suffices).
int merit(ControlStatus s)
{
    return s == ControlStatus::NotAssessed ? -1 : 2 - severity(s);
}

ControlStatus fromAttestation(AttestationStatus s)
{
    switch (s) {
    case AttestationStatus::Pass: return ControlStatus::Attested;
    case AttestationStatus::Partial: return ControlStatus::Partial;
    case AttestationStatus::Fail: return ControlStatus::Fail;
    case AttestationStatus::Withdrawn: break;
    }
    return ControlStatus::NotAssessed;
}

std::string evidenceText(const std::string &evidence)
{
    std::string text = evidence.substr(0, evidence.find('\n'));
    if (text.size() > kEvidenceChars)
        text = text.substr(0, kEvidenceChars - 3) + "...";
    return text;
}

// "Attested by alice on 2026-10-01 (expires 2027-10-01): etcd encryption enabled." (QString, not
// std::string, throughout this file: lupdate loses its way in functions declared to return std::).
QString attestedSentence(const Attestation &a)
{
    const QString by = q(a.attestedBy), on = day(a.attestedAt), expires = day(a.expiresAt);
    const QString text = q(evidenceText(a.evidence));
    QString s;
    if (text.isEmpty()) {
        s = a.status == AttestationStatus::Partial ? AssessmentText::tr("Attested as partial by %1 on %2 (expires %3).")
            : a.status == AttestationStatus::Fail  ? AssessmentText::tr("Attested as failing by %1 on %2 (expires %3).")
                                                   : AssessmentText::tr("Attested by %1 on %2 (expires %3).");
        return s.arg(by, on, expires);
    }
    // %4: the first line of the attestation's evidence, as its author wrote it.
    s = a.status == AttestationStatus::Partial ? AssessmentText::tr("Attested as partial by %1 on %2 (expires %3): %4")
        : a.status == AttestationStatus::Fail  ? AssessmentText::tr("Attested as failing by %1 on %2 (expires %3): %4")
                                               : AssessmentText::tr("Attested by %1 on %2 (expires %3): %4");
    s = s.arg(by, on, expires, text);
    if (!s.endsWith(QLatin1Char('.')))
        s += QLatin1Char('.');
    return s;
}

// Why an attestation that exists does not count (lower case, no full stop): expired, withdrawn,
// or dated in the future.
QString ignoredReason(const Attestation &a, std::int64_t now)
{
    if (a.status == AttestationStatus::Withdrawn)
        return AssessmentText::tr("attestation withdrawn by %1 on %2").arg(q(a.attestedBy), day(a.attestedAt));
    if (now >= a.expiresAt)
        return AssessmentText::tr("attestation by %1 expired on %2").arg(q(a.attestedBy), day(a.expiresAt));
    return AssessmentText::tr("attestation by %1 dated %2 is not in force yet").arg(q(a.attestedBy), day(a.attestedAt));
}

// The newest attestation of `control`: the latest attestedAt, the higher id on a tie.
std::optional<Attestation> newestOf(const std::vector<Attestation> &attestations, const std::string &control)
{
    const Attestation *best = nullptr;
    for (const Attestation &a : attestations) {
        if (a.control == control
            && (!best || a.attestedAt > best->attestedAt || (a.attestedAt == best->attestedAt && a.id > best->id)))
            best = &a;
    }
    return best ? std::optional<Attestation>(*best) : std::nullopt;
}

// AttestationMode::Required: the attestation as one more measure. Its status follows the measure
// rule: pass -> 0 failing; partial -> 1 failing within partialPercent 100; fail -> outside 0.
EvidenceMeasure attestationMeasure(const ControlDefinition &def, const std::optional<Attestation> &a, bool valid,
                                   std::int64_t now)
{
    EvidenceMeasure m;
    m.control = def.id;
    m.id = kAttestationMeasure;
    // %1: the catalog's attestation hint, a clause ("encryption at rest is enabled for etcd").
    m.label = def.attestationHint.empty() ? AssessmentText::tr("attestation").toStdString()
                                          : AssessmentText::tr("attestation that %1").arg(q(def.attestationHint)).toStdString();
    m.assessed = valid;
    if (!a)
        m.notAssessedReason = AssessmentText::tr("no attestation recorded").toStdString();
    else if (!valid)
        m.notAssessedReason = ignoredReason(*a, now).toStdString();
    if (valid) {
        m.checked = 1;
        m.failing = a->status == AttestationStatus::Pass ? 0 : 1;
        m.partialPercent = a->status == AttestationStatus::Partial ? 100 : 0;
        m.detail = attestedSentence(*a).toStdString();
    }
    return m;
}

struct Combined {
    ControlStatus status = ControlStatus::NotAssessed;
    int assessed = 0, notAssessed = 0;
    bool byCoverage = false; // partial only because some measure is not assessed
};

// Worst assessed measure; all assessed pass but some not assessed -> partial.
Combined combine(const std::vector<EvidenceMeasure> &measures)
{
    Combined c;
    for (const EvidenceMeasure &m : measures) {
        const ControlStatus s = measureStatus(m);
        if (s == ControlStatus::NotAssessed) {
            ++c.notAssessed;
            continue;
        }
        ++c.assessed;
        if (c.assessed == 1 || severity(s) > severity(c.status))
            c.status = s;
    }
    if (c.status == ControlStatus::Pass && c.notAssessed > 0) {
        c.status = ControlStatus::Partial;
        c.byCoverage = true;
    }
    return c;
}

// The reason all of the evidence measures share when none of them is assessed ("no cluster
// collected"), else "". The attestation measure of a Required control does not count.
std::string sharedReason(const std::vector<EvidenceMeasure> &measures)
{
    std::string reason;
    for (const EvidenceMeasure &m : measures) {
        if (m.id == kAttestationMeasure)
            continue;
        if (m.assessed || m.notAssessedReason.empty() || (!reason.empty() && reason != m.notAssessedReason))
            return {};
        reason = m.notAssessedReason;
    }
    return reason;
}

// The measures' sentences, the verdict's reasons first: fail, partial, not assessed, pass.
std::vector<std::string> measureSentences(const std::vector<EvidenceMeasure> &measures)
{
    std::vector<std::string> out;
    // Nothing assessed, for one reason: say it once ("No cluster collected, so not assessed.").
    if (const std::string reason = sharedReason(measures); !reason.empty()) {
        out.push_back(notAssessedSentence({}, reason));
        for (const EvidenceMeasure &m : measures) {
            if (m.id == kAttestationMeasure)
                out.push_back(measureSentence(m));
        }
        return out;
    }
    std::vector<std::pair<int, std::string>> ranked;
    for (const EvidenceMeasure &m : measures) {
        const ControlStatus s = measureStatus(m);
        const int order = s == ControlStatus::Fail ? 0
            : s == ControlStatus::Partial          ? 1
            : s == ControlStatus::NotAssessed      ? 2
                                                   : 3;
        ranked.emplace_back(order, measureSentence(m));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[order, sentence] : ranked)
        out.push_back(std::move(sentence));
    return out;
}

std::string join(const std::vector<std::string> &sentences)
{
    std::string out;
    for (const std::string &s : sentences) {
        if (!s.empty())
            out += (out.empty() ? "" : " ") + s;
    }
    return out;
}

ControlAssessment assessOne(const ControlDefinition &def, const std::vector<EvidenceMeasure> &evidence,
                            const std::vector<Attestation> &attestations, std::int64_t now)
{
    ControlAssessment a;
    a.control = def.id;
    a.area = def.area;
    for (const EvidenceMeasure &m : evidence) {
        if (m.control == def.id)
            a.measures.push_back(m);
    }
    const bool hadEvidence = !a.measures.empty();
    a.attestation = newestOf(attestations, def.id);
    const bool valid = a.attestation && a.attestation->validAt(now);
    a.attestationExpired = a.attestation && a.attestation->status != AttestationStatus::Withdrawn
        && now >= a.attestation->expiresAt;

    if (def.attestation == AttestationMode::Required)
        a.measures.push_back(attestationMeasure(def, a.attestation, valid, now));

    const Combined evidenceStatus = combine(a.measures);
    a.status = evidenceStatus.status;
    std::vector<std::string> lead, tail;

    if (def.attestation == AttestationMode::Required) {
        a.attestationApplied = valid;
        // The attestation is all that was assessed and it holds: the control stands on it.
        if (valid && evidenceStatus.assessed == 1 && evidenceStatus.notAssessed == 0 && a.status == ControlStatus::Pass)
            a.status = ControlStatus::Attested;
    } else if (valid) {
        const ControlStatus attested = fromAttestation(a.attestation->status);
        const bool decides = def.attestation == AttestationMode::Fallback
            ? evidenceStatus.status == ControlStatus::NotAssessed
            : merit(attested) > merit(evidenceStatus.status);
        if (decides) {
            a.status = attested;
            a.attestationApplied = true;
            lead.push_back(attestedSentence(*a.attestation).toStdString());
        } else {
            tail.push_back(AssessmentText::tr("An attestation by %1 on %2 (expires %3) is on file; the evidence decides.")
                               .arg(q(a.attestation->attestedBy), day(a.attestation->attestedAt),
                                    day(a.attestation->expiresAt))
                               .toStdString());
        }
    } else if (a.attestation) {
        // %1: why the attestation does not count ("Attestation by alice expired on 2026-10-01").
        const QString reason = q(capitalized(ignoredReason(*a.attestation, now).toStdString()));
        tail.push_back((a.status == ControlStatus::NotAssessed ? AssessmentText::tr("%1; not assessed.")
                                                               : AssessmentText::tr("%1; the evidence decides."))
                           .arg(reason)
                           .toStdString());
    }

    if (evidenceStatus.byCoverage && a.status == ControlStatus::Partial)
        lead.push_back(AssessmentText::tr("Everything checked passes, but %n of %1 measures could not be assessed.",
                                          nullptr, evidenceStatus.notAssessed)
                           .arg(a.measures.size())
                           .toStdString());
    std::vector<std::string> sentences = lead;
    if (a.measures.empty())
        sentences.push_back(AssessmentText::tr("Nothing Bulkhead collects speaks to this control, so not assessed.").toStdString());
    for (std::string &s : measureSentences(a.measures))
        sentences.push_back(std::move(s));
    sentences.insert(sentences.end(), tail.begin(), tail.end());
    // Where a person could settle it, say what they would attest.
    if (!valid && !def.attestationHint.empty()) {
        // %1: the catalog's attestation hint, a clause.
        const QString hint = q(def.attestationHint);
        if (a.status == ControlStatus::NotAssessed && def.attestation == AttestationMode::Fallback)
            sentences.push_back((hadEvidence ? AssessmentText::tr("Until the evidence is collected, an attestation can stand in: %1.")
                                             : AssessmentText::tr("An attestation can stand in: %1."))
                                    .arg(hint)
                                    .toStdString());
        else if (a.status != ControlStatus::Pass && def.attestation == AttestationMode::Alternative)
            sentences.push_back(
                AssessmentText::tr("If a tool Bulkhead cannot see covers this, an attestation can show it: %1.")
                    .arg(hint)
                    .toStdString());
    }
    a.explanation = join(sentences);
    return a;
}

} // namespace

std::vector<ControlAssessment> assessControls(const ControlCatalog &catalog, const std::vector<EvidenceMeasure> &evidence,
                                              const std::vector<Attestation> &attestations, std::int64_t now)
{
    std::vector<ControlAssessment> out;
    out.reserve(catalog.controls().size());
    for (const ControlDefinition &def : catalog.controls())
        out.push_back(assessOne(def, evidence, attestations, now));
    return out;
}

} // namespace bulkhead
