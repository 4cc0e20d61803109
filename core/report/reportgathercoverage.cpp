// The report's collection coverage: one row per configured source, imported inventory and scanner
// tool, with what it last delivered and what was not collected and why (resources a cluster did
// not let us list, failed runs and their errors, requests that failed, data gone stale). What the
// store holds now: coverage is current whatever the as-of day.
#include "report/reportgatherparts.h"
#include "secrets/secretrecord.h"
#include "store/reviewqueries.h"
#include "store/sourcerepository.h"
#include "store/workloadrepository.h"

namespace bulkhead::reportparts {

namespace {

constexpr std::int64_t kDay = 86400;

std::string joined(const std::vector<std::string> &parts)
{
    std::string out;
    for (const std::string &p : parts)
        out += (out.empty() ? "" : "; ") + p;
    return out;
}

std::string plural(std::int64_t n, const std::string &noun)
{
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

// What the source holds now: images, workloads or secrets, as the snapshots count them.
std::int64_t itemsOf(const Database &db, const SourceRow &source)
{
    const char *sql = source.kind == "registry" ? "SELECT count(*) FROM images WHERE source_id = ?1"
        : source.kind == "cluster"              ? "SELECT count(*) FROM kube_workloads WHERE source_id = ?1"
                                                : "SELECT count(*) FROM secrets WHERE source_id = ?1";
    SqliteStatement st = db.prepare(sql);
    st.bind(1, source.id);
    return st.step() ? st.int64(0) : 0;
}

// Resources the cluster's newest run with coverage did not list completely ("absent" is the API
// server not serving a resource: nothing was missed).
void clusterGaps(const Database &db, const std::string &cluster, std::vector<std::string> &gaps)
{
    for (const CoverageRow &row : WorkloadRepository(const_cast<Database &>(db)).coverage(cluster)) {
        const CoverageRecord &r = row.record;
        if (r.state == "complete" || r.state == "absent")
            continue;
        gaps.push_back(r.resource + " " + r.state + (r.message.empty() ? "" : " (" + r.message + ")"));
    }
}

ReportCoverageRow configuredSource(const Database &db, const SourceRow &source, std::int64_t now, int staleDays)
{
    ReportCoverageRow row;
    row.kind = source.kind;
    row.name = source.name;
    row.items = itemsOf(db, source);
    std::vector<std::string> gaps;

    SqliteStatement newest = db.prepare("SELECT status, coalesce(error, ''), failures FROM collection_runs WHERE "
                                        "source_id = ?1 AND status <> 'running' ORDER BY started_at DESC, id DESC "
                                        "LIMIT 1");
    newest.bind(1, source.id);
    SqliteStatement success = db.prepare("SELECT max(coalesce(finished_at, started_at)) FROM collection_runs WHERE "
                                         "source_id = ?1 AND status IN ('complete', 'partial')");
    success.bind(1, source.id);
    if (success.step() && !success.isNull(0))
        row.lastSuccessAt = success.int64(0);

    if (!newest.step()) {
        row.status = "never collected";
        gaps.push_back("never collected");
    } else {
        const std::string status = newest.text(0);
        const std::string error = newest.text(1);
        const std::int64_t failures = newest.int64(2);
        row.status = status == "complete" || status == "partial" ? status : "failed";
        if (row.status == "failed")
            gaps.push_back(std::string("the newest collection ") + (status == "cancelled" ? "was cancelled" : "failed")
                           + (error.empty() ? "" : ": " + error));
        else if (status == "partial")
            gaps.push_back("the newest collection was partial"
                           + (failures > 0 ? ": " + plural(failures, "request") + " failed" : std::string())
                           + (error.empty() ? "" : " (" + error + ")"));
        const SourceFailures failed = ReviewQueries(db).failuresSince(source.name, row.lastSuccessAt);
        if (failed.failedRuns > 1 || (failed.failedRuns == 1 && row.status != "failed"))
            gaps.push_back(plural(failed.failedRuns, "failed run") + " since the last success");
        if (row.status != "failed" && row.lastSuccessAt > 0 && row.lastSuccessAt < now - staleDays * kDay) {
            row.status = "stale";
            gaps.push_back("no successful collection for " + std::to_string((now - row.lastSuccessAt) / kDay) + " days");
        }
    }
    if (source.kind == "cluster")
        clusterGaps(db, source.name, gaps);
    row.gaps = joined(gaps);
    return row;
}

} // namespace

void gatherCoverage(const Database &db, const ReportScope &scope, std::int64_t now, int staleDays,
                    std::vector<ReportCoverageRow> &out)
{
    for (const SourceRow &source : SourceRepository(const_cast<Database &>(db)).list()) {
        if (sourceInScope(scope, source.kind, source.name, source.kind == "registry" ? source.config.registryHost() : ""))
            out.push_back(configuredSource(db, source, now, staleDays));
    }

    // Inventories have no runs: each is what its last import held.
    SqliteStatement inventories = db.prepare("SELECT origin, count(*), max(collected_at) FROM secrets WHERE store = ?1 "
                                             "GROUP BY origin ORDER BY origin");
    inventories.bind(1, static_cast<int>(SecretStoreKind::Inventory));
    while (inventories.step()) {
        ReportCoverageRow row{"inventory", inventories.text(0), "imported", inventories.int64(2), inventories.int64(1), ""};
        if (sourceInScope(scope, row.kind, row.name))
            out.push_back(std::move(row));
    }

    // Each scanner tool's newest report (by scan time; SQLite takes the bare columns from that
    // row); a report that named no tool goes by its format.
    SqliteStatement scanners = db.prepare("SELECT coalesce(t.name, r.format), max(r.scanned_at), r.finding_count, "
                                          "r.warning_count FROM reports r LEFT JOIN tools t ON t.id = r.tool_id "
                                          "GROUP BY coalesce(t.name, r.format) ORDER BY 1");
    while (scanners.step()) {
        ReportCoverageRow row{"scanner", scanners.text(0), "imported", scanners.int64(1), scanners.int64(2), ""};
        if (!sourceInScope(scope, row.kind, row.name))
            continue;
        std::vector<std::string> gaps;
        if (const std::int64_t warnings = scanners.int64(3))
            gaps.push_back(plural(warnings, "warning") + " reading the newest report");
        if (row.lastSuccessAt < now - staleDays * kDay) {
            row.status = "stale";
            gaps.push_back("the newest report was scanned " + std::to_string((now - row.lastSuccessAt) / kDay)
                           + " days ago");
        }
        row.gaps = joined(gaps);
        out.push_back(std::move(row));
    }
}

} // namespace bulkhead::reportparts
