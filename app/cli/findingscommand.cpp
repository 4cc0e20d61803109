#include "cliargs.h"
#include "clitext.h"
#include "commands.h"

#include "store/database.h"
#include "report/findingscsv.h"
#include "report/findingslistexport.h"
#include "store/findingrepository.h"
#include "store/storeerror.h"

#include <cstdio>
#include <sstream>

namespace bulkhead::cli {

namespace {

class FindingsCommand
{
    Q_DECLARE_TR_FUNCTIONS(FindingsCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "FindingsCommand",
    "Usage: bulkheadctl [--db PATH] findings [OPTIONS]\n"
    "\n"
    "Lists findings, worst first. Filters combine with AND; a repeated filter means any of them.\n"
    "\n"
    "Options:\n"
    "  --severity S   critical, high, medium, low, info, unknown (repeatable, or comma separated)\n"
    "  --status S     open, confirmed, false_positive, risk_accepted, mitigated, resolved\n"
    "  --kind K       vulnerability, misconfiguration, secret\n"
    "  --search TEXT  words of the rule id, title or description (full text, the last word\n                 as a prefix) or part of the package name\n"
    "  --limit N      at most N findings\n"
    "  --format F     table (default), csv or json (an array of objects)\n");

std::string help()
{
    return msg(FindingsCommand::tr(kHelp));
}

std::vector<std::string> splitValues(const std::vector<std::string> &raw)
{
    std::vector<std::string> out;
    for (const std::string &v : raw) {
        std::stringstream ss(v);
        std::string part;
        while (std::getline(ss, part, ','))
            if (!part.empty())
                out.push_back(part);
    }
    return out;
}

template <typename Enum, typename Parse>
bool parseList(const CliArgs &args, const char *option, Parse parse, std::vector<Enum> &out)
{
    for (const std::string &v : splitValues(args.values(option))) {
        Enum e;
        if (!parse(v, e)) {
            std::fprintf(stderr, "%s\n\n%s", msg(FindingsCommand::tr("bulkheadctl findings: %1 does not accept \"%2\""), option, v).c_str(), help().c_str());
            return false;
        }
        out.push_back(e);
    }
    return true;
}

std::string cut(const std::string &s, std::size_t width)
{
    if (s.size() <= width)
        return s;
    return s.substr(0, width - 1) + "~";
}

} // namespace

int runFindings(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--severity", "--status", "--kind", "--search", "--format", "--limit"}, {"--help", "-h"});
    if (!args.parse(rawArgs)) {
        std::fprintf(stderr, "bulkheadctl findings: %s\n\n%s", args.error().c_str(), help().c_str());
        return Usage;
    }
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(help().c_str(), stdout);
        return Ok;
    }
    if (!args.positional().empty()) {
        std::fprintf(stderr, "%s\n\n%s", msg(FindingsCommand::tr("bulkheadctl findings: unexpected argument \"%1\""), args.positional()[0]).c_str(), help().c_str());
        return Usage;
    }
    FindingFilter query;
    if (!parseList<Severity>(args, "--severity", parseSeverityName, query.severities)
        || !parseList<FindingStatus>(args, "--status", parseFindingStatusName, query.statuses)
        || !parseList<FindingKind>(args, "--kind", parseFindingKindName, query.kinds))
        return Usage;
    query.search = args.value("--search").value_or("");
    long long limit = -1;
    if (!args.count("--limit", limit)) {
        std::fprintf(stderr, "%s\n", msg(FindingsCommand::tr("bulkheadctl findings: --limit takes a number")).c_str());
        return Usage;
    }
    const std::string format = args.value("--format").value_or("table");
    if (format != "table" && format != "csv" && format != "json") {
        std::fprintf(stderr, "%s\n\n%s", msg(FindingsCommand::tr("bulkheadctl findings: --format must be table, csv or json")).c_str(), help().c_str());
        return Usage;
    }

    try {
        Database db = Database::open(dbPath, Database::Access::ReadOnly);
        FindingRepository repo(db);
        bool first = true;
        if (format == "json")
            std::fputs("[", stdout);
        else if (format == "csv")
            std::puts(findingscsv::header().c_str());
        else
            std::puts(headerLine({{FindingsCommand::tr("FINGERPRINT"), 16},
                                  {FindingsCommand::tr("SEVERITY"), 8},
                                  {FindingsCommand::tr("STATUS"), 13},
                                  {FindingsCommand::tr("RULE"), 20},
                                  {FindingsCommand::tr("PACKAGE"), 24},
                                  {FindingsCommand::tr("INSTALLED"), 16},
                                  {FindingsCommand::tr("FIXED"), 16},
                                  {FindingsCommand::tr("ASSET"), 0}})
                          .c_str());
        long long written = 0;
        repo.forEach(query, FindingSort{}, [&](const FindingRow &r) {
            if (limit >= 0 && written >= limit)
                return false;
            ++written;
            const std::string fp = fingerprintHex(r.fingerprint);
            if (format == "json") {
                std::fputs(first ? "\n" : ",\n", stdout);
                std::fputs(ListExportWriter::dumpJson(findingslistexport::json(r)).c_str(), stdout);
            } else if (format == "csv") {
                std::puts(findingscsv::line(r).c_str());
            } else {
                std::printf("%-16s  %-8s  %-13s  %-20s  %-24s  %-16s  %-16s  %s\n", fp.c_str(),
                            std::string(severityName(r.severity)).c_str(),
                            std::string(findingStatusName(r.status)).c_str(), cut(r.ruleKey, 20).c_str(),
                            cut(r.package, 24).c_str(), cut(r.installedVersion, 16).c_str(),
                            cut(r.fixedVersion, 16).c_str(), r.asset.c_str());
            }
            first = false;
            return true;
        });
        if (format == "json")
            std::fputs(first ? "]\n" : "\n]\n", stdout);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(FindingsCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

} // namespace bulkhead::cli
