// The secrets tables (schema v7): a write read back field by field (labels, versions, uses and
// the use summary computed here from the input), complete and partial rewrites of one origin
// leaving other origins alone, an updated row keeping its id and its evaluation, the Secrets
// view's filters, sorts and paging and the age chart against expectations computed here from the
// generated input, forEach in id order with versions and uses, removal by origin and with the
// source, a write rolled back with the caller's transaction, and writes a caller got wrong refused.
#include "sources/clustersourceconfig.h"
#include "store/database.h"
#include "store/secretrepository.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <tuple>

using namespace bulkhead;

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kNow = 1'750'000'000;

std::int64_t addCluster(Database &db, const std::string &name)
{
    ClusterSourceConfig c;
    c.name = name;
    c.context = name + "-admin";
    c.server = "https://" + name + ".example:6443";
    return SourceRepository(db).add(c, 1);
}

SecretRecord secret(SecretStoreKind store, const std::string &origin, const std::string &location,
                    const std::string &name)
{
    SecretRecord s;
    s.store = store;
    s.origin = origin;
    s.location = location;
    s.name = name;
    return s;
}

SecretSourceWrite writeOf(SecretStoreKind store, const std::string &origin, std::int64_t sourceId,
                          std::vector<SecretRecord> secrets, bool complete = true, std::int64_t now = kNow)
{
    SecretSourceWrite w;
    w.store = store;
    w.origin = origin;
    w.sourceId = sourceId;
    w.now = now;
    w.complete = complete;
    w.secrets = std::move(secrets);
    return w;
}

// Every stored secret by "location/name" of one store+origin.
std::map<std::string, SecretRow> rowsOf(SecretRepository &repo, const std::string &store, const std::string &origin)
{
    SecretFilter f;
    f.store = store;
    f.origin = origin;
    std::map<std::string, SecretRow> out;
    for (SecretRow &r : repo.page(f, SecretSort::Name, false, 0, 100000))
        out[r.secret.location + "/" + r.secret.name] = std::move(r);
    return out;
}

// A generated secret with what the test knows about it, to compute expectations from.
struct Generated {
    SecretRecord record;
    std::int64_t sourceId = 0;
    std::int64_t id = 0;
    std::optional<int> policyDays;
    std::optional<std::int64_t> dueAt;
    int workloads = 0;
    bool viaEnv = false;
};

} // namespace

class TestSecretRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    Database freshStore()
    {
        return Database::open((m_dir.path() + "/s" + QString::number(m_next++) + ".db").toStdString());
    }

private Q_SLOTS:
    void writesAndReadsBackEveryField()
    {
        Database db = freshStore();
        const std::int64_t prod = addCluster(db, "prod");
        SecretRecord s = secret(SecretStoreKind::Kubernetes, "prod", "shop", "cart-db");
        s.type = "Opaque";
        s.owner = "ExternalSecret/cart-db";
        s.createdAt = kNow - 100 * kDay;
        s.lastChangeAt = kNow - 10 * kDay;
        s.ageSource = AgeSource::ManagedFields;
        s.ageDetail = "managedFields: external-secrets";
        s.declaredPolicyDays = 30;
        s.labels = {{"team", "shop"}, {"app", "cart"}, {"tier", "db"}};
        s.usageKnown = true;
        s.uses = {{"Deployment", "cart", "app", "env"},
                  {"Deployment", "cart", "app", "envFrom"},
                  {"Deployment", "cart", "", "volume"},
                  {"CronJob", "backup", "", "projected"},
                  {"Deployment", "cart", "app", "env"}}; // the same use twice is one use
        SecretRecord token = secret(SecretStoreKind::Kubernetes, "prod", "kube-system", "builder-token");
        token.type = "kubernetes.io/service-account-token";
        token.serviceAccount = "builder";
        token.createdAt = kNow - 400 * kDay;
        token.ageSource = AgeSource::CreationOnly;
        token.lastChangeAt = token.createdAt;
        token.usageKnown = true;
        SecretRepository repo(db);
        repo.write(writeOf(SecretStoreKind::Kubernetes, "prod", prod, {s, token}));

        SecretRecord v = secret(SecretStoreKind::Vault, "", "secret", "team-a/db"); // origin left to the write
        v.type = "kv-v2";
        v.currentVersion = 3;
        v.versions = {{1, kNow - 90 * kDay, kNow - 80 * kDay, true},
                      {2, kNow - 60 * kDay, 0, false},
                      {3, kNow - 5 * kDay, 0, false}};
        v.lastChangeAt = kNow - 5 * kDay;
        v.ageSource = AgeSource::VersionHistory;
        v.ageDetail = "version 3 of 3";
        repo.write(writeOf(SecretStoreKind::Vault, "vault-a", 0, {v}));

        const auto kube = rowsOf(repo, "kubernetes", "prod");
        QCOMPARE(kube.size(), std::size_t(2));
        const SecretRow &row = kube.at("shop/cart-db");
        // Distinct workloads (kind, name) among the uses, and how they use it, from the input above.
        std::set<std::pair<std::string, std::string>> workloads;
        bool env = false, volume = false;
        for (const SecretUse &u : s.uses) {
            workloads.emplace(u.workloadKind, u.workloadName);
            env = env || u.how == "env" || u.how == "envFrom";
            volume = volume || u.how == "volume" || u.how == "projected";
        }
        QCOMPARE(row.useCount, int(workloads.size()));
        QCOMPARE(row.viaEnv, env);
        QCOMPARE(row.viaVolume, volume);
        QCOMPARE(row.collectedAt, kNow);
        QVERIFY(!row.policyDays);
        QVERIFY(!row.dueAt);
        QCOMPARE(row.secret.origin, std::string("prod"));
        QCOMPARE(row.secret.type, s.type);
        QCOMPARE(row.secret.owner, s.owner);
        QCOMPARE(row.secret.createdAt, s.createdAt);
        QCOMPARE(row.secret.lastChangeAt, s.lastChangeAt);
        QCOMPARE(row.secret.ageSource, s.ageSource);
        QCOMPARE(row.secret.ageDetail, s.ageDetail);
        QCOMPARE(row.secret.declaredPolicyDays, s.declaredPolicyDays);
        QVERIFY(row.secret.usageKnown);
        auto sortedLabels = s.labels;
        std::sort(sortedLabels.begin(), sortedLabels.end());
        QVERIFY(row.secret.labels == sortedLabels);
        QVERIFY(row.secret.uses.empty()); // a page row has no uses (detail has them)

        const std::optional<SecretRecord> detail = repo.detail(row.id);
        QVERIFY(detail);
        auto uses = s.uses;
        std::sort(uses.begin(), uses.end(), [](const SecretUse &a, const SecretUse &b) {
            return std::tie(a.workloadKind, a.workloadName, a.container, a.how)
                < std::tie(b.workloadKind, b.workloadName, b.container, b.how);
        });
        uses.erase(std::unique(uses.begin(), uses.end()), uses.end());
        QVERIFY(detail->uses == uses);
        QVERIFY(detail->versions.empty());
        QVERIFY(!repo.detail(row.id + 1000));
        QVERIFY(!repo.find(row.id + 1000));

        const SecretRow &sa = kube.at("kube-system/builder-token");
        QCOMPARE(sa.secret.serviceAccount, std::string("builder"));
        QCOMPARE(sa.useCount, 0);
        QVERIFY(!sa.secret.declaredPolicyDays);

        const auto vault = rowsOf(repo, "vault", "");
        QCOMPARE(vault.size(), std::size_t(1));
        const std::optional<SecretRow> found = repo.find(vault.begin()->second.id);
        QVERIFY(found);
        QCOMPARE(found->secret.origin, std::string("vault-a"));
        QCOMPARE(found->secret.store, SecretStoreKind::Vault);
        QCOMPARE(found->secret.currentVersion, 3);
        QVERIFY(found->secret.versions == v.versions);
        QCOMPARE(found->secret.createdAt, std::int64_t(0)); // unknown stays unknown

        const std::vector<std::pair<std::string, std::string>> origins{{"kubernetes", "prod"}, {"vault", "vault-a"}};
        QVERIFY(repo.origins() == origins);
        QVERIFY(repo.locations("prod") == std::vector<std::string>({"kube-system", "shop"}));
        QVERIFY(repo.locations("") == std::vector<std::string>({"kube-system", "secret", "shop"}));
    }

    void completeAndPartialWrites()
    {
        Database db = freshStore();
        const std::int64_t prod = addCluster(db, "prod");
        const std::int64_t stage = addCluster(db, "stage");
        SecretRepository repo(db);
        auto k = [](const std::string &origin, const std::string &name) {
            SecretRecord s = secret(SecretStoreKind::Kubernetes, origin, "ns", name);
            s.lastChangeAt = kNow - 10 * kDay;
            s.uses = {{"Deployment", name, "c", "env"}};
            return s;
        };
        repo.write(writeOf(SecretStoreKind::Kubernetes, "prod", prod, {k("prod", "a"), k("prod", "b"), k("prod", "c")}));
        repo.write(writeOf(SecretStoreKind::Kubernetes, "stage", stage, {k("stage", "a")}));
        // The same origin name in another store is another origin.
        SecretRecord inv = secret(SecretStoreKind::Inventory, "prod", "hsm", "a");
        repo.write(writeOf(SecretStoreKind::Inventory, "prod", 0, {inv}));
        const auto before = rowsOf(repo, "kubernetes", "prod");
        QCOMPARE(before.size(), std::size_t(3));
        const std::int64_t idA = before.at("ns/a").id;
        repo.setEvaluations({{idA, 30, "default", kNow - 5 * kDay}});

        // Partial: b is rewritten (a rotation: a newer change, no uses now), a and c stay.
        SecretRecord b = k("prod", "b");
        b.lastChangeAt = kNow - kDay;
        b.uses.clear();
        repo.write(writeOf(SecretStoreKind::Kubernetes, "prod", prod, {b}, false, kNow + 1));
        auto rows = rowsOf(repo, "kubernetes", "prod");
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows.at("ns/b").secret.lastChangeAt, b.lastChangeAt);
        QCOMPARE(rows.at("ns/b").useCount, 0);
        QCOMPARE(rows.at("ns/b").collectedAt, kNow + 1);
        QVERIFY(repo.detail(rows.at("ns/b").id)->uses.empty());
        QCOMPARE(rows.at("ns/c").collectedAt, kNow);

        // Complete: only a and a new d remain; a keeps its id and its evaluation until re-evaluated.
        repo.write(writeOf(SecretStoreKind::Kubernetes, "prod", prod, {k("prod", "a"), k("prod", "d")}, true, kNow + 2));
        rows = rowsOf(repo, "kubernetes", "prod");
        QCOMPARE(rows.size(), std::size_t(2));
        QVERIFY(rows.count("ns/a") && rows.count("ns/d"));
        QCOMPARE(rows.at("ns/a").id, idA);
        QCOMPARE(rows.at("ns/a").collectedAt, kNow + 2); // seen again, though unchanged
        QCOMPARE(repo.detail(idA)->uses.size(), std::size_t(1));
        QCOMPARE(rows.at("ns/a").policyDays, std::optional<int>(30));
        QCOMPARE(rows.at("ns/a").policyReason, std::string("default"));
        QCOMPARE(rows.at("ns/a").dueAt, std::optional<std::int64_t>(kNow - 5 * kDay));
        QCOMPARE(rowsOf(repo, "kubernetes", "stage").size(), std::size_t(1));
        QCOMPARE(rowsOf(repo, "inventory", "prod").size(), std::size_t(1));
        // The uses of the deleted rows went with them.
        QCOMPARE(db.scalar("SELECT count(*) FROM secret_uses"), 3);

        // An empty complete write empties the origin, and only it.
        repo.write(writeOf(SecretStoreKind::Kubernetes, "prod", prod, {}, true));
        QCOMPARE(rowsOf(repo, "kubernetes", "prod").size(), std::size_t(0));
        QCOMPARE(repo.count({}), std::int64_t(2));

        // An evaluation without a due time (no change time to count from) clears it.
        const std::int64_t stageA = rowsOf(repo, "kubernetes", "stage").at("ns/a").id;
        repo.setEvaluations({{stageA, 0, "service-account token", std::nullopt}});
        const SecretRow evaluated = *repo.find(stageA);
        QCOMPARE(evaluated.policyDays, std::optional<int>(0));
        QVERIFY(!evaluated.dueAt);
    }

    void removalByOriginAndWithTheSource()
    {
        Database db = freshStore();
        const std::int64_t prod = addCluster(db, "prod");
        SecretRepository repo(db);
        SecretRecord k = secret(SecretStoreKind::Kubernetes, "prod", "ns", "a");
        k.uses = {{"Deployment", "web", "c", "volume"}};
        repo.write(writeOf(SecretStoreKind::Kubernetes, "prod", prod, {k}));
        std::vector<SecretRecord> inventory;
        for (int i = 0; i < 4; ++i)
            inventory.push_back(secret(SecretStoreKind::Inventory, "", "hsm", "key-" + std::to_string(i)));
        repo.write(writeOf(SecretStoreKind::Inventory, "legacy", 0, inventory));
        QCOMPARE(repo.removeOrigin(SecretStoreKind::Inventory, "legacy"), std::int64_t(inventory.size()));
        QCOMPARE(repo.removeOrigin(SecretStoreKind::Inventory, "legacy"), std::int64_t(0));
        QCOMPARE(repo.count({}), std::int64_t(1));
        QVERIFY(SourceRepository(db).remove("prod"));
        QCOMPARE(repo.count({}), std::int64_t(0));
        QCOMPARE(db.scalar("SELECT count(*) FROM secret_uses"), 0);
    }

    void refusesWritesTheCallerGotWrong()
    {
        Database db = freshStore();
        const std::int64_t prod = addCluster(db, "prod");
        SecretRepository repo(db);
        const SecretRecord a = secret(SecretStoreKind::Kubernetes, "prod", "ns", "a");
        // No such source.
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.write(writeOf(SecretStoreKind::Kubernetes, "prod", prod + 9, {a})));
        // A record of another origin or store.
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.write(writeOf(SecretStoreKind::Kubernetes, "stage", prod, {a})));
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.write(writeOf(SecretStoreKind::Vault, "prod", prod, {a})));
        // No name, no origin.
        QVERIFY_THROWS_EXCEPTION(StoreError,
            repo.write(writeOf(SecretStoreKind::Kubernetes, "prod", prod, {secret(SecretStoreKind::Kubernetes, "prod", "ns", "")})));
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.write(writeOf(SecretStoreKind::Kubernetes, "", prod, {})));
        QCOMPARE(repo.count({}), std::int64_t(0));

        // A write inside the caller's transaction goes when the caller rolls back.
        {
            Transaction tx(db);
            repo.write(writeOf(SecretStoreKind::Kubernetes, "prod", prod, {a}));
            QCOMPARE(repo.count({}), std::int64_t(1));
        }
        QCOMPARE(repo.count({}), std::int64_t(0));
        // The same key twice in one write is one secret: the last one given.
        SecretRecord again = a;
        again.type = "Opaque";
        repo.write(writeOf(SecretStoreKind::Kubernetes, "prod", prod, {a, again}));
        QCOMPARE(repo.count({}), std::int64_t(1));
        QCOMPARE(repo.page({}, SecretSort::Name, false, 0, 10).at(0).secret.type, std::string("Opaque"));

        // A name with invalid UTF-8 (a hostile object's) is stored with U+FFFD, not refused.
        const SecretRecord hostile = secret(SecretStoreKind::Kubernetes, "prod", "ns", "bad\xff");
        repo.write(writeOf(SecretStoreKind::Kubernetes, "prod", prod, {a, hostile}));
        QCOMPARE(repo.count({}), std::int64_t(2));
        QCOMPARE(repo.page({}, SecretSort::Name, false, 0, 10).at(1).secret.name, std::string("bad\xef\xbf\xbd"));
    }

    void noColumnForAValue()
    {
        // Metadata only: no table of the secrets schema has a column that could hold a value.
        Database db = freshStore();
        SqliteStatement st = db.prepare("SELECT m.name, p.name FROM sqlite_schema m JOIN pragma_table_info(m.name) p "
                                        "WHERE m.type = 'table' AND m.name LIKE 'secret%'");
        int columns = 0;
        while (st.step()) {
            ++columns;
            const std::string column = st.text(1);
            for (const char *forbidden : {"value", "data", "token", "payload"})
                QVERIFY2(column.find(forbidden) == std::string::npos, (st.text(0) + "." + column).c_str());
        }
        QVERIFY(columns > 20);
    }

    void filtersSortsPagesAndAges()
    {
        Database db = freshStore();
        const std::map<std::string, std::int64_t> sources{{"prod", addCluster(db, "prod")},
                                                          {"stage", addCluster(db, "stage")}};
        std::mt19937 rng(7);
        auto pick = [&rng](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
        const std::vector<std::pair<SecretStoreKind, std::string>> origins{
            {SecretStoreKind::Kubernetes, "prod"}, {SecretStoreKind::Kubernetes, "stage"},
            {SecretStoreKind::Vault, "vault-a"}, {SecretStoreKind::Inventory, "legacy"},
            {SecretStoreKind::Inventory, "prod"}};
        const std::vector<std::string> locations{"shop", "payments", "kube-system", "secret", "Ops"};
        const std::vector<std::string> types{"Opaque", "kubernetes.io/tls", "kubernetes.io/service-account-token", ""};
        const std::vector<std::string> hows{"env", "envFrom", "volume", "projected", "imagePullSecrets"};
        std::map<std::pair<int, std::string>, std::vector<Generated>> byOrigin;
        std::set<std::tuple<int, std::string, std::string, std::string>> keys;
        for (int i = 0; i < 400; ++i) {
            const auto &[store, origin] = origins[pick(int(origins.size()))];
            Generated g;
            g.record = secret(store, origin, locations[pick(int(locations.size()))], "db-" + std::to_string(pick(60)));
            if (!keys.emplace(int(store), origin, g.record.location, g.record.name).second)
                continue;
            g.record.type = types[pick(int(types.size()))];
            g.record.owner = pick(5) == 0 ? "Team-Payments" : "team-" + std::to_string(pick(3));
            g.record.lastChangeAt = pick(10) == 0 ? 0 : kNow - pick(800) * kDay - pick(kDay);
            g.record.ageSource = g.record.lastChangeAt ? AgeSource::ManagedFields : AgeSource::Unknown;
            g.record.usageKnown = store == SecretStoreKind::Kubernetes && pick(4) != 0;
            std::set<std::string> workloads;
            for (int u = pick(4); u > 0; --u) {
                SecretUse use{"Deployment", "w" + std::to_string(pick(3)), "c", hows[pick(int(hows.size()))]};
                workloads.insert(use.workloadName);
                g.viaEnv = g.viaEnv || use.how == "env" || use.how == "envFrom";
                g.record.uses.push_back(use);
            }
            g.workloads = int(workloads.size());
            if (pick(5) != 0) {
                g.policyDays = std::vector<int>{0, 30, 90, 365}[pick(4)];
                if (g.record.lastChangeAt)
                    g.dueAt = g.record.lastChangeAt + *g.policyDays * kDay;
            }
            g.sourceId = store == SecretStoreKind::Inventory ? 0 : sources.count(origin) ? sources.at(origin) : 0;
            byOrigin[{int(store), origin}].push_back(std::move(g));
        }
        SecretRepository repo(db);
        std::vector<Generated> all;
        for (auto &[key, generated] : byOrigin) {
            std::vector<SecretRecord> records;
            for (const Generated &g : generated)
                records.push_back(g.record);
            repo.write(writeOf(static_cast<SecretStoreKind>(key.first), key.second, generated.front().sourceId, records));
            const auto rows = rowsOf(repo, secretStoreKindName(static_cast<SecretStoreKind>(key.first)), key.second);
            QCOMPARE(rows.size(), generated.size());
            for (Generated &g : generated) {
                g.id = rows.at(g.record.location + "/" + g.record.name).id;
                all.push_back(g);
            }
        }
        std::vector<SecretEvaluation> evaluations;
        for (const Generated &g : all)
            if (g.policyDays)
                evaluations.push_back({g.id, *g.policyDays, "rule", g.dueAt});
        repo.setEvaluations(evaluations);

        auto lower = [](std::string s) {
            std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
            return s;
        };
        auto matches = [&](const Generated &g, const SecretFilter &f) {
            const SecretRecord &s = g.record;
            if (!f.store.empty() && f.store != secretStoreKindName(s.store))
                return false;
            if ((!f.origin.empty() && f.origin != s.origin) || (!f.location.empty() && f.location != s.location))
                return false;
            const std::string t = lower(f.text);
            if (!t.empty() && lower(s.name).find(t) == std::string::npos && lower(s.location).find(t) == std::string::npos
                && lower(s.origin).find(t) == std::string::npos && lower(s.owner).find(t) == std::string::npos)
                return false;
            if (f.overdue && !(g.dueAt && *g.dueAt <= f.now))
                return false;
            if (f.unused && !(s.usageKnown && g.workloads == 0))
                return false;
            return !f.viaEnv || g.viaEnv;
        };
        // The expected order: the key, then store, origin, location, name, all in one direction
        // (descending reverses the ties too); unknown times last in both directions; age
        // descending = the oldest change first.
        auto less = [](SecretSort sort, bool descending) {
            return [sort, descending](const Generated &a, const Generated &b) {
                const auto ties = [](const Generated &g) {
                    return std::tie(g.record.store, g.record.origin, g.record.location, g.record.name);
                };
                auto inOrder = [](const auto &x, const auto &y, bool backwards) { return backwards ? y < x : x < y; };
                auto keyed = [&](const auto &ka, const auto &kb) {
                    return ka != kb ? inOrder(ka, kb, descending) : inOrder(ties(a), ties(b), descending);
                };
                auto timed = [&](std::optional<std::int64_t> ta, std::optional<std::int64_t> tb, bool backwards) {
                    if (ta.has_value() != tb.has_value())
                        return ta.has_value();
                    return ta != tb ? inOrder(*ta, *tb, backwards) : inOrder(ties(a), ties(b), backwards);
                };
                auto change = [](const Generated &g) {
                    return g.record.lastChangeAt ? std::optional<std::int64_t>(g.record.lastChangeAt) : std::nullopt;
                };
                switch (sort) {
                case SecretSort::Name: return keyed(a.record.name, b.record.name);
                case SecretSort::Store: return keyed(a.record.store, b.record.store);
                case SecretSort::Location: return keyed(a.record.location, b.record.location);
                case SecretSort::Type: return keyed(a.record.type, b.record.type);
                case SecretSort::Uses: return keyed(a.workloads, b.workloads);
                case SecretSort::Age: return timed(change(a), change(b), !descending);
                case SecretSort::Due: return timed(a.dueAt, b.dueAt, descending);
                }
                return false;
            };
        };

        std::vector<SecretFilter> filters(11);
        for (SecretFilter &f : filters)
            f.now = kNow;
        filters[1].store = "kubernetes";
        filters[2].origin = "prod"; // two stores share this origin name
        filters[3].location = "shop";
        filters[3].store = "inventory";
        filters[4].text = "PAY"; // location "payments", owner "Team-Payments"
        filters[5].overdue = true;
        filters[6].unused = true;
        filters[7].viaEnv = true;
        filters[7].overdue = true;
        filters[8].store = "nonsense";
        filters[9].text = "db-1"; // many matches: pages through the table scan's sorted matches
        filters[10].text = "db_%"; // LIKE's wildcards in the text match only themselves
        filters[10].overdue = true;
        const std::vector<SecretSort> sorts{SecretSort::Name, SecretSort::Store, SecretSort::Location, SecretSort::Type,
                                            SecretSort::Age,  SecretSort::Uses,  SecretSort::Due};
        for (std::size_t fi = 0; fi < filters.size(); ++fi) {
            const SecretFilter &f = filters[fi];
            std::vector<Generated> expected;
            std::copy_if(all.begin(), all.end(), std::back_inserter(expected),
                         [&](const Generated &g) { return matches(g, f); });
            if (fi != 8 && fi != 10)
                QVERIFY2(!expected.empty(), std::to_string(fi).c_str()); // every filter is put to the test
            QCOMPARE(repo.count(f), std::int64_t(expected.size()));
            for (SecretSort sort : sorts) {
                for (bool descending : {false, true}) {
                    std::sort(expected.begin(), expected.end(), less(sort, descending));
                    std::vector<std::int64_t> want, got;
                    for (const Generated &g : expected)
                        want.push_back(g.id);
                    for (std::int64_t offset = 0;; offset += 13) {
                        const std::vector<SecretRow> page = repo.page(f, sort, descending, offset, 13);
                        for (const SecretRow &r : page)
                            got.push_back(r.id);
                        if (page.size() < 13)
                            break;
                    }
                    const std::string where = "filter " + std::to_string(fi) + " sort " + std::to_string(int(sort))
                        + (descending ? " desc" : " asc");
                    QVERIFY2(got == want, where.c_str());
                }
            }
            // The age chart: ages in whole days at `now`, unknown change times not counted.
            const std::vector<int> edges{0, 30, 60, 90, 180, 365};
            std::vector<std::int64_t> buckets(edges.size(), 0);
            for (const Generated &g : expected) {
                if (!g.record.lastChangeAt)
                    continue;
                const std::int64_t days = (f.now - g.record.lastChangeAt) / kDay;
                const auto at = std::upper_bound(edges.begin(), edges.end(), days) - edges.begin() - 1;
                if (at >= 0)
                    ++buckets[std::size_t(at)];
            }
            QVERIFY2(repo.ageDistribution(f, edges) == buckets, std::to_string(fi).c_str());
        }
        QVERIFY(repo.page({}, SecretSort::Name, false, 0, 0).empty());
        QVERIFY(repo.page({}, SecretSort::Name, false, -1, 10).empty());
        QVERIFY(repo.page({}, SecretSort::Name, false, std::int64_t(all.size()), 10).empty());
    }

    void forEachVisitsInIdOrderWithVersionsAndUses()
    {
        Database db = freshStore();
        const std::int64_t prod = addCluster(db, "prod");
        SecretRepository repo(db);
        std::vector<SecretRecord> vault, kube;
        for (int i = 0; i < 25; ++i) {
            SecretRecord v = secret(SecretStoreKind::Vault, "vault-a", "secret", "app/" + std::to_string(i));
            for (int n = 1; n <= i % 4; ++n)
                v.versions.push_back({n, kNow - (10 - n) * kDay, 0, false});
            v.currentVersion = i % 4;
            vault.push_back(v);
            SecretRecord k = secret(SecretStoreKind::Kubernetes, "prod", "ns", "s" + std::to_string(i));
            for (int n = 0; n < i % 3; ++n)
                k.uses.push_back({"Deployment", "w" + std::to_string(n), "c", "volume"});
            kube.push_back(k);
        }
        // Interleaved writes so that one origin's ids are not contiguous.
        for (int i = 0; i < 25; i += 5) {
            repo.write(writeOf(SecretStoreKind::Vault, "vault-a", 0,
                               std::vector<SecretRecord>(vault.begin() + i, vault.begin() + i + 5), false));
            repo.write(writeOf(SecretStoreKind::Kubernetes, "prod", prod,
                               std::vector<SecretRecord>(kube.begin() + i, kube.begin() + i + 5), false));
        }
        std::map<std::string, const SecretRecord *> written;
        for (const auto *list : {&vault, &kube})
            for (const SecretRecord &s : *list)
                written[s.origin + "/" + s.name] = &s;

        for (const auto &[store, origin, expected] : std::vector<std::tuple<std::string, std::string, std::size_t>>{
                 {"", "", 50}, {"vault", "", 25}, {"kubernetes", "prod", 25}, {"vault", "prod", 0}}) {
            std::vector<std::int64_t> ids;
            repo.forEach(store, origin, [&](std::int64_t id, const SecretRecord &s) {
                ids.push_back(id);
                const SecretRecord *in = written.at(s.origin + "/" + s.name);
                QVERIFY(s.versions == in->versions);
                QVERIFY(s.uses == in->uses);
                QCOMPARE(s.currentVersion, in->currentVersion);
            });
            QCOMPARE(ids.size(), expected);
            QVERIFY(std::is_sorted(ids.begin(), ids.end()));
            QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretRepository)
#include "tst_secretrepository.moc"
