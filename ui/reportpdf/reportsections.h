#pragma once

#include "reportsectioncontext.h"

namespace bulkhead::pdf {

// The report's sections in the order they are printed; each is its own reportsection*.cpp.
// Every renderer is called in both passes and must lay out the same way in each (charts paint
// only in Pass::Paint, inside PdfDocument::drawing). Return false when cancelled.
bool renderTitlePage(SectionContext &ctx);        // title, scope, dates, store id, DEMO STORE; contents
bool renderExecutiveSummary(SectionContext &ctx); // score, areas, trend and severity charts, verdict
bool renderControls(SectionContext &ctx);         // control by control: status, measures, attestation
bool renderFindings(SectionContext &ctx);         // counts, every critical/high, the rest summarised
bool renderAcceptances(SectionContext &ctx);      // risk acceptances with justification and expiry
bool renderRbac(SectionContext &ctx);             // review status per cluster, risky subjects
bool renderSecrets(SectionContext &ctx);          // rotation compliance per store, the overdue list
bool renderDrills(SectionContext &ctx);           // drills and post-incident reviews
bool renderCoverage(SectionContext &ctx);         // what was collected, what was not and why
bool renderSourcesAppendix(SectionContext &ctx);  // every source, and how the report was made

// All of them in order: the build function writeReportPdf runs once per pass.
bool renderReport(SectionContext &ctx);

} // namespace bulkhead::pdf
