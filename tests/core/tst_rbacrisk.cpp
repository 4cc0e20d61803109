// The RBAC risk rules (core/rbac/rbacrisk.h) on crafted clusters built in code: for every rule a
// binding that must raise it and one that must not, with the severity scheme (cluster-wide,
// namespaced, kube-system, resourceNames), the anonymous/authenticated groups, dangling subjects
// and roleRefs, aggregation, folding of several matching rules, bootstrap flags, the rule texts,
// and the workloads that carry a risky token.

#include "rbac/rbacindex.h"
#include "rbac/rbacrisk.h"

#include "analysis/controlmapping.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

using namespace bulkhead;

namespace {

// Rules written as the API server's JSON, read here by the test itself (not the analyzer's parser).
std::vector<PolicyRule> rulesFrom(const char *json)
{
    std::vector<PolicyRule> out;
    for (const nlohmann::json &r : nlohmann::json::parse(json)) {
        PolicyRule rule;
        auto list = [&](const char *key) {
            return r.contains(key) ? r.at(key).get<std::vector<std::string>>() : std::vector<std::string>{};
        };
        rule.verbs = list("verbs");
        rule.apiGroups = list("apiGroups");
        rule.resources = list("resources");
        rule.resourceNames = list("resourceNames");
        rule.nonResourceURLs = list("nonResourceURLs");
        out.push_back(std::move(rule));
    }
    return out;
}

RbacRole clusterRole(const std::string &name, std::vector<PolicyRule> rules)
{
    RbacRole r;
    r.clusterRole = true;
    r.name = name;
    r.uid = "uid-cr-" + name;
    r.rules = std::move(rules);
    return r;
}

RbacRole role(const std::string &ns, const std::string &name, std::vector<PolicyRule> rules)
{
    RbacRole r = clusterRole(name, std::move(rules));
    r.clusterRole = false;
    r.nameSpace = ns;
    r.uid = "uid-r-" + ns + "-" + name;
    return r;
}

RbacSubject user(const std::string &name) { return {SubjectKind::User, name, {}}; }
RbacSubject group(const std::string &name) { return {SubjectKind::Group, name, {}}; }
RbacSubject account(const std::string &ns, const std::string &name) { return {SubjectKind::ServiceAccount, name, ns}; }

// nameSpace "" = a ClusterRoleBinding.
RbacBinding binding(const std::string &ns, const std::string &name, RoleRef ref, std::vector<RbacSubject> subjects)
{
    RbacBinding b;
    b.clusterBinding = ns.empty();
    b.nameSpace = ns;
    b.name = name;
    b.uid = "uid-b-" + ns + "-" + name;
    b.roleRef = std::move(ref);
    b.subjects = std::move(subjects);
    return b;
}

RoleRef clusterRoleRef(const std::string &name) { return {"ClusterRole", name}; }
RoleRef roleRef(const std::string &name) { return {"Role", name}; }

std::vector<RbacRisk> evaluate(const RbacObjects &objects)
{
    const RbacIndex index(objects);
    return evaluateRbacRisks(index);
}

const RbacRisk *findRisk(const std::vector<RbacRisk> &risks, std::string_view rule, int binding = -1)
{
    for (const RbacRisk &r : risks) {
        if (r.rule == rule && (binding < 0 || r.binding == binding))
            return &r;
    }
    return nullptr;
}

// One ClusterRole "r" with these rules, bound by one binding in `ns` ("" = ClusterRoleBinding) to
// User alice.
RbacObjects oneBinding(const char *rulesJson, const std::string &ns)
{
    RbacObjects o;
    o.roles.push_back(clusterRole("r", rulesFrom(rulesJson)));
    o.bindings.push_back(binding(ns, "b", clusterRoleRef("r"), {user("alice")}));
    return o;
}

// Severities compare by name, so that a failure says which.
std::string sev(Severity s)
{
    return std::string(severityName(s));
}

} // namespace

Q_DECLARE_METATYPE(Severity)

class TestRbacRisk : public QObject
{
    Q_OBJECT

private slots:
    void permissionRules_data();
    void permissionRules();
    void clusterAdminByName();
    void csrApprovalNeedsBoth();
    void anonymousBindings_data();
    void anonymousBindings();
    void danglingSubjects();
    void danglingRoles();
    void bindingWithoutSubjects();
    void aggregatedRulesCount();
    void matchingRulesFoldIntoOne();
    void bootstrapFlag();
    void orderByBindingThenRule();
    void ruleTexts();
    void riskyWorkloads();
};

void TestRbacRisk::permissionRules_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QString>("nameSpace"); // "" = ClusterRoleBinding
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Severity>("expected"); // Unknown = not raised

    using namespace rbacrule;
    const auto row = [](const char *name, const char *rules, const char *ns, const char *rule, Severity s) {
        QTest::newRow(name) << QByteArray(rules) << QString::fromLatin1(ns) << QString::fromLatin1(rule) << s;
    };
    const Severity none = Severity::Unknown;

    // Wildcards
    row("wildcard verbs, cluster-wide", R"([{"verbs":["*"],"apiGroups":[""],"resources":["configmaps"]}])", "",
        kWildcard, Severity::High);
    row("wildcard resources, namespace", R"([{"verbs":["get"],"apiGroups":[""],"resources":["*"]}])", "shop",
        kWildcard, Severity::Medium);
    row("wildcard apiGroups, kube-system", R"([{"verbs":["get"],"apiGroups":["*"],"resources":["configmaps"]}])",
        "kube-system", kWildcard, Severity::High);
    row("wildcard */scale", R"([{"verbs":["update"],"apiGroups":["apps"],"resources":["*/scale"]}])", "", kWildcard,
        Severity::High);
    row("wildcard non-resource verbs, cluster-wide", R"([{"verbs":["*"],"nonResourceURLs":["/metrics"]}])", "",
        kWildcard, Severity::High);
    row("no wildcard", R"([{"verbs":["get","list"],"apiGroups":["apps"],"resources":["deployments"]}])", "",
        kWildcard, none);
    row("wildcard non-resource in a RoleBinding grants nothing", R"([{"verbs":["*"],"nonResourceURLs":["/metrics"]}])",
        "shop", kWildcard, none);

    // cluster-admin equivalents
    row("*/*/* cluster-wide", R"([{"verbs":["*"],"apiGroups":["*"],"resources":["*"]}])", "", kClusterAdmin,
        Severity::Critical);
    row("*/*/* in a namespace", R"([{"verbs":["*"],"apiGroups":["*"],"resources":["*"]}])", "shop", kClusterAdmin,
        Severity::High);
    row("*/*/* limited by resourceNames", R"([{"verbs":["*"],"apiGroups":["*"],"resources":["*"],"resourceNames":["x"]}])",
        "", kClusterAdmin, none);
    row("* on core resources only", R"([{"verbs":["*"],"apiGroups":[""],"resources":["*"]}])", "", kClusterAdmin, none);

    // secrets read
    row("get secrets cluster-wide", R"([{"verbs":["get"],"apiGroups":[""],"resources":["secrets"]}])", "", kSecretsRead,
        Severity::High);
    row("list secrets in a namespace", R"([{"verbs":["list"],"apiGroups":[""],"resources":["secrets"]}])", "shop",
        kSecretsRead, Severity::Medium);
    row("watch secrets in kube-system", R"([{"verbs":["watch"],"apiGroups":[""],"resources":["secrets"]}])",
        "kube-system", kSecretsRead, Severity::High);
    row("get named secrets cluster-wide",
        R"([{"verbs":["get"],"apiGroups":[""],"resources":["secrets"],"resourceNames":["db"]}])", "", kSecretsRead,
        Severity::Medium);
    row("get named secrets in a namespace",
        R"([{"verbs":["get"],"apiGroups":[""],"resources":["secrets"],"resourceNames":["db"]}])", "shop", kSecretsRead,
        Severity::Low);
    row("get on every core resource", R"([{"verbs":["get"],"apiGroups":[""],"resources":["*"]}])", "", kSecretsRead,
        Severity::High);
    row("create secrets only", R"([{"verbs":["create","update"],"apiGroups":[""],"resources":["secrets"]}])", "",
        kSecretsRead, none);
    row("get configmaps", R"([{"verbs":["get","list","watch"],"apiGroups":[""],"resources":["configmaps"]}])", "",
        kSecretsRead, none);
    row("secrets of another group", R"([{"verbs":["get"],"apiGroups":["apps"],"resources":["secrets"]}])", "",
        kSecretsRead, none);

    // exec, attach, port-forward
    row("create pods/exec cluster-wide", R"([{"verbs":["create"],"apiGroups":[""],"resources":["pods/exec"]}])", "",
        kPodExec, Severity::High);
    row("get pods/attach in a namespace", R"([{"verbs":["get"],"apiGroups":[""],"resources":["pods/attach"]}])", "shop",
        kPodExec, Severity::Medium);
    row("create pods/portforward", R"([{"verbs":["create"],"apiGroups":[""],"resources":["pods/portforward"]}])", "",
        kPodExec, Severity::High);
    row("create */exec (every resource's exec)", R"([{"verbs":["create"],"apiGroups":[""],"resources":["*/exec"]}])", "",
        kPodExec, Severity::High);
    // Kubernetes matches "*/sub", never "res/*".
    row("pods/* is no pattern", R"([{"verbs":["create"],"apiGroups":[""],"resources":["pods/*"]}])", "", kPodExec,
        none);
    row("get pods", R"([{"verbs":["get","list"],"apiGroups":[""],"resources":["pods"]}])", "", kPodExec, none);
    row("get pods/log", R"([{"verbs":["get"],"apiGroups":[""],"resources":["pods/log"]}])", "", kPodExec, none);

    // pods and workload controllers
    row("create pods in a namespace", R"([{"verbs":["create"],"apiGroups":[""],"resources":["pods"]}])", "shop",
        kWorkloadCreate, Severity::Medium);
    row("create deployments cluster-wide", R"([{"verbs":["create"],"apiGroups":["apps"],"resources":["deployments"]}])",
        "", kWorkloadCreate, Severity::High);
    row("create cronjobs", R"([{"verbs":["create"],"apiGroups":["batch"],"resources":["cronjobs"]}])", "shop",
        kWorkloadCreate, Severity::Medium);
    row("create replicationcontrollers", R"([{"verbs":["create"],"apiGroups":[""],"resources":["replicationcontrollers"]}])",
        "", kWorkloadCreate, Severity::High);
    row("create daemonsets", R"([{"verbs":["create"],"apiGroups":["apps"],"resources":["daemonsets"]}])", "",
        kWorkloadCreate, Severity::High);
    row("update deployments", R"([{"verbs":["update","patch"],"apiGroups":["apps"],"resources":["deployments"]}])", "",
        kWorkloadCreate, none);
    row("create deployments in the wrong group",
        R"([{"verbs":["create"],"apiGroups":[""],"resources":["deployments"]}])", "", kWorkloadCreate, none);
    row("create named pods grants nothing",
        R"([{"verbs":["create"],"apiGroups":[""],"resources":["pods"],"resourceNames":["web"]}])", "", kWorkloadCreate,
        none);

    // escalate, bind, impersonate
    row("escalate roles in a namespace",
        R"([{"verbs":["escalate"],"apiGroups":["rbac.authorization.k8s.io"],"resources":["roles"]}])", "shop", kEscalate,
        Severity::High);
    row("bind clusterroles cluster-wide",
        R"([{"verbs":["bind"],"apiGroups":["rbac.authorization.k8s.io"],"resources":["clusterroles"]}])", "", kEscalate,
        Severity::Critical);
    row("bind one named clusterrole in a namespace",
        R"([{"verbs":["bind"],"apiGroups":["rbac.authorization.k8s.io"],"resources":["clusterroles"],"resourceNames":["admin"]}])",
        "shop", kEscalate, Severity::High);
    row("impersonate users cluster-wide", R"([{"verbs":["impersonate"],"apiGroups":[""],"resources":["users"]}])", "",
        kEscalate, Severity::Critical);
    row("impersonate serviceaccounts in a namespace",
        R"([{"verbs":["impersonate"],"apiGroups":[""],"resources":["serviceaccounts"]}])", "shop", kEscalate,
        Severity::High);
    row("impersonate users through a RoleBinding grants nothing",
        R"([{"verbs":["impersonate"],"apiGroups":[""],"resources":["users","groups"]}])", "shop", kEscalate, none);
    row("escalate clusterroles through a RoleBinding grants nothing",
        R"([{"verbs":["escalate"],"apiGroups":["rbac.authorization.k8s.io"],"resources":["clusterroles"]}])", "shop",
        kEscalate, none);
    row("read roles", R"([{"verbs":["get","list","watch"],"apiGroups":["rbac.authorization.k8s.io"],"resources":["roles","clusterroles"]}])",
        "", kEscalate, none);

    // service account tokens
    row("create serviceaccounts/token cluster-wide",
        R"([{"verbs":["create"],"apiGroups":[""],"resources":["serviceaccounts/token"]}])", "", kTokenCreate,
        Severity::High);
    row("create serviceaccounts/token in a namespace",
        R"([{"verbs":["create"],"apiGroups":[""],"resources":["serviceaccounts/token"]}])", "shop", kTokenCreate,
        Severity::Medium);
    row("create a named account's token in a namespace",
        R"([{"verbs":["create"],"apiGroups":[""],"resources":["serviceaccounts/token"],"resourceNames":["ci"]}])", "shop",
        kTokenCreate, Severity::Low);
    row("create serviceaccounts", R"([{"verbs":["create"],"apiGroups":[""],"resources":["serviceaccounts"]}])", "",
        kTokenCreate, none);
    row("get serviceaccounts/token", R"([{"verbs":["get"],"apiGroups":[""],"resources":["serviceaccounts/token"]}])", "",
        kTokenCreate, none);

    // nodes/proxy
    row("get nodes/proxy", R"([{"verbs":["get"],"apiGroups":[""],"resources":["nodes/proxy"]}])", "", kNodesProxy,
        Severity::Critical);
    row("create one node's proxy",
        R"([{"verbs":["create"],"apiGroups":[""],"resources":["nodes/proxy"],"resourceNames":["node-1"]}])", "",
        kNodesProxy, Severity::High);
    row("nodes/proxy through a RoleBinding grants nothing",
        R"([{"verbs":["get"],"apiGroups":[""],"resources":["nodes/proxy"]}])", "shop", kNodesProxy, none);
    row("get nodes and nodes/metrics", R"([{"verbs":["get"],"apiGroups":[""],"resources":["nodes","nodes/metrics"]}])",
        "", kNodesProxy, none);

    // admission webhooks
    row("patch mutating webhooks",
        R"([{"verbs":["patch"],"apiGroups":["admissionregistration.k8s.io"],"resources":["mutatingwebhookconfigurations"]}])",
        "", kWebhookConfig, Severity::High);
    row("delete validating webhooks",
        R"([{"verbs":["delete"],"apiGroups":["admissionregistration.k8s.io"],"resources":["validatingwebhookconfigurations"]}])",
        "", kWebhookConfig, Severity::High);
    row("read webhooks",
        R"([{"verbs":["get","list","watch"],"apiGroups":["admissionregistration.k8s.io"],"resources":["mutatingwebhookconfigurations","validatingwebhookconfigurations"]}])",
        "", kWebhookConfig, none);
    row("webhooks through a RoleBinding grant nothing",
        R"([{"verbs":["create"],"apiGroups":["admissionregistration.k8s.io"],"resources":["mutatingwebhookconfigurations"]}])",
        "shop", kWebhookConfig, none);

    // persistent volumes
    row("create persistentvolumes", R"([{"verbs":["create"],"apiGroups":[""],"resources":["persistentvolumes"]}])", "",
        kPvCreate, Severity::Medium);
    row("create persistentvolumeclaims",
        R"([{"verbs":["create"],"apiGroups":[""],"resources":["persistentvolumeclaims"]}])", "", kPvCreate, none);
    row("persistentvolumes through a RoleBinding grant nothing",
        R"([{"verbs":["create"],"apiGroups":[""],"resources":["persistentvolumes"]}])", "shop", kPvCreate, none);
}

void TestRbacRisk::permissionRules()
{
    QFETCH(QByteArray, rules);
    QFETCH(QString, nameSpace);
    QFETCH(QString, rule);
    QFETCH(Severity, expected);

    const std::vector<RbacRisk> risks = evaluate(oneBinding(rules.constData(), nameSpace.toStdString()));
    const RbacRisk *risk = findRisk(risks, rule.toStdString());
    if (expected == Severity::Unknown) {
        QVERIFY2(!risk, risk ? risk->detail.c_str() : "");
        return;
    }
    QVERIFY2(risk, qPrintable(QStringLiteral("%1 not raised").arg(rule)));
    QCOMPARE(sev(risk->severity), sev(expected));
    QCOMPARE(risk->binding, 0);
    QCOMPARE(risk->role, 0);
    QCOMPARE(risk->rule_, 0);
    QCOMPARE(risk->nameSpace, nameSpace.toStdString());
    QVERIFY(risk->subjects == std::vector<RbacSubject>{user("alice")});
    QCOMPARE(risk->control, std::string("IAM-1"));
    QVERIFY(!risk->detail.empty());
    QVERIFY2(risk->explanation.find("User/alice") != std::string::npos, risk->explanation.c_str());
    QVERIFY(!risk->bootstrap);
}

void TestRbacRisk::clusterAdminByName()
{
    // The ClusterRole named cluster-admin counts whatever its rules say; a Role of that name does not.
    RbacObjects o;
    o.roles.push_back(clusterRole("cluster-admin", {}));
    o.roles.push_back(role("shop", "cluster-admin", rulesFrom(R"([{"verbs":["get"],"apiGroups":[""],"resources":["pods"]}])")));
    o.bindings.push_back(binding("", "admins", clusterRoleRef("cluster-admin"), {group("ops")}));
    o.bindings.push_back(binding("shop", "local", roleRef("cluster-admin"), {user("bob")}));
    const std::vector<RbacRisk> risks = evaluate(o);
    const RbacRisk *admin = findRisk(risks, rbacrule::kClusterAdmin, 0);
    QVERIFY(admin);
    QCOMPARE(sev(admin->severity), sev(Severity::Critical));
    QCOMPARE(admin->rule_, -1);
    QVERIFY(!findRisk(risks, rbacrule::kClusterAdmin, 1));
}

void TestRbacRisk::csrApprovalNeedsBoth()
{
    const char *approval =
        R"({"verbs":["update"],"apiGroups":["certificates.k8s.io"],"resources":["certificatesigningrequests/approval"]})";
    const char *signers =
        R"({"verbs":["approve"],"apiGroups":["certificates.k8s.io"],"resources":["signers"],"resourceNames":["kubernetes.io/kube-apiserver-client"]})";
    const std::string both = std::string("[") + approval + "," + signers + "]";
    const std::vector<RbacRisk> risks = evaluate(oneBinding(both.c_str(), ""));
    const RbacRisk *risk = findRisk(risks, rbacrule::kCsrApprove);
    QVERIFY(risk);
    QCOMPARE(sev(risk->severity), sev(Severity::High)); // a named signer is enough: not lowered
    QCOMPARE(risk->rule_, 0);
    QVERIFY2(risk->detail.find("signers") != std::string::npos, risk->detail.c_str());

    QVERIFY(!findRisk(evaluate(oneBinding((std::string("[") + approval + "]").c_str(), "")), rbacrule::kCsrApprove));
    QVERIFY(!findRisk(evaluate(oneBinding((std::string("[") + signers + "]").c_str(), "")), rbacrule::kCsrApprove));
    // certificatesigningrequests are cluster-scoped: a RoleBinding grants neither.
    QVERIFY(!findRisk(evaluate(oneBinding(both.c_str(), "shop")), rbacrule::kCsrApprove));
}

void TestRbacRisk::anonymousBindings_data()
{
    QTest::addColumn<QString>("subjectKind");
    QTest::addColumn<QString>("subjectName");
    QTest::addColumn<QByteArray>("rules"); // "" = the roleRef does not exist
    QTest::addColumn<QString>("nameSpace");
    QTest::addColumn<Severity>("expected");

    const QByteArray configmaps = R"([{"verbs":["get"],"apiGroups":[""],"resources":["configmaps"]}])";
    const QByteArray publicInfo = R"([{"verbs":["get"],"nonResourceURLs":["/healthz","/livez","/readyz","/version","/version/"]}])";
    const QByteArray discovery = R"([{"verbs":["get"],"nonResourceURLs":["/api","/api/*","/apis","/apis/*","/openapi","/openapi/*"]}])";
    const QByteArray basicUser =
        R"([{"verbs":["create"],"apiGroups":["authorization.k8s.io"],"resources":["selfsubjectaccessreviews","selfsubjectrulesreviews"]}])";
    const QByteArray metrics = R"([{"verbs":["get"],"nonResourceURLs":["/metrics"]}])";

    QTest::newRow("anonymous user") << "User" << "system:anonymous" << configmaps << "" << Severity::Critical;
    QTest::newRow("unauthenticated group") << "Group" << "system:unauthenticated" << configmaps << "" << Severity::Critical;
    QTest::newRow("authenticated group") << "Group" << "system:authenticated" << configmaps << "" << Severity::High;
    QTest::newRow("authenticated group in a namespace") << "Group" << "system:authenticated" << configmaps << "shop"
                                                        << Severity::Medium;
    QTest::newRow("public info for anonymous") << "Group" << "system:unauthenticated" << publicInfo << "" << Severity::Low;
    QTest::newRow("discovery for everyone") << "Group" << "system:authenticated" << discovery << "" << Severity::Low;
    QTest::newRow("self reviews") << "Group" << "system:authenticated" << basicUser << "" << Severity::Low;
    QTest::newRow("metrics are not public") << "Group" << "system:unauthenticated" << metrics << "" << Severity::Critical;
    QTest::newRow("missing role") << "Group" << "system:authenticated" << QByteArray() << "" << Severity::Medium;
    QTest::newRow("a named user") << "User" << "alice" << configmaps << "" << Severity::Unknown;
    QTest::newRow("all service accounts") << "Group" << "system:serviceaccounts" << configmaps << "" << Severity::Unknown;
    QTest::newRow("a user that looks alike") << "User" << "system:anonymous-reader" << configmaps << ""
                                             << Severity::Unknown;
    QTest::newRow("a group named like the user") << "Group" << "system:anonymous" << configmaps << ""
                                                  << Severity::Unknown;
}

void TestRbacRisk::anonymousBindings()
{
    QFETCH(QString, subjectKind);
    QFETCH(QString, subjectName);
    QFETCH(QByteArray, rules);
    QFETCH(QString, nameSpace);
    QFETCH(Severity, expected);

    RbacObjects o;
    if (!rules.isEmpty())
        o.roles.push_back(clusterRole("r", rulesFrom(rules.constData())));
    SubjectKind kind;
    QVERIFY(parseSubjectKind(subjectKind.toStdString(), kind));
    const RbacSubject everyone{kind, subjectName.toStdString(), {}};
    o.bindings.push_back(binding(nameSpace.toStdString(), "b", clusterRoleRef("r"), {user("carol"), everyone}));
    const std::vector<RbacRisk> risks = evaluate(o);
    const RbacRisk *risk = findRisk(risks, rbacrule::kAnonymousBinding);
    if (expected == Severity::Unknown) {
        QVERIFY(!risk);
        return;
    }
    QVERIFY(risk);
    QCOMPARE(sev(risk->severity), sev(expected));
    QCOMPARE(risk->control, std::string("IAM-1"));
    // It reaches the built-in subject, not carol.
    QVERIFY(risk->subjects == std::vector<RbacSubject>{everyone});
}

void TestRbacRisk::danglingSubjects()
{
    RbacObjects o;
    o.roles.push_back(clusterRole("view", rulesFrom(R"([{"verbs":["get"],"apiGroups":[""],"resources":["pods"]}])")));
    o.serviceAccounts.push_back({"shop", "web", std::nullopt});
    o.bindings.push_back(binding("shop", "b", clusterRoleRef("view"),
                                 {account("shop", "web"), account("shop", "ghost"), user("ghost"), account("other", "x")}));
    o.serviceAccountsListed = true;
    const std::vector<RbacRisk> risks = evaluate(o);
    const RbacRisk *risk = findRisk(risks, rbacrule::kDanglingSubject);
    QVERIFY(risk);
    QCOMPARE(sev(risk->severity), sev(Severity::Medium));
    QCOMPARE(risk->control, std::string("IAM-2"));
    QCOMPARE(risk->rule_, -1);
    // The two missing accounts; users cannot be checked, the existing account is fine.
    QVERIFY((risk->subjects == std::vector<RbacSubject>{account("shop", "ghost"), account("other", "x")}));

    // Every account exists: no risk.
    RbacObjects fine = o;
    fine.serviceAccounts.push_back({"shop", "ghost", std::nullopt});
    fine.serviceAccounts.push_back({"other", "x", std::nullopt});
    QVERIFY(!findRisk(evaluate(fine), rbacrule::kDanglingSubject));
    // Service accounts not listed: their existence is unknown, nothing is said.
    RbacObjects unknown = o;
    unknown.serviceAccountsListed = false;
    QVERIFY(!findRisk(evaluate(unknown), rbacrule::kDanglingSubject));
}

void TestRbacRisk::danglingRoles()
{
    RbacObjects o;
    o.roles.push_back(role("other", "deployer", {}));
    o.roles.push_back(clusterRole("view", {}));
    o.bindings.push_back(binding("", "gone", clusterRoleRef("removed"), {user("alice")}));
    // A RoleBinding's Role is looked up in the binding's own namespace.
    o.bindings.push_back(binding("shop", "elsewhere", roleRef("deployer"), {user("bob")}));
    o.bindings.push_back(binding("other", "fine", roleRef("deployer"), {user("bob")}));
    o.bindings.push_back(binding("shop", "fine-too", clusterRoleRef("view"), {user("bob")}));
    const std::vector<RbacRisk> risks = evaluate(o);
    for (int b : {0, 1}) {
        const RbacRisk *risk = findRisk(risks, rbacrule::kDanglingRole, b);
        QVERIFY(risk);
        QCOMPARE(sev(risk->severity), sev(Severity::Low));
        QCOMPARE(risk->control, std::string("IAM-2"));
        QCOMPARE(risk->role, -1);
    }
    QVERIFY(!findRisk(risks, rbacrule::kDanglingRole, 2));
    QVERIFY(!findRisk(risks, rbacrule::kDanglingRole, 3));
}

void TestRbacRisk::bindingWithoutSubjects()
{
    // system:node's default binding has no subjects: it grants nothing, however strong the role.
    RbacObjects o = oneBinding(R"([{"verbs":["*"],"apiGroups":["*"],"resources":["*"]}])", "");
    o.bindings.front().subjects.clear();
    o.bindings.push_back(binding("", "nothing", clusterRoleRef("missing"), {}));
    const std::vector<RbacRisk> risks = evaluate(o);
    QCOMPARE(risks.size(), std::size_t(1));
    QCOMPARE(risks.front().rule, std::string(rbacrule::kDanglingRole));
    QCOMPARE(risks.front().binding, 1);
}

void TestRbacRisk::aggregatedRulesCount()
{
    // An aggregated ClusterRole carries the rules of the roles its selector matches.
    RbacObjects o;
    RbacRole reader = clusterRole("secret-reader", rulesFrom(R"([{"verbs":["list"],"apiGroups":[""],"resources":["secrets"]}])"));
    reader.labels["example.com/aggregate-to-ops"] = "true";
    RbacRole ops = clusterRole("ops", {});
    ops.aggregated = true;
    LabelSelector selector;
    selector.matchLabels["example.com/aggregate-to-ops"] = "true";
    ops.aggregationSelectors.push_back(selector);
    o.roles.push_back(reader);
    o.roles.push_back(ops);
    o.bindings.push_back(binding("", "ops", clusterRoleRef("ops"), {group("ops")}));
    const std::vector<RbacRisk> risks = evaluate(o);
    const RbacRisk *risk = findRisk(risks, rbacrule::kSecretsRead);
    QVERIFY(risk);
    QCOMPARE(risk->role, 1);
    QCOMPARE(sev(risk->severity), sev(Severity::High));

    // Without the label the aggregated role is empty.
    o.roles[0].labels.clear();
    QVERIFY(!findRisk(evaluate(o), rbacrule::kSecretsRead));
}

void TestRbacRisk::matchingRulesFoldIntoOne()
{
    // Three rules read secrets: one risk, carried by the first, the worst severity, the others in detail.
    const char *rules = R"([{"verbs":["get"],"apiGroups":[""],"resources":["configmaps"]},
                            {"verbs":["get"],"apiGroups":[""],"resources":["secrets"],"resourceNames":["db"]},
                            {"verbs":["list"],"apiGroups":[""],"resources":["secrets"]},
                            {"verbs":["watch"],"apiGroups":[""],"resources":["secrets"]}])";
    const std::vector<RbacRisk> risks = evaluate(oneBinding(rules, ""));
    const auto count = std::count_if(risks.begin(), risks.end(),
                                     [](const RbacRisk &r) { return r.rule == rbacrule::kSecretsRead; });
    QCOMPARE(count, 1);
    const RbacRisk *risk = findRisk(risks, rbacrule::kSecretsRead);
    QCOMPARE(risk->rule_, 1);
    QCOMPARE(sev(risk->severity), sev(Severity::High));
    QVERIFY2(risk->detail.find("rule 2") != std::string::npos, risk->detail.c_str());
    QVERIFY2(risk->detail.find("rule 3") != std::string::npos, risk->detail.c_str());
}

void TestRbacRisk::bootstrapFlag()
{
    RbacObjects o;
    RbacRole admin = clusterRole("cluster-admin", rulesFrom(R"([{"verbs":["*"],"apiGroups":["*"],"resources":["*"]}])"));
    admin.bootstrap = true;
    o.roles.push_back(admin);
    RbacBinding defaults = binding("", "cluster-admin", clusterRoleRef("cluster-admin"), {group("system:masters")});
    defaults.bootstrap = true;
    o.bindings.push_back(defaults);
    o.bindings.push_back(binding("", "mine", clusterRoleRef("cluster-admin"), {user("alice")}));
    const std::vector<RbacRisk> risks = evaluate(o);
    // Default bindings still raise their risks, marked so that views can hide them.
    const RbacRisk *builtIn = findRisk(risks, rbacrule::kClusterAdmin, 0);
    QVERIFY(builtIn);
    QVERIFY(builtIn->bootstrap);
    QCOMPARE(sev(builtIn->severity), sev(Severity::Critical));
    const RbacRisk *own = findRisk(risks, rbacrule::kClusterAdmin, 1);
    QVERIFY(own);
    QVERIFY(!own->bootstrap);
}

void TestRbacRisk::orderByBindingThenRule()
{
    RbacObjects o;
    o.roles.push_back(clusterRole("r", rulesFrom(R"([{"verbs":["*"],"apiGroups":["*"],"resources":["*"]}])")));
    o.bindings.push_back(binding("", "a", clusterRoleRef("r"), {user("a")}));
    o.bindings.push_back(binding("", "b", clusterRoleRef("missing"), {user("b")}));
    o.bindings.push_back(binding("shop", "c", clusterRoleRef("r"), {group("system:authenticated")}));
    const std::vector<RbacRisk> risks = evaluate(o);
    QVERIFY(risks.size() > 3);
    for (std::size_t i = 1; i < risks.size(); ++i) {
        const auto before = std::make_pair(risks[i - 1].binding, risks[i - 1].rule);
        const auto after = std::make_pair(risks[i].binding, risks[i].rule);
        QVERIFY2(before < after, (risks[i - 1].rule + " before " + risks[i].rule).c_str());
    }
    // */*/* raises every permission rule at once; the roleRef-less binding only its own.
    std::set<std::string> first;
    for (const RbacRisk &r : risks) {
        if (r.binding == 0)
            first.insert(r.rule);
    }
    for (const char *id : {rbacrule::kWildcard, rbacrule::kClusterAdmin, rbacrule::kSecretsRead, rbacrule::kPodExec,
                           rbacrule::kWorkloadCreate, rbacrule::kEscalate, rbacrule::kTokenCreate, rbacrule::kNodesProxy,
                           rbacrule::kCsrApprove, rbacrule::kWebhookConfig, rbacrule::kPvCreate})
        QVERIFY2(first.count(id), id);
    QVERIFY(!first.count(rbacrule::kAnonymousBinding));
    QVERIFY(findRisk(risks, rbacrule::kDanglingRole, 1));
    QVERIFY(findRisk(risks, rbacrule::kAnonymousBinding, 2));
}

void TestRbacRisk::ruleTexts()
{
    const std::vector<std::string_view> &ids = rbacRiskRuleIds();
    QCOMPARE(ids.size(), std::size_t(14));
    QCOMPARE(rbacRiskRules().size(), ids.size());
    for (std::string_view id : ids) {
        const RuleInfo *info = rbacRiskRule(id);
        QVERIFY2(info, std::string(id).c_str());
        QCOMPARE(info->key, "bulkhead/" + std::string(id));
        QVERIFY(info->hasMetadata);
        QCOMPARE(info->kind, FindingKind::Misconfiguration);
        QVERIFY(!info->title.empty());
        QVERIFY(info->description.size() > 200);
        QVERIFY(info->references.starts_with("https://"));
        // The stored control of a finding is the risk's own.
        const std::string_view control = controlForRule(FindingKind::Misconfiguration, info->key, info->title);
        QCOMPARE(std::string(control), std::string(controlForRbacRule(info->key)));
        const bool dangling = id == rbacrule::kDanglingSubject || id == rbacrule::kDanglingRole;
        QCOMPARE(std::string(control), std::string(dangling ? "IAM-2" : "IAM-1"));
        QCOMPARE(rbacRiskRule(info->key), info);
    }
    QVERIFY(!rbacRiskRule("rbac-unknown"));
    QVERIFY(controlForRbacRule("bulkhead/k8s-privileged").empty());
}

void TestRbacRisk::riskyWorkloads()
{
    RbacObjects o;
    o.roles.push_back(clusterRole("deployer", rulesFrom(R"([{"verbs":["create"],"apiGroups":["apps"],"resources":["deployments"]}])")));
    o.roles.push_back(clusterRole("reader", rulesFrom(R"([{"verbs":["list"],"apiGroups":[""],"resources":["secrets"]}])")));
    o.roles.push_back(clusterRole("view", rulesFrom(R"([{"verbs":["get"],"apiGroups":[""],"resources":["pods"]}])")));
    o.bindings.push_back(binding("shop", "deployer", clusterRoleRef("deployer"), {account("shop", "ci")}));
    // Every service account of shop reads secrets there; anonymous binding on the same object.
    o.bindings.push_back(binding("shop", "all-accounts", clusterRoleRef("reader"),
                                 {group("system:serviceaccounts:shop")}));
    o.bindings.push_back(binding("", "public", clusterRoleRef("view"), {group("system:unauthenticated"), account("web", "front")}));
    o.bindings.push_back(binding("", "broken", clusterRoleRef("missing"), {account("web", "front")}));
    o.workloads = {
        {"shop", "Deployment", "ci-runner", "ci", true},
        {"shop", "Deployment", "api", "", true},          // default account: reached through the group
        {"shop", "Deployment", "batch", "ci", false},     // token not mounted
        {"web", "Deployment", "front", "front", true},    // only view (not risky) and a dangling roleRef
        {"other", "Deployment", "idle", "", true},
    };
    const RbacIndex index(o);
    const std::vector<RbacRisk> risks = evaluateRbacRisks(index);
    const std::vector<RbacRiskyWorkload> risky = bulkhead::riskyWorkloads(index, risks);
    QCOMPARE(risky.size(), std::size_t(2));
    // Both Medium (namespaced); by namespace, then name.
    QCOMPARE(index.objects().workloads[risky[0].workload].name, std::string("api"));
    QCOMPARE(risky[0].serviceAccount, account("shop", "default"));
    QVERIFY(risky[0].rules == std::vector<std::string>{rbacrule::kSecretsRead});
    QCOMPARE(sev(risky[0].worst), sev(Severity::Medium));
    QCOMPARE(index.objects().workloads[risky[1].workload].name, std::string("ci-runner"));
    QVERIFY((risky[1].rules == std::vector<std::string>{rbacrule::kSecretsRead, rbacrule::kWorkloadCreate}));

    // Cluster-wide secrets read for front's account: it comes first, worst High.
    o.bindings.push_back(binding("", "front-reads", clusterRoleRef("reader"), {account("web", "front")}));
    const RbacIndex more(o);
    const std::vector<RbacRiskyWorkload> again = bulkhead::riskyWorkloads(more, evaluateRbacRisks(more));
    QCOMPARE(again.size(), std::size_t(3));
    QCOMPARE(more.objects().workloads[again[0].workload].name, std::string("front"));
    QCOMPARE(sev(again[0].worst), sev(Severity::High));
    // Not the anonymous binding's risk: it reaches system:unauthenticated, not the account.
    QVERIFY(again[0].rules == std::vector<std::string>{rbacrule::kSecretsRead});

    // A binding may name an account by its user name: idle's default account then can create
    // deployments cluster-wide.
    o.bindings.push_back(binding("", "as-user", clusterRoleRef("deployer"), {user("system:serviceaccount:other:default")}));
    const RbacIndex aliased(o);
    const std::vector<RbacRiskyWorkload> third = bulkhead::riskyWorkloads(aliased, evaluateRbacRisks(aliased));
    QCOMPARE(third.size(), std::size_t(4));
    const auto idle = std::find_if(third.begin(), third.end(), [&](const RbacRiskyWorkload &w) {
        return aliased.objects().workloads[w.workload].name == "idle";
    });
    QVERIFY(idle != third.end());
    QVERIFY(idle->rules == std::vector<std::string>{rbacrule::kWorkloadCreate});
    QCOMPARE(sev(idle->worst), sev(Severity::High));
}

QTEST_GUILESS_MAIN(TestRbacRisk)
#include "tst_rbacrisk.moc"
