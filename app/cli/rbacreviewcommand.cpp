// `bulkheadctl rbac review` and `rbac bindings`: the binding reviews of IAM-2, recorded in and
// listed from the store (RbacRepository; filters, sorting and paging happen in SQL).
#include "commands.h"
#include "listprinter.h"
#include "rbaccli.h"

#include "rbac/rbacrisk.h"
#include "rbac/reviewpolicysettings.h"
#include "report/bindingreviewsexport.h"
#include "report/rbacbindingsexport.h"
#include "store/database.h"
#include "store/rbacrepository.h"
#include "store/storeerror.h"

#include <algorithm>
#include <cstdio>

namespace bulkhead::cli::rbac {

namespace {

using rbacbindingsexport::changesText;
using rbacbindingsexport::dueText;
using rbacbindingsexport::subjectsText;
using rbacbindingsexport::worstText;

constexpr const char *kReviewHelp = QT_TRANSLATE_NOOP(
    "RbacCommand",
    "Usage: bulkheadctl [--db PATH] rbac review BINDING... --decision D [--note TEXT] [OPTIONS]\n"
    "\n"
    "Records a review of one or more bindings (IAM-2), all in one transaction, with your user name\n"
    "as reviewer. Each review keeps the binding as it is now (roleRef, subjects, uid): a later change\n"
    "marks it \"changed\" until it is reviewed again. Reviews are kept as history.\n"
    "\n"
    "BINDING: ClusterRoleBinding/NAME, RoleBinding/NAMESPACE/NAME or NAMESPACE/NAME (a RoleBinding),\n"
    "as `bulkheadctl rbac bindings` lists them.\n"
    "\n"
    "Options:\n"
    "  --decision D   keep, reduce, remove or escalate\n"
    "  --note TEXT    why; required for reduce, remove and escalate\n"
    "  --cluster C    the cluster of the bindings (needed when several clusters have them)\n");

constexpr const char *kBindingsHelp = QT_TRANSLATE_NOOP(
    "RbacCommand",
    "Usage: bulkheadctl [--db PATH] rbac bindings [OPTIONS]\n"
    "\n"
    "Lists the RoleBindings and ClusterRoleBindings of the collected clusters with their role,\n"
    "subjects, risks and review state: never reviewed, current, due (the review interval passed:\n"
    "rbac/reviewIntervalDays, 90 days, or 30 for bindings with a high or critical risk, in the\n"
    "settings the GUI edits) or changed (roleRef or subjects differ from the reviewed ones, or the\n"
    "binding was re-created). Default bootstrap bindings are hidden unless --include-defaults.\n"
    "The table ends with the IAM-2 status of the cluster: met when every binding but the defaults\n"
    "has a current review.\n"
    "\n"
    "Options:\n"
    "  --due                only bindings needing a review (never reviewed, due or changed)\n"
    "  --risky              only bindings with a risk\n"
    "  --rule R             only bindings with this risk rule (see `bulkheadctl rbac risks --help`)\n"
    "  --include-defaults   also the API server's default (bootstrap) bindings\n"
    "  --cluster C          bindings of this cluster\n"
    "  -n, --namespace NS   bindings in this namespace (\"-\": ClusterRoleBindings only)\n"
    "  --search TEXT        part of the binding's name, its role's or a subject's name\n"
    "  --sort S             name, namespace (default), role, risk, state or due (default with --due)\n"
    "  --desc               sort descending\n"
    "  --limit N            at most N bindings\n"
    "  --format F           table (default), csv or json\n");

constexpr const char *kHistoryHelp = QT_TRANSLATE_NOOP(
    "RbacCommand",
    "Usage: bulkheadctl [--db PATH] rbac history BINDING [OPTIONS]\n"
    "\n"
    "Lists the reviews recorded for a binding (IAM-2 evidence), newest first: decision, reviewer,\n"
    "time, note and the roleRef and subjects the binding had when it was reviewed.\n"
    "\n"
    "BINDING: ClusterRoleBinding/NAME, RoleBinding/NAMESPACE/NAME or NAMESPACE/NAME (a RoleBinding),\n"
    "as `bulkheadctl rbac bindings` lists them.\n"
    "\n"
    "Options:\n"
    "  --cluster C    the cluster of the binding (needed when several clusters have it)\n"
    "  --format F     table (default), csv or json\n");

std::int64_t uniqueCount(std::vector<std::int64_t> &ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return static_cast<std::int64_t>(ids.size());
}

bool parseSort(const std::string &text, RbacBindingSort &out)
{
    static const std::pair<const char *, RbacBindingSort> kSorts[] = {
        {"name", RbacBindingSort::Name}, {"namespace", RbacBindingSort::Namespace}, {"role", RbacBindingSort::Role},
        {"risk", RbacBindingSort::Risk}, {"state", RbacBindingSort::State},         {"due", RbacBindingSort::Due}};
    for (const auto &[name, sort] : kSorts) {
        if (text == name) {
            out = sort;
            return true;
        }
    }
    return false;
}

Utf8 roleText(const RbacBindingRecord &b)
{
    const std::string role = b.roleRef.kind + "/" + b.roleRef.name;
    return b.roleExists ? role : msg(RbacCommand::tr("%1 (missing)"), role);
}

constexpr const char *kTableFormat = "%-12s  %-18s  %-18s  %-32s  %-28s  %-8s  %-14s  %-10s  %s";

Utf8 tableLine(const RbacBindingRow &r)
{
    const RbacBindingRecord &b = r.binding;
    std::string subjects = cut(subjectsText(b.subjects), 60);
    if (const std::string changes = changesText(r); !changes.empty())
        subjects += msg(RbacCommand::tr("  [changed: %1]"), changes);
    return formatLine(kTableFormat, cut(r.cluster, 12).c_str(), b.clusterBinding ? "ClusterRoleBinding" : "RoleBinding",
                      cut(b.nameSpace.empty() ? "-" : b.nameSpace, 18).c_str(), cut(b.name, 32).c_str(),
                      cut(roleText(b), 28).c_str(), worstText(b.worst).c_str(), cut(reviewStateName(r.state), 14).c_str(),
                      dueText(r).c_str(), subjects.c_str());
}

} // namespace

int runReview(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"--decision", "--note", "--cluster"}, {"--help", "-h"});
    if (const int rc = parseArgs(args, raw, "review", kReviewHelp); rc >= 0)
        return rc;
    if (args.positional().empty())
        return usage("review", kReviewHelp, msg(RbacCommand::tr("give the BINDING to review (several for a bulk review)")));
    const std::optional<std::string> decisionText = args.value("--decision");
    if (!decisionText)
        return usage("review", kReviewHelp, msg(RbacCommand::tr("--decision is required (keep, reduce, remove or escalate)")));
    ReviewDecision decision;
    if (!parseReviewDecision(*decisionText, decision))
        return usage("review", kReviewHelp, msg(RbacCommand::tr("--decision does not accept \"%1\" (keep, reduce, remove or escalate)"), *decisionText));
    const std::string note = args.value("--note").value_or("");
    if (decision != ReviewDecision::Keep && note.empty())
        return usage("review", kReviewHelp, msg(RbacCommand::tr("--note is required for the decision %1: say what should change"),
                                                reviewDecisionName(decision)));
    try {
        Database db = Database::open(dbPath);
        RbacRepository repo(db);
        std::string cluster;
        if (const auto given = args.value("--cluster")) {
            if (const int rc = chooseCluster(repo, given, "review", cluster); rc >= 0)
                return rc;
        }
        // Every binding must be found before anything is recorded: a bulk review is all or nothing.
        std::vector<std::int64_t> ids;
        int missing = 0;
        for (const std::string &spec : args.positional()) {
            std::string error;
            if (const std::optional<std::int64_t> id = repo.findBinding(cluster, spec, &error)) {
                ids.push_back(*id);
            } else {
                if (error.empty())
                    error = cluster.empty() ? msg(RbacCommand::tr("no binding %1"), spec)
                                            : msg(RbacCommand::tr("no binding %1 in cluster %2"), spec, cluster);
                // The repository says "name the cluster" for a binding several clusters have.
                const bool several = error.find("several clusters") != std::string::npos;
                std::fprintf(stderr, "%s\n",
                             msg(several ? RbacCommand::tr("error: %1 with --cluster") : RbacCommand::tr("error: %1"), error)
                                 .c_str());
                ++missing;
            }
        }
        if (missing) {
            std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("nothing was recorded (%1 of %2 bindings not found; see `bulkheadctl rbac bindings`)"), missing, args.positional().size()).c_str());
            return Failed;
        }
        uniqueCount(ids);
        const std::string reviewer = currentUserName();
        const int recorded = repo.recordReviews(ids, decision, reviewer, note, nowSeconds());
        std::printf("%s\n", msg(RbacCommand::tr("%n bindings reviewed: %1, by %2", nullptr, recorded), reviewDecisionName(decision), reviewer).c_str());
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

int runBindings(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"--rule", "--cluster", "-n", "--namespace", "--search", "--sort", "--limit", "--format"},
                 {"--due", "--risky", "--include-defaults", "--desc", "--help", "-h"});
    if (const int rc = parseArgs(args, raw, "bindings", kBindingsHelp); rc >= 0)
        return rc;
    if (!args.positional().empty())
        return usage("bindings", kBindingsHelp, msg(RbacCommand::tr("unexpected argument \"%1\""), args.positional()[0]));
    RbacBindingFilter filter;
    filter.nameSpace = namespaceOption(args).value_or("");
    filter.text = args.value("--search").value_or("");
    filter.hideBootstrap = !args.flag("--include-defaults");
    filter.onlyNeedingReview = args.flag("--due");
    filter.onlyRisky = args.flag("--risky");
    if (const auto rule = args.value("--rule")) {
        const auto &ids = rbacRiskRuleIds();
        if (std::find(ids.begin(), ids.end(), *rule) == ids.end()) {
            std::string known;
            for (std::string_view id : ids)
                known.append(known.empty() ? "" : ", ").append(id);
            return usage("bindings", kBindingsHelp, msg(RbacCommand::tr("--rule does not know \"%1\" (rules: %2)"), *rule, known));
        }
        filter.riskRule = *rule;
    }
    RbacBindingSort sort = filter.onlyNeedingReview ? RbacBindingSort::Due : RbacBindingSort::Namespace;
    if (const auto s = args.value("--sort"); s && !parseSort(*s, sort))
        return usage("bindings", kBindingsHelp, msg(RbacCommand::tr("--sort takes name, namespace, role, risk, state or due")));
    long long limit = -1;
    std::string format;
    if (const std::string problem = readListOptions(args, limit, format); !problem.empty())
        return usage("bindings", kBindingsHelp, problem);
    try {
        Database db = Database::open(dbPath, Database::Access::ReadOnly);
        RbacRepository repo(db);
        if (const auto given = args.value("--cluster")) {
            if (const int rc = chooseCluster(repo, given, "bindings", filter.cluster); rc >= 0)
                return rc;
        } else if (repo.clusters().empty()) {
            std::string none;
            return chooseCluster(repo, std::nullopt, "bindings", none);
        }
        ReviewPolicy policy = loadReviewPolicy();
        policy.now = nowSeconds();
        ListPrinter out(format, limit);
        out.begin(rbacbindingsexport::csvHeader(), headerLine({{RbacCommand::tr("CLUSTER"), 12},
                                                                     {RbacCommand::tr("KIND"), 18},
                                                                     {RbacCommand::tr("NAMESPACE"), 18},
                                                                     {RbacCommand::tr("NAME"), 32},
                                                                     {RbacCommand::tr("ROLE"), 28},
                                                                     {RbacCommand::tr("WORST"), 8},
                                                                     {RbacCommand::tr("STATE"), 14},
                                                                     {RbacCommand::tr("DUE"), 10},
                                                                     {RbacCommand::tr("SUBJECTS"), 0}}));
        const bool descending = args.flag("--desc");
        out.pages(
            500,
            [&](std::int64_t offset, int pageSize) {
                return repo.bindings(filter, policy, sort, descending, offset, pageSize);
            },
            rbacbindingsexport::json, rbacbindingsexport::csvLine, tableLine);
        if (format == "table") {
            // IAM-2 (bindings reviewed regularly) over the cluster, whatever the filter shows.
            const ReviewSummary s = repo.reviewSummary(filter.cluster, policy);
            std::printf("%s\n", msg(s.passes() ? RbacCommand::tr("IAM-2: %1 of %2 bindings reviewed and current (%3 due, %4 never "
                                                 "reviewed, %5 changed): met")
                               : RbacCommand::tr("IAM-2: %1 of %2 bindings reviewed and current (%3 due, %4 never "
                                                 "reviewed, %5 changed): not met"),
                    s.current, s.bindings, s.due, s.neverReviewed, s.changed).c_str());
        }
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

int runHistory(const std::string &dbPath, const std::vector<std::string> &raw)
{
    CliArgs args({"--cluster", "--format"}, {"--help", "-h"});
    if (const int rc = parseArgs(args, raw, "history", kHistoryHelp); rc >= 0)
        return rc;
    if (args.positional().size() != 1)
        return usage("history", kHistoryHelp, msg(RbacCommand::tr("give one BINDING")));
    std::string format;
    if (const std::string problem = readFormat(args, format, true); !problem.empty())
        return usage("history", kHistoryHelp, problem);
    try {
        Database db = Database::open(dbPath, Database::Access::ReadOnly);
        RbacRepository repo(db);
        std::string cluster;
        if (const auto given = args.value("--cluster")) {
            if (const int rc = chooseCluster(repo, given, "history", cluster); rc >= 0)
                return rc;
        }
        const std::string &spec = args.positional().front();
        std::string error;
        const std::optional<std::int64_t> id = repo.findBinding(cluster, spec, &error);
        ReviewPolicy policy = loadReviewPolicy();
        policy.now = nowSeconds();
        const std::optional<RbacBindingRow> row = id ? repo.binding(*id, policy) : std::nullopt;
        if (!row) {
            if (error.empty())
                error = cluster.empty() ? msg(RbacCommand::tr("no binding %1"), spec)
                                        : msg(RbacCommand::tr("no binding %1 in cluster %2"), spec, cluster);
            std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("error: %1 (see `bulkheadctl rbac bindings`)"), error).c_str());
            return Failed;
        }
        const RbacBindingRecord &b = row->binding;
        const std::vector<BindingReview> reviews = repo.history(row->cluster, b.clusterBinding, b.nameSpace, b.name);
        ListPrinter out(format, -1);
        constexpr const char *kFormat = "%-20s  %-9s  %-16s  %-32s  %s";
        out.begin(bindingreviewsexport::csvHeader(), headerLine({{RbacCommand::tr("REVIEWED AT"), 20},
                                                                         {RbacCommand::tr("DECISION"), 9},
                                                                         {RbacCommand::tr("REVIEWER"), 16},
                                                                         {RbacCommand::tr("ROLE"), 32},
                                                                         {RbacCommand::tr("NOTE"), 0}}));
        for (const BindingReview &r : reviews) {
            out.row([&] { return bindingreviewsexport::json(r); }, [&] { return bindingreviewsexport::csvLine(r); },
                    [&] {
                        return formatLine(kFormat, isoTime(r.reviewedAt).c_str(), reviewDecisionName(r.decision),
                                          cut(r.reviewer, 16).c_str(),
                                          cut(r.roleRef.kind + "/" + r.roleRef.name, 32).c_str(), r.note.c_str());
                    });
        }
        out.end();
        if (format == "table" && reviews.empty())
            std::printf("%s\n", msg(RbacCommand::tr("%1 has never been reviewed"), spec).c_str());
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(RbacCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

} // namespace bulkhead::cli::rbac
