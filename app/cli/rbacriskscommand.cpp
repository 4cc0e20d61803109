// `bulkheadctl rbac risks`: the RBAC risk rules evaluated on the graph of one cluster (the same
// evaluation the collector turns into findings), and with --workloads the running workloads whose
// pods carry the token of a risky service account.
#include "commands.h"
#include "listprinter.h"
#include "rbaccli.h"

#include "rbac/rbacrisk.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <algorithm>
#include <cstdio>

namespace bulkhead::cli::rbac {

namespace {

constexpr const char *kRisksHelp = QT_TRANSLATE_NOOP(
    "RbacCommand",
    "Usage: bulkheadctl [--db PATH] rbac risks [OPTIONS]\n"
    "\n"
    "The risky bindings of a cluster, worst first: each risk names the rule, the binding, the role\n"
    "rule that matched, the subjects it reaches and why it matters. Default bootstrap bindings are\n"
    "left out unless --include-defaults. With --workloads: the running workloads whose pods mount the\n"
    "token of a service account that a risk reaches.\n"
    "\n"
    "Options:\n"
    "  --workloads          workloads carrying a risky token instead of the risks\n"
    "  --rule R             only this rule\n"
    "  --severity S         at least this severity (low, medium, high, critical)\n"
    "  --include-defaults   also risks of the API server's default bindings\n"
    "  -n, --namespace NS   only risks in NS (\"-\": cluster-wide ones only)\n"
    "  --cluster C          the cluster (needed when several were collected)\n"
    "  --limit N            at most N lines\n"
    "  --format F           table (default) or json\n"
    "\n"
    "Rules: ");

// The help with the rule ids core knows appended.
std::string risksHelp()
{
    std::string help = msg(RbacCommand::tr(kRisksHelp));
    for (std::string_view id : rbacRiskRuleIds())
        help.append(id).append(" ");
    return help + "\n";
}

int risksUsage(const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl rbac risks: %s\n\n%s", message.c_str(), risksHelp().c_str());
    return Usage;
}

std::string subjectKeys(const std::vector<RbacSubject> &subjects)
{
    std::vector<std::string> keys;
    for (const RbacSubject &s : subjects)
        keys.push_back(s.key());
    return joined(keys, " ");
}

nlohmann::ordered_json riskJson(const RbacIndex &index, const RbacRisk &r)
{
    nlohmann::ordered_json j;
    j["rule"] = r.rule;
    j["severity"] = std::string(severityName(r.severity));
    j["control"] = r.control;
    if (const RuleInfo *info = rbacRiskRule(r.rule))
        j["title"] = info->title;
    if (r.binding >= 0 && r.binding < static_cast<int>(index.bindings().size())) {
        const RbacBinding &b = index.bindings()[static_cast<std::size_t>(r.binding)];
        j["binding"] = {{"kind", b.kindName()}, {"namespace", b.nameSpace}, {"name", b.name}};
        j["role_ref"] = {{"kind", b.roleRef.kind}, {"name", b.roleRef.name}};
    }
    j["namespace"] = r.nameSpace;
    nlohmann::ordered_json subjects = nlohmann::ordered_json::array();
    for (const RbacSubject &s : r.subjects)
        subjects.push_back(subjectJson(s));
    j["subjects"] = std::move(subjects);
    if (r.role >= 0 && r.rule_ >= 0 && r.rule_ < static_cast<int>(index.rules(r.role).size()))
        j["matched_rule"] = ruleJson(index.rules(r.role)[static_cast<std::size_t>(r.rule_)]);
    j["detail"] = r.detail;
    j["explanation"] = r.explanation;
    j["bootstrap"] = r.bootstrap;
    return j;
}

constexpr const char *kRiskFormat = "%-8s  %-22s  %-40s  %-18s  %-40s  %s";
constexpr const char *kWorkloadFormat = "%-18s  %-11s  %-32s  %-28s  %-8s  %s";

} // namespace

int runRisks(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"--rule", "--severity", "-n", "--namespace", "--cluster", "--limit", "--format"},
                 {"--workloads", "--include-defaults", "--help", "-h"});
    if (!args.parse(raw))
        return risksUsage(args.error());
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(risksHelp().c_str(), stdout);
        return Ok;
    }
    if (!args.positional().empty())
        return risksUsage(msg(RbacCommand::tr("unexpected argument \"%1\""), args.positional()[0]));
    const std::string rule = args.value("--rule").value_or("");
    if (!rule.empty()) {
        const auto &ids = rbacRiskRuleIds();
        if (std::find(ids.begin(), ids.end(), rule) == ids.end())
            return risksUsage(msg(RbacCommand::tr("--rule does not know \"%1\""), rule));
    }
    Severity minimum = Severity::Unknown;
    if (const auto s = args.value("--severity"); s && !parseSeverityName(*s, minimum))
        return risksUsage(msg(RbacCommand::tr("--severity takes low, medium, high or critical, not \"%1\""), *s));
    const std::optional<std::string> onlyNs = namespaceOption(args);
    long long limit = -1;
    if (!args.count("--limit", limit))
        return risksUsage(msg(RbacCommand::tr("--limit takes a number")));
    std::string format;
    if (const std::string problem = readFormat(args, format); !problem.empty())
        return risksUsage(problem);
    try {
        Database db = Database::open(dbPath, Database::Access::ReadOnly);
        std::string cluster;
        std::unique_ptr<RbacIndex> index;
        if (const int rc = openClusterIndex(db, args, "risks", cluster, index); rc >= 0)
            return rc;
        std::vector<RbacRisk> risks = evaluateRbacRisks(*index);
        const bool includeDefaults = args.flag("--include-defaults");
        std::erase_if(risks, [&](const RbacRisk &r) {
            if ((!includeDefaults && r.bootstrap) || r.severity < minimum || (!rule.empty() && r.rule != rule))
                return true;
            return onlyNs && r.nameSpace != (*onlyNs == "-" ? std::string() : *onlyNs);
        });
        std::stable_sort(risks.begin(), risks.end(),
                         [](const RbacRisk &a, const RbacRisk &b) { return a.severity > b.severity; });
        ListPrinter out(format, limit);
        if (args.flag("--workloads")) {
            const std::vector<RbacRiskyWorkload> workloads = riskyWorkloads(*index, risks);
            out.begin({}, headerLine({{RbacCommand::tr("NAMESPACE"), 18},
                                       {RbacCommand::tr("KIND"), 11},
                                       {RbacCommand::tr("NAME"), 32},
                                       {RbacCommand::tr("SERVICE ACCOUNT"), 28},
                                       {RbacCommand::tr("WORST"), 8},
                                       {RbacCommand::tr("RULES"), 0}}));
            for (const RbacRiskyWorkload &w : workloads) {
                if (w.workload < 0 || w.workload >= static_cast<int>(index->objects().workloads.size()))
                    continue;
                const RbacWorkload &wl = index->objects().workloads[static_cast<std::size_t>(w.workload)];
                const bool more = out.row(
                    [&] {
                        nlohmann::ordered_json j;
                        j["namespace"] = wl.nameSpace;
                        j["kind"] = wl.kind;
                        j["name"] = wl.name;
                        j["service_account"] = subjectJson(w.serviceAccount);
                        j["worst"] = std::string(severityName(w.worst));
                        j["rules"] = w.rules;
                        return j;
                    },
                    [] { return std::string(); },
                    [&] {
                        return formatLine(kWorkloadFormat, cut(wl.nameSpace, 18).c_str(), cut(wl.kind, 11).c_str(),
                                          cut(wl.name, 32).c_str(), cut(w.serviceAccount.name, 28).c_str(),
                                          std::string(severityName(w.worst)).c_str(), joined(w.rules, ", ").c_str());
                    });
                if (!more)
                    break;
            }
            out.end();
            return Ok;
        }
        out.begin({}, headerLine({{RbacCommand::tr("SEVERITY"), 8},
                                   {RbacCommand::tr("RULE"), 22},
                                   {RbacCommand::tr("BINDING"), 40},
                                   {RbacCommand::tr("SCOPE"), 18},
                                   {RbacCommand::tr("SUBJECTS"), 40},
                                   {RbacCommand::tr("DETAIL"), 0}}));
        for (const RbacRisk &r : risks) {
            const bool more = out.row([&] { return riskJson(*index, r); }, [] { return std::string(); },
                                      [&] {
                                          const std::string binding = r.binding >= 0
                                              ? bindingName(index->bindings()[static_cast<std::size_t>(r.binding)])
                                              : std::string("?");
                                          return formatLine(kRiskFormat, std::string(severityName(r.severity)).c_str(),
                                                            cut(r.rule, 22).c_str(), cut(binding, 40).c_str(),
                                                            cut(r.nameSpace.empty() ? msg(RbacCommand::tr("cluster-wide")) : r.nameSpace, 18).c_str(),
                                                            cut(subjectKeys(r.subjects), 40).c_str(), r.detail.c_str());
                                      });
            if (!more)
                break;
        }
        out.end();
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

} // namespace bulkhead::cli::rbac
