#pragma once

#include <string>
#include <vector>

namespace bulkhead {

class Database;

// One name a ReportScope field may take, with what it is ("registry source", "scanner", the
// clusters a namespace is in) for the picker to show beside it.
struct ScopeChoice {
    std::string name;
    std::string detail;

    bool operator==(const ScopeChoice &) const = default;
};

// The names the Report dialog offers for each ReportScope field: what the store knows, so that a
// scope is picked instead of typed. Each list is sorted by name, without duplicates.
//  - sources:    configured sources (detail: their kind), then scanner tools (detail "scanner")
//                that are not also a source's name (compared ignoring case, as scopes match tools);
//  - clusters:   cluster sources and every cluster named by collected workloads, namespaces,
//                RBAC analyses or finding assets (detail: "cluster source" or "");
//  - namespaces: Kubernetes namespaces of collected clusters and finding assets (detail: their
//                clusters, comma-separated);
//  - registries: registry hosts of registry sources and of image repositories that name one
//                ("ghcr.io/org/app"; "alpine" names none) (detail: the registry sources there).
struct ReportScopeChoices {
    std::vector<ScopeChoice> sources;
    std::vector<ScopeChoice> clusters;
    std::vector<ScopeChoice> namespaces;
    std::vector<ScopeChoice> registries;
};

// Reads them on `db` (a read connection, off the GUI thread). Throws StoreError.
ReportScopeChoices readReportScopeChoices(const Database &db);

// The registry host of an image repository ("ghcr.io/org/app" -> "ghcr.io", "localhost:5000/x"
// -> "localhost:5000"); "" when its first part is no host ("library/alpine", "alpine").
std::string repositoryRegistryHost(const std::string &repository);

} // namespace bulkhead
