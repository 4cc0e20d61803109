// Control by control, area by area: the status badge, the practice guide's sentence, how
// Bulkhead checks it, why it has its status, each measure with its numbers, and the attestation.
#include "reportsections.h"
#include "reportsectiontext.h"

#include "controls/controlarea.h"
#include "controls/controlcatalog.h"
#include "controls/measurestatus.h"

namespace bulkhead::pdf {

using namespace reporttext;

namespace {

const QColor kMuted(0x4b, 0x55, 0x63);

QString attestationState(const ControlAssessment &a, std::int64_t asOf)
{
    const Attestation &t = *a.attestation;
    if (t.status == AttestationStatus::Withdrawn)
        return PdfReport::tr("withdrawn");
    if (a.attestationExpired)
        return PdfReport::tr("expired, ignored: the evidence decides");
    if (!t.validAt(asOf))
        return PdfReport::tr("not in force at the report's date");
    return a.attestationApplied ? PdfReport::tr("valid, counted") : PdfReport::tr("valid, the evidence decides");
}

void renderAttestation(PdfDocument &doc, const ControlDefinition *def, const ControlAssessment &a, std::int64_t asOf)
{
    if (!a.attestation) {
        if (def && !def->attestationHint.empty())
            doc.paragraph(PdfReport::tr("Attestation: none recorded (one would show that %1).").arg(q(def->attestationHint)),
                          TextStyle::Small, kMuted);
        return;
    }
    const Attestation &t = *a.attestation;
    std::vector<std::pair<QString, QString>> rows{
        {PdfReport::tr("Attestation"), PdfReport::tr("%1 by %2 on %3, expires %4 (%5)")
                                           .arg(attestationStatusLabel(std::string(attestationStatusName(t.status))),
                                                q(t.attestedBy), day(t.attestedAt), day(t.expiresAt),
                                                attestationState(a, asOf))},
    };
    if (!t.evidence.empty())
        rows.emplace_back(PdfReport::tr("Evidence"), q(t.evidence));
    for (const std::string &link : t.links)
        rows.emplace_back(PdfReport::tr("Link"), q(link));
    for (const AttestationFile &f : t.files)
        rows.emplace_back(PdfReport::tr("File"), PdfReport::tr("%1 (%2 bytes, SHA-256 %3)").arg(q(f.name), number(f.size), q(f.sha256)));
    doc.keyValues(rows);
}

} // namespace

bool renderControls(SectionContext &ctx)
{
    const ControlCatalog &catalog = ControlCatalog::builtin();
    const PostureAssessment &p = ctx.model.summary.posture;
    PdfDocument &doc = ctx.doc;
    doc.heading(1, PdfReport::tr("Controls"));
    doc.paragraph(PdfReport::tr("Each control of the practice guide with its status as of %1. Pass and attested count 1 in the "
                     "score, partial 0.5, fail 0; not assessed controls are left out of the score and listed as a "
                     "coverage gap. Measures are what Bulkhead checked, with their numbers.")
                      .arg(day(ctx.model.title.asOf)));
    for (ControlArea area : kControlAreas) {
        doc.heading(2, areaTitle(area));
        for (const ControlAssessment &a : p.controls) {
            if (a.area != area)
                continue;
            const ControlDefinition *def = catalog.find(a.control);
            doc.spacing(4);
            doc.ensureSpace(70); // the badge with at least its sentences, never alone at a page's foot
            doc.badgeLine(statusLabel(a.status).toUpper(), statusColor(a.status),
                          q(a.control) + QStringLiteral("  ") + (def ? q(def->title) : QString()));
            if (def) {
                doc.paragraph(q(def->practice), TextStyle::Small, kMuted);
                doc.paragraph(PdfReport::tr("Checked by: %1").arg(q(def->assessment)), TextStyle::Small, kMuted);
            }
            doc.paragraph(q(a.explanation));
            if (!a.measures.empty()) {
                doc.beginTable({{PdfReport::tr("Measure"), 2.2, Qt::AlignLeft, true},
                                {PdfReport::tr("Status"), 1.35},
                                {PdfReport::tr("Numbers"), 4.5, Qt::AlignLeft, true}});
                for (const EvidenceMeasure &mm : a.measures) {
                    const ControlStatus s = measureStatus(mm);
                    const QString numbers = mm.assessed ? q(measureSentence(mm))
                        : mm.notAssessedReason.empty()
                        ? PdfReport::tr("nothing collected speaks to it, so not assessed.")
                        : PdfReport::tr("%1, so not assessed.", "the reason is core's text").arg(q(mm.notAssessedReason));
                    doc.tableRow({{q(mm.label.empty() ? mm.id : mm.label)}, {statusLabel(s), statusColor(s), {}, true},
                                  {numbers}});
                }
                doc.endTable();
            }
            renderAttestation(doc, def, a, ctx.model.title.asOf);
            if (!ctx.row())
                return false;
        }
    }
    return true;
}

} // namespace bulkhead::pdf
