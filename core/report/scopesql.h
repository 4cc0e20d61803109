#pragma once

#include "report/reportscope.h"
#include "store/sqlitestatement.h"

#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// A ReportScope as an SQL condition. The scope's names are bound parameters, never part of the
// text. The condition uses numbered parameters ?N from `firstParam` on, so it can sit anywhere in
// a statement beside the caller's own ?1..?k (a name used twice in the condition is one
// parameter). Everything else is resolved inside SQLite by uncorrelated subqueries (evaluated once
// per statement): source names through `sources` (kind, url), scanner names through `tools`
// (case-insensitive, as bits of findings.tool_mask), so building it needs no database.
struct ScopeSql {
    std::string condition;           // a boolean SQL expression; "" = no restriction
    std::vector<std::string> params; // params[i] binds to ?(firstParam + i)
    int firstParam = 1;

    bool empty() const { return condition.empty(); }
    // The first parameter number after this condition's.
    int nextParam() const { return firstParam + static_cast<int>(params.size()); }
    // " AND (condition)", or "" when there is no restriction.
    std::string andClause() const;
    // " WHERE (condition)", or "".
    std::string whereClause() const;
    // Binds every parameter at its number. The texts are bound without copying: this ScopeSql
    // must outlive the statement's steps.
    void bind(SqliteStatement &st) const;
};

// Findings (the `findings` table under `alias`) in scope. A finding is in scope through its asset:
//  - clusters:   assets.cluster is one of them;
//  - namespaces: assets.namespace is one of them;
//  - registries: an image asset whose repository's registry host is one of them (a value may be
//                a host, "ghcr.io" / "127.0.0.1:5000", or a registry source's name, meaning its
//                url's host and also the images that source collected, matched by digest);
//                a repository with no host ("alpine", "library/alpine") is docker.io's;
// and through `sources`: a scanner tool that reported it (findings.tool_mask), or a cluster
// source (as clusters) or registry source (as registries) of that name. A name that is none of
// these matches nothing. Fields AND together, names of one field OR.
ScopeSql scopeFindingsSql(const ReportScope &scope, std::string_view alias = "f", int firstParam = 1);

// Assets (the `assets` table under `alias`) in scope: the same rules, where a scanner named in
// `sources` selects the assets it scanned (asset_scans).
ScopeSql scopeAssetsSql(const ReportScope &scope, std::string_view alias = "a", int firstParam = 1);

// "HOST[:port]" as the scope compares registries: lower case, no scheme, no path, Docker Hub's
// aliases (index.docker.io, registry-1.docker.io, registry.hub.docker.com) as "docker.io".
std::string normalizedRegistryHost(std::string_view hostOrUrl);

} // namespace bulkhead
