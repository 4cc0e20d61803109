#include "cliargs.h"
#include "clitext.h"
#include "commands.h"
#include "listprinter.h"

#include "kube/workloadcheck.h"
#include "report/workloadsexport.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "store/workloadrepository.h"

#include <cstdio>

namespace bulkhead::cli {

namespace {

class WorkloadsCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadsCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "WorkloadsCommand",
    "Usage: bulkheadctl [--db PATH] workloads [OPTIONS]\n"
    "\n"
    "Lists the workloads the cluster sources hold (see `bulkheadctl collect`): each top-level\n"
    "controller (Deployment, StatefulSet, DaemonSet, CronJob, a Job or ReplicaSet without an owner)\n"
    "or bare pod, with the outcome of every workload check. Filters combine with AND.\n"
    "\n"
    "Options:\n"
    "  --cluster C        workloads of this cluster source\n"
    "  --namespace N      workloads in this namespace\n"
    "  --failing CHECK    only workloads failing this check (see the list below)\n"
    "  --search TEXT      part of the name, namespace or an image\n"
    "  --limit N          at most N workloads\n"
    "  --format F         table (default), csv (one column per check) or json (an array of objects)\n"
    "\n"
    "Checks: ");

std::string help()
{
    return msg(WorkloadsCommand::tr(kHelp));
}

int usage(const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl workloads: %s\n\n%s", message.c_str(), help().c_str());
    for (std::string_view id : workloadCheckIds())
        std::fprintf(stderr, "%.*s ", int(id.size()), id.data());
    std::fputs("\n", stderr);
    return Usage;
}

std::string cut(const std::string &s, std::size_t width)
{
    return s.size() <= width ? s : s.substr(0, width - 1) + "~";
}

// The failing checks of a row, comma separated.
std::string failingChecks(const WorkloadRow &r)
{
    std::string out;
    const auto &ids = workloadCheckIds();
    for (std::size_t i = 0; i < r.cells.size() && i < ids.size(); ++i) {
        if (r.cells[i].state == CheckState::Fail)
            out.append(out.empty() ? "" : ",").append(ids[i]);
    }
    return out;
}

std::string tableLine(const WorkloadRow &r)
{
    return formatLine("%-16s  %-20s  %-11s  %-36s  %5s  %6s  %-8s  %s", cut(r.cluster, 16).c_str(),
                      cut(r.nameSpace, 20).c_str(), cut(r.kind, 11).c_str(), cut(r.name, 36).c_str(),
                      msg(i18n::localNumber(std::int64_t{r.pods})).c_str(),
                      msg(i18n::localNumber(std::int64_t{r.failedChecks})).c_str(), workloadsexport::worstName(r).c_str(), failingChecks(r).c_str());
}

} // namespace

int runWorkloads(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--cluster", "--namespace", "--failing", "--search", "--limit", "--format"}, {"--help", "-h"});
    if (!args.parse(rawArgs))
        return usage(args.error());
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(help().c_str(), stdout);
        for (std::string_view id : workloadCheckIds())
            std::printf("%.*s ", int(id.size()), id.data());
        std::puts("");
        return Ok;
    }
    if (!args.positional().empty())
        return usage(msg(WorkloadsCommand::tr("unexpected argument \"%1\""), args.positional()[0]));
    WorkloadFilter filter;
    filter.cluster = args.value("--cluster").value_or("");
    filter.nameSpace = args.value("--namespace").value_or("");
    filter.text = args.value("--search").value_or("");
    if (auto check = args.value("--failing")) {
        bool known = false;
        for (std::string_view id : workloadCheckIds())
            known = known || id == *check;
        if (!known)
            return usage(msg(WorkloadsCommand::tr("--failing does not know the check \"%1\""), *check));
        filter.failingCheck = *check;
    }
    long long limit = -1;
    std::string format;
    if (const std::string problem = readListOptions(args, limit, format); !problem.empty())
        return usage(problem);

    try {
        Database db = Database::open(dbPath, Database::Access::ReadOnly);
        WorkloadRepository repo(db);
        if (!filter.cluster.empty()) {
            bool known = false;
            for (const std::string &c : repo.clusters())
                known = known || c == filter.cluster;
            if (!known) {
                std::fprintf(stderr, "%s\n", msg(WorkloadsCommand::tr("error: no workloads of a cluster named %1 (see `bulkheadctl source list`)"), filter.cluster).c_str());
                return Failed;
            }
        }
        ListPrinter out(format, limit);
        out.begin(workloadsexport::csvHeader(), headerLine({{WorkloadsCommand::tr("CLUSTER"), 16},
                                                       {WorkloadsCommand::tr("NAMESPACE"), 20},
                                                       {WorkloadsCommand::tr("KIND"), 11},
                                                       {WorkloadsCommand::tr("NAME"), 36},
                                                       {WorkloadsCommand::tr("PODS"), -5},
                                                       {WorkloadsCommand::tr("FAILED"), -6},
                                                       {WorkloadsCommand::tr("WORST"), 8},
                                                       {WorkloadsCommand::tr("FAILING CHECKS"), 0}}));
        out.pages(
            1000, [&](std::int64_t offset, int limit) { return repo.page(filter, WorkloadSort::Cluster, false, offset, limit); },
            workloadsexport::json, workloadsexport::csvLine, tableLine);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(WorkloadsCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

} // namespace bulkhead::cli
