#pragma once
// A posture built by hand for the Controls page's tests (header-only, as the other ui test
// helpers): every control of the builtin catalog with a status chosen by its position, measures
// with numbers and drill-down links, and one attestation, so that the model, the filters, the
// header and the detail pane can be checked against values computed here.

#include "controls/controlcatalog.h"
#include "controls/controlsdata.h"
#include "controls/posturescore.h"

#include <array>

namespace bulkhead::test::controls {

inline constexpr std::int64_t kNow = 1790000000; // 2026-09-21
inline constexpr std::int64_t kDay = 86400;

// The status of the i-th control of the catalog: a fixed cycle that covers every status.
inline ControlStatus statusAt(std::size_t i)
{
    static constexpr std::array cycle{ControlStatus::Fail, ControlStatus::Pass, ControlStatus::Partial,
                                      ControlStatus::NotAssessed, ControlStatus::Attested, ControlStatus::Pass};
    return cycle[i % cycle.size()];
}

inline EvidenceMeasure measure(const std::string &control, const std::string &id, std::int64_t checked,
                               std::int64_t failing, EvidenceLink link)
{
    EvidenceMeasure m;
    m.control = control;
    m.id = id;
    m.label = "images signed and verified";
    m.noun = "images";
    m.failingAs = "unsigned";
    m.assessed = true;
    m.checked = checked;
    m.failing = failing;
    m.examples = {"shop/api:1.4", "shop/web:2.0"};
    m.link = std::move(link);
    return m;
}

// The hand-built posture: statusAt() per control; BLD-3 with two measures (images, findings),
// SEC-4 with a valid attestation and an older one.
inline PostureAssessment posture()
{
    const ControlCatalog &catalog = ControlCatalog::builtin();
    PostureAssessment p;
    p.at = kNow;
    for (std::size_t i = 0; i < catalog.controls().size(); ++i) {
        const ControlDefinition &d = catalog.controls()[i];
        ControlAssessment a;
        a.control = d.id;
        a.area = d.area;
        a.status = statusAt(i);
        a.explanation = d.id + " is " + std::string(controlStatusName(a.status)) + ". Second sentence.";
        if (d.id == "BLD-3") {
            a.measures.push_back(measure(d.id, "images-signed", 41, 3, {"images", "signature=unsigned"}));
            EvidenceMeasure findings = measure(d.id, "open-findings", 12, 2, {"findings", "control=BLD-3&severity=critical,high&status=open"});
            findings.label = "open findings of the control";
            findings.noun = "findings";
            findings.failingAs = "high or critical";
            findings.severityBased = true;
            findings.worst = Severity::Critical;
            a.measures.push_back(findings);
        }
        if (d.id == "SEC-4") {
            Attestation t;
            t.id = 2;
            t.control = d.id;
            t.status = AttestationStatus::Pass;
            t.evidence = "etcd encryption at rest enabled with KMS v2";
            t.links = {"https://wiki.example/etcd-encryption"};
            t.attestedBy = "alice";
            t.attestedAt = kNow - 30 * kDay;
            t.expiresAt = kNow + 335 * kDay;
            t.files = {AttestationFile{7, "encryption-config.yaml", std::string(64, 'a'), 2048}};
            a.attestation = t;
            a.attestationApplied = true;
        }
        p.controls.push_back(a);
    }
    p.score = scorePosture(catalog, p.controls);
    return p;
}

inline ui::ControlsData data()
{
    ui::ControlsData d = ui::controlsData(ControlCatalog::builtin(), posture());
    for (ui::ControlRow &row : d.rows) {
        if (row.definition.id == "SEC-4") {
            Attestation older = *row.assessment.attestation;
            older.id = 1;
            older.attestedBy = "bob";
            older.attestedAt = kNow - 400 * kDay;
            older.expiresAt = kNow - 35 * kDay;
            older.evidence = "checked by hand";
            row.history = {*row.assessment.attestation, older};
        }
    }
    return d;
}

} // namespace bulkhead::test::controls
