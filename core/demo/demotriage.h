#pragma once

#include "demo/demoplan.h"
#include "demo/demoreportbuilder.h"
#include "store/database.h"

#include <cstdint>

namespace bulkhead::demo {

// What the demo's triage decided, in findings.
struct DemoTriageCounts {
    std::int64_t falsePositives = 0;
    std::int64_t riskAccepted = 0;
    std::int64_t expiringSoon = 0; // acceptances that end within 14 days
    std::int64_t mitigated = 0;
    std::int64_t confirmed = 0;
    std::int64_t assigned = 0;
    std::int64_t commented = 0;
};

// Makes the triage decisions a team would have made over the twelve weeks, on findings still
// present in their latest scan, through TriageRepository (validation, history rows, actor "demo").
// Runs after the reports are written, on the writer connection.
DemoTriageCounts applyDemoTriage(Database &db, const DemoPlan &plan, const DemoReportBuilder &builder);

} // namespace bulkhead::demo
