#include "store/workloadrepository.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace bulkhead {

namespace {

// Which outcome a matrix cell shows when a check has several (one per container): a failure
// anywhere, else "not assessed" anywhere (a check that could not be judged for one container has
// not passed), else a pass, else n/a.
int cellRank(CheckState state)
{
    switch (state) {
    case CheckState::Fail: return 3;
    case CheckState::NotAssessed: return 2;
    case CheckState::Pass: return 1;
    case CheckState::NotApplicable: return 0;
    }
    return 2;
}

// The matrix cells of a workload by check id, folded from its per-container results.
std::map<std::string, WorkloadCheckCell> foldCells(const std::vector<WorkloadCheckResult> &checks)
{
    std::map<std::string, WorkloadCheckCell> cells;
    std::set<std::string> seen;
    for (const WorkloadCheckResult &r : checks) {
        WorkloadCheckCell &cell = cells[r.check];
        if (seen.insert(r.check).second || cellRank(r.state) > cellRank(cell.state))
            cell.state = r.state;
        if (r.state != CheckState::Fail)
            continue;
        if (cell.failingContainers++ == 0) { // the first failing container names the field
            cell.path = r.path;
            cell.message = r.message;
        }
        cell.severity = std::max(cell.severity, r.severity);
    }
    return cells;
}

// Compact JSON of the cells: {"<id>":{"s":state,"v":severity,"n":failing,"p":path,"m":message}},
// the last four only when set. Keyed by id so that a new check column needs no migration.
std::string encodeCells(const std::map<std::string, WorkloadCheckCell> &cells)
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto &[id, cell] : cells) {
        nlohmann::json c{{"s", static_cast<int>(cell.state)}};
        if (cell.severity != Severity::Unknown)
            c["v"] = static_cast<int>(cell.severity);
        if (cell.failingContainers)
            c["n"] = cell.failingContainers;
        if (!cell.path.empty())
            c["p"] = cell.path;
        if (!cell.message.empty())
            c["m"] = cell.message;
        out[id] = std::move(c);
    }
    // Replace invalid UTF-8 (a field path from a hostile object) instead of throwing mid-write.
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Cells in workloadCheckIds() order; a check the row does not hold is "not assessed".
std::vector<WorkloadCheckCell> decodeCells(std::string_view text)
{
    const auto &ids = workloadCheckIds();
    std::vector<WorkloadCheckCell> cells(ids.size());
    const nlohmann::json stored = nlohmann::json::parse(text, nullptr, false);
    if (!stored.is_object())
        return cells;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto it = stored.find(ids[i]);
        if (it == stored.end() || !it->is_object())
            continue;
        WorkloadCheckCell cell;
        try {
            cell.state = static_cast<CheckState>(std::clamp(it->value("s", 3), 0, 3));
            cell.severity = static_cast<Severity>(std::clamp(it->value("v", 0), 0, 5));
            cell.failingContainers = it->value("n", 0);
            cell.path = it->value("p", std::string());
            cell.message = it->value("m", std::string());
        } catch (const nlohmann::json::exception &) {
            continue; // a cell this program did not write stays "not assessed"
        }
        cells[i] = std::move(cell);
    }
    return cells;
}

std::string join(const std::vector<std::string> &items, char separator)
{
    std::string out;
    for (const std::string &s : items) {
        if (!out.empty())
            out += separator;
        out += s;
    }
    return out;
}

std::vector<std::string> splitOn(std::string_view text, char separator)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(separator, start), text.size());
        if (end > start)
            out.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// Deletes the rows of `table` with these ids.
void deleteIds(Database &db, const char *table, const std::vector<std::int64_t> &ids)
{
    SqliteStatement drop = db.prepare(std::string("DELETE FROM ") + table + " WHERE id = ?1");
    for (std::int64_t id : ids) {
        drop.reset();
        drop.bind(1, id).exec();
    }
}

// Ids of the source's rows in `table` (optionally of one kind) that are not in `kept`.
std::vector<std::int64_t> idsNotKept(Database &db, const char *table, std::int64_t sourceId,
                                     const std::set<std::int64_t> &kept, const std::string *kind = nullptr)
{
    SqliteStatement st = db.prepare(std::string("SELECT id FROM ") + table + " WHERE source_id = ?1"
                                    + (kind ? " AND kind = ?2" : ""));
    st.bind(1, sourceId);
    if (kind)
        st.bind(2, std::string_view(*kind));
    std::vector<std::int64_t> gone;
    while (st.step())
        if (!kept.count(st.int64(0)))
            gone.push_back(st.int64(0));
    return gone;
}

// Deletion by what this write holds (the ids its upserts returned), not by timestamps: two
// collections within one second must not keep each other's leftovers.
class UpsertedIds
{
public:
    void add(SqliteStatement &st)
    {
        if (!st.step())
            throw StoreError("an upsert returned no row id");
        m_ids.insert(st.int64(0));
        st.reset();
    }
    const std::set<std::int64_t> &ids() const { return m_ids; }

private:
    std::set<std::int64_t> m_ids;
};

void writeWorkloads(Database &db, const ClusterCollectionWrite &data, const std::string &cluster)
{
    SqliteStatement upsert = db.prepare(
        "INSERT INTO kube_workloads(source_id, cluster, namespace, kind, name, uid, service_account, pods, containers, "
        "images, image_digests, checks, failing, failed_checks, worst, created_at, collected_at, last_run_id) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18) "
        "ON CONFLICT(source_id, namespace, kind, name) DO UPDATE SET cluster = excluded.cluster, uid = excluded.uid, "
        "service_account = excluded.service_account, pods = excluded.pods, containers = excluded.containers, "
        "images = excluded.images, image_digests = excluded.image_digests, checks = excluded.checks, "
        "failing = excluded.failing, failed_checks = excluded.failed_checks, worst = excluded.worst, "
        "created_at = excluded.created_at, collected_at = excluded.collected_at, last_run_id = excluded.last_run_id "
        "RETURNING id");
    UpsertedIds kept;
    for (const KubeWorkload &w : data.workloads) {
        const auto cells = foldCells(w.checks);
        std::string failing;
        int failed = 0;
        Severity worst = Severity::Unknown;
        for (const auto &[id, cell] : cells) {
            if (cell.state != CheckState::Fail)
                continue;
            failing += " " + id;
            ++failed;
            worst = std::max(worst, cell.severity);
        }
        if (!failing.empty())
            failing += " ";
        const std::string checks = encodeCells(cells), images = join(w.images, '\n'),
                          digests = join(w.imageDigests, '\n');
        upsert.bind(1, data.sourceId).bind(2, std::string_view(cluster)).bind(3, std::string_view(w.nameSpace));
        upsert.bind(4, std::string_view(w.kind)).bind(5, std::string_view(w.name)).bindOrNull(6, w.uid);
        upsert.bindOrNull(7, w.serviceAccount).bind(8, w.pods).bind(9, w.containers);
        upsert.bind(10, std::string_view(images)).bind(11, std::string_view(digests));
        upsert.bind(12, std::string_view(checks)).bind(13, std::string_view(failing)).bind(14, failed);
        upsert.bind(15, static_cast<int>(worst)).bind(16, w.createdAt).bind(17, data.now);
        if (data.runId)
            upsert.bind(18, data.runId);
        else
            upsert.bindNull(18);
        kept.add(upsert);
    }
    if (data.workloadsComplete)
        deleteIds(db, "kube_workloads", idsNotKept(db, "kube_workloads", data.sourceId, kept.ids()));
}

void writeNamespaces(Database &db, const ClusterCollectionWrite &data, const std::string &cluster)
{
    SqliteStatement upsert = db.prepare(
        "INSERT INTO kube_namespaces(source_id, cluster, name, workloads, pods, network_policies, "
        "default_deny_ingress, default_deny_egress, policies_assessed, collected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
        "?7, ?8, ?9, ?10) ON CONFLICT(source_id, name) DO UPDATE SET cluster = excluded.cluster, "
        "workloads = excluded.workloads, pods = excluded.pods, network_policies = excluded.network_policies, "
        "default_deny_ingress = excluded.default_deny_ingress, default_deny_egress = excluded.default_deny_egress, "
        "policies_assessed = excluded.policies_assessed, collected_at = excluded.collected_at RETURNING id");
    UpsertedIds kept;
    for (const NamespaceSegmentation &n : data.namespaces) {
        upsert.bind(1, data.sourceId).bind(2, std::string_view(cluster)).bind(3, std::string_view(n.name));
        upsert.bind(4, n.workloads).bind(5, n.pods).bind(6, n.networkPolicies);
        upsert.bind(7, n.defaultDenyIngress ? 1 : 0).bind(8, n.defaultDenyEgress ? 1 : 0);
        upsert.bind(9, data.networkPoliciesCollected ? 1 : 0).bind(10, data.now);
        kept.add(upsert);
    }
    if (data.namespacesComplete)
        deleteIds(db, "kube_namespaces", idsNotKept(db, "kube_namespaces", data.sourceId, kept.ids()));
    // Segmentation read from policies an earlier run collected is not evidence now: a run that
    // could not list NetworkPolicies marks every namespace of the cluster "not assessed".
    if (!data.networkPoliciesCollected) {
        SqliteStatement st = db.prepare("UPDATE kube_namespaces SET policies_assessed = 0 WHERE source_id = ?1");
        st.bind(1, data.sourceId).exec();
    }
}

void writeCoverage(Database &db, const ClusterCollectionWrite &data, const std::string &cluster)
{
    if (data.coverage.empty())
        return;
    if (!data.runId)
        throw StoreError("cluster " + cluster + ": coverage needs a collection run");
    SqliteStatement upsert = db.prepare(
        "INSERT INTO kube_coverage(run_id, resource, state, items, message, controls) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT(run_id, resource) DO UPDATE SET state = excluded.state, items = excluded.items, "
        "message = excluded.message, controls = excluded.controls");
    for (const CoverageRecord &c : data.coverage) {
        const std::string controls = join(c.controls, ' ');
        upsert.reset();
        upsert.bind(1, data.runId).bind(2, std::string_view(c.resource)).bind(3, std::string_view(c.state));
        upsert.bind(4, c.items).bindOrNull(5, c.message).bind(6, std::string_view(controls)).exec();
    }
}

// Agents are found in DaemonSets and Deployments: only a complete workload listing can say one is
// gone, so a partial run adds evidence and keeps what an earlier run found.
void writeEvidence(Database &db, const ClusterCollectionWrite &data, const std::string &cluster)
{
    if (data.workloadsComplete) {
        SqliteStatement drop = db.prepare("DELETE FROM kube_evidence WHERE source_id = ?1");
        drop.bind(1, data.sourceId).exec();
    }
    SqliteStatement upsert = db.prepare(
        "INSERT INTO kube_evidence(source_id, cluster, control, agent, evidence, collected_at) VALUES (?1, ?2, ?3, ?4, "
        "?5, ?6) ON CONFLICT(source_id, control, agent, evidence) DO UPDATE SET cluster = excluded.cluster, "
        "collected_at = excluded.collected_at");
    for (const AgentEvidence &e : data.evidence) {
        upsert.reset();
        upsert.bind(1, data.sourceId).bind(2, std::string_view(cluster)).bind(3, std::string_view(e.control));
        upsert.bind(4, std::string_view(e.agent)).bind(5, std::string_view(e.evidence)).bind(6, data.now).exec();
    }
}

void writeObjects(Database &db, const ClusterCollectionWrite &data, const std::string &cluster)
{
    SqliteStatement upsert = db.prepare(
        "INSERT INTO kube_objects(source_id, cluster, kind, namespace, name, uid, created_at, json, collected_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(source_id, kind, namespace, name) DO UPDATE SET "
        "cluster = excluded.cluster, uid = excluded.uid, created_at = excluded.created_at, json = excluded.json, "
        "collected_at = excluded.collected_at RETURNING id");
    UpsertedIds kept;
    for (const KubeObjectRecord &o : data.objects) {
        upsert.bind(1, data.sourceId).bind(2, std::string_view(cluster)).bind(3, std::string_view(o.kind));
        upsert.bind(4, std::string_view(o.nameSpace)).bind(5, std::string_view(o.name)).bindOrNull(6, o.uid);
        upsert.bind(7, o.createdAt).bind(8, std::string_view(o.json)).bind(9, data.now);
        kept.add(upsert);
    }
    for (const std::string &kind : data.objectKindsComplete)
        deleteIds(db, "kube_objects", idsNotKept(db, "kube_objects", data.sourceId, kept.ids(), &kind));
}

// The cluster's name on every row is the source's as stored (the view filters by it), never a
// name the caller spelled differently; the source must be a cluster.
std::string clusterName(Database &db, const ClusterCollectionWrite &data)
{
    SqliteStatement source = db.prepare("SELECT name, kind FROM sources WHERE id = ?1");
    source.bind(1, data.sourceId);
    if (!source.step())
        throw StoreError("cluster " + data.cluster + ": there is no source with id " + std::to_string(data.sourceId));
    if (source.textView(1) != "cluster")
        throw StoreError("the source " + source.text(0) + " is not a cluster source");
    return source.text(0);
}

// WHERE over `kube_workloads w`; parameters ?1 cluster, ?2 namespace, ?3 text, ?4 failing check.
struct WorkloadWhere {
    std::string sql;
    const WorkloadFilter &filter;

    explicit WorkloadWhere(const WorkloadFilter &f) : filter(f)
    {
        std::vector<std::string> terms;
        if (!f.cluster.empty())
            terms.emplace_back("w.cluster = ?1");
        if (!f.nameSpace.empty())
            terms.emplace_back("w.namespace = ?2");
        // instr on lower-cased text instead of LIKE: no wildcard in the user's text to escape.
        if (!f.text.empty())
            terms.emplace_back("(instr(lower(w.name), lower(?3)) > 0 OR instr(lower(w.namespace), lower(?3)) > 0 "
                               "OR instr(lower(w.images), lower(?3)) > 0)");
        if (!f.failingCheck.empty())
            terms.emplace_back("instr(w.failing, ' ' || ?4 || ' ') > 0");
        if (f.onlyFailing)
            terms.emplace_back("w.failed_checks > 0");
        for (std::size_t i = 0; i < terms.size(); ++i)
            sql += (i ? " AND " : " WHERE ") + terms[i];
    }

    void bind(SqliteStatement &st) const
    {
        if (!filter.cluster.empty())
            st.bind(1, std::string_view(filter.cluster));
        if (!filter.nameSpace.empty())
            st.bind(2, std::string_view(filter.nameSpace));
        if (!filter.text.empty())
            st.bind(3, std::string_view(filter.text));
        if (!filter.failingCheck.empty())
            st.bind(4, std::string_view(filter.failingCheck));
    }
};

// ORDER BY: the sort key in the asked direction, then cluster, namespace, name, kind and id
// ascending, so that equal keys read in a stable, natural order page after page.
std::string orderBy(WorkloadSort sort, bool descending)
{
    const char *dir = descending ? " DESC" : "";
    std::string key;
    switch (sort) {
    case WorkloadSort::Cluster: key = std::string("w.cluster") + dir; break;
    case WorkloadSort::Namespace: key = std::string("w.namespace") + dir; break;
    case WorkloadSort::Name: key = std::string("w.name") + dir; break;
    case WorkloadSort::Kind: key = std::string("w.kind") + dir; break;
    case WorkloadSort::Pods: key = std::string("w.pods") + dir; break;
    case WorkloadSort::Failed: key = std::string("w.failed_checks") + dir + ", w.worst" + dir; break;
    }
    return " ORDER BY " + key + ", w.cluster, w.namespace, w.name, w.kind, w.id";
}

// "WHERE x = ?1" when a cluster is given (bound by the caller), else "".
std::string clusterTerm(const std::string &cluster, const char *column, const char *glue = " WHERE ")
{
    return cluster.empty() ? std::string() : std::string(glue) + column + " = ?1";
}

void bindCluster(SqliteStatement &st, const std::string &cluster)
{
    if (!cluster.empty())
        st.bind(1, std::string_view(cluster));
}

} // namespace

void WorkloadRepository::writeCollection(const ClusterCollectionWrite &data)
{
    const std::string cluster = clusterName(m_db, data);
    // A savepoint: inside the caller's transaction it makes this write all-or-nothing on its own;
    // without one it is the transaction.
    Savepoint sp(m_db, "kube_collection");
    writeWorkloads(m_db, data, cluster);
    writeNamespaces(m_db, data, cluster);
    writeCoverage(m_db, data, cluster);
    writeEvidence(m_db, data, cluster);
    writeObjects(m_db, data, cluster);
    sp.commit();
}

std::int64_t WorkloadRepository::count(const WorkloadFilter &filter) const
{
    const WorkloadWhere where(filter);
    SqliteStatement st = m_db.prepare("SELECT count(*) FROM kube_workloads w" + where.sql);
    where.bind(st);
    return st.step() ? st.int64(0) : 0;
}

std::vector<WorkloadRow> WorkloadRepository::page(const WorkloadFilter &filter, WorkloadSort sort, bool descending,
                                                  std::int64_t offset, int limit) const
{
    if (limit <= 0 || offset < 0)
        return {};
    const WorkloadWhere where(filter);
    SqliteStatement st = m_db.prepare(
        "SELECT w.id, w.cluster, w.namespace, w.kind, w.name, coalesce(w.service_account, ''), w.pods, w.containers, "
        "w.failed_checks, w.worst, w.images, w.checks, w.collected_at FROM kube_workloads w"
        + where.sql + orderBy(sort, descending) + " LIMIT " + std::to_string(limit) + " OFFSET "
        + std::to_string(offset));
    where.bind(st);
    std::vector<WorkloadRow> out;
    while (st.step()) {
        WorkloadRow r;
        r.id = st.int64(0);
        r.cluster = st.text(1);
        r.nameSpace = st.text(2);
        r.kind = st.text(3);
        r.name = st.text(4);
        r.serviceAccount = st.text(5);
        r.pods = static_cast<int>(st.int64(6));
        r.containers = static_cast<int>(st.int64(7));
        r.failedChecks = static_cast<int>(st.int64(8));
        r.worst = static_cast<Severity>(std::clamp<std::int64_t>(st.int64(9), 0, 5));
        r.images = splitOn(st.textView(10), '\n');
        r.cells = decodeCells(st.textView(11));
        r.collectedAt = st.int64(12);
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<std::string> WorkloadRepository::clusters() const
{
    SqliteStatement st = m_db.prepare("SELECT name FROM sources WHERE kind = 'cluster' ORDER BY name");
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

std::vector<std::string> WorkloadRepository::namespaces(const std::string &cluster) const
{
    // Namespaces with workloads and those the namespace listing found (an empty one is still a
    // namespace to choose in the filter).
    SqliteStatement st = m_db.prepare("SELECT namespace FROM kube_workloads" + clusterTerm(cluster, "cluster")
                                      + " UNION SELECT name FROM kube_namespaces" + clusterTerm(cluster, "cluster")
                                      + " ORDER BY 1");
    bindCluster(st, cluster);
    std::vector<std::string> out;
    while (st.step())
        if (!st.textView(0).empty())
            out.push_back(st.text(0));
    return out;
}

std::vector<NamespaceRow> WorkloadRepository::namespaceRows(const std::string &cluster) const
{
    SqliteStatement st = m_db.prepare(
        "SELECT cluster, name, workloads, pods, network_policies, default_deny_ingress, default_deny_egress, "
        "policies_assessed FROM kube_namespaces"
        + clusterTerm(cluster, "cluster") + " ORDER BY cluster, name");
    bindCluster(st, cluster);
    std::vector<NamespaceRow> out;
    while (st.step()) {
        NamespaceRow r;
        r.cluster = st.text(0);
        r.segmentation.name = st.text(1);
        r.segmentation.workloads = static_cast<int>(st.int64(2));
        r.segmentation.pods = static_cast<int>(st.int64(3));
        r.segmentation.networkPolicies = static_cast<int>(st.int64(4));
        r.segmentation.defaultDenyIngress = st.int64(5) != 0;
        r.segmentation.defaultDenyEgress = st.int64(6) != 0;
        r.policiesAssessed = st.int64(7) != 0;
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<CoverageRow> WorkloadRepository::coverage(const std::string &cluster) const
{
    // Per cluster source, the newest run (as CollectionRunRepository::last orders runs) that
    // recorded coverage: a run that failed before listing anything does not hide the last one that did.
    SqliteStatement st = m_db.prepare(
        "SELECT s.name, r.id, r.started_at, r.status, c.resource, c.state, c.items, coalesce(c.message, ''), "
        "c.controls FROM sources s JOIN collection_runs r ON r.id = (SELECT r2.id FROM collection_runs r2 WHERE "
        "r2.source_id = s.id AND EXISTS (SELECT 1 FROM kube_coverage c2 WHERE c2.run_id = r2.id) ORDER BY "
        "r2.started_at DESC, r2.id DESC LIMIT 1) JOIN kube_coverage c ON c.run_id = r.id WHERE s.kind = 'cluster'"
        + clusterTerm(cluster, "s.name", " AND ") + " ORDER BY s.name, c.resource");
    bindCluster(st, cluster);
    std::vector<CoverageRow> out;
    while (st.step()) {
        CoverageRow r;
        r.cluster = st.text(0);
        r.runId = st.int64(1);
        r.runStartedAt = st.int64(2);
        r.runStatus = st.text(3);
        r.record.resource = st.text(4);
        r.record.state = st.text(5);
        r.record.items = st.int64(6);
        r.record.message = st.text(7);
        r.record.controls = splitOn(st.textView(8), ' ');
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<EvidenceRow> WorkloadRepository::evidence(const std::string &cluster) const
{
    SqliteStatement st = m_db.prepare("SELECT cluster, control, agent, evidence FROM kube_evidence"
                                      + clusterTerm(cluster, "cluster") + " ORDER BY cluster, control, agent, evidence");
    bindCluster(st, cluster);
    std::vector<EvidenceRow> out;
    while (st.step())
        out.push_back({st.text(0), {st.text(1), st.text(2), st.text(3)}});
    return out;
}

std::vector<KubeObjectRecord> WorkloadRepository::objects(const std::string &cluster, const std::string &kind) const
{
    SqliteStatement st = m_db.prepare("SELECT kind, namespace, name, coalesce(uid, ''), created_at, json FROM "
                                      "kube_objects WHERE kind = ?2"
                                      + clusterTerm(cluster, "cluster", " AND ") + " ORDER BY cluster, namespace, name");
    bindCluster(st, cluster);
    st.bind(2, std::string_view(kind));
    std::vector<KubeObjectRecord> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.int64(4), st.text(5)});
    return out;
}

} // namespace bulkhead
