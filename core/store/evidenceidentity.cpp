// RBAC as evidence: risky bindings (IAM-1), binding reviews (IAM-2, computed by RbacRepository
// exactly as the RBAC view shows them) and the subjects that can read secrets (SEC-4), from each
// cluster's newest RBAC analysis.
#include "rbac/rbacrisk.h"
#include "store/evidencegather.h"
#include "store/rbacrepository.h"

namespace bulkhead::evidence {

namespace {

// "prod: ClusterRoleBinding/admins", "prod: RoleBinding shop/deployer".
std::string bindingLabel(const std::string &cluster, const std::string &kind, const std::string &nameSpace,
                         const std::string &name)
{
    return cluster + ": " + kind + (nameSpace.empty() ? "/" : " " + nameSpace + "/") + name;
}

// The clusters of `sources` that have an RBAC analysis, by name.
std::vector<std::string> analysedClusters(const Context &c, const std::string &sources)
{
    std::vector<std::string> out;
    SqliteStatement st =
        c.db.prepare("SELECT cluster FROM rbac_analyses WHERE source_id IN " + sources + " ORDER BY cluster");
    while (st.step())
        out.push_back(st.text(0));
    return out;
}

// Not assessed when no cluster (or no analysis) covers `m.control`; returns the source list otherwise.
bool scope(const Context &c, EvidenceMeasure &m, std::string &sources, std::vector<EvidenceMeasure> &out)
{
    if (!c.clusters.anyFor(m.control)) {
        setNotAssessed(m, c.clusters.missingReason(m.control));
        out.push_back(std::move(m));
        return false;
    }
    sources = c.clusters.sourcesFor(m.control);
    if (analysedClusters(c, sources).empty()) {
        setNotAssessed(m, str(EvidenceText::tr("no RBAC analysis in the collected clusters")));
        out.push_back(std::move(m));
        return false;
    }
    return true;
}

void riskyBindings(const Context &c, std::vector<EvidenceMeasure> &out)
{
    EvidenceMeasure m = makeMeasure("IAM-1", "bindings-least-privilege",
                                    str(EvidenceText::tr("role bindings granting no risky permission")), "bindings", "risky");
    std::string sources;
    if (!scope(c, m, sources, out))
        return;
    // The API server's own bootstrap bindings are not the team's to change.
    const std::string from = " FROM rbac_bindings WHERE source_id IN " + sources + " AND bootstrap = 0";
    SqliteStatement st = c.db.prepare("SELECT count(*), coalesce(sum(risk_count > 0), 0)" + from);
    readCounts(st, m);
    m.link = {"rbac", ""};
    if (emptyPopulation(m, str(EvidenceText::tr("no role binding besides the API server's bootstrap bindings")), out))
        return;
    SqliteStatement ex = c.db.prepare("SELECT cluster, kind, namespace, name, trim(risk_rules)" + from
                                      + " AND risk_count > 0 ORDER BY worst DESC, risk_count DESC, cluster, namespace, "
                                        "name LIMIT 5");
    while (ex.step()) {
        const std::string rules = ex.text(4);
        const std::string first = rules.substr(0, rules.find(' '));
        if (m.link.filter.empty())
            m.link.filter = "risk=" + first;
        m.examples.push_back(bindingLabel(ex.text(0), ex.text(1), ex.text(2), ex.text(3)) + " (" + first + ")");
    }
    out.push_back(std::move(m));
}

void reviews(const Context &c, std::vector<EvidenceMeasure> &out)
{
    ReviewPolicy policy = c.settings.review;
    policy.now = c.now;
    EvidenceMeasure m = makeMeasure("IAM-2", "bindings-reviewed",
                                    str(EvidenceText::tr("role bindings reviewed within %n days (%1 for high-risk ones)",
                                                         nullptr, policy.intervalDays)
                                            .arg(policy.highRiskIntervalDays)),
                                    "bindings", "needing review");
    std::string sources;
    if (!scope(c, m, sources, out))
        return;
    m.link = {"rbac", "review=overdue"};
    // RbacRepository computes review state (never reviewed, due, changed) the one way the RBAC view
    // shows it; its reads do not write, the const_cast only meets its constructor.
    RbacRepository rbac(const_cast<Database &>(c.db));
    ReviewSummary total;
    for (const std::string &cluster : analysedClusters(c, sources)) {
        const ReviewSummary s = rbac.reviewSummary(cluster, policy);
        total.bindings += s.bindings;
        total.current += s.current;
        total.due += s.due;
        total.neverReviewed += s.neverReviewed;
        total.changed += s.changed;
        if (m.examples.size() < 5 && s.bindings > s.current) {
            RbacBindingFilter filter;
            filter.cluster = cluster;
            filter.onlyNeedingReview = true;
            filter.hideBootstrap = true;
            const auto rows = rbac.bindings(filter, policy, RbacBindingSort::State, true, 0,
                                            static_cast<int>(5 - m.examples.size()));
            for (const RbacBindingRow &row : rows) {
                m.examples.push_back(bindingLabel(row.cluster,
                                                  row.binding.clusterBinding ? "ClusterRoleBinding" : "RoleBinding",
                                                  row.binding.nameSpace, row.binding.name)
                                     + " (" + reviewStateName(row.state) + ")");
            }
        }
    }
    m.checked = total.bindings;
    m.failing = total.bindings - total.current;
    if (emptyPopulation(m, str(EvidenceText::tr("no role binding besides the API server's bootstrap bindings")), out))
        return;
    if (m.failing > 0)
        m.detail = str(EvidenceText::tr("%1 never reviewed, %2 past their interval, %3 changed since their review.")
                           .arg(total.neverReviewed)
                           .arg(total.due)
                           .arg(total.changed));
    out.push_back(std::move(m));
}

void secretReaders(const Context &c, std::vector<EvidenceMeasure> &out)
{
    EvidenceMeasure m = makeMeasure("SEC-4", "subjects-reading-secrets",
                                    str(EvidenceText::tr("subjects that cannot read secrets")), "subjects",
                                    "able to read secrets");
    std::string sources;
    if (!scope(c, m, sources, out))
        return;
    const std::string risk = std::string(" ") + rbacrule::kSecretsRead + " ";
    m.link = {"rbac", std::string("risk=") + rbacrule::kSecretsRead};
    const std::string from = " FROM rbac_subjects WHERE source_id IN " + sources + " AND bootstrap_only = 0";
    SqliteStatement st = c.db.prepare("SELECT count(*), coalesce(sum(instr(risk_rules, ?1) > 0), 0)" + from);
    st.bind(1, std::string_view(risk));
    readCounts(st, m);
    if (emptyPopulation(m, str(EvidenceText::tr("no subject bound besides the API server's bootstrap bindings")), out))
        return;
    SqliteStatement ex = c.db.prepare("SELECT cluster, kind, namespace, name" + from
                                      + " AND instr(risk_rules, ?1) > 0 ORDER BY worst DESC, workloads DESC, cluster, "
                                        "kind, namespace, name LIMIT 5");
    ex.bind(1, std::string_view(risk));
    while (ex.step())
        m.examples.push_back(bindingLabel(ex.text(0), ex.text(1), ex.text(2), ex.text(3)));
    m.detail = str(EvidenceText::tr("Encryption in transit and at rest is not visible to Bulkhead: attest it."));
    out.push_back(std::move(m));
}

} // namespace

void gatherIdentity(const Context &c, std::vector<EvidenceMeasure> &out)
{
    riskyBindings(c, out);
    reviews(c, out);
    secretReaders(c, out);
}

} // namespace bulkhead::evidence
