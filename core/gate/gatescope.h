#pragma once

#include "report/reportscope.h"
#include "report/scopesql.h"

#include <string>
#include <vector>

namespace bulkhead {

class Database;

// A ReportScope as SQL conditions for the gate's queries, one per kind of row. Each is "1" when
// the scope does not narrow that kind. Values are resolved against the store first: a scope
// naming a cluster, registry, source or namespace the store has never seen is an error, because a
// gate narrowed to nothing would pass anything (a typo in CI must not open the gate).
struct GateScopeSql {
    // Over `findings f` (scopeFindingsSql: its names are parameters from ?2 on, so that ?1 stays
    // the caller's; bind them with findings.bind()).
    ScopeSql findings;
    std::string images;   // over `images i`
    std::string bindings; // over `rbac_bindings b`
    std::string secrets;  // over `secrets s`
    // Per kind, the scope fields that do not apply to it ("images: clusters, namespaces do not
    // apply"), printed with the rules that read those rows.
    std::string findingsNote, imagesNote, bindingsNote, secretsNote, postureNote;
    std::string error; // set when a value names nothing in the store
};

GateScopeSql gateScopeSql(const Database &db, const ReportScope &scope);

} // namespace bulkhead
