#include "cliargs.h"
#include "commands.h"

#include "store/database.h"
#include "store/findingrepository.h"
#include "store/storeerror.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace bulkhead::cli {

namespace {
constexpr const char *kHelp =
    "Usage: bulkheadctl [--db PATH] stats [--format text|json]\n"
    "\n"
    "Counts findings by kind, severity and status, and the assets, reports and rules in the store.\n";
}

int runStats(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--format"}, {"--help", "-h"});
    if (!args.parse(rawArgs) || !args.positional().empty()) {
        std::fprintf(stderr, "bulkheadctl stats: %s\n\n%s",
                     args.error().empty() ? "unexpected argument" : args.error().c_str(), kHelp);
        return Usage;
    }
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(kHelp, stdout);
        return Ok;
    }
    const std::string format = args.value("--format").value_or("text");
    if (format != "text" && format != "json") {
        std::fprintf(stderr, "bulkheadctl stats: --format must be text or json\n");
        return Usage;
    }
    try {
        Database db = Database::open(dbPath, Database::Access::ReadOnly);
        const FindingStats s = FindingRepository(db).stats();
        if (format == "json") {
            nlohmann::ordered_json j;
            j["findings"] = s.total;
            j["by_kind"] = s.byKind;
            j["by_severity"] = s.bySeverity;
            j["by_status"] = s.byStatus;
            j["assets"] = s.assets;
            j["reports"] = s.reports;
            j["rules"] = s.rules;
            std::puts(j.dump(2).c_str());
            return Ok;
        }
        std::printf("findings: %lld\n", (long long)s.total);
        auto section = [](const char *title, const std::map<std::string, std::int64_t> &m) {
            std::printf("%s:\n", title);
            for (const auto &[k, v] : m)
                std::printf("  %-18s %lld\n", k.c_str(), (long long)v);
        };
        section("by kind", s.byKind);
        section("by severity", s.bySeverity);
        section("by status", s.byStatus);
        std::printf("assets: %lld\nreports: %lld\nrules: %lld\n", (long long)s.assets, (long long)s.reports,
                    (long long)s.rules);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return Failed;
    }
    return Ok;
}

} // namespace bulkhead::cli
