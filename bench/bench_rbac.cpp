// bench_rbac [STORE]: the RBAC review benchmark of issue 6, on a generated large cluster
// (bench_rbac_generate.h: 40,000 RoleBindings, 700 ClusterRoleBindings, 1,400 Roles, 720
// ClusterRoles with aggregation, wildcard and risky rules, service accounts in 300 namespaces).
//
// Measures, in this process, through the code the collector, bulkheadctl and the RBAC page run:
//  (a) the full analysis: the objects' JSON -> analyzeRbac (RbacIndex, risks, risky workloads,
//      store rows) -> RbacRepository::writeAnalysis in one transaction (target <= 10 s);
//  (b) loading the graph back from the store: loadRbacObjects + RbacIndex (what `bulkheadctl
//      rbac who-can` and the RBAC page's worker do before answering);
//  (c) who-can over 240 varied questions: median and p95 (target median <= 50 ms);
//  (d) opening a subject: the permission matrix the page's worker builds for it
//      (buildPermissionMatrix of ui/rbac, plain C++: effectivePermissions + the resources x verbs
//      cells), cluster-wide and in its busiest namespace, median and worst (target <= 200 ms);
//  (e) the review queue's first page (bindings needing review, bootstrap hidden) and its count,
//      the subjects list's first page, and a bulk review of 1,000 bindings;
// and the peak RSS. It prints figures with the targets; it asserts nothing (not a test).
// STORE: where the SQLite store goes (default: a new file in $TMPDIR, removed at the end).
// Sizes: BENCH_ROLEBINDINGS, BENCH_CLUSTERROLEBINDINGS, BENCH_ROLES, BENCH_CLUSTERROLES,
// BENCH_NAMESPACES, BENCH_WORKLOADS, BENCH_SEED.
#include "bench_rbac_generate.h"
#include "benchmeasure.h"

#include "rbac/rbacanalysis.h"
#include "rbac/rbacload.h"
#include "sources/clustersourceconfig.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/rbacrepository.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"
#include "store/workloadrepository.h"

#include "rbac/permissionmatrix.h" // ui/rbac: what the RBAC page's worker builds for a subject

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

using namespace bulkhead;
using namespace bulkhead::bench;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

int envInt(const char *name, int fallback)
{
    const char *v = std::getenv(name);
    return v && std::atoi(v) > 0 ? std::atoi(v) : fallback;
}

struct Stats {
    double median = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)], v.back()};
}

// The questions of (c): verbs and resources people ask about (the risky ones among them), in a
// busy namespace, a quiet one, kube-system and cluster-wide.
std::vector<RbacRequest> whoCanQuestions(const std::vector<std::string> &namespaces)
{
    const std::vector<std::pair<std::string, std::string>> asks = {
        {"get", "pods"},          {"list", "secrets"},           {"create", "pods/exec"},
        {"create", "pods"},       {"delete", "deployments.apps"}, {"patch", "deployments.apps/scale"},
        {"get", "configmaps"},    {"watch", "services"},         {"create", "serviceaccounts/token"},
        {"update", "roles.rbac.authorization.k8s.io"},            {"bind", "clusterroles.rbac.authorization.k8s.io"},
        {"escalate", "roles.rbac.authorization.k8s.io"},          {"impersonate", "serviceaccounts"},
        {"get", "nodes/proxy"},   {"create", "persistentvolumes"}, {"list", "widgets.app0.example.io"},
        {"create", "cronjobs.batch"}, {"get", "pods/log"},       {"deletecollection", "events"},
        {"update", "certificatesigningrequests.certificates.k8s.io/approval"},
        {"create", "mutatingwebhookconfigurations.admissionregistration.k8s.io"},
        {"get", "leases.coordination.k8s.io"}, {"list", "ingresses.networking.k8s.io"}, {"get", "/healthz"}};
    const std::size_t n = namespaces.size();
    const std::vector<std::string> scopes = {namespaces[std::min<std::size_t>(1, n - 1)],
                                             namespaces[std::min<std::size_t>(2, n - 1)],
                                             namespaces[n / 2],
                                             namespaces[n - 1],
                                             "kube-system",
                                             "",
                                             namespaces[std::min<std::size_t>(7, n - 1)],
                                             namespaces[n / 3],
                                             namespaces[2 * n / 3],
                                             ""};
    std::vector<RbacRequest> out;
    for (const std::string &scope : scopes) {
        for (const auto &[verb, resource] : asks) {
            RbacRequest r;
            std::string error;
            if (!parseRbacResource(resource, r, &error)) {
                std::fprintf(stderr, "question %s %s: %s\n", verb.c_str(), resource.c_str(), error.c_str());
                continue;
            }
            r.verb = verb;
            if (r.nonResourceUrl.empty())
                r.nameSpace = scope;
            out.push_back(std::move(r));
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    bench::RbacClusterSpec spec;
    spec.roleBindings = envInt("BENCH_ROLEBINDINGS", spec.roleBindings);
    spec.clusterRoleBindings = envInt("BENCH_CLUSTERROLEBINDINGS", spec.clusterRoleBindings);
    spec.roles = envInt("BENCH_ROLES", spec.roles);
    spec.clusterRoles = envInt("BENCH_CLUSTERROLES", spec.clusterRoles);
    spec.namespaces = envInt("BENCH_NAMESPACES", spec.namespaces);
    spec.workloads = envInt("BENCH_WORKLOADS", spec.workloads);
    spec.seed = static_cast<unsigned long long>(envInt("BENCH_SEED", static_cast<int>(spec.seed)));
    const double targetAnalysisS = 10, targetWhoCanMs = 50, targetSubjectMs = 200;

    namespace fs = std::filesystem;
    const bool ownStore = argc < 2;
    const fs::path storePath = ownStore ? fs::temp_directory_path() / ("bench-rbac-" + std::to_string(getpid()) + ".db")
                                        : fs::path(argv[1]);
    std::printf("bench_rbac: load average %s at start; store %s\n", loadAverage().c_str(), storePath.c_str());

    auto t = Clock::now();
    bench::GeneratedRbac cluster = bench::generateRbacCluster(spec);
    std::printf("generated: %d RoleBindings, %d ClusterRoleBindings, %d Roles, %d ClusterRoles (%d aggregated), "
                "%d service accounts in %zu namespaces, %zu workloads; %d bootstrap objects; planted %d dangling "
                "subjects, %d dangling roleRefs; %.1f MB of JSON in %.2f s\n",
                spec.roleBindings, spec.clusterRoleBindings, spec.roles, spec.clusterRoles,
                cluster.aggregatedClusterRoles, cluster.serviceAccounts, cluster.namespaces.size(),
                cluster.workloads.size(), cluster.bootstrapObjects, cluster.danglingSubjects, cluster.danglingRoleRefs,
                double(cluster.jsonBytes) / 1e6, msSince(t) / 1000);

    double analysisS = 0, whoCanMedian = 0, subjectMedian = 0, subjectMax = 0, subjectScopeMax = 0;
    std::size_t questionCount = 0;
    try {
        std::error_code ignored;
        fs::remove(storePath, ignored);
        Database db = Database::open(storePath.string());
        ClusterSourceConfig source;
        source.name = "bench";
        source.context = "bench";
        const std::int64_t sourceId = SourceRepository(db).add(source);
        const std::int64_t now = 1800000000;

        // The collector's part, not in the target: the objects and workloads into kube_objects
        // and kube_workloads, RBAC kinds and service accounts marked as listed completely.
        t = Clock::now();
        {
            ClusterCollectionWrite write;
            write.sourceId = sourceId;
            write.runId = CollectionRunRepository(db).start(sourceId, now);
            write.now = now;
            write.cluster = source.name;
            write.workloadsComplete = true;
            write.objectKindsComplete = {"ServiceAccount", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"};
            for (const char *resource : {"serviceaccounts", "roles.rbac.authorization.k8s.io",
                                         "clusterroles.rbac.authorization.k8s.io", "rolebindings.rbac.authorization.k8s.io",
                                         "clusterrolebindings.rbac.authorization.k8s.io"})
                write.coverage.push_back({resource, "complete", 0, "", {"IAM-1", "IAM-2"}});
            write.workloads = cluster.workloads;
            write.objects = cluster.records;
            Transaction tx(db);
            WorkloadRepository(db).writeCollection(write);
            tx.commit();
        }
        std::printf("\nstore the objects (the collector's write, not in the target): %.2f s\n", msSince(t) / 1000);

        // (a) Full analysis.
        const auto analysisStart = Clock::now();
        const double analysisCpu = cpuMs();
        RbacAnalysis analysis = analyzeRbac(cluster.records, cluster.workloads, true);
        const double analyzeMs = msSince(analysisStart), analyzeCpu = cpuMs() - analysisCpu;
        t = Clock::now();
        analysis.write.sourceId = sourceId;
        analysis.write.now = now;
        analysis.write.cluster = source.name;
        {
            Transaction tx(db);
            RbacRepository(db).writeAnalysis(analysis.write);
            tx.commit();
        }
        const double writeMs = msSince(t), writeCpu = cpuMs() - analysisCpu - analyzeCpu;
        analysisS = msSince(analysisStart) / 1000;
        std::printf("(a) full analysis: wall %.2f s = analyzeRbac %.2f s (parse, index, aggregation, risks, rows) + "
                    "writeAnalysis %.2f s; CPU %.2f s = %.2f + %.2f s; %zu bindings, %zu subjects, %zu risks, %zu "
                    "risky workloads, %zu objects not read; RSS now %.0f MB\n",
                    analysisS, analyzeMs / 1000, writeMs / 1000, (analyzeCpu + writeCpu) / 1000, analyzeCpu / 1000,
                    writeCpu / 1000, analysis.write.bindings.size(),
                    analysis.write.subjects.size(), analysis.risks.size(), analysis.riskyWorkloads.size(),
                    analysis.errors.size(), currentRssMb());
        std::map<std::string, int> byRule;
        for (const RbacRisk &r : analysis.risks)
            ++byRule[r.rule];
        std::printf("    risks by rule:");
        for (const auto &[rule, count] : byRule)
            std::printf(" %s %d,", rule.c_str(), count);
        std::printf("\n");
        analysis = RbacAnalysis(); // what the collector lets go after its transaction
        cluster.records.clear();
        cluster.records.shrink_to_fit();

        // (b) The graph from the store.
        t = Clock::now();
        const double loadCpu = cpuMs();
        std::vector<std::string> errors;
        RbacObjects objects = loadRbacObjects(db, source.name, &errors);
        const double loadMs = msSince(t);
        t = Clock::now();
        const RbacIndex index(std::move(objects));
        const double indexMs = msSince(t);
        std::printf("(b) load from the store: wall %.2f s = loadRbacObjects %.2f s + RbacIndex %.2f s; CPU %.2f s; "
                    "%zu roles, %zu bindings, %zu subjects, %zu errors\n",
                    (loadMs + indexMs) / 1000, loadMs / 1000, indexMs / 1000, (cpuMs() - loadCpu) / 1000, index.roles().size(),
                    index.bindings().size(), index.subjects().size(), errors.size());

        // (c) who-can.
        const std::vector<RbacRequest> questions = whoCanQuestions(cluster.namespaces);
        questionCount = questions.size();
        std::vector<double> times;
        std::size_t answers = 0, mostAnswers = 0;
        std::string slowest;
        double slowestMs = 0;
        for (const RbacRequest &q : questions) {
            t = Clock::now();
            const std::vector<RbacGrantChain> chains = index.whoCan(q);
            const double ms = msSince(t);
            times.push_back(ms);
            answers += chains.size();
            mostAnswers = std::max(mostAnswers, chains.size());
            if (ms > slowestMs) {
                slowestMs = ms;
                slowest = describeRequest(q);
            }
        }
        const Stats whoCan = stats(times);
        whoCanMedian = whoCan.median;
        std::printf("(c) who-can, %zu questions: median %.2f ms, p95 %.2f ms, max %.2f ms (%s); %zu grant chains "
                    "in all, at most %zu for one question\n",
                    questions.size(), whoCan.median, whoCan.p95, whoCan.max, slowest.c_str(), answers, mostAnswers);
        // why: the same questions asked of the subjects who appear most.
        times.clear();
        for (std::size_t i = 0; i < questions.size(); ++i) {
            const RbacSubject &s = index.subjects()[(i * 7919) % index.subjects().size()];
            t = Clock::now();
            const RbacWhyAnswer a = index.why(s, questions[i]);
            times.push_back(msSince(t));
            answers += a.grants.size();
        }
        const Stats why = stats(times);
        std::printf("    why, %zu questions of as many subjects: median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                    questions.size(), why.median, why.p95, why.max);

        // (d) Opening a subject: the ten subjects with the most bindings (the worst case) and 40
        // spread over the list.
        std::vector<std::pair<std::size_t, std::size_t>> bySize; // bindings, subject index
        for (std::size_t i = 0; i < index.subjects().size(); ++i)
            bySize.emplace_back(index.bindingsOf(index.subjects()[i]).size(), i);
        std::sort(bySize.rbegin(), bySize.rend());
        std::vector<std::size_t> chosen;
        for (std::size_t i = 0; i < std::min<std::size_t>(10, bySize.size()); ++i)
            chosen.push_back(bySize[i].second);
        for (std::size_t i = 0; i < 40 && !index.subjects().empty(); ++i)
            chosen.push_back((i * 104729 + 13) % index.subjects().size());
        times.clear();
        std::vector<double> effectiveTimes, scopeTimes, openCpu, scopeCpu;
        std::size_t mostGrants = 0, mostRows = 0;
        std::string heaviest, slowestScope;
        for (std::size_t which : chosen) {
            const RbacSubject &s = index.subjects()[which];
            t = Clock::now();
            const std::vector<RbacGrant> grants = index.effectivePermissions(s);
            effectiveTimes.push_back(msSince(t));
            // What the page does when a subject is selected (RbacView, RbacQueryWorker::matrix):
            // the cluster-wide matrix, and when nothing is granted cluster-wide the matrix of the
            // first namespace with grants instead.
            t = Clock::now();
            double cpu = cpuMs();
            PermissionMatrix matrix = buildPermissionMatrix(index, s, "");
            if (matrix.grants.empty() && matrix.scopes.size() > 1)
                matrix = buildPermissionMatrix(index, s, matrix.scopes[1]);
            times.push_back(msSince(t));
            openCpu.push_back(cpuMs() - cpu);
            mostRows = std::max(mostRows, matrix.rows.size());
            // Then the user picks the namespace where it has the most grants (the largest matrix).
            std::map<std::string, int> perNs;
            for (const RbacGrant &g : grants)
                ++perNs[g.nameSpace];
            perNs.erase("");
            if (!perNs.empty()) {
                const auto busiest = std::max_element(perNs.begin(), perNs.end(),
                                                      [](const auto &a, const auto &b) { return a.second < b.second; });
                t = Clock::now();
                cpu = cpuMs();
                const PermissionMatrix nsMatrix = buildPermissionMatrix(index, s, busiest->first);
                scopeTimes.push_back(msSince(t));
                scopeCpu.push_back(cpuMs() - cpu);
                if (scopeTimes.back() >= stats(scopeTimes).max)
                    slowestScope = s.key() + " in " + busiest->first + " (" + std::to_string(nsMatrix.grants.size())
                        + " grants, " + std::to_string(nsMatrix.rows.size()) + " rows)";
                mostRows = std::max(mostRows, nsMatrix.rows.size());
            }
            if (grants.size() > mostGrants) {
                mostGrants = grants.size();
                heaviest = s.key() + " (" + std::to_string(index.bindingsOf(s).size()) + " bindings)";
            }
        }
        const Stats open = stats(times), effective = stats(effectiveTimes), scope = stats(scopeTimes);
        subjectMedian = open.median;
        subjectMax = open.max;
        std::printf("(d) open a subject as the page does (buildPermissionMatrix cluster-wide, or its first namespace), "
                    "%zu subjects: median %.2f ms, p95 %.2f ms, max %.2f ms (CPU max %.2f ms); effectivePermissions "
                    "alone median %.2f ms, max %.2f ms; most grants %zu: %s; largest matrix %zu rows\n",
                    chosen.size(), open.median, open.p95, open.max, stats(openCpu).max, effective.median,
                    effective.max, mostGrants, heaviest.c_str(), mostRows);
        std::printf("    then its busiest namespace, %zu subjects: median %.2f ms, p95 %.2f ms, max %.2f ms (CPU max "
                    "%.2f ms): %s\n",
                    scopeTimes.size(), scope.median, scope.p95, scope.max, stats(scopeCpu).max, slowestScope.c_str());
        subjectScopeMax = scope.max;

        // (e) Reviews: half the bindings reviewed 10 days ago (current), a quarter 120 days ago
        // (due), a quarter never; then the queue.
        RbacRepository repo(db);
        ReviewPolicy policy;
        policy.now = now;
        RbacBindingFilter all;
        all.cluster = source.name;
        std::vector<std::int64_t> ids;
        for (std::int64_t offset = 0;; offset += 5000) {
            const auto page = repo.bindings(all, policy, RbacBindingSort::Name, false, offset, 5000);
            for (const RbacBindingRow &r : page)
                ids.push_back(r.id);
            if (page.size() < 5000)
                break;
        }
        std::vector<std::int64_t> recent, old;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (i % 4 < 2)
                recent.push_back(ids[i]);
            else if (i % 4 == 2)
                old.push_back(ids[i]);
        }
        const std::vector<std::int64_t> bulk(recent.begin(), recent.begin() + std::min<std::size_t>(1000, recent.size()));
        t = Clock::now();
        repo.recordReviews(bulk, ReviewDecision::Keep, "bench", "quarterly review", now - 10 * 86400);
        const double bulkMs = msSince(t);
        repo.recordReviews(std::vector<std::int64_t>(recent.begin() + static_cast<long>(bulk.size()), recent.end()),
                           ReviewDecision::Keep, "bench", "quarterly review", now - 10 * 86400);
        repo.recordReviews(old, ReviewDecision::Reduce, "bench", "drop write access", now - 120 * 86400);

        RbacBindingFilter queue;
        queue.cluster = source.name;
        queue.hideBootstrap = true;
        queue.onlyNeedingReview = true;
        std::vector<double> pageTimes, countTimes, riskTimes, subjectTimes, pageCpu, countCpu;
        std::int64_t queued = 0, subjectCount = 0;
        for (int i = 0; i < 7; ++i) {
            t = Clock::now();
            double cpu = cpuMs();
            const auto page = repo.bindings(queue, policy, RbacBindingSort::Due, false, 0, 100);
            pageTimes.push_back(msSince(t));
            pageCpu.push_back(cpuMs() - cpu);
            t = Clock::now();
            cpu = cpuMs();
            queued = repo.countBindings(queue, policy);
            countTimes.push_back(msSince(t));
            countCpu.push_back(cpuMs() - cpu);
            t = Clock::now();
            const auto risky = repo.bindings(queue, policy, RbacBindingSort::Risk, true, 0, 100);
            riskTimes.push_back(msSince(t));
            RbacSubjectFilter subjects;
            subjects.cluster = source.name;
            subjects.hideBootstrap = true;
            t = Clock::now();
            const auto subjectPage = repo.subjects(subjects, policy, RbacSubjectSort::Risk, true, 0, 100);
            subjectCount = repo.countSubjects(subjects);
            subjectTimes.push_back(msSince(t));
        }
        std::printf("(e) reviews: %zu bindings; bulk review of %zu bindings %.1f ms; review queue (needing review, "
                    "bootstrap hidden, by due date) first 100: median %.1f ms (CPU %.1f), countBindings %.1f ms (CPU %.1f; "
                    "%lld queued); "
                    "by risk: %.1f ms; subjects list first 100 by risk + count: %.1f ms (%lld subjects)\n",
                    ids.size(), bulk.size(), bulkMs, stats(pageTimes).median, stats(pageCpu).median,
                    stats(countTimes).median, stats(countCpu).median,
                    static_cast<long long>(queued), stats(riskTimes).median, stats(subjectTimes).median,
                    static_cast<long long>(subjectCount));
    } catch (const StoreError &e) {
        std::fprintf(stderr, "store error: %s\n", e.what());
        return 1;
    }
    const double peak = peakRssMb();
    std::printf("peak RSS %.0f MB; load average %s at the end\n", peak, loadAverage().c_str());
    if (ownStore) {
        std::error_code ignored;
        for (const char *suffix : {"", "-wal", "-shm"})
            fs::remove(storePath.string() + suffix, ignored);
    }

    std::printf("\n| target | limit | measured |\n| --- | --- | --- |\n");
    std::printf("| full analysis (JSON -> index -> risks -> store) | <= %.0f s | %.2f s |\n", targetAnalysisS, analysisS);
    std::printf("| who-can, median of %zu questions | <= %.0f ms | %.2f ms |\n", questionCount, targetWhoCanMs,
                whoCanMedian);
    std::printf("| open a subject, median (max) | <= %.0f ms | %.2f ms (%.2f ms) |\n", targetSubjectMs, subjectMedian,
                subjectMax);
    std::printf("| switch its matrix to its busiest namespace, max | (<= %.0f ms) | %.2f ms |\n", targetSubjectMs,
                subjectScopeMax);
    std::printf("| peak RSS | - | %.0f MB |\n", peak);
    return 0;
}
