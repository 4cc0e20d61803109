// Golden who-can answers on the real default RBAC of a Kubernetes API server
// (${BULKHEAD_FIXTURES_DIR}/kubernetes/*.yaml). The expected answers come from a plain evaluator
// written here over the same YAML with Qt's JSON types: aggregation as a fixed point (the
// controller's loop) instead of the index's graph walk, matching as the RBAC documentation states
// it, every binding checked for every question. RbacIndex must give the same subjects through the
// same bindings; why() must agree with who-can for every subject of the cluster.
#include "kubeobjectfile.h"
#include "rbac/rbacindex.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>

#include <nlohmann/json.hpp>

#include <set>

using namespace bulkhead;
using namespace bulkhead::test;

namespace {

// ---- the plain evaluator -------------------------------------------------------------------

struct PlainRule {
    QStringList verbs, groups, resources, names, urls;
    bool operator==(const PlainRule &) const = default;
};

struct PlainRole {
    QString kind, ns, name;
    QJsonObject labels;
    QJsonArray selectors; // aggregationRule.clusterRoleSelectors
    bool aggregated = false;
    QList<PlainRule> rules;
};

struct Question {
    QString verb, group, resource, sub, name, ns, url;
};

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

bool selectorMatches(const QJsonObject &selector, const QJsonObject &labels)
{
    const QJsonObject matchLabels = selector.value("matchLabels").toObject();
    const QJsonArray expressions = selector.value("matchExpressions").toArray();
    if (matchLabels.isEmpty() && expressions.isEmpty())
        return false;
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it)
        if (labels.value(it.key()) != it.value())
            return false;
    for (const QJsonValue &e : expressions) {
        const QString key = e["key"].toString(), op = e["operator"].toString();
        const QStringList values = strings(e["values"]);
        const bool has = labels.contains(key);
        const QString value = labels.value(key).toString();
        if ((op == "In" && !(has && values.contains(value))) || (op == "NotIn" && has && values.contains(value))
            || (op == "Exists" && !has) || (op == "DoesNotExist" && has))
            return false;
        if (op != "In" && op != "NotIn" && op != "Exists" && op != "DoesNotExist")
            return false;
    }
    return true;
}

bool allows(const PlainRule &r, const Question &q)
{
    if (!r.verbs.contains(q.verb) && !r.verbs.contains("*"))
        return false;
    if (!q.url.isEmpty()) {
        for (const QString &u : r.urls)
            if (u == "*" || u == q.url || (u.endsWith('*') && q.url.startsWith(u.chopped(1))))
                return true;
        return false;
    }
    if (!r.groups.contains(q.group) && !r.groups.contains("*"))
        return false;
    const QString combined = q.sub.isEmpty() ? q.resource : q.resource + '/' + q.sub;
    bool resource = false;
    for (const QString &res : r.resources)
        resource = resource || res == "*" || res == combined || (!q.sub.isEmpty() && res == "*/" + q.sub);
    if (!resource)
        return false;
    return r.names.isEmpty() || r.names.contains(q.name);
}

class PlainRbac
{
public:
    explicit PlainRbac(const QList<QJsonObject> &objects)
    {
        for (const QJsonObject &o : objects) {
            const QString kind = o["kind"].toString();
            const QJsonObject meta = o["metadata"].toObject();
            if (kind == "Role" || kind == "ClusterRole") {
                PlainRole r{kind, meta["namespace"].toString(), meta["name"].toString(), meta["labels"].toObject(),
                            o["aggregationRule"].toObject()["clusterRoleSelectors"].toArray(),
                            o.contains("aggregationRule"), {}};
                for (const QJsonValue &rule : o["rules"].toArray())
                    r.rules << PlainRule{strings(rule["verbs"]), strings(rule["apiGroups"]), strings(rule["resources"]),
                                         strings(rule["resourceNames"]), strings(rule["nonResourceURLs"])};
                roles << r;
            } else if (kind == "RoleBinding" || kind == "ClusterRoleBinding") {
                bindings << o;
            }
        }
        // The aggregation controller's loop, run until nothing changes.
        for (bool changed = true; changed;) {
            changed = false;
            for (PlainRole &a : roles) {
                if (!a.aggregated || a.kind != "ClusterRole")
                    continue;
                for (const PlainRole &b : roles) {
                    if (&a == &b || b.kind != "ClusterRole")
                        continue;
                    bool selected = false;
                    for (const QJsonValue &s : a.selectors)
                        selected = selected || selectorMatches(s.toObject(), b.labels);
                    if (!selected)
                        continue;
                    for (const PlainRule &rule : b.rules) {
                        if (!a.rules.contains(rule)) {
                            a.rules << rule;
                            changed = true;
                        }
                    }
                }
            }
        }
    }

    // "RoleBinding kube-system/name: ServiceAccount/kube-system/x" for every binding subject allowed.
    std::set<std::string> whoCan(const Question &q) const
    {
        std::set<std::string> out;
        for (const QJsonObject &b : bindings) {
            const bool cluster = b["kind"].toString() == "ClusterRoleBinding";
            const QString ns = b["metadata"]["namespace"].toString(), name = b["metadata"]["name"].toString();
            if (!cluster && (!q.url.isEmpty() || ns != q.ns))
                continue;
            const QString refKind = b["roleRef"]["kind"].toString(), refName = b["roleRef"]["name"].toString();
            const PlainRole *role = nullptr;
            for (const PlainRole &r : roles)
                if (r.kind == refKind && r.name == refName && (refKind == "ClusterRole" || (!cluster && r.ns == ns)))
                    role = &r;
            if (!role)
                continue;
            bool granted = false;
            for (const PlainRule &rule : role->rules)
                granted = granted || allows(rule, q);
            if (!granted)
                continue;
            for (const QJsonValue &s : b["subjects"].toArray()) {
                QString key = s["kind"].toString() + '/';
                if (s["kind"].toString() == "ServiceAccount")
                    key += (s["namespace"].toString().isEmpty() ? ns : s["namespace"].toString()) + '/';
                key += s["name"].toString();
                out.insert((b["kind"].toString() + ' ' + (cluster ? name : ns + '/' + name) + ": " + key).toStdString());
            }
        }
        return out;
    }

    QList<PlainRole> roles;
    QList<QJsonObject> bindings;
};

// ---- the analyzer --------------------------------------------------------------------------

RbacObjects parseAll(const QList<QJsonObject> &objects)
{
    RbacObjects out;
    for (const QJsonObject &o : objects) {
        const nlohmann::json j = nlohmann::json::parse(QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString());
        const QString kind = o["kind"].toString();
        std::string error;
        if (kind == "Role" || kind == "ClusterRole") {
            RbacRole r;
            if (!parseRbacRole(j, r, &error))
                qFatal("%s", error.c_str());
            out.roles.push_back(std::move(r));
        } else if (kind == "RoleBinding" || kind == "ClusterRoleBinding") {
            RbacBinding b;
            if (!parseRbacBinding(j, b, &error))
                qFatal("%s", error.c_str());
            out.bindings.push_back(std::move(b));
        }
    }
    return out;
}

std::set<std::string> indexWhoCan(const RbacIndex &index, const RbacRequest &request)
{
    std::set<std::string> out;
    for (const RbacGrantChain &c : index.whoCan(request)) {
        const RbacBinding &b = index.bindings()[c.grant.binding];
        out.insert(std::string(b.kindName()) + ' ' + (b.clusterBinding ? b.name : b.nameSpace + '/' + b.name) + ": "
                   + c.subject.key());
    }
    return out;
}

// verb, RESOURCE[.group][/sub] or /url, namespace, name
const char *const kQuestions[][4] = {
    {"get", "secrets", "kube-system", ""},
    {"list", "secrets", "", ""},
    {"create", "pods/exec", "default", ""},
    {"update", "nodes/status", "", ""},
    {"patch", "nodes/status", "", ""},
    {"update", "certificatesigningrequests.certificates.k8s.io/approval", "", ""},
    {"approve", "signers.certificates.k8s.io", "", "kubernetes.io/kube-apiserver-client"},
    {"get", "/healthz", "", ""},
    {"get", "/livez", "", ""},
    {"get", "/version", "", ""},
    {"get", "/openapi/v2", "", ""},
    {"post", "/healthz", "", ""},
    {"list", "configmaps", "default", ""},
    {"get", "configmaps", "kube-system", "extension-apiserver-authentication"},
    {"get", "configmaps", "kube-system", "other"},
    {"watch", "endpoints", "kube-system", ""},
    {"create", "serviceaccounts/token", "kube-system", ""},
    {"get", "nodes/proxy", "", ""},
    {"create", "tokenreviews.authentication.k8s.io", "", ""},
    {"create", "subjectaccessreviews.authorization.k8s.io", "", ""},
    {"create", "selfsubjectaccessreviews.authorization.k8s.io", "", ""},
    {"list", "pods", "", ""},
    {"delete", "pods", "kube-system", ""},
    {"create", "pods/binding", "default", ""},
    {"create", "bindings", "default", ""},
    {"update", "leases.coordination.k8s.io", "kube-system", "kube-scheduler"},
    {"escalate", "clusterroles.rbac.authorization.k8s.io", "", ""},
    {"bind", "clusterroles.rbac.authorization.k8s.io", "", ""},
    {"impersonate", "users", "", ""},
    {"create", "persistentvolumes", "", ""},
    {"patch", "mutatingwebhookconfigurations.admissionregistration.k8s.io", "", ""},
    {"update", "deployments.apps/scale", "default", ""},
    {"create", "events", "kube-system", ""},
    {"get", "secrets", "kube-public", ""},
    {"watch", "configmaps", "kube-public", ""},
    {"delete", "secrets", "kube-system", ""},
    {"list", "nodes", "", ""},
    {"get", "pods/log", "default", ""},
};

} // namespace

class TestRbacGolden : public QObject
{
    Q_OBJECT

    QList<QJsonObject> m_objects;

private slots:
    void initTestCase()
    {
        BULKHEAD_REQUIRE_FIXTURE("kubernetes/cluster-roles.yaml");
        const QDir dir(fixturePath("kubernetes"));
        const QStringList files = dir.entryList({"*.yaml"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 4);
        for (const QString &f : files) {
            QString error;
            QVERIFY2(readKubeObjects(dir.filePath(f), &m_objects, &error), qPrintable(error));
        }
        // The defaults bind none of the aggregated user-facing roles: bind each once, so that the
        // answers go through aggregation too (same objects for both evaluators).
        const auto bind = [&](const char *kind, const char *ns, const char *name, const char *role,
                              const QJsonObject &subject) {
            QJsonObject meta{{"name", name}};
            if (*ns)
                meta["namespace"] = ns;
            m_objects << QJsonObject{{"kind", kind}, {"metadata", meta},
                                     {"roleRef", QJsonObject{{"apiGroup", "rbac.authorization.k8s.io"},
                                                             {"kind", "ClusterRole"}, {"name", role}}},
                                     {"subjects", QJsonArray{subject}}};
        };
        bind("RoleBinding", "default", "dev-admin", "admin", {{"kind", "User"}, {"name", "dev"}});
        bind("RoleBinding", "default", "ci-edit", "edit", {{"kind", "ServiceAccount"}, {"name", "ci"}});
        bind("ClusterRoleBinding", "", "readers", "view", {{"kind", "Group"}, {"name", "readers"}});
    }

    void whoCan_data()
    {
        QTest::addColumn<int>("question");
        for (int i = 0; i < int(std::size(kQuestions)); ++i)
            QTest::newRow((std::string(kQuestions[i][0]) + ' ' + kQuestions[i][1] + " -n " + kQuestions[i][2] + ' '
                           + kQuestions[i][3])
                              .c_str())
                << i;
    }

    void whoCan()
    {
        QFETCH(int, question);
        const auto &q = kQuestions[question];
        const PlainRbac plain(m_objects);
        const RbacIndex index(parseAll(m_objects));

        RbacRequest request;
        request.verb = q[0];
        std::string error;
        QVERIFY2(parseRbacResource(q[1], request, &error), error.c_str());
        request.nameSpace = q[2];
        request.name = q[3];
        const Question plainQ{q[0], QString::fromStdString(request.apiGroup), QString::fromStdString(request.resource),
                              QString::fromStdString(request.subresource), q[3], q[2],
                              QString::fromStdString(request.nonResourceUrl)};
        const std::set<std::string> expected = plain.whoCan(plainQ), got = indexWhoCan(index, request);
        if (expected != got) {
            for (const std::string &s : expected)
                qWarning("expected: %s", s.c_str());
            for (const std::string &s : got)
                qWarning("got:      %s", s.c_str());
        }
        QVERIFY(expected == got);
        // cluster-admin may do anything.
        QVERIFY(got.count("ClusterRoleBinding cluster-admin: Group/system:masters"));

        // why() agrees with who-can for every subject (and a few that no binding names).
        std::vector<RbacSubject> subjects = index.subjects();
        subjects.push_back({SubjectKind::User, "alice", {}});
        subjects.push_back({SubjectKind::User, "system:anonymous", {}});
        subjects.push_back({SubjectKind::ServiceAccount, "default", "default"});
        const std::vector<RbacGrantChain> chains = index.whoCan(request);
        for (const RbacSubject &s : subjects) {
            const std::vector<std::string> groups = RbacIndex::implicitGroups(s);
            bool reached = false;
            for (const RbacGrantChain &c : chains)
                reached = reached || c.subject == s
                    || (c.subject.kind == SubjectKind::Group
                        && std::find(groups.begin(), groups.end(), c.subject.name) != groups.end());
            const RbacWhyAnswer answer = index.why(s, request);
            QVERIFY2(answer.allowed == reached, (s.key() + ": " + answer.explanation).c_str());
            if (answer.allowed)
                QVERIFY(!answer.grants.empty() && !answer.closest);
        }
    }

    void notVacuous()
    {
        // The questions reach more than cluster-admin: the expected answers name at least a dozen
        // distinct bindings, aggregated roles among them, and aggregation gave admin its rules.
        const PlainRbac plain(m_objects);
        std::set<std::string> bindings;
        for (const auto &q : kQuestions) {
            RbacRequest request;
            QVERIFY(parseRbacResource(q[1], request, nullptr));
            const Question plainQ{q[0], QString::fromStdString(request.apiGroup), QString::fromStdString(request.resource),
                                  QString::fromStdString(request.subresource), q[3], q[2],
                                  QString::fromStdString(request.nonResourceUrl)};
            for (const std::string &a : plain.whoCan(plainQ))
                bindings.insert(a.substr(0, a.find(": ")));
        }
        QVERIFY2(bindings.size() >= 12, std::to_string(bindings.size()).c_str());
        for (const char *b : {"RoleBinding default/dev-admin", "RoleBinding default/ci-edit", "ClusterRoleBinding readers"})
            QVERIFY2(bindings.count(b), b);
        const RbacIndex index(parseAll(m_objects));
        const int admin = index.findRole(true, "", "admin");
        QVERIFY(admin >= 0);
        QVERIFY(index.roles()[admin].rules.empty());
        int plainAdmin = 0;
        for (const PlainRole &r : plain.roles)
            if (r.kind == "ClusterRole" && r.name == "admin")
                plainAdmin = int(r.rules.size());
        QVERIFY(plainAdmin > 10);
        QCOMPARE(int(index.rules(admin).size()), plainAdmin);
    }
};

QTEST_GUILESS_MAIN(TestRbacGolden)
#include "tst_rbacgolden.moc"
