#include "store/rbacrepository.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace bulkhead {

namespace {

constexpr std::int64_t kDay = 86400;

const char *bindingKind(bool clusterBinding)
{
    return clusterBinding ? "ClusterRoleBinding" : "RoleBinding";
}

// " a b " (spaces around each id) so that "has rule X" is instr(risk_rules, ' X ').
std::string spaced(std::vector<std::string> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::string out;
    for (const std::string &id : ids)
        out += " " + id;
    return out.empty() ? out : out + " ";
}

std::vector<std::string> unspaced(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start)
            out.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

Severity severityAt(const SqliteStatement &st, int column)
{
    return static_cast<Severity>(std::clamp<std::int64_t>(st.int64(column), 0, 5));
}

// Runs `body` in a transaction of its own, or in a savepoint of the caller's.
template <typename Body>
void atomically(Database &db, const char *savepoint, Body body)
{
    if (!sqlite3_get_autocommit(db.handle())) {
        Savepoint sp(db, savepoint);
        body();
        sp.commit();
        return;
    }
    Transaction tx(db);
    body();
    tx.commit();
}

// A subject as the link table matches it: a ServiceAccount without a namespace is in the
// binding's; Users and Groups have none (the API server ignores one written there).
RbacSubject linkKey(RbacSubject s, const std::string &bindingNamespace)
{
    if (s.kind != SubjectKind::ServiceAccount)
        s.nameSpace.clear();
    else if (s.nameSpace.empty())
        s.nameSpace = bindingNamespace;
    return s;
}

// The analysis rows carry the cluster's name as the sources table has it: the views and the
// review history key on it.
std::string analysedClusterName(Database &db, const RbacAnalysisWrite &data)
{
    SqliteStatement st = db.prepare("SELECT name FROM sources WHERE id = ?1 AND kind = 'cluster'");
    st.bind(1, data.sourceId);
    if (!st.step())
        throw StoreError("RBAC analysis of " + data.cluster + ": source " + std::to_string(data.sourceId)
                         + " is not a cluster source in this store");
    return st.text(0);
}

// Rows reach SQLite as one JSON array per table and are merged by single statements over
// json_each(). Inside the caller's savepoint SQLite walks its in-memory sub-journal from the start
// at the end of every statement (see Database::beginScratchBuild): rewriting 20,000 bindings one
// upsert at a time took 12 s that way, one statement takes a fraction of a second.
std::string jsonText(const nlohmann::json &rows)
{
    // Replace invalid UTF-8 (a name from a hostile object) instead of throwing mid-write.
    return rows.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string rowKey(std::string_view kind, std::string_view ns, std::string_view name)
{
    std::string key(kind);
    key.append(1, '\n').append(ns).append(1, '\n').append(name);
    return key;
}

// Deletes the source's rows of `table` whose id is not in `kept` (by what this write holds, not by
// timestamps: two collections within one second must not keep each other's leftovers).
void deleteOthers(Database &db, const char *table, std::int64_t sourceId, const std::set<std::int64_t> &kept)
{
    nlohmann::json gone = nlohmann::json::array();
    {
        SqliteStatement st = db.prepare(std::string("SELECT id FROM ") + table + " WHERE source_id = ?1");
        st.bind(1, sourceId);
        while (st.step())
            if (!kept.count(st.int64(0)))
                gone.push_back(st.int64(0));
    }
    if (gone.empty())
        return;
    const std::string ids = jsonText(gone);
    SqliteStatement drop =
        db.prepare(std::string("DELETE FROM ") + table + " WHERE id IN (SELECT value FROM json_each(?1))");
    drop.bind(1, std::string_view(ids)).exec();
}

// Merges `rows` into `table` with `upsert` (parameters ?1 source, ?2 cluster, ?3 now, ?4 the rows'
// JSON; RETURNING id, kind, namespace, name) and deletes the source's other rows. Returns the id of
// each written row by key.
std::map<std::string, std::int64_t> mergeRows(Database &db, const char *table, std::string_view upsert,
                                              const RbacAnalysisWrite &data, const std::string &cluster,
                                              const nlohmann::json &rows)
{
    const std::string json = jsonText(rows);
    SqliteStatement st = db.prepare(upsert);
    st.bind(1, data.sourceId).bind(2, std::string_view(cluster)).bind(3, data.now).bind(4, std::string_view(json));
    std::set<std::int64_t> kept;
    std::map<std::string, std::int64_t> ids;
    while (st.step()) {
        kept.insert(st.int64(0));
        ids[rowKey(st.textView(1), st.textView(2), st.textView(3))] = st.int64(0);
    }
    deleteOthers(db, table, data.sourceId, kept);
    return ids;
}

// The newest review of the rbac_bindings row being updated, as history() orders them: by time,
// then by recording order.
constexpr const char *kNewestReview =
    "(SELECT r.id FROM binding_reviews r WHERE r.cluster = rbac_bindings.cluster AND r.kind = rbac_bindings.kind "
    "AND r.namespace = rbac_bindings.namespace AND r.name = rbac_bindings.name "
    "ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1)";

// Writes the bindings; returns their ids in data.bindings order (0 for one whose stored key the
// store spelled differently, which cannot happen with valid UTF-8).
std::vector<std::int64_t> writeBindings(Database &db, const RbacAnalysisWrite &data, const std::string &cluster)
{
    nlohmann::json rows = nlohmann::json::array();
    for (const RbacBindingRecord &b : data.bindings) {
        std::string names;
        for (const RbacSubject &s : b.subjects) {
            std::string lower = s.name;
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            names += (names.empty() ? "" : "\n") + lower;
        }
        const std::string rules = spaced(b.riskRules);
        // A ClusterRoleBinding has no namespace, whatever the caller left in the field.
        rows.push_back({bindingKind(b.clusterBinding), b.clusterBinding ? std::string() : b.nameSpace, b.name, b.uid,
                        b.roleRef.kind, b.roleRef.name, b.roleExists ? 1 : 0, subjectsToJson(b.subjects), names,
                        b.fingerprint.empty() ? bindingFingerprint(b.roleRef, b.subjects) : b.fingerprint,
                        b.createdAt, rules, unspaced(rules).size(), static_cast<int>(b.worst), b.bootstrap ? 1 : 0});
    }
    const std::map<std::string, std::int64_t> byKey = mergeRows(db, "rbac_bindings",
        "INSERT INTO rbac_bindings(source_id, cluster, collected_at, kind, namespace, name, uid, role_kind, role_name, "
        "role_exists, subjects, subject_names, fingerprint, created_at, risk_rules, risk_count, worst, bootstrap) "
        "SELECT ?1, ?2, ?3, value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, "
        "value->>8, value->>9, value->>10, value->>11, value->>12, value->>13, value->>14 FROM json_each(?4) WHERE true "
        "ON CONFLICT(source_id, kind, namespace, name) DO UPDATE SET cluster = excluded.cluster, uid = excluded.uid, "
        "role_kind = excluded.role_kind, role_name = excluded.role_name, role_exists = excluded.role_exists, "
        "subjects = excluded.subjects, subject_names = excluded.subject_names, fingerprint = excluded.fingerprint, "
        "created_at = excluded.created_at, risk_rules = excluded.risk_rules, risk_count = excluded.risk_count, "
        "worst = excluded.worst, bootstrap = excluded.bootstrap, collected_at = excluded.collected_at "
        "RETURNING id, kind, namespace, name",
        data, cluster, rows);
    // The newest review of each binding, whose history may predate this row (re-collection, a
    // source removed and added again): one indexed lookup per binding.
    SqliteStatement reviews =
        db.prepare(std::string("UPDATE rbac_bindings SET last_review_id = ") + kNewestReview + " WHERE source_id = ?1");
    reviews.bind(1, data.sourceId).exec();

    std::vector<std::int64_t> ids;
    ids.reserve(data.bindings.size());
    for (const nlohmann::json &row : rows) {
        const auto it = byKey.find(rowKey(row[0].get_ref<const std::string &>(), row[1].get_ref<const std::string &>(),
                                          row[2].get_ref<const std::string &>()));
        ids.push_back(it == byKey.end() ? 0 : it->second);
    }
    return ids;
}

// Writes the subjects and their links to the bindings that name them.
void writeSubjects(Database &db, const RbacAnalysisWrite &data, const std::string &cluster,
                   const std::vector<std::int64_t> &bindingIds)
{
    nlohmann::json rows = nlohmann::json::array();
    for (const RbacSubjectRecord &r : data.subjects) {
        const RbacSubject s = linkKey(r.subject, std::string());
        const std::string rules = spaced(r.riskRules);
        rows.push_back({subjectKindName(s.kind), s.nameSpace, s.name, r.bindings, rules, unspaced(rules).size(),
                        static_cast<int>(r.worst), r.workloads, r.exists, r.bootstrapOnly ? 1 : 0});
    }
    const std::map<std::string, std::int64_t> byKey = mergeRows(db, "rbac_subjects",
        "INSERT INTO rbac_subjects(source_id, cluster, collected_at, kind, namespace, name, bindings, risk_rules, "
        "risk_count, worst, workloads, sa_exists, bootstrap_only) SELECT ?1, ?2, ?3, value->>0, value->>1, value->>2, "
        "value->>3, value->>4, value->>5, value->>6, value->>7, value->>8, value->>9 FROM json_each(?4) WHERE true "
        "ON CONFLICT(source_id, kind, namespace, name) DO UPDATE SET cluster = excluded.cluster, "
        "bindings = excluded.bindings, risk_rules = excluded.risk_rules, risk_count = excluded.risk_count, "
        "worst = excluded.worst, workloads = excluded.workloads, sa_exists = excluded.sa_exists, "
        "bootstrap_only = excluded.bootstrap_only, collected_at = excluded.collected_at "
        "RETURNING id, kind, namespace, name",
        data, cluster, rows);

    // The links are derived from this write alone, so they are rewritten whole.
    SqliteStatement unlink = db.prepare("DELETE FROM rbac_subject_bindings WHERE subject_id IN "
                                        "(SELECT id FROM rbac_subjects WHERE source_id = ?1)");
    unlink.bind(1, data.sourceId).exec();
    nlohmann::json links = nlohmann::json::array();
    for (std::size_t i = 0; i < data.bindings.size(); ++i) {
        for (const RbacSubject &named : data.bindings[i].subjects) {
            const RbacSubject s = linkKey(named, data.bindings[i].nameSpace);
            const auto it = byKey.find(rowKey(subjectKindName(s.kind), s.nameSpace, s.name));
            // A subject the analysis did not list has no row to link.
            if (it != byKey.end() && bindingIds[i])
                links.push_back({it->second, bindingIds[i]});
        }
    }
    const std::string linkJson = jsonText(links);
    SqliteStatement link = db.prepare("INSERT OR IGNORE INTO rbac_subject_bindings(subject_id, binding_id) "
                                      "SELECT value->>0, value->>1 FROM json_each(?1)");
    link.bind(1, std::string_view(linkJson)).exec();
}

// The review state of `rbac_bindings b` joined with its newest review `binding_reviews r`, with
// the given values for never reviewed and current (changed 3, due 2); parameters ?5 now, ?6
// interval and ?7 high-risk interval (seconds). A uid unknown on either side is no evidence of
// re-creation; a creation time after the review is.
std::string stateCase(int never, int current)
{
    return "(CASE WHEN r.id IS NULL THEN " + std::to_string(never)
        + " WHEN r.fingerprint <> b.fingerprint OR (r.uid <> '' AND b.uid <> '' AND r.uid <> b.uid) "
          "OR b.created_at > r.reviewed_at THEN 3 "
          "WHEN r.reviewed_at + (CASE WHEN b.worst >= 4 THEN ?7 ELSE ?6 END) <= ?5 THEN 2 ELSE "
        + std::to_string(current) + " END)";
}
// As the ReviewState value.
const std::string kState = stateCase(0, 1);
// In order of urgency (Current, NeverReviewed, Due, Changed): the State sort and a subject's worst binding.
const std::string kUrgency = stateCase(1, 0);
constexpr const char *kDueAt =
    "(CASE WHEN r.id IS NULL THEN 0 ELSE r.reviewed_at + (CASE WHEN b.worst >= 4 THEN ?7 ELSE ?6 END) END)";
constexpr const char *kReviewJoin = " FROM rbac_bindings b LEFT JOIN binding_reviews r ON r.id = b.last_review_id";

ReviewState stateOfUrgency(std::int64_t urgency)
{
    switch (urgency) {
    case 0: return ReviewState::Current;
    case 2: return ReviewState::Due;
    case 3: return ReviewState::Changed;
    default: return ReviewState::NeverReviewed;
    }
}

// Binds the policy parameters when the statement uses them.
void bindPolicy(SqliteStatement &st, const ReviewPolicy &policy)
{
    if (sqlite3_bind_parameter_count(st.handle()) < 7)
        return;
    st.bind(5, policy.now);
    st.bind(6, std::max(1, policy.intervalDays) * kDay);
    st.bind(7, std::max(1, policy.highRiskIntervalDays) * kDay);
}

// WHERE over `rbac_bindings b` (+ `binding_reviews r`); ?1 cluster, ?2 namespace, ?3 text, ?4 risk rule.
struct BindingWhere {
    std::string sql;
    const RbacBindingFilter &filter;

    explicit BindingWhere(const RbacBindingFilter &f) : filter(f)
    {
        std::vector<std::string> terms;
        if (!f.cluster.empty())
            terms.emplace_back("b.cluster = ?1");
        if (f.nameSpace == "-")
            terms.emplace_back("b.namespace = ''");
        else if (!f.nameSpace.empty())
            terms.emplace_back("b.namespace = ?2");
        // instr on lower-cased text instead of LIKE: no wildcard in the user's text to escape.
        if (!f.text.empty())
            terms.emplace_back("(instr(lower(b.name), lower(?3)) > 0 OR instr(lower(b.role_name), lower(?3)) > 0 "
                               "OR instr(b.subject_names, lower(?3)) > 0)");
        if (f.hideBootstrap)
            terms.emplace_back("b.bootstrap = 0");
        if (f.onlyRisky)
            terms.emplace_back("b.risk_rules <> ''");
        if (!f.riskRule.empty())
            terms.emplace_back("instr(b.risk_rules, ' ' || ?4 || ' ') > 0");
        if (f.onlyNeedingReview)
            terms.emplace_back(kState + " <> 1");
        for (std::size_t i = 0; i < terms.size(); ++i)
            sql += (i ? " AND " : " WHERE ") + terms[i];
    }

    void bind(SqliteStatement &st) const
    {
        if (!filter.cluster.empty())
            st.bind(1, std::string_view(filter.cluster));
        if (!filter.nameSpace.empty() && filter.nameSpace != "-")
            st.bind(2, std::string_view(filter.nameSpace));
        if (!filter.text.empty())
            st.bind(3, std::string_view(filter.text));
        if (!filter.riskRule.empty())
            st.bind(4, std::string_view(filter.riskRule));
    }
};

std::string bindingOrder(RbacBindingSort sort, bool descending)
{
    const std::string dir = descending ? " DESC" : "";
    std::string key;
    switch (sort) {
    case RbacBindingSort::Name: key = "b.name" + dir; break;
    case RbacBindingSort::Namespace: key = "b.namespace" + dir; break;
    case RbacBindingSort::Role: key = "b.role_name" + dir + ", b.role_kind" + dir; break;
    case RbacBindingSort::Risk: key = "b.worst" + dir + ", b.risk_count" + dir; break;
    case RbacBindingSort::State: key = kUrgency + dir; break;
    case RbacBindingSort::Due: key = kDueAt + dir; break;
    }
    return " ORDER BY " + key + ", b.cluster, b.namespace, b.name, b.kind, b.id";
}

// The columns readBindingRow() reads, in order.
std::string bindingColumns()
{
    return std::string("SELECT b.id, b.cluster, b.kind, b.namespace, b.name, b.uid, b.role_kind, b.role_name, "
                       "b.role_exists, b.subjects, b.fingerprint, b.created_at, b.risk_rules, b.worst, b.bootstrap, "
                       "b.collected_at, r.id, r.uid, r.role_kind, r.role_name, r.subjects, r.fingerprint, r.decision, "
                       "r.reviewer, r.note, r.reviewed_at, ")
        + kState + ", " + kDueAt + kReviewJoin;
}

// A review from columns id, uid, role_kind, role_name, subjects, fingerprint, decision, reviewer,
// note, reviewed_at starting at `first`; the binding's key from the caller.
BindingReview readReview(const SqliteStatement &st, int first, const std::string &cluster, bool clusterBinding,
                         const std::string &nameSpace, const std::string &name)
{
    BindingReview r;
    r.id = st.int64(first);
    r.cluster = cluster;
    r.clusterBinding = clusterBinding;
    r.nameSpace = nameSpace;
    r.name = name;
    r.uid = st.text(first + 1);
    r.roleRef = {st.text(first + 2), st.text(first + 3)};
    r.subjects = subjectsFromJson(st.textView(first + 4));
    r.fingerprint = st.text(first + 5);
    parseReviewDecision(st.textView(first + 6), r.decision);
    r.reviewer = st.text(first + 7);
    r.note = st.text(first + 8);
    r.reviewedAt = st.int64(first + 9);
    return r;
}

RbacBindingRow readBindingRow(const SqliteStatement &st)
{
    RbacBindingRow row;
    row.id = st.int64(0);
    row.cluster = st.text(1);
    RbacBindingRecord &b = row.binding;
    b.clusterBinding = st.textView(2) == "ClusterRoleBinding";
    b.nameSpace = st.text(3);
    b.name = st.text(4);
    b.uid = st.text(5);
    b.roleRef = {st.text(6), st.text(7)};
    b.roleExists = st.int64(8) != 0;
    b.subjects = subjectsFromJson(st.textView(9));
    b.fingerprint = st.text(10);
    b.createdAt = st.int64(11);
    b.riskRules = unspaced(st.textView(12));
    b.worst = severityAt(st, 13);
    b.bootstrap = st.int64(14) != 0;
    row.collectedAt = st.int64(15);
    if (!st.isNull(16))
        row.lastReview = readReview(st, 16, row.cluster, b.clusterBinding, b.nameSpace, b.name);
    row.state = static_cast<ReviewState>(std::clamp<std::int64_t>(st.int64(26), 0, 3));
    row.dueAt = st.int64(27);
    return row;
}

// WHERE over `rbac_subjects s`; ?1 cluster, ?2 text, ?3 kind.
struct SubjectWhere {
    std::string sql;
    const RbacSubjectFilter &filter;

    explicit SubjectWhere(const RbacSubjectFilter &f) : filter(f)
    {
        std::vector<std::string> terms;
        if (!f.cluster.empty())
            terms.emplace_back("s.cluster = ?1");
        if (!f.text.empty())
            terms.emplace_back("(instr(lower(s.name), lower(?2)) > 0 OR instr(lower(s.namespace), lower(?2)) > 0)");
        if (f.kind)
            terms.emplace_back("s.kind = ?3");
        if (f.hideBootstrap)
            terms.emplace_back("s.bootstrap_only = 0");
        if (f.onlyRisky)
            terms.emplace_back("s.risk_rules <> ''");
        for (std::size_t i = 0; i < terms.size(); ++i)
            sql += (i ? " AND " : " WHERE ") + terms[i];
    }

    void bind(SqliteStatement &st) const
    {
        if (!filter.cluster.empty())
            st.bind(1, std::string_view(filter.cluster));
        if (!filter.text.empty())
            st.bind(2, std::string_view(filter.text));
        if (filter.kind)
            st.bind(3, subjectKindName(*filter.kind));
    }
};

std::string subjectOrder(RbacSubjectSort sort, bool descending)
{
    const std::string dir = descending ? " DESC" : "";
    std::string key;
    switch (sort) {
    case RbacSubjectSort::Name: key = "s.name" + dir; break;
    case RbacSubjectSort::Kind: key = "s.kind" + dir; break;
    case RbacSubjectSort::Namespace: key = "s.namespace" + dir; break;
    case RbacSubjectSort::Bindings: key = "s.bindings" + dir; break;
    case RbacSubjectSort::Risk: key = "s.worst" + dir + ", s.risk_count" + dir; break;
    case RbacSubjectSort::Workloads: key = "s.workloads" + dir; break;
    }
    return " ORDER BY " + key + ", s.cluster, s.name, s.namespace, s.kind, s.id";
}

// "ClusterRoleBinding/NAME", "RoleBinding/NS/NAME" or "NS/NAME"; the kind in any letter case.
bool parseBindingSpec(std::string_view spec, bool &clusterBinding, std::string &ns, std::string &name)
{
    const auto hasKind = [&](std::string_view kind) {
        if (spec.size() <= kind.size() || spec[kind.size()] != '/')
            return false;
        return std::equal(kind.begin(), kind.end(), spec.begin(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        });
    };
    std::string_view rest = spec;
    clusterBinding = hasKind("ClusterRoleBinding");
    if (clusterBinding) {
        rest.remove_prefix(std::string_view("ClusterRoleBinding/").size());
        if (rest.empty() || rest.find('/') != std::string_view::npos)
            return false;
        ns.clear();
        name = std::string(rest);
        return true;
    }
    if (hasKind("RoleBinding"))
        rest.remove_prefix(std::string_view("RoleBinding/").size());
    const std::size_t slash = rest.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 == rest.size()
        || rest.find('/', slash + 1) != std::string_view::npos)
        return false;
    ns = std::string(rest.substr(0, slash));
    name = std::string(rest.substr(slash + 1));
    return true;
}

} // namespace

void RbacRepository::writeAnalysis(const RbacAnalysisWrite &data)
{
    const std::string cluster = analysedClusterName(m_db, data);
    Savepoint sp(m_db, "rbac_analysis");
    const std::vector<std::int64_t> bindingIds = writeBindings(m_db, data, cluster);
    writeSubjects(m_db, data, cluster, bindingIds);
    SqliteStatement analysis = m_db.prepare(
        "INSERT INTO rbac_analyses(source_id, cluster, bindings, subjects, analysed_at) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(source_id) DO UPDATE SET cluster = excluded.cluster, bindings = excluded.bindings, "
        "subjects = excluded.subjects, analysed_at = excluded.analysed_at");
    analysis.bind(1, data.sourceId).bind(2, std::string_view(cluster));
    analysis.bind(3, static_cast<std::int64_t>(data.bindings.size()));
    analysis.bind(4, static_cast<std::int64_t>(data.subjects.size())).bind(5, data.now).exec();
    sp.commit();
}

std::int64_t RbacRepository::countBindings(const RbacBindingFilter &filter, const ReviewPolicy &policy) const
{
    const BindingWhere where(filter);
    // The reviews are joined only when the filter asks for the state.
    SqliteStatement st = m_db.prepare(std::string("SELECT count(*)")
                                      + (filter.onlyNeedingReview ? kReviewJoin : " FROM rbac_bindings b") + where.sql);
    where.bind(st);
    bindPolicy(st, policy);
    return st.step() ? st.int64(0) : 0;
}

std::vector<RbacBindingRow> RbacRepository::bindings(const RbacBindingFilter &filter, const ReviewPolicy &policy,
                                                     RbacBindingSort sort, bool descending, std::int64_t offset,
                                                     int limit) const
{
    if (limit <= 0 || offset < 0)
        return {};
    const BindingWhere where(filter);
    SqliteStatement st = m_db.prepare(bindingColumns() + where.sql + bindingOrder(sort, descending) + " LIMIT "
                                      + std::to_string(limit) + " OFFSET " + std::to_string(offset));
    where.bind(st);
    bindPolicy(st, policy);
    std::vector<RbacBindingRow> out;
    while (st.step())
        out.push_back(readBindingRow(st));
    return out;
}

std::optional<RbacBindingRow> RbacRepository::binding(std::int64_t id, const ReviewPolicy &policy) const
{
    SqliteStatement st = m_db.prepare(bindingColumns() + " WHERE b.id = ?8");
    bindPolicy(st, policy);
    st.bind(8, id);
    if (!st.step())
        return std::nullopt;
    return readBindingRow(st);
}

std::optional<std::int64_t> RbacRepository::findBinding(const std::string &cluster, const std::string &spec,
                                                        std::string *error) const
{
    const auto fail = [&](const std::string &message) -> std::optional<std::int64_t> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    bool clusterBinding = false;
    std::string ns, name;
    if (!parseBindingSpec(spec, clusterBinding, ns, name))
        return fail("binding \"" + spec + "\": expected ClusterRoleBinding/NAME, RoleBinding/NAMESPACE/NAME or "
                    "NAMESPACE/NAME");
    SqliteStatement st = m_db.prepare("SELECT id, cluster FROM rbac_bindings WHERE kind = ?1 AND namespace = ?2 AND "
                                      "name = ?3"
                                      + std::string(cluster.empty() ? "" : " AND cluster = ?4") + " ORDER BY cluster");
    st.bind(1, bindingKind(clusterBinding)).bind(2, std::string_view(ns)).bind(3, std::string_view(name));
    if (!cluster.empty())
        st.bind(4, std::string_view(cluster));
    std::vector<std::pair<std::int64_t, std::string>> found;
    while (st.step())
        found.emplace_back(st.int64(0), st.text(1));
    const std::string what = std::string(bindingKind(clusterBinding)) + " " + (ns.empty() ? "" : ns + "/") + name;
    if (found.empty())
        return fail("no " + what + (cluster.empty() ? " in any analysed cluster" : " in cluster " + cluster));
    if (found.size() > 1) {
        std::string clusters;
        for (const auto &[id, c] : found)
            clusters += (clusters.empty() ? "" : ", ") + c;
        return fail(what + " exists in several clusters (" + clusters + "): name the cluster");
    }
    return found.front().first;
}

std::int64_t RbacRepository::countSubjects(const RbacSubjectFilter &filter) const
{
    const SubjectWhere where(filter);
    SqliteStatement st = m_db.prepare("SELECT count(*) FROM rbac_subjects s" + where.sql);
    where.bind(st);
    return st.step() ? st.int64(0) : 0;
}

std::vector<RbacSubjectRow> RbacRepository::subjects(const RbacSubjectFilter &filter, const ReviewPolicy &policy,
                                                     RbacSubjectSort sort, bool descending, std::int64_t offset,
                                                     int limit) const
{
    if (limit <= 0 || offset < 0)
        return {};
    const SubjectWhere where(filter);
    SqliteStatement st = m_db.prepare(
        "SELECT s.id, s.cluster, s.kind, s.namespace, s.name, s.bindings, s.risk_rules, s.worst, s.workloads, "
        "s.sa_exists, s.bootstrap_only FROM rbac_subjects s"
        + where.sql + subjectOrder(sort, descending) + " LIMIT " + std::to_string(limit) + " OFFSET "
        + std::to_string(offset));
    where.bind(st);
    std::vector<RbacSubjectRow> out;
    while (st.step()) {
        RbacSubjectRow row;
        row.id = st.int64(0);
        row.cluster = st.text(1);
        RbacSubjectRecord &r = row.record;
        parseSubjectKind(st.textView(2), r.subject.kind);
        r.subject.nameSpace = st.text(3);
        r.subject.name = st.text(4);
        r.bindings = static_cast<int>(st.int64(5));
        r.riskRules = unspaced(st.textView(6));
        r.worst = severityAt(st, 7);
        r.workloads = static_cast<int>(st.int64(8));
        r.exists = static_cast<int>(st.int64(9));
        r.bootstrapOnly = st.int64(10) != 0;
        out.push_back(std::move(row));
    }
    // Only the page's subjects: the worst state over the bindings that name each one directly
    // (rbac_subject_bindings). A subject no binding names (reached through a group only) has
    // nothing of its own to review: Current.
    SqliteStatement state = m_db.prepare("SELECT max(" + kUrgency + ")" + kReviewJoin
                                         + " JOIN rbac_subject_bindings l ON l.binding_id = b.id WHERE l.subject_id = ?1");
    for (RbacSubjectRow &row : out) {
        state.reset();
        state.bind(1, row.id);
        bindPolicy(state, policy);
        row.reviewState = state.step() && !state.isNull(0) ? stateOfUrgency(state.int64(0)) : ReviewState::Current;
    }
    return out;
}

std::vector<std::string> RbacRepository::clusters() const
{
    SqliteStatement st = m_db.prepare("SELECT DISTINCT cluster FROM rbac_analyses ORDER BY cluster");
    std::vector<std::string> out;
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

int RbacRepository::recordReviews(const std::vector<std::int64_t> &bindingIds, ReviewDecision decision,
                                  const std::string &reviewer, const std::string &note, std::int64_t now)
{
    // Duplicates count once; an id that no longer exists (a collection removed the binding since
    // it was listed) has nothing to review and is not counted.
    nlohmann::json idList = nlohmann::json::array();
    for (std::int64_t id : std::set<std::int64_t>(bindingIds.begin(), bindingIds.end()))
        idList.push_back(id);
    const std::string ids = jsonText(idList);
    int recorded = 0;
    atomically(m_db, "rbac_reviews", [&] {
        SqliteStatement insert = m_db.prepare(
            "INSERT INTO binding_reviews(cluster, kind, namespace, name, uid, role_kind, role_name, subjects, "
            "fingerprint, decision, reviewer, note, reviewed_at) SELECT cluster, kind, namespace, name, uid, role_kind, "
            "role_name, subjects, fingerprint, ?2, ?3, ?4, ?5 FROM rbac_bindings WHERE id IN "
            "(SELECT value FROM json_each(?1)) ORDER BY id");
        insert.bind(1, std::string_view(ids)).bind(2, reviewDecisionName(decision));
        insert.bind(3, std::string_view(reviewer)).bind(4, std::string_view(note)).bind(5, now).exec();
        recorded = sqlite3_changes(m_db.handle());
        // A review recorded with an earlier time than the newest does not become the binding's last.
        SqliteStatement last = m_db.prepare(std::string("UPDATE rbac_bindings SET last_review_id = ") + kNewestReview
                                            + " WHERE id IN (SELECT value FROM json_each(?1))");
        last.bind(1, std::string_view(ids)).exec();
    });
    return recorded;
}

std::vector<BindingReview> RbacRepository::history(const std::string &cluster, bool clusterBinding,
                                                   const std::string &nameSpace, const std::string &name) const
{
    SqliteStatement st = m_db.prepare(
        "SELECT id, uid, role_kind, role_name, subjects, fingerprint, decision, reviewer, note, reviewed_at FROM "
        "binding_reviews WHERE cluster = ?1 AND kind = ?2 AND namespace = ?3 AND name = ?4 "
        "ORDER BY reviewed_at DESC, id DESC");
    const std::string ns = clusterBinding ? std::string() : nameSpace;
    st.bind(1, std::string_view(cluster)).bind(2, bindingKind(clusterBinding)).bind(3, std::string_view(ns));
    st.bind(4, std::string_view(name));
    std::vector<BindingReview> out;
    while (st.step())
        out.push_back(readReview(st, 0, cluster, clusterBinding, ns, name));
    return out;
}

ReviewSummary RbacRepository::reviewSummary(const std::string &cluster, const ReviewPolicy &policy) const
{
    ReviewSummary summary;
    {
        SqliteStatement st = m_db.prepare("SELECT count(*) FROM rbac_analyses"
                                          + std::string(cluster.empty() ? "" : " WHERE cluster = ?1"));
        if (!cluster.empty())
            st.bind(1, std::string_view(cluster));
        summary.assessed = st.step() && st.int64(0) > 0;
    }
    // The API server's own bootstrap bindings are not the team's to review (IAM-2).
    SqliteStatement st = m_db.prepare(std::string("SELECT count(*), coalesce(sum(s = 1), 0), coalesce(sum(s = 2), 0), "
                                                  "coalesce(sum(s = 0), 0), coalesce(sum(s = 3), 0), "
                                                  "coalesce(sum(w >= 4), 0) FROM (SELECT ")
                                      + kState + " AS s, b.worst AS w" + kReviewJoin + " WHERE b.bootstrap = 0"
                                      + (cluster.empty() ? "" : " AND b.cluster = ?1") + ")");
    if (!cluster.empty())
        st.bind(1, std::string_view(cluster));
    bindPolicy(st, policy);
    if (st.step()) {
        summary.bindings = static_cast<int>(st.int64(0));
        summary.current = static_cast<int>(st.int64(1));
        summary.due = static_cast<int>(st.int64(2));
        summary.neverReviewed = static_cast<int>(st.int64(3));
        summary.changed = static_cast<int>(st.int64(4));
        summary.highRisk = static_cast<int>(st.int64(5));
    }
    return summary;
}

} // namespace bulkhead
