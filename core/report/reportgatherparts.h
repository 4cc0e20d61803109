#pragma once

// Internal to core/report's gatherPostureSections (reportgather*.cpp): one function per section,
// each in a file of its own, and the small scope tests they share. Nothing outside core/report
// includes it.

#include "report/reportmodel.h"
#include "report/reportscope.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

class Database;

namespace reportparts {

bool listed(const std::vector<std::string> &names, const std::string &name);
// Coverage, sources and secret origins go by source: a configured source, inventory or scanner
// tool is in scope when the scope names no source at all (clusters, registries, sources empty) or
// when one of those lists names it (`host`: a registry's host, also matched by `registries`).
bool sourceInScope(const ReportScope &scope, const std::string &kind, const std::string &name,
                   const std::string &host = {});
std::string dayText(std::int64_t unixSeconds); // "2026-11-29"

// RBAC review status per cluster and the High/Critical subjects, as of `now` (RBAC is current).
void gatherRbac(const Database &db, const ReportScope &scope, std::int64_t now, ReportRbac &out);
// Rotation compliance per store+origin and every overdue secret, ages at `asOf`; narrowed by the
// scope's clusters and sources (origins) and namespaces, never by registries.
void gatherSecrets(const Database &db, const ReportScope &scope, std::int64_t asOf, ReportSecrets &out);
// Scheduled drills and post-incident reviews as they stood at `asOf`.
void gatherDrills(const Database &db, std::int64_t asOf, ReportDrills &out);
// What each source last delivered and what it did not, as of `now` (coverage is current).
void gatherCoverage(const Database &db, const ReportScope &scope, std::int64_t now, int staleDays,
                    std::vector<ReportCoverageRow> &out);
// The appendix: every configured source, inventory and scanner tool.
void gatherSources(const Database &db, const ReportScope &scope, std::vector<ReportSourceRow> &out);

} // namespace reportparts
} // namespace bulkhead
