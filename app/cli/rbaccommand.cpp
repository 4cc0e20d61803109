// `bulkheadctl rbac`: who may do what in a collected cluster, and the binding reviews (IAM-1,
// IAM-2). This file dispatches the subcommands and holds what they share; the answers come from
// bulkhead_core (RbacIndex over the store's objects, RbacRepository), never from the network.
#include "commands.h"
#include "rbaccli.h"

#include "rbac/rbacload.h"
#include "report/rbacbindingsexport.h"
#include "store/database.h"
#include "store/rbacrepository.h"
#include "store/storeerror.h"

#include <chrono>
#include <cstdio>

namespace bulkhead::cli {

namespace {

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "RbacCommand",
    "Usage: bulkheadctl [--db PATH] rbac SUBCOMMAND [OPTIONS]\n"
    "\n"
    "Kubernetes RBAC of the collected cluster sources (see `bulkheadctl collect`): who may do what,\n"
    "why, which bindings carry risks, and the binding reviews. Answers come from the store; nothing\n"
    "is asked of the cluster.\n"
    "\n"
    "Subcommands:\n"
    "  who-can VERB RESOURCE [-n NS]   subjects that may do it, each with the granting chain\n"
    "  subject SUBJECT                 effective permissions of a subject, with their bindings\n"
    "  why SUBJECT VERB RESOURCE       whether the subject may, through which grants, or why not\n"
    "  review BINDING... --decision D  record a review of bindings (keep, reduce, remove, escalate)\n"
    "  bindings                        bindings with risks and review state (--due: to review)\n"
    "  history BINDING                 the reviews of a binding, newest first\n"
    "  risks [--workloads]             risky bindings; --workloads: workloads carrying a risky token\n"
    "\n"
    "SUBJECT: alice (a User), group:NAME, sa:NAMESPACE/NAME, system:serviceaccount:NS:NAME, or\n"
    "User/NAME, Group/NAME, ServiceAccount/NS/NAME.\n"
    "RESOURCE: pods, pods/exec, deployments.apps, deployments/scale, \"*\", or a non-resource URL\n"
    "such as /metrics. Well-known core and apps resources may leave out their group.\n"
    "\n"
    "Common options: --cluster C (needed when several clusters were collected), --format table|json.\n"
    "`bulkheadctl rbac SUBCOMMAND --help` describes each.\n");

} // namespace

int runRbac(const std::string &dbPath, const std::vector<std::string> &args)
{
    if (args.empty()) {
        std::fprintf(stderr, "%s\n\n%s", msg(rbac::RbacCommand::tr("bulkheadctl rbac: no subcommand given")).c_str(),
                     msg(rbac::RbacCommand::tr(kHelp)).c_str());
        return Usage;
    }
    const std::string &sub = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (sub == "-h" || sub == "--help" || sub == "help") {
        std::fputs(msg(rbac::RbacCommand::tr(kHelp)).c_str(), stdout);
        return Ok;
    }
    if (sub == "who-can")
        return rbac::runWhoCan(dbPath, rest);
    if (sub == "subject")
        return rbac::runSubject(dbPath, rest);
    if (sub == "why")
        return rbac::runWhy(dbPath, rest);
    if (sub == "review")
        return rbac::runReview(dbPath, rest);
    if (sub == "bindings")
        return rbac::runBindings(dbPath, rest);
    if (sub == "history")
        return rbac::runHistory(dbPath, rest);
    if (sub == "risks")
        return rbac::runRisks(dbPath, rest);
    std::fprintf(stderr, "%s\n\n%s", msg(rbac::RbacCommand::tr("bulkheadctl rbac: unknown subcommand \"%1\""), sub).c_str(),
                 msg(rbac::RbacCommand::tr(kHelp)).c_str());
    return Usage;
}

namespace rbac {

int usage(const char *subcommand, const char *help, const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl rbac %s: %s\n\n%s", subcommand, message.c_str(), msg(RbacCommand::tr(help)).c_str());
    return Usage;
}

int parseArgs(CliArgs &args, const std::vector<std::string> &raw, const char *subcommand, const char *help)
{
    if (!args.parse(raw))
        return usage(subcommand, help, args.error());
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(msg(RbacCommand::tr(help)).c_str(), stdout);
        return Ok;
    }
    return -1;
}

Utf8 readFormat(const CliArgs &args, std::string &format, bool csv)
{
    format = args.value("--format").value_or("table");
    if (format == "table" || format == "json" || (csv && format == "csv"))
        return {};
    return csv ? msg(RbacCommand::tr("--format must be table, csv or json")) : msg(RbacCommand::tr("--format must be table or json"));
}

int chooseCluster(const RbacRepository &repo, const std::optional<std::string> &given, const char *subcommand,
                  std::string &cluster)
{
    const std::vector<std::string> clusters = repo.clusters();
    const std::string names = joined(clusters, ", ");
    if (given) {
        for (const std::string &c : clusters) {
            if (c == *given) {
                cluster = c;
                return -1;
            }
        }
        if (clusters.empty())
            std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("error: no RBAC analysis of a cluster named %1: no cluster has one yet (collect a cluster source with `bulkheadctl collect`)"), given->c_str()).c_str());
        else
            std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("error: no RBAC analysis of a cluster named %1 (clusters with one: %2)"), given->c_str(), names).c_str());
        return Failed;
    }
    if (clusters.empty()) {
        std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("error: the store has no RBAC analysis: collect a cluster source first (`bulkheadctl source add cluster`, `bulkheadctl collect`); its Roles, ClusterRoles and bindings must be listed completely")).c_str());
        return Failed;
    }
    if (clusters.size() > 1) {
        std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("bulkheadctl rbac %1: several clusters have an RBAC analysis (%2): name one with --cluster"), subcommand, names).c_str());
        return Usage;
    }
    cluster = clusters.front();
    return -1;
}

std::unique_ptr<RbacIndex> loadIndex(const Database &db, const std::string &cluster)
{
    std::vector<std::string> errors;
    RbacObjects objects = loadRbacObjects(db, cluster, &errors);
    // A few names tell what is wrong; thousands would bury the answer.
    constexpr std::size_t kShown = 5;
    for (std::size_t i = 0; i < errors.size() && i < kShown; ++i)
        std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("warning: skipped %1"), errors[i]).c_str());
    if (errors.size() > kShown)
        std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("warning: %1 more objects of cluster %2 could not be read and were skipped"), errors.size() - kShown, cluster).c_str());
    return std::make_unique<RbacIndex>(std::move(objects));
}

int openClusterIndex(Database &db, const CliArgs &args, const char *subcommand, std::string &cluster,
                     std::unique_ptr<RbacIndex> &index)
{
    if (const int rc = chooseCluster(RbacRepository(db), args.value("--cluster"), subcommand, cluster); rc >= 0)
        return rc;
    index = loadIndex(db, cluster);
    return -1;
}

std::optional<std::string> namespaceOption(const CliArgs &args)
{
    const auto ns = args.value("-n");
    return ns ? ns : args.value("--namespace");
}

Utf8 readRequest(const CliArgs &args, const std::string &verb, const std::string &resource,
                        RbacRequest &request)
{
    if (verb.empty())
        return msg(RbacCommand::tr("the verb is empty"));
    if (verb.find_first_of(" ,") != std::string::npos)
        return msg(RbacCommand::tr("give one verb (\"%1\" is not one)"), verb);
    std::string error;
    if (!parseRbacResource(resource, request, &error))
        return msg(RbacCommand::tr("RESOURCE \"%1\": %2"), resource, error);
    request.verb = verb;
    request.nameSpace = namespaceOption(args).value_or("");
    request.name = args.value("--name").value_or("");
    if (!request.nonResourceUrl.empty() && (!request.nameSpace.empty() || !request.name.empty()))
        return msg(RbacCommand::tr("a non-resource URL (%1) has no namespace or name"), request.nonResourceUrl);
    return {};
}

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Utf8 scopeName(const std::string &nameSpace)
{
    return nameSpace.empty() ? msg(RbacCommand::tr("cluster-wide")) : msg(RbacCommand::tr("namespace %1"), nameSpace);
}

std::string joined(const std::vector<std::string> &items, const char *separator)
{
    std::string out;
    for (const std::string &i : items)
        out.append(out.empty() ? "" : separator).append(i);
    return out;
}

std::string ruleResources(const PolicyRule &rule)
{
    if (!rule.nonResourceURLs.empty())
        return joined(rule.nonResourceURLs);
    std::vector<std::string> out;
    // Core resources go without a group, as kubectl writes them; "*" as apiGroup stays visible.
    const std::vector<std::string> groups = rule.apiGroups.empty() ? std::vector<std::string>{"?"} : rule.apiGroups;
    for (const std::string &g : groups) {
        for (const std::string &r : rule.resources)
            out.push_back(g.empty() ? r : r + "." + g);
    }
    std::string text = joined(out);
    if (!rule.resourceNames.empty())
        text += "[" + joined(rule.resourceNames) + "]";
    return text;
}

std::string bindingName(const RbacBinding &b)
{
    return std::string(b.kindName()) + " " + (b.nameSpace.empty() ? b.name : b.nameSpace + "/" + b.name);
}

std::string roleName(const RbacRole &r)
{
    return std::string(r.clusterRole ? "ClusterRole " : "Role ") + (r.nameSpace.empty() ? r.name : r.nameSpace + "/" + r.name);
}

nlohmann::ordered_json subjectJson(const RbacSubject &s)
{
    return rbacbindingsexport::subjectJson(s);
}

nlohmann::ordered_json ruleJson(const PolicyRule &rule)
{
    nlohmann::ordered_json j;
    j["verbs"] = rule.verbs;
    if (!rule.nonResourceURLs.empty()) {
        j["non_resource_urls"] = rule.nonResourceURLs;
    } else {
        j["api_groups"] = rule.apiGroups;
        j["resources"] = rule.resources;
        if (!rule.resourceNames.empty())
            j["resource_names"] = rule.resourceNames;
    }
    return j;
}

nlohmann::ordered_json grantJson(const RbacIndex &index, const RbacGrant &grant)
{
    nlohmann::ordered_json j;
    j["scope"] = grant.nameSpace.empty() ? "cluster" : "namespace";
    j["namespace"] = grant.nameSpace;
    if (grant.binding >= 0 && grant.binding < static_cast<int>(index.bindings().size())) {
        const RbacBinding &b = index.bindings()[static_cast<std::size_t>(grant.binding)];
        j["binding"] = {{"kind", b.kindName()}, {"namespace", b.nameSpace}, {"name", b.name}};
    }
    if (grant.role >= 0 && grant.role < static_cast<int>(index.roles().size())) {
        const RbacRole &r = index.roles()[static_cast<std::size_t>(grant.role)];
        j["role"] = {{"kind", r.clusterRole ? "ClusterRole" : "Role"}, {"namespace", r.nameSpace}, {"name", r.name}};
        const std::vector<PolicyRule> &rules = index.rules(grant.role);
        if (grant.rule >= 0 && grant.rule < static_cast<int>(rules.size())) {
            j["rule_index"] = grant.rule;
            j["rule"] = ruleJson(rules[static_cast<std::size_t>(grant.rule)]);
        }
    }
    if (!grant.viaGroup.empty())
        j["via_group"] = grant.viaGroup;
    if (!grant.viaRole.empty())
        j["via_aggregated_role"] = grant.viaRole;
    j["chain"] = index.describeGrant(grant);
    return j;
}

void printJson(const nlohmann::ordered_json &value)
{
    std::puts(value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

std::string cut(const std::string &text, std::size_t width)
{
    return text.size() <= width ? text : text.substr(0, width - 1) + "~";
}

} // namespace rbac

} // namespace bulkhead::cli
