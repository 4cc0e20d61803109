#pragma once

#include "report/reportmodel.h"
#include "report/reportscope.h"

#include <atomic>
#include <optional>
#include <cstdint>
#include <string>

namespace bulkhead {

class Database;

struct ReportOptions {
    ReportScope scope;
    // The day whose data the report shows, as "YYYY-MM-DD" (its end, 23:59:59 UTC); "" = now.
    // A past day: control statuses and scores come from the newest snapshot at or before it;
    // findings are those first seen by then and not resolved before it (current triage); secret
    // ages and drills are computed at that moment. ReportTitle::scopeNotes says so.
    std::string asOfDate;
    std::int64_t now = 0;         // generation time
    std::string generatedBy;
    std::string storePath;
    const std::atomic<bool> *cancel = nullptr; // checked between sections
};

// Reads everything a report says, in one read transaction on `db` (a read connection; off the
// GUI thread). Returns false with `error` set ("as-of 2020-01-01 is before the store's first
// snapshot (2026-11-01)", "cancelled") and `out` untouched in meaning.
bool gatherReport(const Database &db, const ReportOptions &options, ReportModel &out, std::string &error);

// The parts, each a file of its own (reportgather*.cpp); gatherReport calls them in order.
// `asOf` is the resolved moment (options' day end, or options.now).
void gatherFindingSections(const Database &db, const ReportScope &scope, std::int64_t asOf, ReportModel &out);
void gatherPostureSections(const Database &db, const ReportOptions &options, std::int64_t asOf, ReportModel &out);

// "YYYY-MM-DD" -> that day's last second (UTC); nullopt when not a date.
std::optional<std::int64_t> reportDayEnd(const std::string &date);

} // namespace bulkhead
