// Cluster collections as evidence: the workload check matrix (kube_workloads), namespace
// segmentation (kube_namespaces) and the agents found per cluster (kube_evidence). Only clusters
// whose newest complete or partial run listed what the control depends on count
// (ClusterScope::sourcesFor); the rest are named as not assessed.
#include "kube/workloadcheck.h"
#include "store/evidencegather.h"

#include <algorithm>

namespace bulkhead::evidence {

namespace {

// One measure over the check matrix of the live workloads.
struct CheckMeasure {
    explicit CheckMeasure(EvidenceMeasure m) : measure(std::move(m)) {}
    EvidenceMeasure measure;
    std::vector<std::string> checks; // workloadcheck ids; a workload fails when it fails any
    bool perServiceAccount = false;  // count service accounts whose workloads fail (IAM-4)
    bool secondary = false;          // only when some workload was checked: the control has another population
    std::string emptyReason;         // workloads exist but none was checked
    // The controls whose resource lists it needs: its own, and RUN-1's (every workload list names
    // RUN-1 in its coverage, so a failed pods or controller list shows there).
    std::vector<std::string> dependsOn() const { return {measure.control, "RUN-1"}; }
};

std::string quoted(const std::string &text)
{
    return "'" + text + "'"; // check ids are fixed lower-case words: nothing to escape
}

// State of check `id` in the workload's matrix: 0 pass, 1 fail (CheckState), NULL when absent.
std::string stateOf(const std::string &id)
{
    return "json_extract(w.checks, " + quoted("$.\"" + id + "\".s") + ")";
}

// A workload list that failed in a cluster the control's own coverage does not name (IAM-1's
// checks read the same pods as RUN-1's): one more not-assessed measure names it, so the control
// reads at best partial rather than passing on the other clusters alone.
void noteWorkloadGaps(const Context &c, const std::string &control, std::vector<EvidenceMeasure> &out)
{
    const auto workloadGaps = c.clusters.gaps.find("RUN-1");
    if (control == "RUN-1" || workloadGaps == c.clusters.gaps.end())
        return;
    const auto own = c.clusters.gaps.find(control);
    std::vector<std::string> texts;
    for (const CoverageGap &g : workloadGaps->second) {
        const auto sameText = [&](const CoverageGap &x) { return x.text == g.text; };
        const bool named =
            own != c.clusters.gaps.end() && std::any_of(own->second.begin(), own->second.end(), sameText);
        if (!named)
            texts.push_back(g.text);
    }
    if (texts.empty())
        return;
    EvidenceMeasure gap =
        makeMeasure(control, "workload-coverage", str(EvidenceText::tr("workload resources listed")), "clusters", "");
    setNotAssessed(gap, joinTexts(texts, "; "));
    out.push_back(std::move(gap));
}

void runChecks(const Context &c, CheckMeasure spec, std::vector<EvidenceMeasure> &out)
{
    EvidenceMeasure &m = spec.measure;
    const std::vector<std::string> dependsOn = spec.dependsOn();
    if (!c.clusters.anyFor(dependsOn)) {
        if (!spec.secondary) {
            setNotAssessed(m, c.clusters.missingReason(dependsOn));
            out.push_back(std::move(m));
        }
        return;
    }
    std::string checked, failing;
    for (const std::string &id : spec.checks) {
        checked += (checked.empty() ? "" : " OR ") + stateOf(id) + " IN (0, 1)";
        failing += std::string(failing.empty() ? "" : " OR ") + "instr(w.failing, " + quoted(" " + id + " ") + ") > 0";
    }
    checked = "(" + checked + ")";
    failing = "(" + failing + ")";
    // Workloads, checked, failing and each check's failing workloads in one pass; the row's
    // json_extract calls run once (materialized), not once per column that uses them.
    std::string flags, perCheck;
    for (std::size_t i = 0; i < spec.checks.size(); ++i) {
        const std::string column = "f" + std::to_string(i);
        flags += ", instr(w.failing, " + quoted(" " + spec.checks[i] + " ") + ") > 0 AS " + column;
        perCheck += ", coalesce(sum(k AND " + column + "), 0)";
    }
    const std::string from = " FROM " + liveWorkloads(c.clusters.sourcesFor(dependsOn)) + " w";

    std::int64_t workloads = 0;
    std::vector<std::int64_t> failingByCheck(spec.checks.size(), 0);
    {
        SqliteStatement st = c.db.prepare("WITH m AS MATERIALIZED (SELECT " + checked + " AS k, " + failing + " AS f"
                                          + flags + from + ") SELECT count(*), coalesce(sum(k), 0), "
                                          "coalesce(sum(k AND f), 0)" + perCheck + " FROM m");
        if (st.step()) {
            workloads = st.int64(0);
            m.checked = st.int64(1);
            m.failing = st.int64(2);
            for (std::size_t i = 0; i < spec.checks.size(); ++i)
                failingByCheck[i] = st.int64(static_cast<int>(i) + 3);
        }
    }
    if (spec.perServiceAccount) {
        SqliteStatement st = c.db.prepare("SELECT count(*), coalesce(sum(f), 0) FROM (SELECT max(" + checked
                                          + ") AS k, max(" + failing + ") AS f" + from
                                          + " GROUP BY w.source_id, w.namespace, "
                                            "coalesce(w.service_account, 'default')) WHERE k");
        readCounts(st, m);
    }
    if (m.checked == 0) {
        if (spec.secondary)
            return;
        setNotAssessed(m, workloads == 0 ? str(EvidenceText::tr("no workload found in the collected clusters"))
                          : spec.emptyReason.empty()
                              ? str(EvidenceText::tr("the check applied to none of the %n workloads", nullptr,
                                                     static_cast<int>(workloads)))
                              : spec.emptyReason);
        out.push_back(std::move(m));
        return;
    }
    m.assessed = true;
    noteWorkloadGaps(c, m.control, out);

    // The link goes to the check failing most often; the detail names each check's count.
    std::size_t most = 0;
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < spec.checks.size(); ++i) {
        if (failingByCheck[i] > failingByCheck[most])
            most = i;
        if (spec.checks.size() > 1 && failingByCheck[i] > 0)
            parts.push_back(spec.checks[i] + " " + std::to_string(failingByCheck[i]));
    }
    m.link = {"workloads", "check=" + spec.checks[most]};
    if (!parts.empty())
        m.detail = str(EvidenceText::tr("Workloads failing each check: %1.").arg(QString::fromStdString(joinTexts(parts, ", "))));

    if (m.failing > 0) {
        const std::string sql = spec.perServiceAccount
            ? "SELECT w.cluster, w.namespace, coalesce(w.service_account, 'default'), max(w.worst) AS s" + from
                + " WHERE " + failing + " GROUP BY w.source_id, w.namespace, coalesce(w.service_account, 'default') "
                  "ORDER BY s DESC, w.cluster, w.namespace, 3 LIMIT 5"
            : "SELECT w.cluster, w.namespace, w.kind || '/' || w.name" + from + " WHERE " + failing
                + " ORDER BY w.worst DESC, w.failed_checks DESC, w.cluster, w.namespace, w.name LIMIT 5";
        SqliteStatement ex = c.db.prepare(sql);
        while (ex.step())
            m.examples.push_back(ex.text(0) + "/" + ex.text(1) + "/" + (spec.perServiceAccount ? "ServiceAccount/" : "")
                                 + ex.text(2));
    }
    out.push_back(std::move(m));
}

void workloadChecks(const Context &c, std::vector<EvidenceMeasure> &out)
{
    namespace wc = workloadcheck;
    auto spec = [](const char *control, const char *id, const QString &label, const char *failingAs,
                   std::vector<std::string> checks) {
        CheckMeasure s{makeMeasure(control, id, str(label), "workloads", failingAs)};
        s.checks = std::move(checks);
        return s;
    };
    runChecks(c, spec("RUN-1", "workloads-least-privilege",
                      EvidenceText::tr("workloads without privileged mode, privilege escalation, extra capabilities or "
                                       "host access"),
                      "over-privileged",
                      {wc::kPrivileged, wc::kPrivilegeEscalation, wc::kCapabilitiesNotDropped,
                       wc::kDangerousCapabilities, wc::kHostNamespaces, wc::kHostPath}),
              out);
    runChecks(c, spec("RUN-2", "workloads-read-only-root", EvidenceText::tr("workloads with a read-only root filesystem"),
                      "with a writable root filesystem", {wc::kWritableRootFs}),
              out);
    runChecks(c, spec("RUN-5", "workloads-confined", EvidenceText::tr("workloads with a seccomp and AppArmor profile"),
                      "without a seccomp or AppArmor profile", {wc::kNoSeccomp, wc::kNoAppArmor}),
              out);
    runChecks(c, spec("IAM-3", "workloads-non-root", EvidenceText::tr("workloads that cannot run as root"), "allowed to run as root",
                      {wc::kRunAsRoot}),
              out);
    CheckMeasure iam4{makeMeasure("IAM-4", "service-accounts-capabilities",
                                  str(EvidenceText::tr("service accounts whose workloads drop all capabilities and add "
                                                       "none dangerous")),
                                  "service accounts", "with workloads keeping capabilities")};
    iam4.checks = {wc::kCapabilitiesNotDropped, wc::kDangerousCapabilities};
    iam4.perServiceAccount = true;
    runChecks(c, iam4, out);
    runChecks(c, spec("SEC-5", "workloads-secret-volumes",
                      EvidenceText::tr("workloads receiving secrets as volumes, not environment variables"),
                      "taking secrets from environment variables", {wc::kSecretEnvRef}),
              out);
    runChecks(c, spec("SEC-1", "workloads-no-literal-secrets",
                      EvidenceText::tr("workloads without secret-looking literal environment values"),
                      "with secret-looking literal values", {wc::kSecretEnvLiteral}),
              out);
    CheckMeasure sup4 = spec("SUP-4", "workloads-trusted-registries",
                             EvidenceText::tr("workloads running images from trusted registries"),
                             "running images from untrusted registries", {wc::kUntrustedRegistry});
    sup4.emptyReason = str(EvidenceText::tr("no trusted registry list is configured (Settings), so the check does not apply"));
    runChecks(c, sup4, out);
    runChecks(c, spec("IAM-1", "workloads-service-account-tokens",
                      EvidenceText::tr("workloads with their own service account and no automounted token they do not need"),
                      "using the default service account or an automounted token",
                      {wc::kAutomountToken, wc::kDefaultServiceAccount}),
              out);
    // Deploy-time evidence for BLD-3 when the registry knows the running images' signatures.
    CheckMeasure bld3 = spec("BLD-3", "workloads-images-verified",
                             EvidenceText::tr("workloads running signed and verified images"),
                             "running images not signed and verified", {wc::kImageUnsigned});
    bld3.secondary = true;
    runChecks(c, bld3, out);
}

// RUN-3: every namespace has a NetworkPolicy with default-deny ingress and egress.
void namespaces(const Context &c, std::vector<EvidenceMeasure> &out)
{
    EvidenceMeasure m = makeMeasure("RUN-3", "namespaces-segmented",
                                    str(EvidenceText::tr("namespaces with NetworkPolicies denying ingress and egress by default")),
                                    "namespaces", "not segmented");
    if (!c.clusters.anyFor("RUN-3")) {
        setNotAssessed(m, c.clusters.missingReason("RUN-3"));
        out.push_back(std::move(m));
        return;
    }
    const std::string sources = c.clusters.sourcesFor("RUN-3");
    // A cluster whose NetworkPolicies were not collected says nothing about its namespaces.
    std::vector<std::string> unlisted;
    {
        SqliteStatement st = c.db.prepare("SELECT DISTINCT cluster FROM kube_namespaces WHERE source_id IN " + sources
                                          + " AND policies_assessed = 0 ORDER BY cluster");
        while (st.step())
            unlisted.push_back(str(EvidenceText::tr("NetworkPolicies were not listed in cluster %1").arg(QString::fromStdString(st.text(0)))));
    }
    const std::string from = " FROM kube_namespaces WHERE source_id IN " + sources + " AND policies_assessed = 1";
    const std::string failing = "(network_policies = 0 OR default_deny_ingress = 0 OR default_deny_egress = 0)";
    SqliteStatement st = c.db.prepare("SELECT count(*), coalesce(sum(" + failing + "), 0), "
                                      "coalesce(sum(network_policies = 0), 0), "
                                      "coalesce(sum(default_deny_ingress = 0), 0), "
                                      "coalesce(sum(default_deny_egress = 0), 0)"
                                      + from);
    std::int64_t none = 0, noIngress = 0, noEgress = 0;
    if (st.step()) {
        m.checked = st.int64(0);
        m.failing = st.int64(1);
        none = st.int64(2);
        noIngress = st.int64(3);
        noEgress = st.int64(4);
    }
    const std::string nothing =
        unlisted.empty() ? str(EvidenceText::tr("no namespace found in the collected clusters")) : joinTexts(unlisted, "; ");
    if (emptyPopulation(m, nothing, out))
        return;
    if (m.failing > 0) {
        m.detail = str(EvidenceText::tr("%1 without any NetworkPolicy, %2 without default-deny ingress, %3 without "
                                        "default-deny egress.")
                           .arg(none)
                           .arg(noIngress)
                           .arg(noEgress));
        SqliteStatement ex = c.db.prepare("SELECT cluster, name, network_policies, default_deny_ingress" + from
                                          + " AND " + failing
                                          + " ORDER BY network_policies > 0, default_deny_ingress, workloads DESC, "
                                            "cluster, name LIMIT 5");
        while (ex.step()) {
            const QString why = ex.int64(2) == 0 ? EvidenceText::tr("no NetworkPolicy")
                : ex.int64(3) == 0               ? EvidenceText::tr("no default-deny ingress")
                                                 : EvidenceText::tr("no default-deny egress");
            // %1: cluster/namespace, %2: what it lacks.
            m.examples.push_back(
                str(EvidenceText::tr("%1 (%2)", "namespace (what it lacks)").arg(QString::fromStdString(ex.text(0) + "/" + ex.text(1)), why)));
        }
    }
    out.push_back(std::move(m));
    if (!unlisted.empty()) {
        EvidenceMeasure gap =
            makeMeasure("RUN-3", "namespace-policies-listed", str(EvidenceText::tr("NetworkPolicies listed")), "clusters", "");
        setNotAssessed(gap, joinTexts(unlisted, "; "));
        out.push_back(std::move(gap));
    }
}

// RUN-4, RUN-6, SEC-2, INC-1: each collected cluster runs a known agent for the control.
void agents(const Context &c, std::vector<EvidenceMeasure> &out)
{
    struct Agent {
        const char *control, *evidenceControl, *id;
        QString label;
        const char *failingAs;
    };
    // A log/metrics agent (RUN-6) is also the evidence for central logging and alerting (INC-1).
    const Agent specs[] = {
        {"RUN-4", "RUN-4", "clusters-runtime-agent", EvidenceText::tr("clusters running a runtime-security agent"),
         "without a runtime-security agent"},
        {"RUN-6", "RUN-6", "clusters-log-agent", EvidenceText::tr("clusters running a log or metrics agent"),
         "without a log or metrics agent"},
        {"SEC-2", "SEC-2", "clusters-secret-store",
         EvidenceText::tr("clusters using a secret store (external-secrets, CSI, Vault)"),
         "without a secret store"},
        {"INC-1", "RUN-6", "clusters-log-agent", EvidenceText::tr("clusters shipping logs and metrics centrally"),
         "without a log or metrics agent"},
    };
    for (const Agent &a : specs) {
        EvidenceMeasure m = makeMeasure(a.control, a.id, str(a.label), "clusters", a.failingAs);
        if (!c.clusters.anyFor(a.control)) {
            setNotAssessed(m, c.clusters.missingReason(a.control));
            out.push_back(std::move(m));
            continue;
        }
        const std::string sources = c.clusters.sourcesFor(a.control);
        const std::string has = "EXISTS (SELECT 1 FROM kube_evidence e WHERE e.source_id = s.id AND e.control = ?1)";
        SqliteStatement st = c.db.prepare("SELECT s.name, " + has + " FROM sources s WHERE s.id IN " + sources
                                          + " ORDER BY s.name");
        st.bind(1, std::string_view(a.evidenceControl));
        while (st.step()) {
            ++m.checked;
            if (st.int64(1) == 0) {
                ++m.failing;
                if (m.examples.size() < 5)
                    m.examples.push_back(st.text(0));
            }
        }
        m.assessed = m.checked > 0;
        SqliteStatement found = c.db.prepare("SELECT cluster, agent FROM kube_evidence WHERE source_id IN " + sources
                                             + " AND control = ?1 GROUP BY cluster, agent ORDER BY cluster, agent");
        found.bind(1, std::string_view(a.evidenceControl));
        std::vector<std::string> parts;
        while (found.step())
            parts.push_back(str(EvidenceText::tr("%1 in %2", "an agent in a cluster")
                                    .arg(QString::fromStdString(found.text(1)), QString::fromStdString(found.text(0)))));
        if (!parts.empty())
            m.detail = str(EvidenceText::tr("Found: %1.").arg(QString::fromStdString(joinTexts(parts, ", "))));
        out.push_back(std::move(m));
    }
}

} // namespace

void gatherCluster(const Context &c, std::vector<EvidenceMeasure> &out)
{
    workloadChecks(c, out);
    namespaces(c, out);
    agents(c, out);
}

} // namespace bulkhead::evidence
