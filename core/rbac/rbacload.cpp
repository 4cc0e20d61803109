// RbacObjects from what the cluster collector keeps: RBAC objects and service accounts as
// kube_objects rows (their API JSON), workloads as kube_workloads rows.
//
// Whether a workload's pods carry their service account's token: the store keeps the
// automount-token check as a folded matrix cell (state only; the message only of a failure). The
// check (core/kube/workloadposture.cpp) fails or is "not assessed" only when the token is mounted,
// and passes either because automountServiceAccountToken is false (pod or service account) or
// because the token is mounted and a binding names the service account. A pass therefore reads as
// "not mounted" when the stored ServiceAccount says false or no binding names the account; a pass
// that could be either counts as mounted, so that a risky token is shown rather than hidden.
#include "rbac/rbacload.h"

#include "kube/kubeworkload.h"
#include "kube/workloadcheck.h"
#include "store/database.h"
#include "store/workloadrepository.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace bulkhead {

namespace {

constexpr const char *kRbacKinds[] = {"Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ServiceAccount"};

std::string recordName(const KubeObjectRecord &r)
{
    return r.kind + ' ' + (r.nameSpace.empty() ? r.name : r.nameSpace + '/' + r.name);
}

void addError(std::vector<std::string> *errors, std::string text)
{
    if (errors)
        errors->push_back(std::move(text));
}

// What the stored JSON left out (the collector keeps uid and creation time in their own columns).
template <class T>
void fillFromRecord(T &object, const KubeObjectRecord &r)
{
    if (object.uid.empty())
        object.uid = r.uid;
    if (!object.createdAt)
        object.createdAt = r.createdAt;
}

std::optional<std::size_t> automountColumn()
{
    const auto &ids = workloadCheckIds();
    const auto it = std::find(ids.begin(), ids.end(), std::string_view(workloadcheck::kAutomountToken));
    return it == ids.end() ? std::nullopt : std::optional<std::size_t>(it - ids.begin());
}

} // namespace

RbacObjects rbacObjectsFromRecords(const std::vector<KubeObjectRecord> &records,
                                   const std::vector<RbacWorkload> &workloads, bool serviceAccountsListed,
                                   std::vector<std::string> *errors)
{
    RbacObjects out;
    out.serviceAccountsListed = serviceAccountsListed;
    out.workloads = workloads;
    std::set<std::string> namespaces;
    out.bindings.reserve(std::count_if(records.begin(), records.end(), [](const KubeObjectRecord &r) {
        return r.kind == "RoleBinding" || r.kind == "ClusterRoleBinding";
    }));
    for (const KubeObjectRecord &r : records) {
        if (std::find(std::begin(kRbacKinds), std::end(kRbacKinds), r.kind) == std::end(kRbacKinds))
            continue;
        nlohmann::json object = nlohmann::json::parse(r.json, nullptr, false);
        if (!object.is_object()) {
            addError(errors, recordName(r) + ": the stored JSON cannot be read");
            continue;
        }
        // Items of a list come without kind; the record knows it.
        if (!object.contains("kind") || !object["kind"].is_string())
            object["kind"] = r.kind;
        std::string error;
        if (r.kind == "Role" || r.kind == "ClusterRole") {
            RbacRole role;
            if (!parseRbacRole(object, role, &error)) {
                addError(errors, error);
                continue;
            }
            fillFromRecord(role, r);
            out.roles.push_back(std::move(role));
        } else if (r.kind == "ServiceAccount") {
            RbacServiceAccount sa;
            if (!parseRbacServiceAccount(object, sa, &error)) {
                addError(errors, error);
                continue;
            }
            out.serviceAccounts.push_back(std::move(sa));
        } else {
            RbacBinding binding;
            if (!parseRbacBinding(object, binding, &error)) {
                addError(errors, error);
                continue;
            }
            fillFromRecord(binding, r);
            out.bindings.push_back(std::move(binding));
        }
        if (!r.nameSpace.empty())
            namespaces.insert(r.nameSpace);
    }
    for (const RbacWorkload &w : workloads)
        if (!w.nameSpace.empty())
            namespaces.insert(w.nameSpace);
    out.namespaces.assign(namespaces.begin(), namespaces.end());
    return out;
}

RbacObjects loadRbacObjects(const Database &db, const std::string &cluster, std::vector<std::string> *errors)
{
    // The repository only reads here; it takes a Database& because it also writes collections.
    WorkloadRepository repo(const_cast<Database &>(db));
    std::vector<KubeObjectRecord> records;
    for (const char *kind : kRbacKinds) {
        std::vector<KubeObjectRecord> some = repo.objects(cluster, kind);
        records.insert(records.end(), std::make_move_iterator(some.begin()), std::make_move_iterator(some.end()));
    }
    bool listed = false;
    for (const CoverageRow &c : repo.coverage(cluster))
        listed = listed || (c.record.resource == "serviceaccounts" && c.record.state == "complete");

    RbacObjects out = rbacObjectsFromRecords(records, {}, listed, errors);

    std::set<std::pair<std::string, std::string>> automountOff, bound;
    for (const RbacServiceAccount &sa : out.serviceAccounts)
        if (sa.automountToken == false)
            automountOff.insert({sa.nameSpace, sa.name});
    for (const RbacBinding &b : out.bindings)
        for (const RbacSubject &s : b.subjects)
            if (s.kind == SubjectKind::ServiceAccount)
                bound.insert({s.nameSpace, s.name});

    WorkloadFilter filter;
    filter.cluster = cluster;
    const std::int64_t count = repo.count(filter);
    const std::optional<std::size_t> column = automountColumn();
    std::set<std::string> namespaces(out.namespaces.begin(), out.namespaces.end());
    constexpr int kPage = 5000;
    for (std::int64_t offset = 0; offset < count; offset += kPage) {
        for (const WorkloadRow &row : repo.page(filter, WorkloadSort::Namespace, false, offset, kPage)) {
            RbacWorkload w{row.nameSpace, row.kind, row.name, row.serviceAccount, true};
            const std::pair<std::string, std::string> account{row.nameSpace,
                                                              row.serviceAccount.empty() ? "default" : row.serviceAccount};
            if (column && *column < row.cells.size() && row.cells[*column].state == CheckState::Pass)
                w.tokenMounted = !(automountOff.count(account) || !bound.count(account));
            namespaces.insert(row.nameSpace);
            out.workloads.push_back(std::move(w));
        }
    }
    for (const std::string &ns : repo.namespaces(cluster))
        namespaces.insert(ns);
    out.namespaces.assign(namespaces.begin(), namespaces.end());
    return out;
}

RbacWorkload rbacWorkloadFromKube(const KubeWorkload &workload)
{
    RbacWorkload w{workload.nameSpace, workload.kind, workload.name, workload.serviceAccount, true};
    // The check passes with this wording only when automountServiceAccountToken is false on the
    // pod or its service account (workloadposture.cpp; tst_rbacobjects runs the real check).
    for (const WorkloadCheckResult &r : workload.checks)
        if (r.check == workloadcheck::kAutomountToken && r.state == CheckState::Pass
            && r.message.find(" is not mounted") != std::string::npos)
            w.tokenMounted = false;
    return w;
}

} // namespace bulkhead
