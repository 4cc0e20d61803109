// The RBAC review's store: an analysis written and read back, rewrites keeping the ids of bindings
// and subjects that are still there and deleting the others, the review queue's filters, sorts and
// paging (expected rows computed here from the generated input, never read from the store), review
// states with due dates (the high-risk interval included), change detection (subjects, roleRef,
// uid, re-creation), bulk reviews and their history, the IAM-2 summary, binding specs, subjects
// with the review state of the bindings naming them, history surviving the source's removal, and a
// 40,000-binding analysis.
#include "rbac/bindingreview.h"
#include "sources/clustersourceconfig.h"
#include "sources/registrysourceconfig.h"
#include "store/database.h"
#include "store/rbacrepository.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

using namespace bulkhead;

namespace {

constexpr std::int64_t kDay = 86400;
// "Now" of the generated reviews: far enough from 0 that every review time is positive.
constexpr std::int64_t kNow = 1000 * kDay;

std::int64_t addCluster(Database &db, const std::string &name)
{
    ClusterSourceConfig c;
    c.name = name;
    c.context = name + "-admin";
    c.server = "https://" + name + ".example:6443";
    return SourceRepository(db).add(c, 1);
}

RbacSubject user(const std::string &name)
{
    return {SubjectKind::User, name, ""};
}
RbacSubject group(const std::string &name)
{
    return {SubjectKind::Group, name, ""};
}
RbacSubject sa(const std::string &ns, const std::string &name)
{
    return {SubjectKind::ServiceAccount, name, ns};
}

RbacBindingRecord makeBinding(const std::string &ns, const std::string &name, RoleRef role,
                              std::vector<RbacSubject> subjects, std::vector<std::string> rules = {},
                              Severity worst = Severity::Unknown)
{
    RbacBindingRecord b;
    b.clusterBinding = ns.empty();
    b.nameSpace = ns;
    b.name = name;
    b.uid = "uid-" + ns + "-" + name;
    b.roleRef = std::move(role);
    b.subjects = std::move(subjects);
    b.fingerprint = bindingFingerprint(b.roleRef, b.subjects);
    b.createdAt = 50;
    b.riskRules = std::move(rules);
    b.worst = worst;
    return b;
}

RbacAnalysisWrite analysis(std::int64_t sourceId, const std::string &cluster, std::int64_t now,
                           std::vector<RbacBindingRecord> bindings, std::vector<RbacSubjectRecord> subjects = {})
{
    RbacAnalysisWrite w;
    w.sourceId = sourceId;
    w.cluster = cluster;
    w.now = now;
    w.bindings = std::move(bindings);
    w.subjects = std::move(subjects);
    return w;
}

ReviewPolicy policyAt(std::int64_t now, int interval = 90, int highRisk = 30)
{
    ReviewPolicy p;
    p.now = now;
    p.intervalDays = interval;
    p.highRiskIntervalDays = highRisk;
    return p;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool contains(const std::string &haystack, const std::string &needle)
{
    return lower(haystack).find(lower(needle)) != std::string::npos;
}

// Urgency of a state as the State sort and a subject's worst binding order it.
int urgency(ReviewState s)
{
    switch (s) {
    case ReviewState::Current: return 0;
    case ReviewState::NeverReviewed: return 1;
    case ReviewState::Due: return 2;
    case ReviewState::Changed: return 3;
    }
    return -1;
}

const std::vector<std::string> kRules{"rbac-wildcard", "rbac-secrets-read", "rbac-pod-exec", "rbac-escalate",
                                      "rbac-dangling-role"};
const std::vector<std::string> kRoles{"view", "edit", "admin", "pod-reader", "secret-reader"};

// A generated binding and what the test expects of it, derived from the generator alone.
struct Expected {
    int i = 0;
    std::string cluster;
    bool clusterBinding = false;
    std::string nameSpace, name, roleKind, roleName;
    std::vector<RbacSubject> subjects;
    std::set<std::string> rules;
    Severity worst = Severity::Unknown;
    bool bootstrap = false;
    std::int64_t id = 0;
    // After the generated reviews (reviewAll) and the second write (version 1):
    ReviewState state = ReviewState::NeverReviewed;
    std::int64_t dueAt = 0;
    bool highRisk() const { return worst >= Severity::High; }
    std::string kind() const { return clusterBinding ? "ClusterRoleBinding" : "RoleBinding"; }
};

// Review time of binding i's class (i % 6): 0 and 5 never reviewed; 1 ten days ago (current);
// 2 forty days ago (due only at the high-risk interval); 3 a hundred days ago (due); 4 five days
// ago and changed afterwards by version 1 of the generator (a subject added).
std::optional<std::int64_t> reviewTime(int i)
{
    switch (i % 6) {
    case 1: return kNow - 10 * kDay;
    case 2: return kNow - 40 * kDay;
    case 3: return kNow - 100 * kDay;
    case 4: return kNow - 5 * kDay;
    default: return std::nullopt;
    }
}

// `n` bindings over clusters alpha and beta (every third in beta), every fifth a
// ClusterRoleBinding, four namespaces, five roles, one to two subjects, zero to two risk rules,
// every seventh a bootstrap binding. `version` 1 adds a subject to class-4 bindings (see reviewTime).
std::vector<Expected> generate(int n, int version)
{
    std::vector<Expected> out;
    for (int i = 0; i < n; ++i) {
        Expected e;
        e.i = i;
        e.cluster = i % 3 == 0 ? "beta" : "alpha";
        e.clusterBinding = i % 5 == 0;
        e.nameSpace = e.clusterBinding ? "" : "ns" + std::to_string((i * 7) % 4);
        // Names repeat their stem so that sort keys tie often; the number makes them unique.
        e.name = std::string(i % 2 ? "Reader-" : "admin-") + char('a' + (i * 11) % 13) + "-" + std::to_string(i);
        e.roleKind = e.clusterBinding || i % 4 == 1 ? "ClusterRole" : "Role";
        e.roleName = kRoles[static_cast<std::size_t>((i * 3) % 5)];
        const std::string saNs = e.clusterBinding ? "kube-system" : e.nameSpace;
        switch (i % 3) {
        case 0: e.subjects = {user("user-" + std::to_string(i % 17))}; break;
        case 1: e.subjects = {group("team-" + std::to_string(i % 6)), user("user-" + std::to_string(i % 17))}; break;
        default: e.subjects = {sa(saNs, "sa-" + std::to_string(i % 9))}; break;
        }
        if (version == 1 && i % 6 == 4)
            e.subjects.push_back(user("newcomer"));
        e.bootstrap = i % 7 == 0;
        if (e.bootstrap) // a subject only bootstrap bindings name
            e.subjects.push_back(group("system:bootstrappers"));
        if (i % 4 != 0) {
            e.rules.insert(kRules[static_cast<std::size_t>(i % 5)]);
            e.rules.insert(kRules[static_cast<std::size_t>((i * 7) % 5)]);
            e.worst = static_cast<Severity>(1 + (i * 3) % 5);
        }
        if (const auto t = reviewTime(e.i)) {
            const std::int64_t interval = (e.highRisk() ? 30 : 90) * kDay;
            e.dueAt = *t + interval;
            e.state = version == 1 && i % 6 == 4 ? ReviewState::Changed
                : *t + interval <= kNow          ? ReviewState::Due
                                                 : ReviewState::Current;
        }
        out.push_back(std::move(e));
    }
    return out;
}

RbacBindingRecord recordOf(const Expected &e)
{
    RbacBindingRecord b;
    b.clusterBinding = e.clusterBinding;
    b.nameSpace = e.nameSpace;
    b.name = e.name;
    b.uid = "uid-" + std::to_string(e.i);
    b.roleRef = {e.roleKind, e.roleName};
    b.subjects = e.subjects;
    b.fingerprint = bindingFingerprint(b.roleRef, b.subjects);
    b.createdAt = 1000 + e.i;
    // Unsorted, with a duplicate: the store keeps them sorted and unique.
    b.riskRules.assign(e.rules.rbegin(), e.rules.rend());
    if (!e.rules.empty())
        b.riskRules.push_back(*e.rules.begin());
    b.worst = e.worst;
    b.bootstrap = e.bootstrap;
    return b;
}

// A subject of the generated cluster and what the test expects of it.
struct ExpectedSubject {
    std::string cluster;
    RbacSubjectRecord record;
    int urgency = -1; // worst urgency over the bindings naming it; -1: none does
    std::int64_t id = 0;
};

// The subjects of each cluster: everyone a binding names (counted here), plus one service account
// per cluster that no binding names.
std::vector<ExpectedSubject> subjectsOf(const std::vector<Expected> &bindings)
{
    std::map<std::pair<std::string, RbacSubject>, ExpectedSubject> by;
    for (const Expected &e : bindings) {
        for (const RbacSubject &s : e.subjects) {
            ExpectedSubject &x = by[{e.cluster, s}];
            const bool first = x.record.bindings == 0;
            x.cluster = e.cluster;
            x.record.subject = s;
            ++x.record.bindings;
            std::vector<std::string> rules = x.record.riskRules;
            rules.insert(rules.end(), e.rules.begin(), e.rules.end());
            std::sort(rules.begin(), rules.end());
            rules.erase(std::unique(rules.begin(), rules.end()), rules.end());
            x.record.riskRules = rules;
            x.record.worst = std::max(x.record.worst, e.worst);
            x.record.bootstrapOnly = (first || x.record.bootstrapOnly) && e.bootstrap;
            x.urgency = std::max(x.urgency, urgency(e.state));
        }
    }
    std::vector<ExpectedSubject> out;
    for (auto &[key, x] : by) {
        if (x.record.subject.kind == SubjectKind::ServiceAccount) {
            x.record.exists = x.record.subject.name == "sa-8" ? 0 : 1;
            x.record.workloads = static_cast<int>(x.record.subject.name.back() - '0');
        }
        out.push_back(x);
    }
    for (const std::string cluster : {"alpha", "beta"}) {
        ExpectedSubject lonely;
        lonely.cluster = cluster;
        lonely.record.subject = sa("ns0", "lonely");
        lonely.record.exists = 1;
        lonely.record.workloads = 3;
        out.push_back(lonely);
    }
    return out;
}

RbacAnalysisWrite writeOf(std::int64_t sourceId, const std::string &cluster, std::int64_t now,
                          const std::vector<Expected> &bindings, const std::vector<ExpectedSubject> &subjects)
{
    RbacAnalysisWrite w = analysis(sourceId, cluster, now, {});
    for (const Expected &e : bindings)
        if (e.cluster == cluster)
            w.bindings.push_back(recordOf(e));
    for (const ExpectedSubject &s : subjects)
        if (s.cluster == cluster)
            w.subjects.push_back(s.record);
    return w;
}

bool matches(const Expected &e, const RbacBindingFilter &f)
{
    if (!f.cluster.empty() && e.cluster != f.cluster)
        return false;
    if (f.nameSpace == "-" ? !e.clusterBinding : !f.nameSpace.empty() && e.nameSpace != f.nameSpace)
        return false;
    if (!f.text.empty()) {
        bool hit = contains(e.name, f.text) || contains(e.roleName, f.text);
        for (const RbacSubject &s : e.subjects)
            hit = hit || contains(s.name, f.text);
        if (!hit)
            return false;
    }
    if (f.hideBootstrap && e.bootstrap)
        return false;
    if (f.onlyRisky && e.rules.empty())
        return false;
    if (!f.riskRule.empty() && !e.rules.count(f.riskRule))
        return false;
    if (f.onlyNeedingReview && e.state == ReviewState::Current)
        return false;
    return true;
}

bool matches(const ExpectedSubject &s, const RbacSubjectFilter &f)
{
    if (!f.cluster.empty() && s.cluster != f.cluster)
        return false;
    if (!f.text.empty() && !contains(s.record.subject.name, f.text) && !contains(s.record.subject.nameSpace, f.text))
        return false;
    if (f.kind && s.record.subject.kind != *f.kind)
        return false;
    if (f.hideBootstrap && s.record.bootstrapOnly)
        return false;
    if (f.onlyRisky && s.record.riskRules.empty())
        return false;
    return true;
}

// The generated store: both clusters written (version 0), the generated reviews recorded, then
// version 1 written (class-4 bindings change after their review).
struct Generated {
    std::vector<Expected> bindings;
    std::vector<ExpectedSubject> subjects;
    std::map<std::string, std::int64_t> sources;
};

Generated buildGenerated(Database &db, int n)
{
    Generated g;
    RbacRepository repo(db);
    g.sources["alpha"] = addCluster(db, "alpha");
    g.sources["beta"] = addCluster(db, "beta");
    const std::vector<Expected> v0 = generate(n, 0);
    const std::vector<ExpectedSubject> s0 = subjectsOf(v0);
    for (const auto &[cluster, id] : g.sources)
        repo.writeAnalysis(writeOf(id, cluster, 10, v0, s0));
    // Reviews by class, in bulk per review time.
    std::map<std::int64_t, std::vector<std::int64_t>> byTime;
    const std::vector<RbacBindingRow> rows = repo.bindings({}, policyAt(kNow), RbacBindingSort::Name, false, 0, 1 << 30);
    std::map<std::string, std::int64_t> ids;
    for (const RbacBindingRow &r : rows)
        ids[r.cluster + "/" + r.binding.nameSpace + "/" + r.binding.name] = r.id;
    for (const Expected &e : v0)
        if (const auto t = reviewTime(e.i))
            byTime[*t].push_back(ids.at(e.cluster + "/" + e.nameSpace + "/" + e.name));
    for (const auto &[t, batch] : byTime)
        repo.recordReviews(batch, ReviewDecision::Keep, "tester", "generated", t);
    g.bindings = generate(n, 1);
    g.subjects = subjectsOf(g.bindings);
    for (const auto &[cluster, id] : g.sources)
        repo.writeAnalysis(writeOf(id, cluster, 20, g.bindings, g.subjects));
    for (Expected &e : g.bindings)
        e.id = ids.at(e.cluster + "/" + e.nameSpace + "/" + e.name);
    return g;
}

// The expected order of the bindings under a sort (ties: cluster, namespace, name, kind, id).
std::vector<std::int64_t> expectedOrder(std::vector<Expected> rows, RbacBindingSort sort, bool descending)
{
    using Key = std::tuple<std::string, std::string, std::int64_t, std::int64_t>;
    const auto key = [sort](const Expected &e) -> Key {
        switch (sort) {
        case RbacBindingSort::Name: return {e.name, "", 0, 0};
        case RbacBindingSort::Namespace: return {e.nameSpace, "", 0, 0};
        case RbacBindingSort::Role: return {e.roleName, e.roleKind, 0, 0};
        case RbacBindingSort::Risk: return {"", "", static_cast<int>(e.worst), static_cast<std::int64_t>(e.rules.size())};
        case RbacBindingSort::State: return {"", "", urgency(e.state), 0};
        case RbacBindingSort::Due: return {"", "", e.dueAt, 0};
        }
        return {};
    };
    std::sort(rows.begin(), rows.end(), [&](const Expected &a, const Expected &b) {
        const auto ka = key(a), kb = key(b);
        if (ka != kb)
            return descending ? kb < ka : ka < kb;
        return std::tie(a.cluster, a.nameSpace, a.name) < std::tie(b.cluster, b.nameSpace, b.name)
            || (std::tie(a.cluster, a.nameSpace, a.name) == std::tie(b.cluster, b.nameSpace, b.name)
                && std::make_pair(a.kind(), a.id) < std::make_pair(b.kind(), b.id));
    });
    std::vector<std::int64_t> ids;
    for (const Expected &e : rows)
        ids.push_back(e.id);
    return ids;
}

std::vector<std::int64_t> idsOf(const std::vector<RbacBindingRow> &rows)
{
    std::vector<std::int64_t> ids;
    for (const RbacBindingRow &r : rows)
        ids.push_back(r.id);
    return ids;
}

RbacBindingFilter bindingFilter(std::function<void(RbacBindingFilter &)> set)
{
    RbacBindingFilter f;
    set(f);
    return f;
}

} // namespace

class TestRbacRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::string freshPath() { return (m_dir.path() + "/r" + QString::number(++m_n) + ".db").toStdString(); }

private Q_SLOTS:
    void writeAndReadBack()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "prod");
        RbacRepository repo(db);
        QVERIFY(repo.clusters().empty());
        RbacBindingRecord crb = makeBinding("", "admins", {"ClusterRole", "cluster-admin"},
                                            {group("ops"), user("alice")}, {"rbac-wildcard", "rbac-cluster-admin",
                                                                            "rbac-wildcard"}, Severity::Critical);
        crb.createdAt = 77;
        crb.bootstrap = true;
        RbacBindingRecord rb = makeBinding("shop", "deployer", {"Role", "gone"}, {{SubjectKind::ServiceAccount, "ci", ""}},
                                           {"rbac-dangling-role"}, Severity::Medium);
        rb.roleExists = false;
        rb.fingerprint.clear(); // the store computes it
        RbacSubjectRecord ci;
        ci.subject = sa("shop", "ci");
        ci.bindings = 2;
        ci.riskRules = {"rbac-dangling-role", "rbac-dangling-role", "rbac-a"};
        ci.worst = Severity::Medium;
        ci.workloads = 4;
        ci.exists = 0;
        RbacSubjectRecord ops;
        ops.subject = group("ops");
        ops.bindings = 1;
        ops.bootstrapOnly = true;
        repo.writeAnalysis(analysis(src, "ignored-spelling", 500, {crb, rb}, {ci, ops}));

        QCOMPARE(repo.clusters(), std::vector<std::string>{"prod"});
        const ReviewPolicy policy = policyAt(1000);
        QCOMPARE(repo.countBindings({}, policy), std::int64_t(2));
        const auto rows = repo.bindings({}, policy, RbacBindingSort::Name, false, 0, 10);
        QCOMPARE(rows.size(), std::size_t(2));
        const RbacBindingRow &a = rows[0], &d = rows[1];
        QCOMPARE(a.cluster, std::string("prod"));
        QVERIFY(a.binding.clusterBinding);
        QCOMPARE(a.binding.nameSpace, std::string());
        QCOMPARE(a.binding.name, std::string("admins"));
        QCOMPARE(a.binding.uid, crb.uid);
        QCOMPARE(a.binding.roleRef, (RoleRef{"ClusterRole", "cluster-admin"}));
        QCOMPARE(a.binding.subjects, crb.subjects);
        QCOMPARE(a.binding.fingerprint, crb.fingerprint);
        QCOMPARE(a.binding.createdAt, std::int64_t(77));
        QCOMPARE(a.binding.riskRules, (std::vector<std::string>{"rbac-cluster-admin", "rbac-wildcard"}));
        QCOMPARE(a.binding.worst, Severity::Critical);
        QVERIFY(a.binding.bootstrap);
        QVERIFY(a.binding.roleExists);
        QCOMPARE(a.state, ReviewState::NeverReviewed);
        QVERIFY(!a.lastReview);
        QCOMPARE(a.dueAt, std::int64_t(0));
        QCOMPARE(a.collectedAt, std::int64_t(500));

        QVERIFY(!d.binding.clusterBinding);
        QCOMPARE(d.binding.nameSpace, std::string("shop"));
        QVERIFY(!d.binding.roleExists);
        QVERIFY(!d.binding.bootstrap);
        QCOMPARE(d.binding.fingerprint, bindingFingerprint({"Role", "gone"}, rb.subjects));
        QCOMPARE(d.binding.subjects, rb.subjects); // as written (the namespace-less SA too)

        const auto one = repo.binding(d.id, policy);
        QVERIFY(one);
        QCOMPARE(one->binding.name, std::string("deployer"));
        QCOMPARE(one->id, d.id);
        QVERIFY(!repo.binding(d.id + 100, policy));

        QCOMPARE(repo.countSubjects({}), std::int64_t(2));
        const auto subjects = repo.subjects({}, policy, RbacSubjectSort::Name, false, 0, 10);
        QCOMPARE(subjects.size(), std::size_t(2));
        const RbacSubjectRow &s = subjects[0];
        QCOMPARE(s.cluster, std::string("prod"));
        QCOMPARE(s.record.subject, sa("shop", "ci"));
        QCOMPARE(s.record.bindings, 2);
        QCOMPARE(s.record.riskRules, (std::vector<std::string>{"rbac-a", "rbac-dangling-role"}));
        QCOMPARE(s.record.worst, Severity::Medium);
        QCOMPARE(s.record.workloads, 4);
        QCOMPARE(s.record.exists, 0);
        QVERIFY(!s.record.bootstrapOnly);
        // The SA subject without a namespace in the binding is the binding's namespace's.
        QCOMPARE(s.reviewState, ReviewState::NeverReviewed);
        QCOMPARE(subjects[1].record.subject, group("ops"));
        QVERIFY(subjects[1].record.bootstrapOnly);
        QCOMPARE(subjects[1].record.exists, -1);
        QCOMPARE(db.scalar("SELECT count(*) FROM rbac_subject_bindings"), 2);
    }

    void rewriteKeepsIdsAndDeletesTheRest()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "prod");
        RbacRepository repo(db);
        const RoleRef view{"ClusterRole", "view"};
        RbacSubjectRecord alice, bob, carol;
        alice.subject = user("alice");
        bob.subject = user("bob");
        carol.subject = user("carol");
        repo.writeAnalysis(analysis(src, "prod", 1,
                                    {makeBinding("a", "one", view, {user("alice")}), makeBinding("a", "two", view, {user("bob")}),
                                     makeBinding("", "three", view, {user("alice"), user("bob")})},
                                    {alice, bob}));
        const ReviewPolicy policy = policyAt(10);
        std::map<std::string, std::int64_t> before;
        for (const auto &r : repo.bindings({}, policy, RbacBindingSort::Name, false, 0, 10))
            before[r.binding.name] = r.id;
        std::map<std::string, std::int64_t> subjectsBefore;
        for (const auto &r : repo.subjects({}, policy, RbacSubjectSort::Name, false, 0, 10))
            subjectsBefore[r.record.subject.name] = r.id;
        QCOMPARE(before.size(), std::size_t(3));
        QCOMPARE(db.scalar("SELECT count(*) FROM rbac_subject_bindings"), 4);

        // "one" goes, "two" changes role, "three" stays, "four" is new; alice goes, carol is new.
        repo.writeAnalysis(analysis(src, "prod", 2,
                                    {makeBinding("a", "two", {"ClusterRole", "edit"}, {user("bob")}),
                                     makeBinding("", "three", view, {user("bob"), user("carol")}),
                                     makeBinding("b", "four", view, {user("carol")})},
                                    {bob, carol}));
        std::map<std::string, std::int64_t> after;
        for (const auto &r : repo.bindings({}, policy, RbacBindingSort::Name, false, 0, 10)) {
            after[r.binding.name] = r.id;
            QCOMPARE(r.collectedAt, std::int64_t(2));
        }
        QCOMPARE(after.size(), std::size_t(3));
        QVERIFY(!after.count("one"));
        QCOMPARE(after.at("two"), before.at("two"));
        QCOMPARE(after.at("three"), before.at("three"));
        QVERIFY(after.at("four") != before.at("one"));
        QCOMPARE(repo.binding(after.at("two"), policy)->binding.roleRef, (RoleRef{"ClusterRole", "edit"}));
        QVERIFY(!repo.binding(before.at("one"), policy));

        std::map<std::string, std::int64_t> subjectsAfter;
        for (const auto &r : repo.subjects({}, policy, RbacSubjectSort::Name, false, 0, 10))
            subjectsAfter[r.record.subject.name] = r.id;
        QCOMPARE(subjectsAfter.size(), std::size_t(2));
        QCOMPARE(subjectsAfter.at("bob"), subjectsBefore.at("bob"));
        QVERIFY(!subjectsAfter.count("alice"));
        // Links: bob -> two, three; carol -> three, four.
        QCOMPARE(db.scalar("SELECT count(*) FROM rbac_subject_bindings"), 4);
        QCOMPARE(db.scalar("SELECT count(*) FROM rbac_subject_bindings WHERE subject_id = "
                           + std::to_string(subjectsAfter.at("carol"))),
                 2);

        // An empty analysis empties the source's tables, and the cluster still counts as analysed.
        repo.writeAnalysis(analysis(src, "prod", 3, {}, {}));
        QCOMPARE(repo.countBindings({}, policy), std::int64_t(0));
        QCOMPARE(repo.countSubjects({}), std::int64_t(0));
        QCOMPARE(db.scalar("SELECT count(*) FROM rbac_subject_bindings"), 0);
        QCOMPARE(repo.clusters(), std::vector<std::string>{"prod"});
        QVERIFY(repo.reviewSummary("prod", policy).assessed);
    }

    // A subject's review state follows the bindings that name it, however the binding spells it:
    // a ServiceAccount without a namespace is in the binding's; a User's namespace means nothing.
    void subjectStateFollowsTheBindingsNamingIt()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "prod");
        RbacRepository repo(db);
        const RoleRef view{"ClusterRole", "view"};
        RbacSubjectRecord x, u, lonely;
        x.subject = sa("a", "x");
        u.subject = user("u");
        lonely.subject = sa("a", "lonely");
        repo.writeAnalysis(analysis(src, "prod", 1,
                                    {makeBinding("a", "one", view, {{SubjectKind::ServiceAccount, "x", ""}}),
                                     makeBinding("a", "two", view, {{SubjectKind::User, "u", "ignored"}}),
                                     makeBinding("b", "three", view, {sa("b", "x")})},
                                    {x, u, lonely}));
        QCOMPARE(db.scalar("SELECT count(*) FROM rbac_subject_bindings"), 2);
        const auto stateOf = [&](const std::string &name, std::int64_t now) {
            RbacSubjectFilter f;
            f.text = name;
            const auto rows = repo.subjects(f, policyAt(now), RbacSubjectSort::Name, false, 0, 10);
            return rows.size() == 1 ? rows[0].reviewState : ReviewState::NeverReviewed;
        };
        QCOMPARE(stateOf("x", 10), ReviewState::NeverReviewed);
        QCOMPARE(stateOf("u", 10), ReviewState::NeverReviewed);
        QCOMPARE(stateOf("lonely", 10), ReviewState::Current); // no binding of its own to review
        std::string error;
        const auto one = repo.findBinding("prod", "a/one", &error), two = repo.findBinding("prod", "a/two", &error);
        QVERIFY2(one && two, error.c_str());
        QCOMPARE(repo.recordReviews({*one, *two}, ReviewDecision::Keep, "alice", "", 100), 2);
        QCOMPARE(stateOf("x", 200), ReviewState::Current);
        QCOMPARE(stateOf("u", 200), ReviewState::Current);
        QCOMPARE(stateOf("x", 100 + 90 * kDay), ReviewState::Due);
    }

    void writeNeedsAClusterSourceAndRollsBack()
    {
        Database db = Database::open(freshPath());
        RegistrySourceConfig hub;
        hub.name = "hub";
        hub.url = "https://registry.example";
        const std::int64_t registry = SourceRepository(db).add(hub, 1);
        const std::int64_t src = addCluster(db, "prod");
        RbacRepository repo(db);
        const RoleRef view{"ClusterRole", "view"};
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.writeAnalysis(analysis(registry, "hub", 1, {makeBinding("a", "x", view, {})})));
        QVERIFY_THROWS_EXCEPTION(StoreError, repo.writeAnalysis(analysis(9999, "ghost", 1, {makeBinding("a", "x", view, {})})));
        {
            Transaction tx(db);
            repo.writeAnalysis(analysis(src, "prod", 1, {makeBinding("a", "x", view, {user("u")})}));
            // not committed
        }
        QCOMPARE(repo.countBindings({}, policyAt(1)), std::int64_t(0));
        QVERIFY(repo.clusters().empty());
        QVERIFY(!repo.reviewSummary("", policyAt(1)).assessed);
    }

    void filters()
    {
        Database db = Database::open(freshPath());
        const Generated g = buildGenerated(db, 300);
        RbacRepository repo(db);
        const ReviewPolicy policy = policyAt(kNow);
        const std::vector<RbacBindingFilter> filters{
            {},
            bindingFilter([](auto &f) { f.cluster = "alpha"; }),
            bindingFilter([](auto &f) { f.cluster = "beta"; }),
            bindingFilter([](auto &f) { f.cluster = "gamma"; }),
            bindingFilter([](auto &f) { f.nameSpace = "ns2"; }),
            bindingFilter([](auto &f) { f.nameSpace = "-"; }),
            bindingFilter([](auto &f) { f.cluster = "beta", f.nameSpace = "-"; }),
            bindingFilter([](auto &f) { f.text = "READER"; }),   // names and role names
            bindingFilter([](auto &f) { f.text = "user-1"; }),   // subject names
            bindingFilter([](auto &f) { f.text = "Team-"; }),
            bindingFilter([](auto &f) { f.text = "sa-3"; }),
            bindingFilter([](auto &f) { f.text = "%"; }),        // no wildcard
            bindingFilter([](auto &f) { f.hideBootstrap = true; }),
            bindingFilter([](auto &f) { f.onlyRisky = true; }),
            bindingFilter([](auto &f) { f.riskRule = "rbac-secrets-read"; }),
            bindingFilter([](auto &f) { f.riskRule = "rbac"; }), // a whole id, not a prefix
            bindingFilter([](auto &f) { f.onlyNeedingReview = true; }),
            bindingFilter([](auto &f) {
                f.cluster = "alpha", f.hideBootstrap = true, f.onlyNeedingReview = true, f.riskRule = "rbac-pod-exec";
            }),
            bindingFilter([](auto &f) { f.nameSpace = "ns1", f.text = "admin", f.onlyRisky = true; }),
        };
        for (std::size_t k = 0; k < filters.size(); ++k) {
            std::vector<Expected> expected;
            std::copy_if(g.bindings.begin(), g.bindings.end(), std::back_inserter(expected),
                         [&](const Expected &e) { return matches(e, filters[k]); });
            const std::string label = "filter #" + std::to_string(k);
            QVERIFY2(repo.countBindings(filters[k], policy) == static_cast<std::int64_t>(expected.size()), label.c_str());
            const auto rows = repo.bindings(filters[k], policy, RbacBindingSort::Name, false, 0, 1000);
            QVERIFY2(idsOf(rows) == expectedOrder(expected, RbacBindingSort::Name, false), label.c_str());
        }
        // The interesting filters are not vacuous.
        QVERIFY(repo.countBindings(filters[16], policy) > 0);
        QVERIFY(repo.countBindings(filters[16], policy) < repo.countBindings({}, policy));
        QCOMPARE(repo.countBindings(filters[3], policy), std::int64_t(0));
        QCOMPARE(repo.countBindings(filters[11], policy), std::int64_t(0));
        QCOMPARE(repo.countBindings(filters[15], policy), std::int64_t(0));
    }

    void sortsAndPages_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        const char *names[] = {"name", "namespace", "role", "risk", "state", "due"};
        for (int s = 0; s < 6; ++s)
            for (bool desc : {false, true})
                QTest::newRow((std::string(names[s]) + (desc ? " desc" : " asc")).c_str()) << s << desc;
    }

    void sortsAndPages()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        Database db = Database::open(freshPath());
        const Generated g = buildGenerated(db, 240);
        RbacRepository repo(db);
        const ReviewPolicy policy = policyAt(kNow);
        const auto s = static_cast<RbacBindingSort>(sort);
        for (const RbacBindingFilter &filter :
             {RbacBindingFilter{}, bindingFilter([](auto &f) { f.cluster = "alpha", f.hideBootstrap = true; })}) {
            std::vector<Expected> expected;
            std::copy_if(g.bindings.begin(), g.bindings.end(), std::back_inserter(expected),
                         [&](const Expected &e) { return matches(e, filter); });
            const std::vector<std::int64_t> want = expectedOrder(expected, s, descending);
            std::vector<std::int64_t> got;
            for (std::int64_t offset = 0;; offset += 7) {
                const auto page = repo.bindings(filter, policy, s, descending, offset, 7);
                QVERIFY(page.size() <= 7);
                for (const RbacBindingRow &r : page)
                    got.push_back(r.id);
                if (page.size() < 7)
                    break;
            }
            QCOMPARE(got, want);
        }
        QVERIFY(repo.bindings({}, policy, s, descending, 0, 0).empty());
        QVERIFY(repo.bindings({}, policy, s, descending, -1, 5).empty());
        QVERIFY(repo.bindings({}, policy, s, descending, 100000, 5).empty());
    }

    void generatedStatesAndDueDates()
    {
        Database db = Database::open(freshPath());
        const Generated g = buildGenerated(db, 120);
        RbacRepository repo(db);
        std::map<ReviewState, int> seen;
        for (const Expected &e : g.bindings) {
            const auto row = repo.binding(e.id, policyAt(kNow));
            QVERIFY(row);
            QVERIFY2(row->state == e.state, (e.name + ": " + reviewStateName(row->state)).c_str());
            QCOMPARE(row->dueAt, e.dueAt);
            QCOMPARE(row->lastReview.has_value(), reviewTime(e.i).has_value());
            if (row->lastReview)
                QCOMPARE(row->lastReview->reviewedAt, *reviewTime(e.i));
            ++seen[e.state];
        }
        QCOMPARE(seen.size(), std::size_t(4)); // every state occurs
    }

    void reviewStatesAndDueDates()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "prod");
        RbacRepository repo(db);
        const RoleRef view{"ClusterRole", "view"};
        repo.writeAnalysis(analysis(src, "prod", 1,
                                    {makeBinding("a", "plain", view, {user("u")}, {"rbac-secrets-read"}, Severity::Medium),
                                     makeBinding("a", "risky", view, {user("u")}, {"rbac-pod-exec"}, Severity::High),
                                     makeBinding("", "critical", view, {user("u")}, {"rbac-wildcard"}, Severity::Critical)}));
        std::map<std::string, std::int64_t> ids;
        for (const auto &r : repo.bindings({}, policyAt(0), RbacBindingSort::Name, false, 0, 10))
            ids[r.binding.name] = r.id;
        const std::int64_t t = 100 * kDay;
        QCOMPARE(repo.recordReviews({ids.at("plain"), ids.at("risky"), ids.at("critical")}, ReviewDecision::Keep,
                                    "alice", "fine", t),
                 3);
        const auto stateAt = [&](const std::string &name, std::int64_t now, int interval = 90, int high = 30) {
            return repo.binding(ids.at(name), policyAt(now, interval, high))->state;
        };
        QCOMPARE(stateAt("plain", t), ReviewState::Current);
        QCOMPARE(repo.binding(ids.at("plain"), policyAt(t))->dueAt, t + 90 * kDay);
        QCOMPARE(repo.binding(ids.at("risky"), policyAt(t))->dueAt, t + 30 * kDay);
        QCOMPARE(repo.binding(ids.at("critical"), policyAt(t, 90, 7))->dueAt, t + 7 * kDay);
        // Due exactly when the interval has passed, the high-risk one after its shorter interval.
        QCOMPARE(stateAt("risky", t + 30 * kDay - 1), ReviewState::Current);
        QCOMPARE(stateAt("risky", t + 30 * kDay), ReviewState::Due);
        QCOMPARE(stateAt("critical", t + 30 * kDay), ReviewState::Due);
        QCOMPARE(stateAt("plain", t + 30 * kDay), ReviewState::Current);
        QCOMPARE(stateAt("plain", t + 90 * kDay - 1), ReviewState::Current);
        QCOMPARE(stateAt("plain", t + 90 * kDay), ReviewState::Due);
        QCOMPARE(stateAt("plain", t + 10 * kDay, 10), ReviewState::Due);
        QCOMPARE(stateAt("risky", t + 40 * kDay, 90, 60), ReviewState::Current);
        // Intervals below a day read as one day.
        QCOMPARE(stateAt("plain", t + kDay, 0, 0), ReviewState::Due);

        // A new review makes it current again and is the one shown.
        QCOMPARE(repo.recordReviews({ids.at("plain")}, ReviewDecision::Reduce, "bob", "trim it", t + 200 * kDay), 1);
        const auto row = repo.binding(ids.at("plain"), policyAt(t + 200 * kDay));
        QCOMPARE(row->state, ReviewState::Current);
        QCOMPARE(row->lastReview->decision, ReviewDecision::Reduce);
        QCOMPARE(row->lastReview->reviewer, std::string("bob"));
        QCOMPARE(row->lastReview->note, std::string("trim it"));
        QCOMPARE(row->lastReview->cluster, std::string("prod"));
        QCOMPARE(row->lastReview->name, std::string("plain"));
        // A review recorded with an older time does not replace the newest.
        QCOMPARE(repo.recordReviews({ids.at("plain")}, ReviewDecision::Remove, "carol", "late entry", t + 1), 1);
        QCOMPARE(repo.binding(ids.at("plain"), policyAt(t + 200 * kDay))->lastReview->reviewer, std::string("bob"));
    }

    void changeDetection()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "prod");
        RbacRepository repo(db);
        const RoleRef view{"ClusterRole", "view"}, edit{"ClusterRole", "edit"};
        const auto bindingsAt = [&](const std::vector<RbacBindingRecord> &bs, std::int64_t now) {
            repo.writeAnalysis(analysis(src, "prod", now, bs));
        };
        std::vector<RbacBindingRecord> v0{makeBinding("a", "subjects", view, {user("alice"), group("dev")}),
                                          makeBinding("a", "role", view, {user("alice")}),
                                          makeBinding("a", "uid", view, {user("alice")}),
                                          makeBinding("a", "created", view, {user("alice")}),
                                          makeBinding("a", "order", view, {user("alice"), group("dev")}),
                                          makeBinding("a", "risk", view, {user("alice")})};
        bindingsAt(v0, 10);
        std::map<std::string, std::int64_t> ids;
        std::vector<std::int64_t> all;
        for (const auto &r : repo.bindings({}, policyAt(0), RbacBindingSort::Name, false, 0, 10)) {
            ids[r.binding.name] = r.id;
            all.push_back(r.id);
        }
        const std::int64_t reviewedAt = 1000;
        QCOMPARE(repo.recordReviews(all, ReviewDecision::Keep, "alice", "ok", reviewedAt), 6);
        const ReviewPolicy policy = policyAt(2000);
        for (const auto &[name, id] : ids)
            QCOMPARE(repo.binding(id, policy)->state, ReviewState::Current);

        std::vector<RbacBindingRecord> v1 = v0;
        v1[0].subjects = {user("alice"), user("mallory")};
        v1[1].roleRef = edit;
        v1[2].uid = "uid-recreated";
        v1[2].createdAt = 900; // re-created before the review time? no: the uid alone tells
        v1[3].createdAt = 1500; // same uid, created after the review (deleted and re-created without a uid change seen)
        v1[4].subjects = {group("dev"), user("alice")}; // order only: not a change
        v1[5].riskRules = {"rbac-secrets-read"};          // risks are not what a review vouches for
        v1[5].worst = Severity::Medium;
        for (RbacBindingRecord &b : v1)
            b.fingerprint = bindingFingerprint(b.roleRef, b.subjects);
        bindingsAt(v1, 20);

        const auto diffOf = [&](const std::string &name) {
            const auto row = repo.binding(ids.at(name), policy);
            const BindingReview &r = *row->lastReview;
            BindingDiff d = diffBinding(r.roleRef, r.subjects, r.uid, row->binding.roleRef, row->binding.subjects,
                                        row->binding.uid);
            d.recreated = d.recreated || row->binding.createdAt > r.reviewedAt;
            return std::make_pair(row->state, describeDiff(d));
        };
        QCOMPARE(diffOf("subjects"), std::make_pair(ReviewState::Changed, std::string("+ User/mallory; - Group/dev")));
        QCOMPARE(diffOf("role"), std::make_pair(ReviewState::Changed,
                                                std::string("roleRef ClusterRole/view -> ClusterRole/edit")));
        QCOMPARE(diffOf("uid"), std::make_pair(ReviewState::Changed, std::string("re-created")));
        QCOMPARE(diffOf("created"), std::make_pair(ReviewState::Changed, std::string("re-created")));
        QCOMPARE(diffOf("order"), std::make_pair(ReviewState::Current, std::string("unchanged")));
        QCOMPARE(diffOf("risk"), std::make_pair(ReviewState::Current, std::string("unchanged")));
        // The review kept the binding as it was.
        const auto subjectsRow = repo.binding(ids.at("subjects"), policy);
        QCOMPARE(subjectsRow->lastReview->subjects, v0[0].subjects);
        QCOMPARE(subjectsRow->lastReview->fingerprint, v0[0].fingerprint);
        QCOMPARE(subjectsRow->lastReview->uid, v0[0].uid);
        QCOMPARE(subjectsRow->lastReview->roleRef, view);

        // Changed needs review, whatever the interval; a new review clears it.
        RbacBindingFilter needing;
        needing.onlyNeedingReview = true;
        QCOMPARE(repo.countBindings(needing, policy), std::int64_t(4));
        QCOMPARE(repo.recordReviews({ids.at("subjects"), ids.at("uid")}, ReviewDecision::Remove, "bob", "", 2000), 2);
        QCOMPARE(repo.binding(ids.at("subjects"), policy)->state, ReviewState::Current);
        QCOMPARE(repo.countBindings(needing, policy), std::int64_t(2));
        // Reverting the change makes the old review match again.
        v1[1].roleRef = view;
        v1[1].fingerprint = bindingFingerprint(view, v1[1].subjects);
        bindingsAt(v1, 30);
        QCOMPARE(repo.binding(ids.at("role"), policy)->state, ReviewState::Current);
    }

    void bulkReviewAndHistory()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "prod");
        RbacRepository repo(db);
        const RoleRef view{"ClusterRole", "view"};
        std::vector<RbacBindingRecord> bs;
        for (int i = 0; i < 5; ++i)
            bs.push_back(makeBinding("ns", "b" + std::to_string(i), view, {user("u" + std::to_string(i))}));
        bs.push_back(makeBinding("", "b0", view, {user("x")})); // same name, cluster-wide: another binding
        repo.writeAnalysis(analysis(src, "prod", 1, bs));
        std::vector<std::int64_t> ids;
        for (const auto &r : repo.bindings({}, policyAt(0), RbacBindingSort::Namespace, false, 0, 10))
            ids.push_back(r.id);
        QCOMPARE(ids.size(), std::size_t(6));
        const std::int64_t missing = *std::max_element(ids.begin(), ids.end()) + 1;
        // Duplicates count once; an id that no longer exists is skipped.
        QCOMPARE(repo.recordReviews({ids[1], ids[2], ids[2], missing}, ReviewDecision::Escalate, "alice", "why?", 100), 2);
        QCOMPARE(repo.recordReviews({ids[1]}, ReviewDecision::Keep, "bob", "checked with team", 200), 1);
        QCOMPARE(repo.recordReviews({ids[1]}, ReviewDecision::Reduce, "carol", "same second", 200), 1);
        QCOMPARE(repo.recordReviews({}, ReviewDecision::Keep, "x", "", 300), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM binding_reviews"), 4);

        const auto b1 = repo.binding(ids[1], policyAt(300));
        const auto h = repo.history("prod", false, b1->binding.nameSpace, b1->binding.name);
        QCOMPARE(h.size(), std::size_t(3));
        // Newest first; equal times by recording order, newest first.
        QCOMPARE(h[0].reviewer, std::string("carol"));
        QCOMPARE(h[1].reviewer, std::string("bob"));
        QCOMPARE(h[2].reviewer, std::string("alice"));
        QCOMPARE(h[2].decision, ReviewDecision::Escalate);
        QCOMPARE(h[2].note, std::string("why?"));
        QCOMPARE(h[2].reviewedAt, std::int64_t(100));
        QCOMPARE(h[0].uid, b1->binding.uid);
        QCOMPARE(h[0].subjects, b1->binding.subjects);
        QCOMPARE(h[0].roleRef, view);
        QCOMPARE(h[0].cluster, std::string("prod"));
        QCOMPARE(b1->lastReview->id, h[0].id);
        // The cluster-wide b0 and the namespaced b0 keep separate histories.
        QVERIFY(repo.history("prod", true, "", "b0").empty());
        QVERIFY(repo.history("other", false, b1->binding.nameSpace, b1->binding.name).empty());

        // In the caller's transaction the bulk review is all or nothing with it.
        {
            Transaction tx(db);
            QCOMPARE(repo.recordReviews(ids, ReviewDecision::Keep, "dave", "", 400), 6);
        }
        QCOMPARE(db.scalar("SELECT count(*) FROM binding_reviews"), 4);
        QCOMPARE(repo.binding(ids[1], policyAt(500))->lastReview->reviewer, std::string("carol"));
        // The history is append-only.
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("UPDATE binding_reviews SET note = 'edited'"));
        QVERIFY_THROWS_EXCEPTION(StoreError, db.exec("DELETE FROM binding_reviews"));
    }

    void summary()
    {
        Database db = Database::open(freshPath());
        const Generated g = buildGenerated(db, 180);
        RbacRepository repo(db);
        const ReviewPolicy policy = policyAt(kNow);
        for (const std::string cluster : {"", "alpha", "beta"}) {
            ReviewSummary want;
            want.assessed = true;
            for (const Expected &e : g.bindings) {
                if (e.bootstrap || (!cluster.empty() && e.cluster != cluster))
                    continue;
                ++want.bindings;
                want.highRisk += e.highRisk();
                switch (e.state) {
                case ReviewState::Current: ++want.current; break;
                case ReviewState::Due: ++want.due; break;
                case ReviewState::NeverReviewed: ++want.neverReviewed; break;
                case ReviewState::Changed: ++want.changed; break;
                }
            }
            const ReviewSummary got = repo.reviewSummary(cluster, policy);
            QVERIFY(got.assessed);
            QCOMPARE(got.bindings, want.bindings);
            QCOMPARE(got.current, want.current);
            QCOMPARE(got.due, want.due);
            QCOMPARE(got.neverReviewed, want.neverReviewed);
            QCOMPARE(got.changed, want.changed);
            QCOMPARE(got.highRisk, want.highRisk);
            QVERIFY(!got.passes());
        }
        QVERIFY(!repo.reviewSummary("gamma", policy).assessed);
        QCOMPARE(repo.reviewSummary("gamma", policy).bindings, 0);

        // Review every non-bootstrap binding of beta now: it passes; alpha still does not.
        std::vector<std::int64_t> beta;
        for (const Expected &e : g.bindings)
            if (e.cluster == "beta" && !e.bootstrap)
                beta.push_back(e.id);
        repo.recordReviews(beta, ReviewDecision::Keep, "tester", "", kNow);
        QVERIFY(repo.reviewSummary("beta", policy).passes());
        QVERIFY(!repo.reviewSummary("alpha", policy).passes());
        QVERIFY(!repo.reviewSummary("", policy).passes());
        // An analysed cluster without bindings passes: there is nothing to review.
        const std::int64_t empty = addCluster(db, "empty");
        repo.writeAnalysis(analysis(empty, "empty", 1, {}));
        QVERIFY(repo.reviewSummary("empty", policy).passes());
    }

    void findBindingSpecs()
    {
        Database db = Database::open(freshPath());
        RbacRepository repo(db);
        const RoleRef view{"ClusterRole", "view"};
        const std::int64_t a = addCluster(db, "a"), b = addCluster(db, "b");
        repo.writeAnalysis(analysis(a, "a", 1, {makeBinding("", "admins", view, {}), makeBinding("shop", "web", view, {}),
                                                makeBinding("", "system:node", view, {})}));
        repo.writeAnalysis(analysis(b, "b", 1, {makeBinding("shop", "web", view, {}), makeBinding("", "only-b", view, {})}));
        const ReviewPolicy policy = policyAt(0);
        std::string error;
        const auto found = [&](const std::string &cluster, const std::string &spec) -> std::string {
            error.clear();
            const auto id = repo.findBinding(cluster, spec, &error);
            if (!id)
                return "";
            const auto row = repo.binding(*id, policy);
            return row->cluster + ":" + (row->binding.clusterBinding ? "crb:" : "rb:") + row->binding.nameSpace + "/"
                + row->binding.name;
        };
        QCOMPARE(found("a", "ClusterRoleBinding/admins"), std::string("a:crb:/admins"));
        QCOMPARE(found("", "clusterrolebinding/admins"), std::string("a:crb:/admins"));
        QCOMPARE(found("", "ClusterRoleBinding/system:node"), std::string("a:crb:/system:node"));
        QCOMPARE(found("a", "RoleBinding/shop/web"), std::string("a:rb:shop/web"));
        QCOMPARE(found("b", "shop/web"), std::string("b:rb:shop/web"));
        QCOMPARE(found("", "only-b"), std::string());
        QVERIFY(!error.empty());
        QCOMPARE(found("", "ClusterRoleBinding/only-b"), std::string("b:crb:/only-b"));
        // Ambiguous without a cluster: the error names both.
        QCOMPARE(found("", "shop/web"), std::string());
        QVERIFY2(error.find("a, b") != std::string::npos, error.c_str());
        // Not there, or not a spec.
        QCOMPARE(found("b", "ClusterRoleBinding/admins"), std::string());
        QVERIFY2(error.find("cluster b") != std::string::npos, error.c_str());
        QCOMPARE(found("", "RoleBinding/shop/ghost"), std::string());
        QVERIFY2(error.find("shop/ghost") != std::string::npos, error.c_str());
        for (const char *bad : {"", "/", "shop/", "/web", "a/b/c", "RoleBinding/web", "ClusterRoleBinding/",
                                "ClusterRoleBinding/x/y", "Deployment/shop/web"}) {
            QCOMPARE(found("", bad), std::string());
            QVERIFY2(error.find("expected") != std::string::npos, bad);
        }
        QVERIFY(!repo.findBinding("", "nope", nullptr));
    }

    void subjectsFiltersSortsAndStates()
    {
        Database db = Database::open(freshPath());
        Generated g = buildGenerated(db, 300);
        RbacRepository repo(db);
        const ReviewPolicy policy = policyAt(kNow);
        // Ids from a full read, keyed by cluster and subject.
        std::map<std::pair<std::string, RbacSubject>, RbacSubjectRow> stored;
        for (const RbacSubjectRow &r : repo.subjects({}, policy, RbacSubjectSort::Name, false, 0, 100000))
            stored[{r.cluster, r.record.subject}] = r;
        QCOMPARE(stored.size(), g.subjects.size());
        for (ExpectedSubject &s : g.subjects) {
            const auto it = stored.find({s.cluster, s.record.subject});
            QVERIFY2(it != stored.end(), s.record.subject.name.c_str());
            const RbacSubjectRow &r = it->second;
            s.id = r.id;
            QCOMPARE(r.record.bindings, s.record.bindings);
            QCOMPARE(r.record.riskRules, s.record.riskRules);
            QCOMPARE(r.record.worst, s.record.worst);
            QCOMPARE(r.record.workloads, s.record.workloads);
            QCOMPARE(r.record.exists, s.record.exists);
            QCOMPARE(r.record.bootstrapOnly, s.record.bootstrapOnly);
            const ReviewState want = s.urgency < 0 ? ReviewState::Current
                : s.urgency == 0                   ? ReviewState::Current
                : s.urgency == 1                   ? ReviewState::NeverReviewed
                : s.urgency == 2                   ? ReviewState::Due
                                                   : ReviewState::Changed;
            QVERIFY2(r.reviewState == want, (s.record.subject.key() + " " + reviewStateName(r.reviewState)).c_str());
        }

        const auto subjectFilter = [](std::function<void(RbacSubjectFilter &)> set) {
            RbacSubjectFilter f;
            set(f);
            return f;
        };
        const std::vector<RbacSubjectFilter> filters{
            {},
            subjectFilter([](auto &f) { f.cluster = "beta"; }),
            subjectFilter([](auto &f) { f.text = "USER-1"; }),
            subjectFilter([](auto &f) { f.text = "ns1"; }),
            subjectFilter([](auto &f) { f.kind = SubjectKind::ServiceAccount; }),
            subjectFilter([](auto &f) { f.kind = SubjectKind::Group, f.cluster = "alpha"; }),
            subjectFilter([](auto &f) { f.hideBootstrap = true; }),
            subjectFilter([](auto &f) { f.onlyRisky = true; }),
            subjectFilter([](auto &f) { f.onlyRisky = true, f.kind = SubjectKind::User, f.text = "1"; }),
        };
        using SubjectKey = std::tuple<std::string, std::string, std::int64_t, std::int64_t>;
        const auto keyOf = [](const ExpectedSubject &s, RbacSubjectSort sort) -> SubjectKey {
            const RbacSubjectRecord &r = s.record;
            switch (sort) {
            case RbacSubjectSort::Name: return {r.subject.name, "", 0, 0};
            case RbacSubjectSort::Kind: return {subjectKindName(r.subject.kind), "", 0, 0};
            case RbacSubjectSort::Namespace: return {r.subject.nameSpace, "", 0, 0};
            case RbacSubjectSort::Bindings: return {"", "", r.bindings, 0};
            case RbacSubjectSort::Risk: return {"", "", static_cast<int>(r.worst), static_cast<std::int64_t>(r.riskRules.size())};
            case RbacSubjectSort::Workloads: return {"", "", r.workloads, 0};
            }
            return {};
        };
        for (std::size_t k = 0; k < filters.size(); ++k) {
            std::vector<ExpectedSubject> expected;
            std::copy_if(g.subjects.begin(), g.subjects.end(), std::back_inserter(expected),
                         [&](const ExpectedSubject &s) { return matches(s, filters[k]); });
            const std::string label = "subject filter #" + std::to_string(k);
            QVERIFY2(repo.countSubjects(filters[k]) == static_cast<std::int64_t>(expected.size()), label.c_str());
            for (int sort = 0; sort < 6; ++sort) {
                for (bool desc : {false, true}) {
                    const auto s = static_cast<RbacSubjectSort>(sort);
                    std::vector<ExpectedSubject> order = expected;
                    std::sort(order.begin(), order.end(), [&](const ExpectedSubject &a, const ExpectedSubject &b) {
                        const SubjectKey ka = keyOf(a, s), kb = keyOf(b, s);
                        if (ka != kb)
                            return desc ? kb < ka : ka < kb;
                        const auto ta = std::make_tuple(a.cluster, a.record.subject.name, a.record.subject.nameSpace,
                                                        std::string(subjectKindName(a.record.subject.kind)), a.id);
                        const auto tb = std::make_tuple(b.cluster, b.record.subject.name, b.record.subject.nameSpace,
                                                        std::string(subjectKindName(b.record.subject.kind)), b.id);
                        return ta < tb;
                    });
                    std::vector<std::int64_t> want, got;
                    for (const ExpectedSubject &x : order)
                        want.push_back(x.id);
                    for (std::int64_t offset = 0;; offset += 9) {
                        const auto page = repo.subjects(filters[k], policy, s, desc, offset, 9);
                        for (const RbacSubjectRow &r : page)
                            got.push_back(r.id);
                        if (page.size() < 9)
                            break;
                    }
                    QVERIFY2(got == want, (label + " sort " + std::to_string(sort) + (desc ? " desc" : "")).c_str());
                }
            }
        }
        QVERIFY(repo.countSubjects(filters[7]) > 0);
        QVERIFY(repo.countSubjects(filters[6]) < repo.countSubjects({}));
    }

    void sourceRemovalKeepsReviewHistory()
    {
        Database db = Database::open(freshPath());
        const std::int64_t keep = addCluster(db, "keep");
        const std::int64_t drop = addCluster(db, "drop");
        RbacRepository repo(db);
        const RoleRef view{"ClusterRole", "view"};
        RbacSubjectRecord u;
        u.subject = user("u");
        for (const auto &[id, name] : {std::pair{keep, std::string("keep")}, std::pair{drop, std::string("drop")}})
            repo.writeAnalysis(analysis(id, name, 1, {makeBinding("a", "x", view, {user("u")}),
                                                      makeBinding("", "y", view, {user("u")})}, {u}));
        std::vector<std::int64_t> all;
        for (const auto &r : repo.bindings({}, policyAt(0), RbacBindingSort::Name, false, 0, 10))
            all.push_back(r.id);
        QCOMPARE(repo.recordReviews(all, ReviewDecision::Keep, "alice", "", 100), 4);

        QVERIFY(SourceRepository(db).remove("drop"));
        for (const char *table : {"rbac_bindings", "rbac_subjects", "rbac_analyses"})
            QVERIFY2(db.scalar(std::string("SELECT count(*) FROM ") + table + " WHERE source_id = " + std::to_string(drop)) == 0,
                     table);
        QCOMPARE(db.scalar("SELECT count(*) FROM rbac_subject_bindings"), 2);
        QCOMPARE(repo.clusters(), std::vector<std::string>{"keep"});
        QCOMPARE(db.scalar("SELECT count(*) FROM binding_reviews"), 4);
        QCOMPARE(repo.history("drop", false, "a", "x").size(), std::size_t(1));

        // The cluster added again under its name finds its reviews.
        const std::int64_t again = addCluster(db, "drop");
        repo.writeAnalysis(analysis(again, "drop", 2, {makeBinding("a", "x", view, {user("u")}),
                                                       makeBinding("", "y", view, {user("u"), user("v")})}, {u}));
        RbacBindingFilter f;
        f.cluster = "drop";
        const auto rows = repo.bindings(f, policyAt(200), RbacBindingSort::Name, false, 0, 10);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].binding.name, std::string("x"));
        QCOMPARE(rows[0].state, ReviewState::Current);
        QCOMPARE(rows[0].lastReview->reviewer, std::string("alice"));
        QCOMPARE(rows[1].state, ReviewState::Changed);
    }

    // A cluster of the bench's proportions (40,000 RoleBindings, 700 ClusterRoleBindings): written,
    // queried and rewritten; the counts, not the time (bench/ measures that).
    void largeAnalysis()
    {
        Database db = Database::open(freshPath());
        const std::int64_t src = addCluster(db, "big");
        RbacRepository repo(db);
        RbacAnalysisWrite data = analysis(src, "big", 1, {});
        std::map<std::string, RbacSubjectRecord> subjects;
        int risky = 0, clusterWide = 0;
        for (int i = 0; i < 40700; ++i) {
            const bool crb = i >= 40000;
            clusterWide += crb;
            const std::string ns = crb ? "" : "ns-" + std::to_string(i % 50);
            const RbacSubject subject = i % 2 ? sa(crb ? "kube-system" : ns, "sa-" + std::to_string(i % 400))
                                              : user("user-" + std::to_string(i % 300));
            std::vector<std::string> rules;
            if (i % 9 == 0) {
                rules = {"rbac-secrets-read"};
                ++risky;
            }
            data.bindings.push_back(makeBinding(ns, "b-" + std::to_string(i), {crb ? "ClusterRole" : "Role", "r"},
                                                {subject}, rules, rules.empty() ? Severity::Unknown : Severity::High));
            RbacSubjectRecord &s = subjects[subject.key()];
            s.subject = subject;
            ++s.bindings;
        }
        for (const auto &[key, s] : subjects)
            data.subjects.push_back(s);
        {
            Transaction tx(db);
            repo.writeAnalysis(data);
            tx.commit();
        }
        const ReviewPolicy policy = policyAt(1000 * kDay);
        QCOMPARE(repo.countBindings({}, policy), std::int64_t(40700));
        QCOMPARE(repo.countSubjects({}), static_cast<std::int64_t>(subjects.size()));
        QCOMPARE(db.scalar("SELECT count(*) FROM rbac_subject_bindings"), 40700);
        RbacBindingFilter f;
        f.onlyRisky = true;
        QCOMPARE(repo.countBindings(f, policy), std::int64_t(risky));
        f = {};
        f.nameSpace = "-";
        QCOMPARE(repo.countBindings(f, policy), std::int64_t(clusterWide));
        // Review a thousand, then page the queue by state and due date.
        std::vector<std::int64_t> ids;
        int reviewedEven = 0; // reviewed bindings that the rewrite below keeps (even numbers)
        for (const auto &r : repo.bindings({}, policy, RbacBindingSort::Name, false, 5000, 1000)) {
            ids.push_back(r.id);
            reviewedEven += std::stoi(r.binding.name.substr(2)) % 2 == 0;
        }
        QCOMPARE(repo.recordReviews(ids, ReviewDecision::Keep, "bulk", "", 999 * kDay), 1000);
        f = {};
        f.onlyNeedingReview = true;
        QCOMPARE(repo.countBindings(f, policy), std::int64_t(39700));
        const auto byState = repo.bindings({}, policy, RbacBindingSort::State, false, 0, 200);
        QCOMPARE(byState.size(), std::size_t(200));
        QCOMPARE(byState.front().state, ReviewState::Current);
        const auto byDue = repo.bindings(f, policy, RbacBindingSort::Due, true, 39600, 200);
        QCOMPARE(byDue.size(), std::size_t(100));
        QCOMPARE(repo.subjects({}, policy, RbacSubjectSort::Bindings, true, 0, 100).size(), std::size_t(100));
        QCOMPARE(repo.reviewSummary("big", policy).current, 1000);

        // Rewritten with every other binding: the rest keep their ids and reviews.
        std::vector<RbacBindingRecord> half;
        for (std::size_t i = 0; i < data.bindings.size(); i += 2)
            half.push_back(data.bindings[i]);
        data.bindings = std::move(half);
        data.now = 2;
        {
            Transaction tx(db);
            repo.writeAnalysis(data);
            tx.commit();
        }
        QCOMPARE(repo.countBindings({}, policy), std::int64_t(20350));
        QCOMPARE(db.scalar("SELECT count(*) FROM rbac_subject_bindings"), 20350);
        QCOMPARE(repo.reviewSummary("big", policy).current, reviewedEven);
        QVERIFY(reviewedEven > 0 && reviewedEven < 1000);
        QCOMPARE(db.scalar("SELECT count(*) FROM binding_reviews"), 1000);
    }
};

QTEST_GUILESS_MAIN(TestRbacRepository)
#include "tst_rbacrepository.moc"
