#include "rbac/rbacanalysis.h"

#include "kube/kubeworkload.h"
#include "rbac/bindingreview.h"
#include "rbac/rbacload.h"
#include "store/workloadrepository.h"

#include <algorithm>
#include <map>
#include <set>

namespace bulkhead {

namespace {

// The rows of rbac_bindings: each binding with the rules of its risks.
std::vector<RbacBindingRecord> bindingRecords(const RbacIndex &index, const std::vector<std::vector<int>> &risksOf,
                                              const std::vector<RbacRisk> &risks)
{
    std::vector<RbacBindingRecord> out;
    out.reserve(index.bindings().size());
    for (int b = 0; b < static_cast<int>(index.bindings().size()); ++b) {
        const RbacBinding &binding = index.bindings()[b];
        RbacBindingRecord r;
        r.clusterBinding = binding.clusterBinding;
        r.nameSpace = binding.nameSpace;
        r.name = binding.name;
        r.uid = binding.uid;
        r.roleRef = binding.roleRef;
        r.subjects = binding.subjects;
        r.fingerprint = bindingFingerprint(binding.roleRef, binding.subjects);
        r.createdAt = binding.createdAt;
        std::set<std::string> rules;
        for (int i : risksOf[b]) {
            rules.insert(risks[i].rule);
            r.worst = std::max(r.worst, risks[i].severity);
        }
        r.riskRules.assign(rules.begin(), rules.end());
        r.bootstrap = binding.bootstrap;
        r.roleExists = index.roleOf(b) >= 0;
        out.push_back(std::move(r));
    }
    return out;
}

const std::vector<std::string> kNoGroups;

// The rows of rbac_subjects: bindings that apply (through implicit groups too), the risks that
// reach the subject, and for service accounts whether they exist and which workloads carry them.
std::vector<RbacSubjectRecord> subjectRecords(const RbacIndex &index, const std::vector<std::vector<int>> &risksOf,
                                              const std::vector<RbacRisk> &risks)
{
    std::map<RbacSubject, int> tokens; // service account -> running workloads with its token mounted
    for (const RbacWorkload &w : index.objects().workloads) {
        if (w.tokenMounted)
            ++tokens[{SubjectKind::ServiceAccount, w.serviceAccount.empty() ? "default" : w.serviceAccount, w.nameSpace}];
    }
    std::vector<RbacSubjectRecord> out;
    out.reserve(index.subjects().size());
    for (const RbacSubject &subject : index.subjects()) {
        RbacSubjectRecord r;
        r.subject = subject;
        const std::vector<int> bindings = index.bindingsOf(subject);
        const std::vector<std::string> groups = RbacIndex::implicitGroups(subject);
        r.bindings = static_cast<int>(bindings.size());
        std::set<std::string> rules;
        bool bootstrapOnly = !bindings.empty();
        for (int b : bindings) {
            bootstrapOnly = bootstrapOnly && index.bindings()[b].bootstrap;
            for (int i : risksOf[b]) {
                // A default binding reaches a subject only by naming it: through the implicit
                // groups every user and service account would carry the API server's own grants
                // (discovery for system:authenticated), which says nothing about this subject.
                if (!rbacRiskReaches(risks[i], subject, risks[i].bootstrap ? kNoGroups : groups))
                    continue;
                rules.insert(risks[i].rule);
                r.worst = std::max(r.worst, risks[i].severity);
            }
        }
        r.riskRules.assign(rules.begin(), rules.end());
        r.bootstrapOnly = bootstrapOnly;
        if (subject.kind == SubjectKind::ServiceAccount) {
            const auto it = tokens.find(subject);
            r.workloads = it == tokens.end() ? 0 : it->second;
        }
        const std::optional<bool> exists = index.serviceAccountExists(subject);
        r.exists = exists ? (*exists ? 1 : 0) : -1;
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

RbacAnalysis analyzeRbac(const std::vector<KubeObjectRecord> &objects, const std::vector<KubeWorkload> &workloads,
                         bool serviceAccountsListed)
{
    RbacAnalysis out;
    std::vector<RbacWorkload> running;
    running.reserve(workloads.size());
    for (const KubeWorkload &w : workloads)
        running.push_back(rbacWorkloadFromKube(w));
    out.index = std::make_unique<RbacIndex>(
        rbacObjectsFromRecords(objects, running, serviceAccountsListed, &out.errors));
    out.risks = evaluateRbacRisks(*out.index);
    out.riskyWorkloads = riskyWorkloads(*out.index, out.risks);

    std::vector<std::vector<int>> risksOf(out.index->bindings().size());
    for (int i = 0; i < static_cast<int>(out.risks.size()); ++i)
        risksOf[out.risks[i].binding].push_back(i);
    out.write.bindings = bindingRecords(*out.index, risksOf, out.risks);
    out.write.subjects = subjectRecords(*out.index, risksOf, out.risks);
    return out;
}

} // namespace bulkhead
