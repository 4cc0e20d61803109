#pragma once

#include "rbac/rbacindex.h"

#include <string>
#include <vector>

namespace bulkhead {

// The permission matrix of one subject in one scope: rows are the resources its rules name
// (apiGroup + resource[/subresource], or a non-resource URL), columns the verbs, each cell the
// grants that allow that verb on that resource there. Plain C++ over RbacIndex (no Qt, no store):
// the RBAC page builds it on its worker thread, the bench times it through the same function.

// The eight verbs every resource row shows, in the order kubectl lists them.
const std::vector<std::string> &standardRbacVerbs();

struct PermissionMatrixRow {
    std::string apiGroup;       // "" core, "apps", "*"
    std::string resource;       // "pods", "pods/exec", "*"; empty for a non-resource URL row
    std::string nonResourceUrl; // "/healthz", "/metrics*"; empty for a resource row
    std::string label;          // "pods", "pods/exec", "deployments.apps", "*.*", "/healthz"
};

struct PermissionMatrixCell {
    // Indexes into PermissionMatrix::grants, cluster-wide first: the first kMaxGrants of them (a
    // subject of a large cluster can hold thousands of grants for one cell; nobody reads past the
    // first screen of them, and keeping them all would make a matrix cost seconds).
    static constexpr int kMaxGrants = 50;
    std::vector<int> grants;
    int grantCount = 0;         // every grant of the cell
    // Every grant of the cell names resourceNames: it allows the verb on those objects only.
    bool namedObjectsOnly = false;
    // Every grant of the cell is cluster-wide (seen from a namespace: it comes from a
    // ClusterRoleBinding, not from the namespace's RoleBindings).
    bool clusterWideOnly = false;
    bool allowed() const { return grantCount > 0; }
};

struct PermissionMatrix {
    RbacSubject subject;
    std::string scope;                 // "" = cluster-wide; else the namespace shown
    std::vector<std::string> scopes;   // what can be chosen: "" first, then every namespace with grants, sorted
    std::vector<int> scopeGrants;      // per scope: the subject's grants bound there (cluster-wide ones for "")
    // Per scope: of those, the grants bound to the subject itself (not through a group such as
    // system:authenticated), which say more about what it is for.
    std::vector<int> scopeOwnGrants;
    std::vector<std::string> verbs;    // the columns: standardRbacVerbs(), then other verbs the rules name
                                       // (escalate, bind, impersonate, use, ...), then "*" when a rule has it
    std::vector<PermissionMatrixRow> rows;
    std::vector<std::vector<PermissionMatrixCell>> cells; // [row][column]
    std::vector<RbacGrant> grants;     // the grants that apply in the scope (cluster-wide ones included)
    std::vector<std::string> grantText; // RbacIndex::describeGrant of each grant a cell lists ("" for the others)
    std::vector<std::string> grantObjects; // each grant's resourceNames, comma-separated ("" = every object)
    int bindings = 0;                  // distinct bindings behind `grants`
    int allGrants = 0;                 // grants of the subject in every scope

    const PermissionMatrixCell *cell(int row, int column) const;
    // The column of `verb`, -1 when it is not one.
    int column(const std::string &verb) const;
    // The row labelled `label`, -1 when there is none.
    int row(const std::string &label) const;
};

// Builds the matrix from the subject's effective permissions (RbacIndex::effectivePermissions).
// `scope` "" shows cluster-wide grants; a namespace shows the grants in force there (its
// RoleBindings plus every cluster-wide grant). Rows are sorted: non-resource URLs last, core
// resources first, then by group, "*" after the named ones.
PermissionMatrix buildPermissionMatrix(const RbacIndex &index, const RbacSubject &subject, const std::string &scope);
// The same from grants already computed for the subject (effectivePermissions' answer).
PermissionMatrix buildPermissionMatrix(const RbacIndex &index, const RbacSubject &subject, const std::string &scope,
                                       const std::vector<RbacGrant> &subjectGrants);

// The scope to open a subject on: cluster-wide, unless nothing is bound to the subject itself
// cluster-wide (only its groups' grants, such as system:authenticated's discovery) while it has
// RoleBindings of its own: then the namespace where most are. `m` is a matrix of the subject in
// any scope (the scope counts do not depend on it).
std::string preferredScope(const PermissionMatrix &m);

// "pods", "pods/exec", "deployments.apps", "*.*": the resource as kubectl and RBAC write it.
std::string permissionRowLabel(const std::string &apiGroup, const std::string &resource);

} // namespace bulkhead
