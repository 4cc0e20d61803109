// The report's appendix of sources: every configured registry, cluster and vault with its address,
// when it was added and how its collections went; imported inventories; every scanner tool whose
// reports were imported, with their count.
#include "report/reportgatherparts.h"
#include "secrets/secretrecord.h"
#include "store/sourcerepository.h"

namespace bulkhead::reportparts {

void gatherSources(const Database &db, const ReportScope &scope, std::vector<ReportSourceRow> &out)
{
    SqliteStatement runs = db.prepare("SELECT count(*) FROM collection_runs WHERE source_id = ?1");
    for (const SourceRow &source : SourceRepository(const_cast<Database &>(db)).list()) {
        if (!sourceInScope(scope, source.kind, source.name, source.kind == "registry" ? source.config.registryHost() : ""))
            continue;
        ReportSourceRow row;
        row.kind = source.kind;
        row.name = source.name;
        row.location = source.url;
        row.addedAt = source.createdAt;
        if (source.lastRun) {
            row.lastRunAt = source.lastRun->startedAt;
            row.lastStatus = source.lastRun->status;
        } else {
            row.lastStatus = "never collected";
        }
        runs.reset();
        runs.bind(1, source.id);
        row.runs = runs.step() ? runs.int64(0) : 0;
        out.push_back(std::move(row));
    }

    SqliteStatement inventories = db.prepare("SELECT origin, count(*), min(collected_at), max(collected_at) FROM "
                                             "secrets WHERE store = ?1 GROUP BY origin ORDER BY origin");
    inventories.bind(1, static_cast<int>(SecretStoreKind::Inventory));
    while (inventories.step()) {
        ReportSourceRow row;
        row.kind = "inventory";
        row.name = inventories.text(0);
        if (!sourceInScope(scope, row.kind, row.name))
            continue;
        row.location = "imported inventory CSV (" + std::to_string(inventories.int64(1)) + " secrets)";
        row.addedAt = inventories.int64(2);
        row.lastRunAt = inventories.int64(3);
        row.lastStatus = "imported";
        out.push_back(std::move(row));
    }

    // Per tool: the newest report's version (bare column of the max() row), first import, newest
    // scan, and how many reports.
    SqliteStatement tools = db.prepare("SELECT coalesce(t.name, r.format), max(r.scanned_at), "
                                       "coalesce(r.tool_version, ''), min(r.imported_at), count(*) FROM reports r "
                                       "LEFT JOIN tools t ON t.id = r.tool_id GROUP BY coalesce(t.name, r.format) "
                                       "ORDER BY 1");
    while (tools.step()) {
        ReportSourceRow row;
        row.kind = "scanner";
        row.name = tools.text(0);
        if (!sourceInScope(scope, row.kind, row.name))
            continue;
        row.lastRunAt = tools.int64(1);
        const std::string version = tools.text(2);
        row.location = version.empty() ? "version unknown" : "version " + version;
        row.addedAt = tools.int64(3);
        row.lastStatus = "imported";
        row.runs = tools.int64(4);
        out.push_back(std::move(row));
    }
}

} // namespace bulkhead::reportparts
