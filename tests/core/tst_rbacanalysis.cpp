// analyzeRbac (core/rbac/rbacanalysis.h): from the records the cluster collector stores (objects as
// API JSON) and workloads evaluated by the real workload checks, to the rows of rbac_bindings and
// rbac_subjects: fingerprints, risk rules and worst severity per binding, bindings, risks,
// workloads, existence and bootstrap-only per subject; unreadable objects named and skipped; and
// the Kubernetes default RBAC fixtures, whose expected figures are counted from the YAML here.

#include "kubeobjectfile.h"
#include "testsupport.h"

#include "kube/workloadposture.h"
#include "rbac/bindingreview.h"
#include "rbac/rbacanalysis.h"
#include "store/workloadrepository.h"

#include <QDir>
#include <QJsonDocument>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

using namespace bulkhead;
using namespace bulkhead::test;
using json = nlohmann::json;

namespace {

json meta(const std::string &ns, const std::string &name, const json &labels = json::object())
{
    json m{{"name", name}, {"uid", "uid-" + ns + "-" + name}, {"creationTimestamp", "2024-05-01T10:00:00Z"}};
    if (!ns.empty())
        m["namespace"] = ns;
    if (!labels.empty())
        m["labels"] = labels;
    return m;
}

json roleObject(const std::string &kind, const std::string &ns, const std::string &name, const json &rules,
                const json &labels = json::object())
{
    return {{"apiVersion", "rbac.authorization.k8s.io/v1"}, {"kind", kind}, {"metadata", meta(ns, name, labels)},
            {"rules", rules}};
}

json bindingObject(const std::string &kind, const std::string &ns, const std::string &name, const std::string &roleKind,
                   const std::string &roleName, const json &subjects, const json &labels = json::object())
{
    return {{"apiVersion", "rbac.authorization.k8s.io/v1"},
            {"kind", kind},
            {"metadata", meta(ns, name, labels)},
            {"roleRef", {{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", roleKind}, {"name", roleName}}},
            {"subjects", subjects}};
}

json accountObject(const std::string &ns, const std::string &name)
{
    return {{"apiVersion", "v1"}, {"kind", "ServiceAccount"}, {"metadata", meta(ns, name)}};
}

json sa(const std::string &ns, const std::string &name)
{
    return {{"kind", "ServiceAccount"}, {"name", name}, {"namespace", ns}};
}

json subject(const std::string &kind, const std::string &name)
{
    return {{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", kind}, {"name", name}};
}

KubeObjectRecord record(const json &object)
{
    KubeObjectRecord r;
    r.kind = object.at("kind").get<std::string>();
    r.nameSpace = object.at("metadata").value("namespace", "");
    r.name = object.at("metadata").at("name").get<std::string>();
    r.uid = object.at("metadata").value("uid", "");
    r.json = object.dump();
    return r;
}

// A running pod of `account`, evaluated by the workload checks as the collector does.
KubeWorkload pod(const std::string &ns, const std::string &name, const std::string &account, bool automount)
{
    json spec{{"serviceAccountName", account}, {"containers", json::array({{{"name", "app"}, {"image", "app:1"}}})}};
    if (!automount)
        spec["automountServiceAccountToken"] = false;
    const json object{{"apiVersion", "v1"}, {"kind", "Pod"}, {"metadata", meta(ns, name)}, {"spec", spec}};
    const std::optional<KubeWorkload> w = evaluateWorkload(object, WorkloadCheckContext{});
    return w ? *w : KubeWorkload{};
}

const RbacBindingRecord *findBinding(const RbacAnalysisWrite &w, const std::string &ns, const std::string &name)
{
    for (const RbacBindingRecord &b : w.bindings) {
        if (b.nameSpace == ns && b.name == name)
            return &b;
    }
    return nullptr;
}

const RbacSubjectRecord *findSubject(const RbacAnalysisWrite &w, const std::string &key)
{
    for (const RbacSubjectRecord &s : w.subjects) {
        if (s.subject.key() == key)
            return &s;
    }
    return nullptr;
}

std::string sev(Severity s)
{
    return std::string(severityName(s));
}

using Rules = std::vector<std::string>;

} // namespace

class TestRbacAnalysis : public QObject
{
    Q_OBJECT

private:
    std::vector<json> m_objects;
    std::vector<KubeWorkload> m_workloads;

    std::vector<KubeObjectRecord> records() const
    {
        std::vector<KubeObjectRecord> out;
        for (const json &o : m_objects)
            out.push_back(record(o));
        return out;
    }

private slots:
    void initTestCase();
    void bindingRows();
    void subjectRows();
    void riskyWorkloadsFromChecks();
    void unreadableObjectsAreNamed();
    void serviceAccountsNotListed();
    void defaultRbacFixtures();
    void defaultBindingsReachOnlyNamedSubjects();
};

void TestRbacAnalysis::initTestCase()
{
    const json secretsList = json::array({{{"verbs", {"list"}}, {"apiGroups", {""}}, {"resources", {"secrets"}}}});
    const json createDeployments =
        json::array({{{"verbs", {"create"}}, {"apiGroups", {"apps"}}, {"resources", {"deployments"}}}});
    const json health = json::array({{{"verbs", {"get"}}, {"nonResourceURLs", {"/healthz", "/version"}}}});
    const json defaults{{"kubernetes.io/bootstrapping", "rbac-defaults"}};
    m_objects = {
        roleObject("ClusterRole", "", "secret-reader", secretsList),
        roleObject("Role", "shop", "deployer", createDeployments),
        roleObject("ClusterRole", "", "system:public-info-viewer", health, defaults),
        bindingObject("ClusterRoleBinding", "", "readers", "ClusterRole", "secret-reader",
                      json::array({subject("Group", "auditors"), sa("shop", "ci")})),
        bindingObject("RoleBinding", "shop", "deploy", "Role", "deployer", json::array({sa("shop", "ci"), sa("shop", "ghost")})),
        bindingObject("RoleBinding", "shop", "broken", "Role", "nope", json::array({subject("User", "bob")})),
        bindingObject("ClusterRoleBinding", "", "system:public-info-viewer", "ClusterRole", "system:public-info-viewer",
                      json::array({subject("Group", "system:unauthenticated")}), defaults),
        accountObject("shop", "ci"),
        accountObject("shop", "default"),
        accountObject("shop", "idle"),
        // Not RBAC: ignored.
        {{"apiVersion", "v1"}, {"kind", "Secret"}, {"metadata", meta("shop", "db")}},
    };
    m_workloads = {pod("shop", "runner", "ci", true), pod("shop", "quiet", "ci", false), pod("shop", "web", "", true)};
    for (const KubeWorkload &w : m_workloads)
        QVERIFY2(!w.name.empty(), "evaluateWorkload refused a crafted pod");
}

void TestRbacAnalysis::bindingRows()
{
    const RbacAnalysis a = analyzeRbac(records(), m_workloads, true);
    QVERIFY2(a.errors.empty(), a.errors.empty() ? "" : a.errors.front().c_str());
    QVERIFY(a.index);
    int bindings = 0;
    for (const json &o : m_objects)
        bindings += o["kind"] == "RoleBinding" || o["kind"] == "ClusterRoleBinding";
    QCOMPARE(int(a.write.bindings.size()), bindings);

    const RbacBindingRecord *readers = findBinding(a.write, "", "readers");
    QVERIFY(readers);
    QVERIFY(readers->clusterBinding);
    QCOMPARE(readers->uid, std::string("uid--readers"));
    QVERIFY(readers->roleExists);
    QVERIFY(!readers->bootstrap);
    QVERIFY(readers->riskRules == Rules{rbacrule::kSecretsRead});
    QCOMPARE(sev(readers->worst), sev(Severity::High));
    QCOMPARE(readers->fingerprint, bindingFingerprint(readers->roleRef, readers->subjects));
    QCOMPARE(readers->subjects.size(), std::size_t(2));
    QCOMPARE(readers->createdAt, std::int64_t(1714557600));

    const RbacBindingRecord *deploy = findBinding(a.write, "shop", "deploy");
    QVERIFY(deploy);
    QVERIFY(!deploy->clusterBinding);
    QVERIFY((deploy->riskRules == Rules{rbacrule::kDanglingSubject, rbacrule::kWorkloadCreate}));
    QCOMPARE(sev(deploy->worst), sev(Severity::Medium));

    const RbacBindingRecord *broken = findBinding(a.write, "shop", "broken");
    QVERIFY(broken);
    QVERIFY(!broken->roleExists);
    QVERIFY(broken->riskRules == Rules{rbacrule::kDanglingRole});
    QCOMPARE(sev(broken->worst), sev(Severity::Low));

    const RbacBindingRecord *info = findBinding(a.write, "", "system:public-info-viewer");
    QVERIFY(info);
    QVERIFY(info->bootstrap);
    QVERIFY(info->riskRules == Rules{rbacrule::kAnonymousBinding});
    QCOMPARE(sev(info->worst), sev(Severity::Low));

    // The risks behind the rows: one per (binding, rule), every row's rules accounted for.
    std::size_t rules = 0;
    for (const RbacBindingRecord &b : a.write.bindings)
        rules += b.riskRules.size();
    QCOMPARE(a.risks.size(), rules);
}

void TestRbacAnalysis::subjectRows()
{
    const RbacAnalysis a = analyzeRbac(records(), m_workloads, true);
    const RbacSubjectRecord *ci = findSubject(a.write, "ServiceAccount/shop/ci");
    QVERIFY(ci);
    QCOMPARE(ci->bindings, 2);
    // Not the dangling-subject risk: that one is about ghost.
    QVERIFY((ci->riskRules == Rules{rbacrule::kSecretsRead, rbacrule::kWorkloadCreate}));
    QCOMPARE(sev(ci->worst), sev(Severity::High));
    QCOMPARE(ci->workloads, 1); // runner; quiet turns automount off
    QCOMPARE(ci->exists, 1);
    QVERIFY(!ci->bootstrapOnly);

    const RbacSubjectRecord *ghost = findSubject(a.write, "ServiceAccount/shop/ghost");
    QVERIFY(ghost);
    QCOMPARE(ghost->exists, 0);
    QVERIFY((ghost->riskRules == Rules{rbacrule::kDanglingSubject, rbacrule::kWorkloadCreate}));

    // Listed accounts are subjects even when nothing binds them.
    const RbacSubjectRecord *idle = findSubject(a.write, "ServiceAccount/shop/idle");
    QVERIFY(idle);
    QCOMPARE(idle->bindings, 0);
    QVERIFY(idle->riskRules.empty());
    QCOMPARE(sev(idle->worst), sev(Severity::Unknown));
    QVERIFY(!idle->bootstrapOnly);
    const RbacSubjectRecord *byDefault = findSubject(a.write, "ServiceAccount/shop/default");
    QVERIFY(byDefault);
    QCOMPARE(byDefault->workloads, 1); // web names no account

    const RbacSubjectRecord *everyone = findSubject(a.write, "Group/system:unauthenticated");
    QVERIFY(everyone);
    QCOMPARE(everyone->bindings, 1);
    QVERIFY(everyone->bootstrapOnly);
    QCOMPARE(everyone->exists, -1);
    QVERIFY(everyone->riskRules == Rules{rbacrule::kAnonymousBinding});

    const RbacSubjectRecord *bob = findSubject(a.write, "User/bob");
    QVERIFY(bob);
    QVERIFY(bob->riskRules == Rules{rbacrule::kDanglingRole});
    QCOMPARE(bob->exists, -1);

    // Every binding subject has a row, and so has every listed account.
    std::set<std::string> expected;
    for (const json &o : m_objects) {
        if (o["kind"] == "ServiceAccount")
            expected.insert("ServiceAccount/" + o["metadata"]["namespace"].get<std::string>() + "/"
                            + o["metadata"]["name"].get<std::string>());
        if (o.contains("subjects")) {
            for (const json &s : o["subjects"]) {
                const std::string kind = s["kind"];
                expected.insert(kind == "ServiceAccount" ? kind + "/" + s["namespace"].get<std::string>() + "/" + s["name"].get<std::string>()
                                                         : kind + "/" + s["name"].get<std::string>());
            }
        }
    }
    std::set<std::string> stored;
    for (const RbacSubjectRecord &s : a.write.subjects)
        stored.insert(s.subject.key());
    QCOMPARE(stored, expected);
}

void TestRbacAnalysis::riskyWorkloadsFromChecks()
{
    const RbacAnalysis a = analyzeRbac(records(), m_workloads, true);
    // runner carries ci's token (secrets read cluster-wide); quiet does not mount it; web's
    // default account is granted nothing.
    QCOMPARE(a.riskyWorkloads.size(), std::size_t(1));
    const RbacRiskyWorkload &w = a.riskyWorkloads.front();
    QCOMPARE(a.index->objects().workloads[w.workload].name, std::string("runner"));
    QCOMPARE(w.serviceAccount.key(), std::string("ServiceAccount/shop/ci"));
    QCOMPARE(sev(w.worst), sev(Severity::High));
}

void TestRbacAnalysis::unreadableObjectsAreNamed()
{
    std::vector<KubeObjectRecord> input = records();
    json bad = roleObject("ClusterRole", "", "bad", json::array({{{"verbs", "get"}}}));
    input.push_back(record(bad));
    const RbacAnalysis a = analyzeRbac(input, m_workloads, true);
    QCOMPARE(a.errors.size(), std::size_t(1));
    QVERIFY2(a.errors.front().find("bad") != std::string::npos, a.errors.front().c_str());
    // The rest is analysed as before.
    QVERIFY(findBinding(a.write, "", "readers"));
    QCOMPARE(a.write.bindings.size(), analyzeRbac(records(), m_workloads, true).write.bindings.size());
}

void TestRbacAnalysis::serviceAccountsNotListed()
{
    const RbacAnalysis a = analyzeRbac(records(), m_workloads, false);
    const RbacBindingRecord *deploy = findBinding(a.write, "shop", "deploy");
    QVERIFY(deploy);
    QVERIFY(deploy->riskRules == Rules{rbacrule::kWorkloadCreate});
    for (const RbacSubjectRecord &s : a.write.subjects)
        QCOMPARE(s.exists, -1);
}

void TestRbacAnalysis::defaultRbacFixtures()
{
    BULKHEAD_REQUIRE_FIXTURE(QStringLiteral("kubernetes/cluster-roles.yaml"));
    std::vector<KubeObjectRecord> input;
    std::map<std::string, std::string> roleOfBinding; // "Kind/ns/name" -> roleRef name
    std::set<std::string> roles;                       // "ClusterRole//name", "Role/ns/name"
    const QDir dir(fixturePath(QStringLiteral("kubernetes")));
    for (const QString &file : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        QList<QJsonObject> objects;
        QString error;
        QVERIFY2(readKubeObjects(dir.filePath(file), &objects, &error), qPrintable(error));
        for (const QJsonObject &o : objects) {
            const json object = json::parse(QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
            const KubeObjectRecord r = record(object);
            input.push_back(r);
            const std::string id = r.kind + "/" + r.nameSpace + "/" + r.name;
            if (r.kind == "Role" || r.kind == "ClusterRole")
                roles.insert(id);
            else
                roleOfBinding[id] = object["roleRef"]["kind"].get<std::string>() + "/"
                    + (object["roleRef"]["kind"] == "Role" ? r.nameSpace : "") + "/"
                    + object["roleRef"]["name"].get<std::string>();
        }
    }
    QVERIFY(!roleOfBinding.empty());
    const RbacAnalysis a = analyzeRbac(input, {}, false);
    QVERIFY2(a.errors.empty(), a.errors.empty() ? "" : a.errors.front().c_str());
    QCOMPARE(a.write.bindings.size(), roleOfBinding.size());
    for (const RbacBindingRecord &b : a.write.bindings) {
        const std::string id = std::string(b.clusterBinding ? "ClusterRoleBinding" : "RoleBinding") + "/" + b.nameSpace
            + "/" + b.name;
        // Dangling exactly when the YAML holds no such role.
        QCOMPARE(b.roleExists, roles.count(roleOfBinding.at(id)) == 1);
        const bool dangling = std::count(b.riskRules.begin(), b.riskRules.end(), rbacrule::kDanglingRole) == 1;
        QCOMPARE(dangling, !b.roleExists);
        QVERIFY2(b.bootstrap, id.c_str()); // all of them are the API server's defaults
        if (b.subjects.empty() && b.roleExists)
            QVERIFY2(b.riskRules.empty(), id.c_str()); // system:node: grants nothing to anybody
    }
    // system:masters holds cluster-admin: Critical, and a default.
    const RbacBindingRecord *admin = findBinding(a.write, "", "cluster-admin");
    QVERIFY(admin);
    QVERIFY(std::count(admin->riskRules.begin(), admin->riskRules.end(), rbacrule::kClusterAdmin) == 1);
    QCOMPARE(sev(admin->worst), sev(Severity::Critical));
    // What everyone gets by default is harmless: Low.
    for (const char *name : {"system:basic-user", "system:discovery", "system:public-info-viewer"}) {
        const RbacBindingRecord *b = findBinding(a.write, "", name);
        QVERIFY2(b, name);
        QVERIFY2(b->riskRules == Rules{rbacrule::kAnonymousBinding}, name);
        QCOMPARE(sev(b->worst), sev(Severity::Low));
    }
    const RbacSubjectRecord *masters = findSubject(a.write, "Group/system:masters");
    QVERIFY(masters);
    QVERIFY(masters->bootstrapOnly);
}

// A default binding to an implicit group (system:authenticated) is every user's, and says
// nothing about one of them: its risks stay on the group's row. A team's binding to an implicit
// group reaches every member.
void TestRbacAnalysis::defaultBindingsReachOnlyNamedSubjects()
{
    const json defaults{{"kubernetes.io/bootstrapping", "rbac-defaults"}};
    const json readSecrets = json::array({{{"apiGroups", {""}}, {"resources", {"secrets"}}, {"verbs", {"get"}}}});
    const json execPods =
        json::array({{{"apiGroups", {""}}, {"resources", {"pods/exec"}}, {"verbs", {"create"}}}});
    const std::vector<KubeObjectRecord> input{
        record(roleObject("ClusterRole", "", "system:secret-peek", readSecrets, defaults)),
        record(roleObject("ClusterRole", "", "team-exec", execPods)),
        record(bindingObject("ClusterRoleBinding", "", "system:secret-peek", "ClusterRole", "system:secret-peek",
                             json::array({subject("Group", "system:authenticated")}), defaults)),
        record(bindingObject("ClusterRoleBinding", "", "everyone-execs", "ClusterRole", "team-exec",
                             json::array({subject("Group", "system:serviceaccounts")}))),
        record(bindingObject("ClusterRoleBinding", "", "alice-peeks", "ClusterRole", "system:secret-peek",
                             json::array({subject("User", "alice")}))),
        record(accountObject("shop", "ci")),
    };
    const RbacAnalysis a = analyzeRbac(input, {}, true);
    const RbacSubjectRecord *group = findSubject(a.write, "Group/system:authenticated");
    QVERIFY(group);
    // Bound to every authenticated user: that is a risk of its own.
    QVERIFY((group->riskRules == Rules{rbacrule::kAnonymousBinding, rbacrule::kSecretsRead}));
    QVERIFY(group->bootstrapOnly);
    const RbacSubjectRecord *ci = findSubject(a.write, "ServiceAccount/shop/ci");
    QVERIFY(ci);
    QCOMPARE(ci->bindings, 2); // both group bindings apply to it
    QVERIFY(ci->riskRules == Rules{rbacrule::kPodExec}); // the team's binding, not the default one
    QVERIFY(!ci->bootstrapOnly);
    // A team's binding of a default role is not a default binding: it reaches its subject.
    const RbacSubjectRecord *alice = findSubject(a.write, "User/alice");
    QVERIFY(alice);
    QVERIFY(alice->riskRules == Rules{rbacrule::kSecretsRead});
}

QTEST_GUILESS_MAIN(TestRbacAnalysis)
#include "tst_rbacanalysis.moc"
