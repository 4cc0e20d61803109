#include "workloads/workloadsloader.h"

#include "store/database.h"

#include <algorithm>

namespace bulkhead::ui {

bool WorkloadsLoader::page(quint64 generation, const WorkloadFilter &filter, WorkloadSort sort, bool descending,
                           qint64 offset, int limit, std::vector<WorkloadRow> &rows, QString &error)
{
    return run(generation, error,
               [&] { rows = WorkloadRepository(db()).page(filter, sort, descending, offset, limit); });
}

bool WorkloadsLoader::count(quint64 generation, const WorkloadFilter &filter, qint64 &total, QString &error)
{
    return run(generation, error, [&] { total = WorkloadRepository(db()).count(filter); });
}

WorkloadsFacts WorkloadsLoader::facts(const std::string &cluster)
{
    WorkloadsFacts out;
    run(0, out.error, [&] {
        const std::vector<SourceRow> sources = SourceRepository(db()).list();
        out.clusterSources = static_cast<int>(
            std::count_if(sources.begin(), sources.end(), [](const SourceRow &s) { return s.kind == "cluster"; }));
        const WorkloadRepository repo(db());
        out.clusters = repo.clusters();
        out.namespaces = repo.namespaces(cluster);
        out.namespaceRows = repo.namespaceRows(cluster);
        out.coverage = repo.coverage(cluster);
        out.evidence = repo.evidence(cluster);
    });
    return out;
}

} // namespace bulkhead::ui
