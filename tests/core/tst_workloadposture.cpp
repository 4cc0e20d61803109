// The workload checks on crafted pods (one compliant pod, each row changes a field and expects
// one check's outcome at one field path) and on the k9s fixtures (expected outcomes read from the
// fixtures with Qt's JSON parser, independently of the nlohmann-based code under test).

#include "analysis/controlmapping.h"
#include "kube/imagereference.h"
#include "kube/namespaceposture.h"
#include "kube/workloadposture.h"
#include "jsonfixture.h"
#include "testsupport.h"

#include <QJsonArray>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

using namespace bulkhead;
using namespace bulkhead::test;
using json = nlohmann::json;

namespace {

constexpr int kUnset = -1;
const QString kUnknown = QStringLiteral("<unknown>");

// A pod that passes every check under compliantContext().
json compliantPod()
{
    return json::parse(R"({
      "apiVersion": "v1", "kind": "Pod",
      "metadata": {"name": "web", "namespace": "shop", "uid": "u-web", "creationTimestamp": "2024-05-01T10:00:00Z"},
      "spec": {
        "serviceAccountName": "web",
        "automountServiceAccountToken": false,
        "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}},
        "containers": [{
          "name": "app",
          "image": "registry.example/shop/web:1.4@sha256:1111111111111111111111111111111111111111111111111111111111111111",
          "env": [{"name": "LOG_LEVEL", "value": "debug"}],
          "securityContext": {
            "privileged": false, "allowPrivilegeEscalation": false, "readOnlyRootFilesystem": true,
            "capabilities": {"drop": ["ALL"]}, "appArmorProfile": {"type": "RuntimeDefault"}
          }
        }]
      }
    })");
}

struct ContextKnobs {
    QString imageUser = kUnknown, signature = QStringLiteral("verified");
    QStringList trusted{QStringLiteral("registry.example")};
    int hasBindings = 1;  // kUnset: no callback
    int saAutomount = kUnset;
};

} // namespace

Q_DECLARE_METATYPE(ContextKnobs)

namespace {

WorkloadCheckContext makeContext(const ContextKnobs &k)
{
    WorkloadCheckContext c;
    for (const QString &t : k.trusted)
        c.trustedRegistries.push_back(t.toStdString());
    const std::string user = k.imageUser.toStdString();
    if (k.imageUser != kUnknown)
        c.imageUser = [user](const std::string &) { return std::optional<std::string>(user); };
    const std::string signature = k.signature.toStdString();
    if (k.signature != kUnknown)
        c.imageSignature = [signature](const std::string &) { return std::optional<std::string>(signature); };
    if (k.hasBindings != kUnset) {
        const bool has = k.hasBindings == 1;
        c.serviceAccountHasBindings = [has](const std::string &, const std::string &) { return has; };
    }
    const int automount = k.saAutomount;
    c.serviceAccountAutomount = [automount](const std::string &, const std::string &) {
        return automount == kUnset ? std::nullopt : std::optional<bool>(automount == 1);
    };
    return c;
}

// "/json/pointer=value" sets (value is JSON), "/json/pointer" alone removes.
void applyEdits(json &object, const QStringList &edits)
{
    for (const QString &edit : edits) {
        const qsizetype eq = edit.indexOf('=');
        const json::json_pointer pointer((eq < 0 ? edit : edit.left(eq)).toStdString());
        if (eq < 0)
            object[pointer.parent_pointer()].erase(pointer.back());
        else
            object[pointer] = json::parse(edit.mid(eq + 1).toStdString());
    }
}

const WorkloadCheckResult *findResult(const KubeWorkload &w, std::string_view check, std::string_view path)
{
    for (const WorkloadCheckResult &r : w.checks) {
        if (r.check == check && r.path == path)
            return &r;
    }
    return nullptr;
}

std::vector<const WorkloadCheckResult *> resultsOf(const KubeWorkload &w, std::string_view check)
{
    std::vector<const WorkloadCheckResult *> out;
    for (const WorkloadCheckResult &r : w.checks) {
        if (r.check == check)
            out.push_back(&r);
    }
    return out;
}

std::string describe(const KubeWorkload &w)
{
    std::string s;
    for (const WorkloadCheckResult &r : w.checks)
        s += r.check + " [" + r.container + "] " + checkStateName(r.state) + " " + r.path + ": " + r.message + "\n";
    return s;
}

KubeWorkload evaluate(const json &object, const WorkloadCheckContext &context)
{
    const std::optional<KubeWorkload> w = evaluateWorkload(object, context);
    if (!w)
        qFatal("evaluateWorkload returned nothing");
    return *w;
}

// Container paths of a pod spec at `prefix`, in the order the checks report them, from Qt's parser.
QStringList containerPaths(const QJsonObject &spec, const QString &prefix)
{
    QStringList out;
    for (const char *field : {"containers", "initContainers", "ephemeralContainers"}) {
        const QJsonArray list = spec.value(QLatin1String(field)).toArray();
        for (int i = 0; i < list.size(); ++i)
            out << QStringLiteral("%1.%2[%3]").arg(prefix, QLatin1String(field)).arg(i);
    }
    return out;
}

const std::set<std::string_view> kPodLevel{"host-namespaces", "host-path", "automount-token", "default-service-account"};

} // namespace

class TestWorkloadPosture : public QObject
{
    Q_OBJECT

private slots:
    void checkIdsAndStates()
    {
        const auto &ids = workloadCheckIds();
        QCOMPARE(ids.size(), std::size_t(17));
        QCOMPARE(std::set<std::string_view>(ids.begin(), ids.end()).size(), ids.size());
        for (CheckState s : {CheckState::Pass, CheckState::Fail, CheckState::NotApplicable, CheckState::NotAssessed}) {
            CheckState back = CheckState::Pass;
            QVERIFY(parseCheckStateName(checkStateName(s), back));
            QCOMPARE(back, s);
        }
        CheckState out = CheckState::Fail;
        QVERIFY(!parseCheckStateName("passed", out));
        QCOMPARE(std::string(checkStateName(CheckState::NotApplicable)), std::string("n/a"));
    }

    void compliantPodPassesEverything()
    {
        const KubeWorkload w = evaluate(compliantPod(), makeContext({}));
        QCOMPARE(w.kind, std::string("Pod"));
        QCOMPARE(w.nameSpace, std::string("shop"));
        QCOMPARE(w.name, std::string("web"));
        QCOMPARE(w.uid, std::string("u-web"));
        QCOMPARE(w.serviceAccount, std::string("web"));
        QCOMPARE(w.createdAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(w.containers, 1);
        QCOMPARE(w.images.size(), std::size_t(1));
        // No status: the digest pinned in the reference.
        QCOMPARE(w.imageDigests, std::vector<std::string>{"sha256:" + std::string(64, '1')});
        QCOMPARE(w.checks.size(), workloadCheckIds().size()); // one container: one result per check
        for (const WorkloadCheckResult &r : w.checks) {
            const CheckState expected = r.check == workloadcheck::kSecretEnvRef ? CheckState::NotApplicable : CheckState::Pass;
            QVERIFY2(r.state == expected, describe(w).c_str());
            QVERIFY2(!r.path.empty() && !r.message.empty(), describe(w).c_str());
            QCOMPARE(r.container, std::string(kPodLevel.count(r.check) ? "" : "app"));
        }
    }

    void singleCheck_data()
    {
        QTest::addColumn<QStringList>("edits");
        QTest::addColumn<ContextKnobs>("knobs");
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("severity");

        const ContextKnobs k;
        const QString c0 = QStringLiteral("spec.containers[0]");
        const QString sc = c0 + QStringLiteral(".securityContext.");
        const int pass = int(CheckState::Pass), fail = int(CheckState::Fail);
        const int info = int(Severity::Info), low = int(Severity::Low), medium = int(Severity::Medium),
                  high = int(Severity::High), critical = int(Severity::Critical);
        const auto row = [&](const char *name, const QStringList &edits, const ContextKnobs &knobs, const char *check,
                             int state, const QString &path, int severity) {
            QTest::newRow(name) << edits << knobs << QString::fromLatin1(check) << state << path << severity;
        };
        const auto with = [](auto change) {
            ContextKnobs knobs;
            change(knobs);
            return knobs;
        };
        const QString scPtr = QStringLiteral("/spec/containers/0/securityContext/");

        row("privileged", {scPtr + "privileged=true"}, k, "privileged", fail, sc + "privileged", high);
        row("not privileged", {}, k, "privileged", pass, sc + "privileged", info);

        row("escalation unset", {scPtr + "allowPrivilegeEscalation"}, k, "privilege-escalation", fail,
            sc + "allowPrivilegeEscalation", medium);
        row("escalation true", {scPtr + "allowPrivilegeEscalation=true"}, k, "privilege-escalation", fail,
            sc + "allowPrivilegeEscalation", medium);
        row("escalation implied by privileged", {scPtr + "privileged=true"}, k, "privilege-escalation", fail,
            sc + "allowPrivilegeEscalation", medium);
        row("escalation implied by SYS_ADMIN", {scPtr + R"(capabilities/add=["CAP_SYS_ADMIN"])"}, k,
            "privilege-escalation", fail, sc + "allowPrivilegeEscalation", medium);

        row("drop not ALL", {scPtr + R"(capabilities/drop=["NET_RAW"])"}, k, "capabilities-not-dropped", fail,
            sc + "capabilities.drop", low);
        row("no capabilities", {scPtr + "capabilities"}, k, "capabilities-not-dropped", fail,
            sc + "capabilities.drop", low);
        row("drop all lower case", {scPtr + R"(capabilities/drop=["all"])"}, k, "capabilities-not-dropped", pass,
            sc + "capabilities.drop", info);

        row("add SYS_ADMIN", {scPtr + R"(capabilities/add=["CAP_SYS_ADMIN"])"}, k, "dangerous-capabilities", fail,
            sc + "capabilities.add", critical);
        row("add NET_RAW", {scPtr + R"(capabilities/add=["NET_RAW"])"}, k, "dangerous-capabilities", fail,
            sc + "capabilities.add", medium);
        row("add SYS_PTRACE and NET_RAW", {scPtr + R"(capabilities/add=["NET_RAW","sys_ptrace"])"}, k,
            "dangerous-capabilities", fail, sc + "capabilities.add", high);
        row("add NET_BIND_SERVICE", {scPtr + R"(capabilities/add=["NET_BIND_SERVICE"])"}, k, "dangerous-capabilities",
            pass, sc + "capabilities.add", info);

        row("runAsUser 0 in container", {scPtr + "runAsUser=0"}, k, "run-as-root", fail, sc + "runAsUser", high);
        row("runAsUser 0 in pod", {"/spec/securityContext/runAsUser=0"}, k, "run-as-root", fail,
            "spec.securityContext.runAsUser", high);
        row("container runAsUser overrides pod 0", {"/spec/securityContext/runAsUser=0", scPtr + "runAsUser=1000"}, k,
            "run-as-root", pass, "spec.securityContext.runAsNonRoot", info);
        row("runAsNonRoot unset, image unknown", {"/spec/securityContext/runAsNonRoot"}, k, "run-as-root", fail,
            sc + "runAsNonRoot", medium);
        row("runAsNonRoot false in container", {scPtr + "runAsNonRoot=false"}, k, "run-as-root", fail,
            sc + "runAsNonRoot", medium);
        row("container runAsNonRoot true over pod false",
            {"/spec/securityContext/runAsNonRoot=false", scPtr + "runAsNonRoot=true"}, k, "run-as-root", pass,
            sc + "runAsNonRoot", info);
        row("pod runAsUser 1000", {"/spec/securityContext/runAsNonRoot", "/spec/securityContext/runAsUser=1000"}, k,
            "run-as-root", pass, "spec.securityContext.runAsUser", info);
        row("image user empty", {"/spec/securityContext/runAsNonRoot"}, with([](ContextKnobs &c) { c.imageUser = ""; }),
            "run-as-root", fail, sc + "runAsNonRoot", high);
        row("image user root", {"/spec/securityContext/runAsNonRoot"},
            with([](ContextKnobs &c) { c.imageUser = "root"; }), "run-as-root", fail, sc + "runAsNonRoot", high);
        row("image user 0:0", {"/spec/securityContext/runAsNonRoot"}, with([](ContextKnobs &c) { c.imageUser = "0:0"; }),
            "run-as-root", fail, sc + "runAsNonRoot", high);
        row("image user 1000", {"/spec/securityContext/runAsNonRoot"},
            with([](ContextKnobs &c) { c.imageUser = "1000"; }), "run-as-root", pass, sc + "runAsNonRoot", info);
        row("image user named", {"/spec/securityContext/runAsNonRoot"},
            with([](ContextKnobs &c) { c.imageUser = "nginx"; }), "run-as-root", pass, sc + "runAsNonRoot", info);

        row("root fs writable (unset)", {scPtr + "readOnlyRootFilesystem"}, k, "writable-root-fs", fail,
            sc + "readOnlyRootFilesystem", medium);
        row("root fs writable (false)", {scPtr + "readOnlyRootFilesystem=false"}, k, "writable-root-fs", fail,
            sc + "readOnlyRootFilesystem", medium);

        const QString podSeccomp = QStringLiteral("/spec/securityContext/seccompProfile");
        const QString podAnn = QStringLiteral("/metadata/annotations/seccomp.security.alpha.kubernetes.io~1pod");
        const QString cAnn = QStringLiteral("/metadata/annotations/container.seccomp.security.alpha.kubernetes.io~1app");
        row("no seccomp", {podSeccomp}, k, "no-seccomp", fail, sc + "seccompProfile.type", medium);
        row("pod seccomp RuntimeDefault", {}, k, "no-seccomp", pass, "spec.securityContext.seccompProfile.type", info);
        row("pod seccomp Unconfined", {podSeccomp + "/type=\"Unconfined\""}, k, "no-seccomp", fail,
            "spec.securityContext.seccompProfile.type", medium);
        row("container seccomp Unconfined over pod", {scPtr + R"(seccompProfile={"type":"Unconfined"})"}, k,
            "no-seccomp", fail, sc + "seccompProfile.type", medium);
        row("container seccomp Localhost",
            {podSeccomp, scPtr + R"(seccompProfile={"type":"Localhost","localhostProfile":"p.json"})"}, k,
            "no-seccomp", pass, sc + "seccompProfile.type", info);
        row("pod annotation runtime/default", {podSeccomp, podAnn + "=\"runtime/default\""}, k, "no-seccomp", pass,
            R"(metadata.annotations["seccomp.security.alpha.kubernetes.io/pod"])", info);
        row("container annotation docker/default", {podSeccomp, cAnn + "=\"docker/default\""}, k, "no-seccomp", pass,
            R"(metadata.annotations["container.seccomp.security.alpha.kubernetes.io/app"])", info);
        row("container annotation unconfined over pod's",
            {podSeccomp, podAnn + "=\"runtime/default\"", cAnn + "=\"unconfined\""}, k, "no-seccomp", fail,
            R"(metadata.annotations["container.seccomp.security.alpha.kubernetes.io/app"])", medium);

        const QString aaAnn = QStringLiteral("/metadata/annotations/container.apparmor.security.beta.kubernetes.io~1app");
        const QString aaPath = QStringLiteral(R"(metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"])");
        row("no apparmor", {scPtr + "appArmorProfile"}, k, "no-apparmor", fail, sc + "appArmorProfile.type", low);
        row("apparmor field Unconfined", {scPtr + "appArmorProfile/type=\"Unconfined\""}, k, "no-apparmor", fail,
            sc + "appArmorProfile.type", medium);
        row("apparmor field RuntimeDefault", {}, k, "no-apparmor", pass, sc + "appArmorProfile.type", info);
        row("apparmor pod field", {scPtr + "appArmorProfile", R"(/spec/securityContext/appArmorProfile={"type":"Localhost","localhostProfile":"k8s-web"})"},
            k, "no-apparmor", pass, "spec.securityContext.appArmorProfile.type", info);
        row("apparmor annotation runtime/default", {scPtr + "appArmorProfile", aaAnn + "=\"runtime/default\""}, k,
            "no-apparmor", pass, aaPath, info);
        row("apparmor annotation localhost", {scPtr + "appArmorProfile", aaAnn + "=\"localhost/k8s-web\""}, k,
            "no-apparmor", pass, aaPath, info);
        row("apparmor annotation unconfined", {scPtr + "appArmorProfile", aaAnn + "=\"unconfined\""}, k, "no-apparmor",
            fail, aaPath, medium);

        row("hostNetwork", {"/spec/hostNetwork=true"}, k, "host-namespaces", fail, "spec.hostNetwork", high);
        row("hostPID", {"/spec/hostPID=true"}, k, "host-namespaces", fail, "spec.hostPID", high);
        row("hostIPC", {"/spec/hostIPC=true"}, k, "host-namespaces", fail, "spec.hostIPC", high);
        row("no host namespaces", {"/spec/hostNetwork=false"}, k, "host-namespaces", pass, "spec", info);

        row("hostPath docker socket",
            {R"(/spec/volumes=[{"name":"cfg","configMap":{"name":"c"}},{"name":"sock","hostPath":{"path":"/var/run/docker.sock"}}])"},
            k, "host-path", fail, "spec.volumes[1].hostPath.path", high);
        row("hostPath data dir", {R"(/spec/volumes=[{"name":"cache","hostPath":{"path":"/data/cache","type":"Directory"}}])"},
            k, "host-path", fail, "spec.volumes[0].hostPath.path", medium);
        row("no hostPath", {R"(/spec/volumes=[{"name":"tmp","emptyDir":{}}])"}, k, "host-path", pass, "spec.volumes", info);

        row("secretKeyRef", {R"(/spec/containers/0/env/1={"name":"DB_PASSWORD","valueFrom":{"secretKeyRef":{"name":"db","key":"pw"}}})"},
            k, "secret-env-ref", fail, c0 + ".env[1].valueFrom.secretKeyRef", low);
        row("envFrom secretRef", {R"(/spec/containers/0/envFrom=[{"configMapRef":{"name":"cfg"}},{"secretRef":{"name":"db"}}])"},
            k, "secret-env-ref", fail, c0 + ".envFrom[1].secretRef", medium);
        row("envFrom configMapRef only", {R"(/spec/containers/0/envFrom=[{"configMapRef":{"name":"cfg"}}])"}, k,
            "secret-env-ref", int(CheckState::NotApplicable), c0 + ".env", info);

        row("literal token", {R"(/spec/containers/0/env/1={"name":"API_TOKEN","value":"tok-7f3a9c"})"}, k,
            "secret-env-literal", fail, c0 + ".env[1].value", high);
        row("literal credential (singular)", {R"(/spec/containers/0/env/1={"name":"AWS_CREDENTIAL","value":"abc123xyz"})"},
            k, "secret-env-literal", fail, c0 + ".env[1].value", high);
        row("connection string with password", {"/spec/containers/0/env/0={\"name\":\"DB_PASSWORD_URL\",\"value\":\"postgres://app:pw@db/app\"}"},
            k, "secret-env-literal", fail, c0 + ".env[0].value", high);
        for (const char *value : {"$(DB_PASSWORD)", "<password>", "{{ .Values.token }}", "****", "changeme",
                                  "/run/secrets/token", "https://auth.example/token", "true", "", "prefix-${X}"}) {
            QTest::newRow(qPrintable(QStringLiteral("not a literal secret: %1").arg(QLatin1String(value))))
                << QStringList{QStringLiteral(R"(/spec/containers/0/env/1={"name":"OAUTH_TOKEN","value":%1})")
                                   .arg(QString::fromStdString(json(value).dump()))}
                << k << QStringLiteral("secret-env-literal") << pass << c0 + ".env" << info;
        }
        row("password file pointer", {R"(/spec/containers/0/env/1={"name":"DB_PASSWORD_FILE","value":"db-pass"})"}, k,
            "secret-env-literal", pass, c0 + ".env", info);

        const QString img = QStringLiteral("/spec/containers/0/image=");
        row("image without tag", {img + "\"nginx\""}, k, "image-not-pinned", fail, c0 + ".image", medium);
        row("image latest", {img + "\"ghcr.io/acme/web:latest\""}, k, "image-not-pinned", fail, c0 + ".image", medium);
        row("image by tag", {img + "\"registry.example:5000/shop/web:1.4\""}, k, "image-not-pinned", fail,
            c0 + ".image", low);
        row("image by digest", {}, k, "image-not-pinned", pass, c0 + ".image", info);

        const QString digest = QStringLiteral("@sha256:2222222222222222222222222222222222222222222222222222222222222222");
        row("docker hub image untrusted", {img + "\"nginx" + digest + "\""}, k, "untrusted-registry", fail,
            c0 + ".image", medium);
        row("registry with port is another host", {img + "\"registry.example:5000/shop/web" + digest + "\""}, k,
            "untrusted-registry", fail, c0 + ".image", medium);
        row("docker hub trusted as docker.io", {img + "\"nginx" + digest + "\""},
            with([](ContextKnobs &c) { c.trusted = {"docker.io"}; }), "untrusted-registry", pass, c0 + ".image", info);
        row("docker hub library prefix", {img + "\"index.docker.io/library/nginx:1.25\""},
            with([](ContextKnobs &c) { c.trusted = {"docker.io/library"}; }), "untrusted-registry", pass, c0 + ".image",
            info);
        row("prefix on whole components", {img + "\"ghcr.io/acme-evil/web:1\""},
            with([](ContextKnobs &c) { c.trusted = {"ghcr.io/acme"}; }), "untrusted-registry", fail, c0 + ".image",
            medium);
        row("no trusted list", {img + "\"nginx\""}, with([](ContextKnobs &c) { c.trusted = {}; }), "untrusted-registry",
            int(CheckState::NotApplicable), c0 + ".image", info);

        const auto signature = [&](const char *name, const QString &state, int expected, int severity) {
            row(name, {}, with([state](ContextKnobs &c) { c.signature = state; }), "image-unsigned", expected,
                c0 + ".image", severity);
        };
        signature("unsigned", QStringLiteral("unsigned"), fail, medium);
        signature("invalid signature", QStringLiteral("invalid"), fail, high);
        signature("signed, not verified", QStringLiteral("signed"), fail, low);
        signature("verified", QStringLiteral("verified"), pass, info);
        signature("image unknown to the registry", kUnknown, int(CheckState::NotAssessed), info);

        const QString automount = QStringLiteral("spec.automountServiceAccountToken");
        row("token mounted, no bindings", {"/spec/automountServiceAccountToken"},
            with([](ContextKnobs &c) { c.hasBindings = 0; }), "automount-token", fail, automount, medium);
        row("token mounted by pod field, no bindings", {"/spec/automountServiceAccountToken=true"},
            with([](ContextKnobs &c) {
                c.hasBindings = 0;
                c.saAutomount = 0;
            }),
            "automount-token", fail, automount, medium);
        row("token mounted, bindings", {"/spec/automountServiceAccountToken"}, k, "automount-token", pass, automount, info);
        row("service account opts out", {"/spec/automountServiceAccountToken"},
            with([](ContextKnobs &c) {
                c.hasBindings = 0;
                c.saAutomount = 0;
            }),
            "automount-token", pass, automount, info);
        row("bindings unknown", {"/spec/automountServiceAccountToken"},
            with([](ContextKnobs &c) { c.hasBindings = kUnset; }), "automount-token", int(CheckState::NotAssessed),
            automount, info);
        row("pod opts out, bindings unknown", {}, with([](ContextKnobs &c) { c.hasBindings = kUnset; }),
            "automount-token", pass, automount, info);

        row("no service account", {"/spec/serviceAccountName"}, k, "default-service-account", fail,
            "spec.serviceAccountName", low);
        row("default service account", {"/spec/serviceAccountName=\"default\""}, k, "default-service-account", fail,
            "spec.serviceAccountName", low);
        row("deprecated serviceAccount field", {"/spec/serviceAccountName", "/spec/serviceAccount=\"web\""}, k,
            "default-service-account", pass, "spec.serviceAccountName", info);
    }

    void singleCheck()
    {
        QFETCH(QStringList, edits);
        QFETCH(ContextKnobs, knobs);
        QFETCH(QString, check);
        QFETCH(int, state);
        QFETCH(QString, path);
        QFETCH(int, severity);

        json pod = compliantPod();
        applyEdits(pod, edits);
        const KubeWorkload w = evaluate(pod, makeContext(knobs));
        const WorkloadCheckResult *r = findResult(w, check.toStdString(), path.toStdString());
        QVERIFY2(r != nullptr, describe(w).c_str());
        QVERIFY2(int(r->state) == state, describe(w).c_str());
        QCOMPARE(int(r->severity), severity);
        QCOMPARE(r->control, std::string(controlForWorkloadCheck(r->check)));
        QCOMPARE(r->container, std::string(kPodLevel.count(r->check) ? "" : "app"));
        QVERIFY(!r->message.empty());
        // A failing row fails only its own check among those the compliant pod passed, except the
        // checks that the same field speaks to as well.
        static const std::multimap<std::string, std::string> alsoFails{
            {"privileged", "privilege-escalation"},
            {"privilege-escalation", "privileged"},
            {"privilege-escalation", "dangerous-capabilities"},
            {"dangerous-capabilities", "privilege-escalation"},
            {"secret-env-literal", "secret-env-ref"},
            {"untrusted-registry", "image-not-pinned"},
            {"image-not-pinned", "untrusted-registry"},
        };
        for (const WorkloadCheckResult &other : w.checks) {
            if (other.state != CheckState::Fail || other.check == r->check)
                continue;
            bool expected = false;
            for (auto [it, end] = alsoFails.equal_range(r->check); it != end; ++it)
                expected = expected || it->second == other.check;
            QVERIFY2(expected, ("unexpected failure of " + other.check + "\n" + describe(w)).c_str());
        }
    }

    void everyContainerKind()
    {
        json pod = compliantPod();
        json init = pod["spec"]["containers"][0];
        init["name"] = "migrate";
        init["image"] = "registry.example/shop/migrate:2";
        init["securityContext"]["privileged"] = true;
        json debug = json::parse(R"({"name": "debugger", "image": "busybox", "targetContainerName": "app"})");
        json sidecar = pod["spec"]["containers"][0];
        sidecar["name"] = "proxy";
        pod["spec"]["containers"].push_back(sidecar);
        pod["spec"]["initContainers"] = json::array({init});
        pod["spec"]["ephemeralContainers"] = json::array({debug});
        // (moc reads "//" in a raw string literal as a comment: these are built, not parsed.)
        const std::string digest = "sha256:" + std::string(64, '1');
        pod["status"]["containerStatuses"] = json::array(
            {{{"name", "app"}, {"imageID", "registry.example/shop/web@" + digest}},
             {{"name", "proxy"}, {"imageID", "docker-pullable://registry.example/shop/web@" + digest}}});
        pod["status"]["initContainerStatuses"] = json::parse(R"([{"name":"migrate","imageID":"sha256:3333"}])");

        const KubeWorkload w = evaluate(pod, makeContext({}));
        QCOMPARE(w.containers, 3); // containers and init containers
        QCOMPARE(w.images, (std::vector<std::string>{pod["spec"]["containers"][0]["image"].get<std::string>(), "registry.example/shop/migrate:2",
                                                     "busybox"}));
        // One digest per image: the status's (matched by container name), else the reference's, else "".
        QCOMPARE(w.imageDigests, (std::vector<std::string>{digest, "sha256:3333", ""}));
        const std::vector<std::pair<std::string, std::string>> containers{
            {"app", "spec.containers[0]"}, {"proxy", "spec.containers[1]"},
            {"migrate", "spec.initContainers[0]"}, {"debugger", "spec.ephemeralContainers[0]"}};
        for (std::string_view check : workloadCheckIds()) {
            const auto results = resultsOf(w, check);
            if (kPodLevel.count(check)) {
                QCOMPARE(results.size(), std::size_t(1));
                continue;
            }
            QCOMPARE(results.size(), containers.size());
            for (std::size_t i = 0; i < containers.size(); ++i) {
                QCOMPARE(results[i]->container, containers[i].first);
                // A setting inherited from the pod is judged at the pod's field.
                QVERIFY2(results[i]->path.starts_with(containers[i].second + ".")
                             || results[i]->path.starts_with("spec.securityContext."),
                         results[i]->path.c_str());
            }
        }
        // Results come grouped by check in column order.
        std::size_t column = 0;
        for (const WorkloadCheckResult &r : w.checks) {
            while (column < workloadCheckIds().size() && workloadCheckIds()[column] != r.check)
                ++column;
            QVERIFY2(column < workloadCheckIds().size(), describe(w).c_str());
        }
        const WorkloadCheckResult *priv = findResult(w, "privileged", "spec.initContainers[0].securityContext.privileged");
        QVERIFY(priv != nullptr);
        QCOMPARE(priv->state, CheckState::Fail);
        const WorkloadCheckResult *debugRoot
            = findResult(w, "run-as-root", "spec.securityContext.runAsNonRoot"); // inherited from the pod
        QVERIFY(debugRoot != nullptr);
        QCOMPARE(debugRoot->container, std::string("app"));
        const WorkloadCheckResult *debugEscalation
            = findResult(w, "privilege-escalation", "spec.ephemeralContainers[0].securityContext.allowPrivilegeEscalation");
        QVERIFY(debugEscalation != nullptr);
        QCOMPARE(debugEscalation->state, CheckState::Fail);
    }

    void podSpecByKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("annotations");
        for (const char *kind : {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"})
            QTest::newRow(kind) << kind << "spec.template.spec" << "spec.template.metadata.annotations";
        QTest::newRow("CronJob") << "CronJob" << "spec.jobTemplate.spec.template.spec"
                                 << "spec.jobTemplate.spec.template.metadata.annotations";
    }

    void podSpecByKind()
    {
        QFETCH(QString, kind);
        QFETCH(QString, prefix);
        QFETCH(QString, annotations);
        json pod = compliantPod();
        json spec = pod["spec"];
        spec["containers"][0]["securityContext"].erase("appArmorProfile");
        json templ = {{"metadata", {{"annotations", {{"container.apparmor.security.beta.kubernetes.io/app", "runtime/default"}}}}},
                      {"spec", spec}};
        json object = {{"apiVersion", "apps/v1"}, {"kind", kind.toStdString()}, {"metadata", pod["metadata"]}};
        if (kind == "CronJob")
            object["spec"] = {{"schedule", "* * * * *"}, {"jobTemplate", {{"spec", {{"template", templ}}}}}};
        else
            object["spec"] = {{"template", templ}};
        const KubeWorkload w = evaluate(object, makeContext({}));
        QCOMPARE(w.kind, kind.toStdString());
        QCOMPARE(w.pods, 0);
        for (const WorkloadCheckResult &r : w.checks)
            QVERIFY2(r.path.starts_with(prefix.toStdString()) || r.path.starts_with(annotations.toStdString()), r.path.c_str());
        const WorkloadCheckResult *aa = findResult(
            w, "no-apparmor", annotations.toStdString() + R"(["container.apparmor.security.beta.kubernetes.io/app"])");
        QVERIFY2(aa != nullptr, describe(w).c_str());
        QCOMPARE(aa->state, CheckState::Pass);
        QVERIFY(findResult(w, "privileged", prefix.toStdString() + ".containers[0].securityContext.privileged"));
    }

    void windowsPod()
    {
        json pod = compliantPod();
        pod["spec"]["os"] = {{"name", "windows"}};
        pod["spec"].erase("securityContext");
        pod["spec"]["containers"][0].erase("securityContext");
        const KubeWorkload w = evaluate(pod, makeContext({}));
        const std::set<std::string> linuxOnly{"privilege-escalation", "capabilities-not-dropped", "dangerous-capabilities",
                                              "writable-root-fs", "no-seccomp", "no-apparmor"};
        for (const WorkloadCheckResult &r : w.checks) {
            if (linuxOnly.count(r.check)) {
                QCOMPARE(r.state, CheckState::NotApplicable);
                QCOMPARE(r.path, std::string("spec.os.name"));
            }
        }
        QCOMPARE(resultsOf(w, "run-as-root").front()->state, CheckState::Fail); // still judged
        QCOMPARE(resultsOf(w, "privileged").front()->state, CheckState::Pass);
        QCOMPARE(w.checks.size(), workloadCheckIds().size());
    }

    void notAWorkload()
    {
        const WorkloadCheckContext c = makeContext({});
        QVERIFY(!evaluateWorkload(json::parse(R"({"kind":"Service","metadata":{"name":"s"},"spec":{}})"), c));
        QVERIFY(!evaluateWorkload(json::parse(R"({"kind":"Deployment","metadata":{"name":"d"},"spec":{"replicas":1}})"), c));
        QVERIFY(!evaluateWorkload(json::parse(R"({"kind":"Pod","metadata":{"name":"p"}})"), c));
        QVERIFY(!evaluateWorkload(json::parse("[1,2]"), c));
        // Mistyped fields read as absent: no exception.
        const auto odd = evaluateWorkload(
            json::parse(R"({"kind":"Pod","metadata":{"name":"p","annotations":null},"spec":{"containers":[{"name":1,"image":null,
               "securityContext":{"privileged":"yes","capabilities":{"add":"ALL"}},"env":{"a":1}}],"volumes":[null],"hostPID":"true"}})"),
            c);
        QVERIFY(odd);
        QCOMPARE(resultsOf(*odd, "privileged").front()->state, CheckState::Pass);
        QCOMPARE(resultsOf(*odd, "image-not-pinned").front()->state, CheckState::NotAssessed);
    }

    void plantedSecretNeverInResults()
    {
        const std::string planted = "pl4nted-S3cret-Value-4711";
        json pod = compliantPod();
        json &env = pod["spec"]["containers"][0]["env"];
        for (const char *name : {"DB_PASSWORD", "GITHUB_TOKEN", "STRIPE_API_KEY", "TLS_PRIVATE_KEY", "AWS_SECRET_ACCESS_KEY",
                                 "SERVICE_CREDENTIALS", "client_secret"})
            env.push_back({{"name", name}, {"value", planted}});
        env.push_back({{"name", "DATABASE_URL"}, {"value", "postgres://app:" + planted + "@db:5432/app"}});
        pod["metadata"]["annotations"]["note"] = planted;
        const KubeWorkload w = evaluate(pod, makeContext({}));
        const auto literal = resultsOf(w, workloadcheck::kSecretEnvLiteral);
        QCOMPARE(literal.size(), std::size_t(7)); // DATABASE_URL's name does not look like a secret
        for (std::size_t i = 0; i < literal.size(); ++i) {
            QCOMPARE(literal[i]->state, CheckState::Fail);
            QCOMPARE(literal[i]->path, "spec.containers[0].env[" + std::to_string(i + 1) + "].value");
            QVERIFY2(literal[i]->message.find(env[i + 1]["name"].get<std::string>()) != std::string::npos,
                     literal[i]->message.c_str());
        }
        std::string everything = w.nameSpace + w.kind + w.name + w.uid + w.serviceAccount;
        for (const std::string &s : w.images)
            everything += s;
        for (const WorkloadCheckResult &r : w.checks)
            everything += r.check + r.control + r.container + r.path + r.message;
        QVERIFY(everything.find(planted) == std::string::npos);
        QVERIFY(everything.find("pl4nted") == std::string::npos);
    }

    void imageReferences_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::newRow("official") << "nginx" << "docker.io" << "library/nginx" << "" << "";
        QTest::newRow("hub user") << "bitnami/redis:7.2" << "docker.io" << "bitnami/redis" << "7.2" << "";
        QTest::newRow("hub alias") << "index.docker.io/library/alpine:3.19" << "docker.io" << "library/alpine" << "3.19" << "";
        QTest::newRow("port, tag and digest") << "Registry.Example:5000/team/app:1.0@sha256:abc" << "registry.example:5000"
                                              << "team/app" << "1.0" << "sha256:abc";
        QTest::newRow("localhost") << "localhost/app" << "localhost" << "app" << "" << "";
        QTest::newRow("digest only") << "ghcr.io/acme/web@sha256:def" << "ghcr.io" << "acme/web" << "" << "sha256:def";
    }

    void imageReferences()
    {
        QFETCH(QString, reference);
        const ImageReference ref = parseImageReference(reference.toStdString());
        QTEST(QString::fromStdString(ref.registry), "registry");
        QTEST(QString::fromStdString(ref.repository), "repository");
        QTEST(QString::fromStdString(ref.tag), "tag");
        QTEST(QString::fromStdString(ref.digest), "digest");
    }

    void podEnvSecretRules()
    {
        QVERIFY(podEnvLooksSecret("DB_PASSWORD", "hunter2"));
        QVERIFY(podEnvLooksSecret("AZURE_CLIENT_CREDENTIAL", "x7y8z9"));
        QVERIFY(!podEnvLooksSecret("AZURE_CLIENT_CREDENTIAL_PATH", "x7y8z9"));
        QVERIFY(!podEnvLooksSecret("LOG_LEVEL", "debug"));
        QVERIFY(!podEnvLooksSecret("PASSENGER_COUNT", "12")); // PASS only as a word
        QVERIFY(!podEnvLooksSecret("GOOGLE_APPLICATION_CREDENTIALS", "/var/secrets/google/key.json"));
        QVERIFY(!podEnvLooksSecret("VAULT_TOKEN", "$(VAULT_TOKEN_FROM_INIT)"));
        QVERIFY(!podEnvLooksSecret("ENABLE_TOKEN_AUTH", "true"));
        QVERIFY(podEnvLooksSecret("REDIS_PASSWORD_URL", "redis://:pw@redis:6379"));
    }

    void controlsAndRules()
    {
        const std::map<std::string, std::string> expected{
            {"privileged", "RUN-1"}, {"privilege-escalation", "RUN-1"}, {"capabilities-not-dropped", "RUN-1"},
            {"dangerous-capabilities", "RUN-1"}, {"run-as-root", "IAM-3"}, {"writable-root-fs", "RUN-2"},
            {"no-seccomp", "RUN-5"}, {"no-apparmor", "RUN-5"}, {"host-namespaces", "RUN-1"}, {"host-path", "RUN-1"},
            {"secret-env-ref", "SEC-5"}, {"secret-env-literal", "SEC-1"}, {"image-not-pinned", "SUP-4"},
            {"untrusted-registry", "SUP-4"}, {"image-unsigned", "BLD-3"}, {"automount-token", "IAM-1"},
            {"default-service-account", "IAM-1"}};
        QCOMPARE(expected.size(), workloadCheckIds().size());
        std::map<std::string, const RuleInfo *> rules;
        for (const RuleInfo &r : workloadPostureRules())
            QVERIFY2(rules.emplace(r.key, &r).second, r.key.c_str());
        QCOMPARE(rules.size(), workloadCheckIds().size() + 4);
        for (const auto &[id, control] : expected) {
            QCOMPARE(std::string(controlForWorkloadCheck(id)), control);
            const std::string key = "bulkhead/k8s-" + id;
            QVERIFY2(rules.count(key), key.c_str());
            const RuleInfo &rule = *rules[key];
            QVERIFY(rule.hasMetadata && !rule.title.empty() && rule.description.size() > 150);
            QVERIFY(rule.references.starts_with("https://"));
            QCOMPARE(rule.kind, id == "secret-env-literal" ? FindingKind::Secret : FindingKind::Misconfiguration);
            QCOMPARE(std::string(controlForRule(rule.kind, key, rule.title)), control);
            QCOMPARE(std::string(controlForRule(FindingKind::Misconfiguration, key, "")), control);
        }
        for (const char *key : {clusterrule::kNoNetworkPolicy, clusterrule::kNoDefaultDenyIngress,
                                clusterrule::kNoDefaultDenyEgress}) {
            QVERIFY(rules.count(key));
            QCOMPARE(std::string(controlForRule(FindingKind::Misconfiguration, key, "")), std::string("RUN-3"));
        }
        QVERIFY(rules.count(clusterrule::kInsecureTls));
        QCOMPARE(std::string(controlForRule(FindingKind::Misconfiguration, clusterrule::kInsecureTls, "")),
                 std::string("SEC-4"));
        QCOMPARE(std::string(controlForKubeRule("bulkhead/k8s-nonsense")), std::string());
        QCOMPARE(std::string(controlForWorkloadCheck("nonsense")), std::string());
    }

    // ---- the k9s fixtures ----------------------------------------------------------------

    void fixturePod()
    {
        BULKHEAD_REQUIRE_FIXTURE("k9s/po.json");
        const QJsonObject fixture = fixtureObject("k9s/po.json");
        const QJsonObject meta = fixture.value("metadata").toObject();
        const QJsonObject spec = fixture.value("spec").toObject();
        const QJsonObject c0 = spec.value("containers").toArray().at(0).toObject();
        const QString imageId = fixture.value("status").toObject().value("containerStatuses").toArray().at(0).toObject()
                                    .value("imageID").toString();

        const KubeWorkload w = evaluate(jsonFixture("k9s/po.json"), WorkloadCheckContext{});
        QCOMPARE(w.kind, std::string("Pod"));
        QCOMPARE(w.name, str(meta.value("name")));
        QCOMPARE(w.nameSpace, str(meta.value("namespace")));
        QCOMPARE(w.uid, str(meta.value("uid")));
        QCOMPARE(w.createdAt, QDateTime::fromString(meta.value("creationTimestamp").toString(), Qt::ISODate).toSecsSinceEpoch());
        QCOMPARE(w.serviceAccount, str(spec.value("serviceAccountName")));
        QCOMPARE(w.pods, 1);
        QCOMPARE(w.containers, int(spec.value("containers").toArray().size() + spec.value("initContainers").toArray().size()));
        QCOMPARE(w.images, std::vector<std::string>{str(c0.value("image"))});
        QCOMPARE(w.imageDigests, std::vector<std::string>{imageId.mid(imageId.indexOf('@') + 1).toStdString()});

        // nginx:alpine with an empty securityContext, the default service account, no host access.
        const std::map<std::string, CheckState> outcomes{
            {"privileged", CheckState::Pass},
            {"privilege-escalation", CheckState::Fail},
            {"capabilities-not-dropped", CheckState::Fail},
            {"dangerous-capabilities", CheckState::Pass},
            {"run-as-root", CheckState::Fail},
            {"writable-root-fs", CheckState::Fail},
            {"no-seccomp", CheckState::Fail},
            {"no-apparmor", CheckState::Fail},
            {"host-namespaces", CheckState::Pass},
            {"host-path", CheckState::Pass},
            {"secret-env-ref", CheckState::NotApplicable},
            {"secret-env-literal", CheckState::Pass},
            {"image-not-pinned", CheckState::Fail},
            {"untrusted-registry", CheckState::NotApplicable}, // no trusted list
            {"image-unsigned", CheckState::NotAssessed},      // no registry knowledge
            {"automount-token", CheckState::NotAssessed},     // bindings not collected
            {"default-service-account", CheckState::Fail},
        };
        QCOMPARE(w.checks.size(), outcomes.size());
        for (const WorkloadCheckResult &r : w.checks)
            QVERIFY2(r.state == outcomes.at(r.check), (r.check + ": " + checkStateName(r.state)).c_str());
        const WorkloadCheckResult *tag = findResult(w, "image-not-pinned", "spec.containers[0].image");
        QVERIFY(tag && tag->severity == Severity::Low);
        QVERIFY(findResult(w, "run-as-root", "spec.containers[0].securityContext.runAsNonRoot"));
        QVERIFY(findResult(w, "default-service-account", "spec.serviceAccountName"));
    }

    void fixturePodWithSidecar()
    {
        BULKHEAD_REQUIRE_FIXTURE("k9s/po_sidecar.json");
        const QJsonObject spec = fixtureObject("k9s/po_sidecar.json").value("spec").toObject();
        const QStringList paths = containerPaths(spec, "spec");
        QSet<QString> images;
        for (const char *field : {"containers", "initContainers"}) {
            for (const QJsonValue &c : spec.value(field).toArray())
                images.insert(c.toObject().value("image").toString());
        }

        const KubeWorkload w = evaluate(jsonFixture("k9s/po_sidecar.json"), WorkloadCheckContext{});
        QCOMPARE(w.containers, int(paths.size()));
        QCOMPARE(w.images.size(), std::size_t(images.size()));
        for (std::string_view check : workloadCheckIds()) {
            const auto results = resultsOf(w, check);
            QCOMPARE(results.size(), kPodLevel.count(check) ? std::size_t(1) : std::size_t(paths.size()));
        }
        // istio/base: no tag, no digest, on every container including the restartable init sidecar.
        for (const QString &path : paths) {
            const WorkloadCheckResult *r = findResult(w, "image-not-pinned", (path + ".image").toStdString());
            QVERIFY2(r != nullptr, qPrintable(path));
            QCOMPARE(r->state, CheckState::Fail);
            QCOMPARE(r->severity, Severity::Medium);
        }
        QCOMPARE(findResult(w, "default-service-account", "spec.serviceAccountName")->state, CheckState::Fail);
        // A projected service account token is no hostPath and no secret in the environment.
        QCOMPARE(resultsOf(w, "host-path").front()->state, CheckState::Pass);
    }

    void fixtureDeployment()
    {
        BULKHEAD_REQUIRE_FIXTURE("k9s/dp.json");
        const QJsonObject fixture = fixtureObject("k9s/dp.json");
        const QJsonObject spec = fixture.value("spec").toObject().value("template").toObject().value("spec").toObject();
        const QJsonArray env = spec.value("containers").toArray().at(0).toObject().value("env").toArray();
        QStringList secretVars;
        int firstRef = -1;
        for (int i = 0; i < env.size(); ++i) {
            if (env.at(i).toObject().value("valueFrom").toObject().contains("secretKeyRef")) {
                secretVars << env.at(i).toObject().value("name").toString();
                if (firstRef < 0)
                    firstRef = i;
            }
        }
        QVERIFY(firstRef >= 0);

        const KubeWorkload w = evaluate(jsonFixture("k9s/dp.json"), makeContext({}));
        QCOMPARE(w.kind, std::string("Deployment"));
        QCOMPARE(w.nameSpace, str(fixture.value("metadata").toObject().value("namespace")));
        QCOMPARE(w.serviceAccount, std::string()); // none set: the default account
        const WorkloadCheckResult *ref = findResult(
            w, "secret-env-ref",
            "spec.template.spec.containers[0].env[" + std::to_string(firstRef) + "].valueFrom.secretKeyRef");
        QVERIFY2(ref != nullptr, describe(w).c_str());
        QCOMPARE(ref->state, CheckState::Fail);
        QCOMPARE(ref->severity, Severity::Low);
        QCOMPARE(ref->control, std::string("SEC-5"));
        for (const QString &name : secretVars)
            QVERIFY2(ref->message.find(name.toStdString()) != std::string::npos, ref->message.c_str());
        QCOMPARE(resultsOf(w, "secret-env-literal").front()->state, CheckState::Pass);
        QCOMPARE(findResult(w, "default-service-account", "spec.template.spec.serviceAccountName")->state, CheckState::Fail);
        // postgres:9.2-alpine comes from Docker Hub, outside the trusted list of the context.
        QCOMPARE(findResult(w, "untrusted-registry", "spec.template.spec.containers[0].image")->state, CheckState::Fail);
    }

    void fixtureDaemonSet()
    {
        BULKHEAD_REQUIRE_FIXTURE("k9s/ds.json");
        const QJsonObject spec
            = fixtureObject("k9s/ds.json").value("spec").toObject().value("template").toObject().value("spec").toObject();
        std::vector<std::pair<std::string, std::string>> hostPaths; // path in the spec, node path
        const QJsonArray volumes = spec.value("volumes").toArray();
        for (int i = 0; i < volumes.size(); ++i) {
            const QJsonObject hp = volumes.at(i).toObject().value("hostPath").toObject();
            if (!hp.isEmpty())
                hostPaths.emplace_back("spec.template.spec.volumes[" + std::to_string(i) + "].hostPath.path",
                                       str(hp.value("path")));
        }
        QVERIFY(!hostPaths.empty());

        ContextKnobs knobs;
        knobs.trusted = {"gcr.io"};
        const KubeWorkload w = evaluate(jsonFixture("k9s/ds.json"), makeContext(knobs));
        QCOMPARE(w.kind, std::string("DaemonSet"));
        QCOMPARE(w.containers, int(spec.value("containers").toArray().size()));
        QCOMPARE(w.serviceAccount, str(spec.value("serviceAccountName")));

        const auto network = resultsOf(w, "host-namespaces");
        QCOMPARE(network.size(), std::size_t(spec.value("hostNetwork").toBool() + spec.value("hostPID").toBool()
                                             + spec.value("hostIPC").toBool()));
        QCOMPARE(network.front()->path, std::string("spec.template.spec.hostNetwork"));
        QCOMPARE(network.front()->state, CheckState::Fail);

        const auto mounts = resultsOf(w, "host-path");
        QCOMPARE(mounts.size(), hostPaths.size());
        for (std::size_t i = 0; i < mounts.size(); ++i) {
            QCOMPARE(mounts[i]->path, hostPaths[i].first);
            QVERIFY(mounts[i]->message.find(hostPaths[i].second) != std::string::npos);
        }
        // /var/log is node data; /var/lib/docker/containers is the container runtime's state.
        QCOMPARE(mounts[0]->severity, Severity::Medium);
        QCOMPARE(mounts[1]->severity, Severity::High);

        // The literal STACKDRIVER_METADATA_AGENT_URL is no secret; fieldRef values are no secrets.
        for (const WorkloadCheckResult *r : resultsOf(w, "secret-env-literal"))
            QCOMPARE(r->state, CheckState::Pass);
        QCOMPARE(findResult(w, "default-service-account", "spec.template.spec.serviceAccountName")->state,
                 CheckState::Pass);
        // gcr.io is trusted; k8s.gcr.io is another host.
        QCOMPARE(findResult(w, "untrusted-registry", "spec.template.spec.containers[0].image")->state, CheckState::Pass);
        QCOMPARE(findResult(w, "untrusted-registry", "spec.template.spec.containers[1].image")->state, CheckState::Fail);
    }

    void manyWorkloads()
    {
        // A generated cluster's worth of pods: every one yields every check (no timing here: bench/).
        const WorkloadCheckContext context = makeContext({});
        json pod = compliantPod();
        pod["spec"]["containers"].push_back(pod["spec"]["containers"][0]);
        pod["spec"]["containers"][1]["name"] = "proxy";
        std::size_t results = 0;
        for (int i = 0; i < 2000; ++i) {
            pod["metadata"]["name"] = "web-" + std::to_string(i);
            const auto w = evaluateWorkload(pod, context);
            QVERIFY(w);
            results += w->checks.size();
        }
        QCOMPARE(results, std::size_t(2000) * ((workloadCheckIds().size() - kPodLevel.size()) * 2 + kPodLevel.size()));
    }
};

QTEST_GUILESS_MAIN(TestWorkloadPosture)
#include "tst_workloadposture.moc"
