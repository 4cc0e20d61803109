// `bulkheadctl rbac who-can`, `subject` and `why`: questions answered by the RBAC graph built
// from the store's objects of one cluster (RbacIndex); the store's analysis adds risks and
// review state to `subject`.
#include "commands.h"
#include "listprinter.h"
#include "rbaccli.h"

#include "rbac/reviewpolicysettings.h"
#include "store/database.h"
#include "store/rbacrepository.h"
#include "store/storeerror.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace bulkhead::cli::rbac {

namespace {

constexpr const char *kWhoCanHelp = QT_TRANSLATE_NOOP(
    "RbacCommand",
    "Usage: bulkheadctl [--db PATH] rbac who-can VERB RESOURCE [OPTIONS]\n"
    "\n"
    "Lists the subjects (as the bindings name them: a Group stands for its members) that may do VERB\n"
    "on RESOURCE, each with the grant that allows it: binding -> role -> rule. Without -n only\n"
    "cluster-wide grants (ClusterRoleBindings) answer: the question is then \"in every namespace\" or\n"
    "about a cluster-scoped resource.\n"
    "\n"
    "Options:\n"
    "  -n, --namespace NS   the namespace of the request (RoleBindings of NS answer too)\n"
    "  --name N             a request about one object (rules with resourceNames answer)\n"
    "  --cluster C          the cluster (needed when several were collected)\n"
    "  --format F           table (default) or json\n"
    "\n"
    "Examples: who-can create pods/exec -n shop; who-can get secrets; who-can '*' '*'; who-can get /metrics\n");

constexpr const char *kSubjectHelp = QT_TRANSLATE_NOOP(
    "RbacCommand",
    "Usage: bulkheadctl [--db PATH] rbac subject SUBJECT [OPTIONS]\n"
    "\n"
    "The effective permissions of a subject: every rule granted to it, directly or through the groups\n"
    "it is in (a service account is in system:serviceaccounts, system:serviceaccounts:NS and\n"
    "system:authenticated), with the binding and role that grant it; cluster-wide grants first.\n"
    "Also its risks and review state from the last collection, and for a service account whether\n"
    "it exists and which workloads run with its token.\n"
    "\n"
    "SUBJECT: alice (a User), group:NAME, sa:NS/NAME, system:serviceaccount:NS:NAME, or\n"
    "User/NAME, Group/NAME, ServiceAccount/NS/NAME.\n"
    "\n"
    "Options:\n"
    "  -n, --namespace NS   only what applies in NS (its RoleBindings and the cluster-wide grants)\n"
    "  --cluster C          the cluster (needed when several were collected)\n"
    "  --format F           table (default) or json\n");

constexpr const char *kWhyHelp = QT_TRANSLATE_NOOP(
    "RbacCommand",
    "Usage: bulkheadctl [--db PATH] rbac why SUBJECT VERB RESOURCE [OPTIONS]\n"
    "\n"
    "Whether SUBJECT may do VERB on RESOURCE, and through which grants (binding -> role -> rule);\n"
    "if not, the grant that comes closest and what does not match (verb, resource, namespace...).\n"
    "The exit code is 0 for both answers; --format json has \"allowed\".\n"
    "\n"
    "Options:\n"
    "  -n, --namespace NS   the namespace of the request (none: cluster-wide grants only)\n"
    "  --name N             a request about one object\n"
    "  --cluster C          the cluster (needed when several were collected)\n"
    "  --format F           table (default) or json\n");

const std::set<std::string> kQueryOptions = {"-n", "--namespace", "--name", "--cluster", "--format"};
const std::set<std::string> kHelpFlags = {"--help", "-h"};

std::optional<RbacSubject> readSubject(const std::string &text, std::string &problem)
{
    std::optional<RbacSubject> s = parseRbacSubject(text);
    if (!s)
        problem = msg(RbacCommand::tr("SUBJECT \"%1\" is not one (alice, group:NAME, sa:NS/NAME, "
                                      "ServiceAccount/NS/NAME, ...)"),
                      text);
    return s;
}

// The store's record of the subject (risks, review state), when the analysis has it.
std::optional<RbacSubjectRow> subjectRow(const RbacRepository &repo, const std::string &cluster,
                                         const RbacSubject &subject, const ReviewPolicy &policy)
{
    RbacSubjectFilter filter;
    filter.cluster = cluster;
    filter.text = subject.name;
    filter.kind = subject.kind;
    // The text filter is a substring match: page through the few candidates for the exact one.
    constexpr int kPage = 200;
    for (std::int64_t offset = 0;; offset += kPage) {
        const auto rows = repo.subjects(filter, policy, RbacSubjectSort::Name, false, offset, kPage);
        for (const RbacSubjectRow &r : rows) {
            if (r.record.subject == subject)
                return r;
        }
        if (static_cast<int>(rows.size()) < kPage)
            return std::nullopt;
    }
}

std::string tableRow(const std::string &a, const std::string &b, const std::string &c)
{
    return formatLine("%-40s  %-28s  %s", cut(a, 40).c_str(), cut(b, 28).c_str(), c.c_str());
}

} // namespace

int runWhoCan(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args(kQueryOptions, kHelpFlags);
    if (const int rc = parseArgs(args, raw, "who-can", kWhoCanHelp); rc >= 0)
        return rc;
    const auto &pos = args.positional();
    if (pos.size() != 2)
        return usage("who-can", kWhoCanHelp,
                     pos.size() < 2 ? msg(RbacCommand::tr("give VERB and RESOURCE")) : msg(RbacCommand::tr("unexpected argument \"%1\""), pos[2]));
    RbacRequest request;
    if (const std::string problem = readRequest(args, pos[0], pos[1], request); !problem.empty())
        return usage("who-can", kWhoCanHelp, problem);
    std::string format;
    if (const std::string problem = readFormat(args, format); !problem.empty())
        return usage("who-can", kWhoCanHelp, problem);
    try {
        Database db = Database::open(dbPath, Database::Access::ReadOnly);
        std::string cluster;
        std::unique_ptr<RbacIndex> index;
        if (const int rc = openClusterIndex(db, args, "who-can", cluster, index); rc >= 0)
            return rc;
        const std::vector<RbacGrantChain> chains = index->whoCan(request);
        // Grouped by subject, in the order of their keys; each subject's grants as answered.
        std::map<std::string, std::vector<const RbacGrantChain *>> bySubject;
        for (const RbacGrantChain &c : chains)
            bySubject[c.subject.key()].push_back(&c);
        if (format == "json") {
            nlohmann::ordered_json out;
            out["cluster"] = cluster;
            out["request"] = describeRequest(request);
            nlohmann::ordered_json subjects = nlohmann::ordered_json::array();
            for (const auto &[key, list] : bySubject) {
                nlohmann::ordered_json s = subjectJson(list.front()->subject);
                nlohmann::ordered_json grants = nlohmann::ordered_json::array();
                for (const RbacGrantChain *c : list)
                    grants.push_back(grantJson(*index, c->grant));
                s["grants"] = std::move(grants);
                subjects.push_back(std::move(s));
            }
            out["subjects"] = std::move(subjects);
            printJson(out);
            return Ok;
        }
        if (bySubject.empty()) {
            std::printf("%s\n", msg(RbacCommand::tr("no subject of cluster %1 may %2"), cluster, describeRequest(request)).c_str());
            return Ok;
        }
        std::puts(headerLine({{RbacCommand::tr("SUBJECT"), 40},
                              {RbacCommand::tr("SCOPE"), 28},
                              {RbacCommand::tr("GRANTED BY"), 0}})
                      .c_str());
        for (const auto &[key, list] : bySubject) {
            for (const RbacGrantChain *c : list)
                std::puts(tableRow(key, scopeName(c->grant.nameSpace), index->describeGrant(c->grant)).c_str());
        }
        std::printf("%s\n", msg(RbacCommand::tr("%1 subjects of cluster %2 may %3 (%4 grants)"), i18n::localNumber(static_cast<std::int64_t>(bySubject.size())), cluster,
                                describeRequest(request), i18n::localNumber(static_cast<std::int64_t>(chains.size()))).c_str());
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

int runSubject(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"-n", "--namespace", "--cluster", "--format"}, kHelpFlags);
    if (const int rc = parseArgs(args, raw, "subject", kSubjectHelp); rc >= 0)
        return rc;
    const auto &pos = args.positional();
    if (pos.size() != 1)
        return usage("subject", kSubjectHelp, pos.empty() ? msg(RbacCommand::tr("give a SUBJECT")) : msg(RbacCommand::tr("unexpected argument \"%1\""), pos[1]));
    std::string problem;
    const std::optional<RbacSubject> subject = readSubject(pos[0], problem);
    if (!subject)
        return usage("subject", kSubjectHelp, problem);
    std::string format;
    if (problem = readFormat(args, format); !problem.empty())
        return usage("subject", kSubjectHelp, problem);
    const std::optional<std::string> onlyNs = namespaceOption(args);
    try {
        Database db = Database::open(dbPath, Database::Access::ReadOnly);
        std::string cluster;
        std::unique_ptr<RbacIndex> index;
        if (const int rc = openClusterIndex(db, args, "subject", cluster, index); rc >= 0)
            return rc;
        RbacRepository repo(db);
        ReviewPolicy policy = loadReviewPolicy();
        policy.now = nowSeconds();
        const std::optional<RbacSubjectRow> row = subjectRow(repo, cluster, *subject, policy);

        std::vector<RbacGrant> grants = index->effectivePermissions(*subject);
        if (onlyNs) {
            std::erase_if(grants, [&](const RbacGrant &g) { return !g.nameSpace.empty() && g.nameSpace != *onlyNs; });
        }
        bool known = false;
        for (const RbacSubject &s : index->subjects())
            known = known || s == *subject;
        if (!known)
            std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("note: no binding of cluster %1 names %2 and no such service account was collected; shown are the grants of the groups it is in"), cluster, subject->key()).c_str());
        const std::optional<bool> exists = index->serviceAccountExists(*subject);
        std::vector<std::string> workloads;
        if (subject->kind == SubjectKind::ServiceAccount) {
            for (const RbacWorkload &w : index->objects().workloads) {
                const std::string sa = w.serviceAccount.empty() ? "default" : w.serviceAccount;
                if (w.nameSpace == subject->nameSpace && sa == subject->name && w.tokenMounted)
                    workloads.push_back(w.kind + " " + w.nameSpace + "/" + w.name);
            }
        }
        const std::vector<std::string> groups = RbacIndex::implicitGroups(*subject);
        const std::vector<int> bindings = index->bindingsOf(*subject);

        if (format == "json") {
            nlohmann::ordered_json out = subjectJson(*subject);
            out["cluster"] = cluster;
            out["groups"] = groups;
            out["exists"] = exists ? nlohmann::ordered_json(*exists) : nlohmann::ordered_json(nullptr);
            out["bindings"] = bindings.size();
            if (row) {
                out["risk_rules"] = row->record.riskRules;
                out["worst"] = row->record.worst == Severity::Unknown ? "" : std::string(severityName(row->record.worst));
                out["review_state"] = reviewStateName(row->reviewState);
            }
            out["workloads_with_token"] = workloads;
            if (onlyNs)
                out["namespace_filter"] = *onlyNs;
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const RbacGrant &g : grants)
                list.push_back(grantJson(*index, g));
            out["permissions"] = std::move(list);
            printJson(out);
            return Ok;
        }
        std::printf("%s\n", msg(RbacCommand::tr("%1 (cluster %2)"), subject->key(), cluster).c_str());
        if (!groups.empty())
            std::printf("%s\n", msg(RbacCommand::tr("  groups:      %1"), joined(groups, ", ")).c_str());
        if (exists)
            std::printf("%s\n", msg(*exists ? RbacCommand::tr("  exists:      yes")
                                             : RbacCommand::tr("  exists:      no: bound, but no such service account (dangling)")).c_str());
        std::printf("%s\n", msg(RbacCommand::tr("  bindings:    %1 apply"), bindings.size()).c_str());
        if (row) {
            std::printf("%s\n", (row->record.riskRules.empty()
                                    ? msg(RbacCommand::tr("  risks:       none"))
                                    : msg(RbacCommand::tr("  risks:       %1 (worst %2)"), joined(row->record.riskRules, ", "),
                                          severityName(row->record.worst)))
                                   .c_str());
            std::printf("%s\n", msg(RbacCommand::tr("  review:      %1"), reviewStateName(row->reviewState)).c_str());
        }
        if (subject->kind == SubjectKind::ServiceAccount) {
            // A busy namespace's default account runs hundreds of workloads: name a few (json has all).
            constexpr std::size_t kNamed = 8;
            std::vector<std::string> named(workloads.begin(), workloads.begin() + std::min(kNamed, workloads.size()));
            if (workloads.size() > kNamed)
                named.push_back(msg(RbacCommand::tr("and %1 more"), workloads.size() - kNamed));
            std::printf("%s\n", (workloads.empty() ? msg(RbacCommand::tr("  token used:  by no running workload"))
                                                  : msg(RbacCommand::tr("  token used:  %1"), joined(named, ", ")))
                                   .c_str());
        }
        std::puts("");
        if (grants.empty()) {
            std::printf("%s\n", (onlyNs ? msg(RbacCommand::tr("no permissions that apply in namespace %1"), *onlyNs)
                                        : msg(RbacCommand::tr("no permissions"))).c_str());
            return Ok;
        }
        std::puts(headerLine({{RbacCommand::tr("SCOPE"), 24},
                              {RbacCommand::tr("VERBS"), 24},
                              {RbacCommand::tr("RESOURCES"), 40},
                              {RbacCommand::tr("GRANTED BY"), 0}}).c_str());
        for (const RbacGrant &g : grants) {
            const PolicyRule *rule = nullptr;
            if (g.role >= 0 && g.rule >= 0 && g.rule < static_cast<int>(index->rules(g.role).size()))
                rule = &index->rules(g.role)[static_cast<std::size_t>(g.rule)];
            std::puts(formatLine("%-24s  %-24s  %-40s  %s", cut(scopeName(g.nameSpace), 24).c_str(),
                                 cut(rule ? joined(rule->verbs) : "", 24).c_str(),
                                 cut(rule ? ruleResources(*rule) : "", 40).c_str(), index->describeGrant(g).c_str())
                          .c_str());
        }
        std::printf("%s\n", msg(RbacCommand::tr("%1 grants"), grants.size()).c_str());
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

int runWhy(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args(kQueryOptions, kHelpFlags);
    if (const int rc = parseArgs(args, raw, "why", kWhyHelp); rc >= 0)
        return rc;
    const auto &pos = args.positional();
    if (pos.size() != 3)
        return usage("why", kWhyHelp,
                     pos.size() < 3 ? msg(RbacCommand::tr("give SUBJECT, VERB and RESOURCE")) : msg(RbacCommand::tr("unexpected argument \"%1\""), pos[3]));
    std::string problem;
    const std::optional<RbacSubject> subject = readSubject(pos[0], problem);
    if (!subject)
        return usage("why", kWhyHelp, problem);
    RbacRequest request;
    if (problem = readRequest(args, pos[1], pos[2], request); !problem.empty())
        return usage("why", kWhyHelp, problem);
    std::string format;
    if (problem = readFormat(args, format); !problem.empty())
        return usage("why", kWhyHelp, problem);
    try {
        Database db = Database::open(dbPath, Database::Access::ReadOnly);
        std::string cluster;
        std::unique_ptr<RbacIndex> index;
        if (const int rc = openClusterIndex(db, args, "why", cluster, index); rc >= 0)
            return rc;
        const RbacWhyAnswer answer = index->why(*subject, request);
        if (format == "json") {
            nlohmann::ordered_json out = subjectJson(*subject);
            out["cluster"] = cluster;
            out["request"] = describeRequest(request);
            out["allowed"] = answer.allowed;
            nlohmann::ordered_json grants = nlohmann::ordered_json::array();
            for (const RbacGrant &g : answer.grants)
                grants.push_back(grantJson(*index, g));
            out["grants"] = std::move(grants);
            if (answer.closest)
                out["closest"] = grantJson(*index, *answer.closest);
            if (!answer.closestMismatch.empty())
                out["mismatch"] = answer.closestMismatch;
            out["explanation"] = answer.explanation;
            printJson(out);
            return Ok;
        }
        std::printf("%s\n", msg(answer.allowed ? RbacCommand::tr("yes: %1 may %2 (cluster %3)")
                                              : RbacCommand::tr("no: %1 may not %2 (cluster %3)"),
                               subject->key(), describeRequest(request), cluster)
                               .c_str());
        for (const RbacGrant &g : answer.grants)
            std::printf("%s\n", msg(RbacCommand::tr("  granted by %1"), index->describeGrant(g)).c_str());
        if (!answer.allowed) {
            if (answer.closest)
                std::printf("%s\n", msg(RbacCommand::tr("  closest:   %1\n  mismatch:  %2"), index->describeGrant(*answer.closest), answer.closestMismatch.empty() ? "-" : answer.closestMismatch.c_str()).c_str());
            else
                std::printf("%s\n", msg(RbacCommand::tr("  no binding grants %1 anything"), subject->key()).c_str());
        }
        if (!answer.explanation.empty())
            std::printf("  %s\n", answer.explanation.c_str());
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

} // namespace bulkhead::cli::rbac
