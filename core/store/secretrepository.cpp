#include "store/secretrepository.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

namespace bulkhead {

namespace {

// Rows reach SQLite as one JSON array per table and are merged by single statements over
// json_each(), as RbacRepository does: inside the caller's savepoint SQLite walks its sub-journal
// from the start after every statement, so 100,000 Vault paths written one upsert at a time would
// be quadratic.
std::string jsonText(const nlohmann::json &rows)
{
    // Replace invalid UTF-8 (a name from a hostile object) instead of throwing mid-write.
    return rows.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A time of 0 is "unknown": NULL in the store, so that sorts put it last and the age chart skips it.
nlohmann::json timeOrNull(std::int64_t t)
{
    return t ? nlohmann::json(t) : nlohmann::json();
}

std::string labelsJson(const std::vector<std::pair<std::string, std::string>> &labels)
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto &[key, value] : labels)
        out[key] = value;
    return jsonText(out);
}

std::string secretKey(std::string_view location, std::string_view name)
{
    std::string key(location);
    key.append(1, '\n').append(name);
    return key;
}

// What the Secrets view filters and sorts on, from the uses: distinct workloads, and whether any
// use is through the environment or a (projected) volume.
struct UseSummary {
    int workloads = 0;
    bool viaEnv = false, viaVolume = false;
};

UseSummary summarize(const std::vector<SecretUse> &uses)
{
    UseSummary out;
    std::set<std::pair<std::string_view, std::string_view>> workloads;
    for (const SecretUse &u : uses) {
        workloads.emplace(u.workloadKind, u.workloadName);
        out.viaEnv = out.viaEnv || isEnvUse(u);
        out.viaVolume = out.viaVolume || u.how == "volume" || u.how == "projected";
    }
    out.workloads = static_cast<int>(workloads.size());
    return out;
}

// The secrets of the write, one per key (the last one given wins), checked against the write's
// store and origin: a record of another origin here is a caller's mistake that would otherwise
// delete or overwrite the wrong rows.
std::vector<const SecretRecord *> checkedSecrets(const SecretSourceWrite &data)
{
    std::unordered_map<std::string, std::size_t> index;
    std::vector<const SecretRecord *> out;
    for (const SecretRecord &s : data.secrets) {
        if (s.store != data.store || (!s.origin.empty() && s.origin != data.origin))
            throw StoreError("secrets of " + data.origin + ": the secret " + s.location + "/" + s.name
                             + " belongs to another store or origin (" + s.origin + ")");
        if (s.name.empty())
            throw StoreError("secrets of " + data.origin + ": a secret in " + s.location + " has no name");
        const auto [it, added] = index.emplace(secretKey(s.location, s.name), out.size());
        if (added)
            out.push_back(&s);
        else
            out[it->second] = &s;
    }
    // In key order: the unique index and most sort indexes then grow at their ends (measured: some
    // 45% less time for 100,000 new rows than in a collector's order).
    std::sort(out.begin(), out.end(), [](const SecretRecord *a, const SecretRecord *b) {
        return std::tie(a->location, a->name) < std::tie(b->location, b->name);
    });
    return out;
}

void checkSource(Database &db, const SecretSourceWrite &data)
{
    if (data.origin.empty())
        throw StoreError("secrets: a write needs an origin (the source's or the inventory's name)");
    if (!data.sourceId)
        return;
    SqliteStatement st = db.prepare("SELECT 1 FROM sources WHERE id = ?1");
    st.bind(1, data.sourceId);
    if (!st.step())
        throw StoreError("secrets of " + data.origin + ": there is no source with id " + std::to_string(data.sourceId));
}

// Upserts the secrets; returns the row id of each, in `secrets` order.
std::vector<std::int64_t> upsertSecrets(Database &db, const SecretSourceWrite &data,
                                        const std::vector<const SecretRecord *> &secrets)
{
    nlohmann::json rows = nlohmann::json::array();
    for (const SecretRecord *s : secrets) {
        const UseSummary uses = summarize(s->uses);
        rows.push_back({s->location, s->name, s->type, s->owner, timeOrNull(s->createdAt), timeOrNull(s->lastChangeAt),
                        static_cast<int>(s->ageSource), s->ageDetail,
                        s->declaredPolicyDays ? nlohmann::json(*s->declaredPolicyDays) : nlohmann::json(),
                        labelsJson(s->labels), s->currentVersion, s->serviceAccount, s->usageKnown ? 1 : 0,
                        uses.workloads, uses.viaEnv ? 1 : 0, uses.viaVolume ? 1 : 0});
    }
    const std::string json = jsonText(rows);
    // An updated row keeps its id and its last evaluation (policy_days, policy_reason, due_at):
    // the caller re-evaluates in the same transaction. A row whose metadata is unchanged (most of
    // them on a re-collection) is not rewritten: each update rewrites every sort index's entry.
    static const char *const kColumns[] = {"source_id", "type", "owner", "created_at", "last_change_at", "age_source",
                                           "age_detail", "declared_policy_days", "labels", "current_version",
                                           "service_account", "usage_known", "use_count", "via_env", "via_volume"};
    std::string set, changed;
    for (const char *c : kColumns) {
        set += std::string(set.empty() ? "" : ", ") + c + " = excluded." + c;
        changed += std::string(changed.empty() ? "" : " OR ") + "secrets." + c + " IS NOT excluded." + c;
    }
    SqliteStatement st = db.prepare(
        "INSERT INTO secrets(source_id, store, origin, collected_at, location, name, type, owner, created_at, "
        "last_change_at, age_source, age_detail, declared_policy_days, labels, current_version, service_account, "
        "usage_known, use_count, via_env, via_volume) SELECT ?1, ?2, ?3, ?4, value->>0, value->>1, value->>2, "
        "value->>3, value->>4, value->>5, value->>6, value->>7, value->>8, value->>9, value->>10, value->>11, "
        "value->>12, value->>13, value->>14, value->>15 FROM json_each(?5) WHERE true "
        "ON CONFLICT(store, origin, location, name) DO UPDATE SET " + set + " WHERE " + changed);
    if (data.sourceId)
        st.bind(1, data.sourceId);
    else
        st.bindNull(1);
    st.bind(2, static_cast<int>(data.store)).bind(3, std::string_view(data.origin)).bind(4, data.now);
    st.bind(5, std::string_view(json));
    st.exec();

    // The ids by key, as SQLite stored the keys: one unique-index lookup per written row (CROSS
    // JOIN keeps json_each the outer loop; the planner would otherwise scan the origin's rows and
    // the JSON for each of them).
    SqliteStatement find = db.prepare("SELECT s.id, s.location, s.name FROM json_each(?3) AS j CROSS JOIN secrets s "
                                      "ON s.store = ?1 AND s.origin = ?2 AND s.location = j.value->>0 "
                                      "AND s.name = j.value->>1");
    find.bind(1, static_cast<int>(data.store)).bind(2, std::string_view(data.origin)).bind(3, std::string_view(json));
    std::unordered_map<std::string, std::int64_t> byKey;
    while (find.step())
        byKey[secretKey(find.textView(1), find.textView(2))] = find.int64(0);
    std::vector<std::int64_t> ids;
    ids.reserve(secrets.size());
    for (const nlohmann::json &row : rows) {
        const std::string &location = row[0].get_ref<const std::string &>(), &name = row[1].get_ref<const std::string &>();
        auto it = byKey.find(secretKey(location, name));
        // A key with invalid UTF-8 was stored with U+FFFD in its place, as the JSON text has it.
        if (it == byKey.end())
            it = byKey.find(secretKey(nlohmann::json::parse(jsonText(location)).get<std::string>(),
                                      nlohmann::json::parse(jsonText(name)).get<std::string>()));
        if (it == byKey.end())
            throw StoreError("secrets of " + data.origin + ": the store did not return the row of " + location + "/"
                             + name);
        ids.push_back(it->second);
    }
    // Seen now, changed or not (no index holds collected_at: a table write only).
    const std::string idJson = jsonText(ids);
    SqliteStatement seen = db.prepare("UPDATE secrets SET collected_at = ?2 WHERE id IN (SELECT value FROM "
                                      "json_each(?1)) AND collected_at IS NOT ?2");
    seen.bind(1, std::string_view(idJson)).bind(2, data.now).exec();
    return ids;
}

// Versions and uses are derived from this write alone: those of the written rows are replaced.
void writeChildren(Database &db, const std::vector<const SecretRecord *> &secrets, const std::vector<std::int64_t> &ids)
{
    const std::string idJson = jsonText(ids);
    for (const char *table : {"secret_versions", "secret_uses"}) {
        SqliteStatement drop = db.prepare(std::string("DELETE FROM ") + table
                                          + " WHERE secret_id IN (SELECT value FROM json_each(?1))");
        drop.bind(1, std::string_view(idJson)).exec();
    }
    nlohmann::json versions = nlohmann::json::array(), uses = nlohmann::json::array();
    for (std::size_t i = 0; i < secrets.size(); ++i) {
        for (const SecretVersion &v : secrets[i]->versions)
            versions.push_back({ids[i], v.version, v.createdAt, v.deletedAt, v.destroyed ? 1 : 0});
        std::vector<SecretUse> distinct = secrets[i]->uses;
        std::sort(distinct.begin(), distinct.end(), [](const SecretUse &a, const SecretUse &b) {
            return std::tie(a.workloadKind, a.workloadName, a.container, a.how)
                < std::tie(b.workloadKind, b.workloadName, b.container, b.how);
        });
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        for (const SecretUse &u : distinct)
            uses.push_back({ids[i], u.workloadKind, u.workloadName, u.container, u.how});
    }
    // A version number given twice is the same version: the last one given wins.
    const std::string versionJson = jsonText(versions), useJson = jsonText(uses);
    SqliteStatement addVersions = db.prepare(
        "INSERT OR REPLACE INTO secret_versions(secret_id, version, created_at, deleted_at, destroyed) "
        "SELECT value->>0, value->>1, value->>2, value->>3, value->>4 FROM json_each(?1)");
    addVersions.bind(1, std::string_view(versionJson)).exec();
    SqliteStatement addUses = db.prepare("INSERT INTO secret_uses(secret_id, workload_kind, workload_name, container, "
                                         "how) SELECT value->>0, value->>1, value->>2, value->>3, value->>4 "
                                         "FROM json_each(?1)");
    addUses.bind(1, std::string_view(useJson)).exec();
}

// A complete write: the origin's rows this write does not hold are gone (by id, not by time: two
// writes within one second must not keep each other's leftovers). Versions and uses cascade.
void deleteOthers(Database &db, const SecretSourceWrite &data, const std::vector<std::int64_t> &keptIds)
{
    // SQLite materializes the kept ids once (an ephemeral index), then walks the origin's rows.
    const std::string kept = jsonText(keptIds);
    SqliteStatement drop = db.prepare("DELETE FROM secrets WHERE store = ?1 AND origin = ?2 AND id NOT IN "
                                      "(SELECT value FROM json_each(?3))");
    drop.bind(1, static_cast<int>(data.store)).bind(2, std::string_view(data.origin));
    drop.bind(3, std::string_view(kept)).exec();
}

} // namespace

void SecretRepository::write(const SecretSourceWrite &data)
{
    checkSource(m_db, data);
    const std::vector<const SecretRecord *> secrets = checkedSecrets(data);
    // A savepoint: inside the caller's transaction it makes this write all-or-nothing on its own;
    // without one it is the transaction.
    Savepoint sp(m_db, "secret_write");
    const std::vector<std::int64_t> ids = upsertSecrets(m_db, data, secrets);
    writeChildren(m_db, secrets, ids);
    if (data.complete)
        deleteOthers(m_db, data, ids);
    sp.commit();
}

std::int64_t SecretRepository::removeOrigin(SecretStoreKind store, const std::string &origin)
{
    // One statement (the cascade included) is atomic by itself.
    SqliteStatement st = m_db.prepare("DELETE FROM secrets WHERE store = ?1 AND origin = ?2");
    st.bind(1, static_cast<int>(store)).bind(2, std::string_view(origin)).exec();
    return sqlite3_changes64(m_db.handle());
}

void SecretRepository::setEvaluations(const std::vector<SecretEvaluation> &evaluations)
{
    if (evaluations.empty())
        return;
    nlohmann::json rows = nlohmann::json::array();
    for (const SecretEvaluation &e : evaluations)
        rows.push_back({e.id, e.policyDays, e.reason, e.dueAt ? nlohmann::json(*e.dueAt) : nlohmann::json()});
    const std::string json = jsonText(rows);
    // One statement: atomic by itself, and one step of the caller's sub-journal. Rows whose
    // decision is unchanged are not rewritten (a re-evaluation after a collection mostly is).
    SqliteStatement st = m_db.prepare(
        "UPDATE secrets SET policy_days = e.value->>1, policy_reason = e.value->>2, due_at = e.value->>3 "
        "FROM json_each(?1) AS e WHERE secrets.id = e.value->>0 AND (policy_days IS NOT e.value->>1 "
        "OR policy_reason IS NOT e.value->>2 OR due_at IS NOT e.value->>3)");
    st.bind(1, std::string_view(json)).exec();
}

} // namespace bulkhead
