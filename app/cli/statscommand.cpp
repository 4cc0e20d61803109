#include "cliargs.h"
#include "clitext.h"
#include "commands.h"

#include "i18n/localeformat.h"
#include "store/database.h"
#include "store/findingrepository.h"
#include "store/storeerror.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace bulkhead::cli {

namespace {
class StatsCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "StatsCommand",
    "Usage: bulkheadctl [--db PATH] stats [--format text|json]\n"
    "\n"
    "Counts findings by kind, severity and status, and the assets, reports and rules in the store.\n");

std::string help()
{
    return msg(StatsCommand::tr(kHelp));
}
}

int runStats(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--format"}, {"--help", "-h"});
    if (!args.parse(rawArgs) || !args.positional().empty()) {
        const std::string problem = args.error().empty() ? msg(StatsCommand::tr("unexpected argument")) : args.error();
        std::fprintf(stderr, "bulkheadctl stats: %s\n\n%s", problem.c_str(), help().c_str());
        return Usage;
    }
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(help().c_str(), stdout);
        return Ok;
    }
    const std::string format = args.value("--format").value_or("text");
    if (format != "text" && format != "json") {
        std::fprintf(stderr, "%s\n", msg(StatsCommand::tr("bulkheadctl stats: --format must be text or json")).c_str());
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
        // The kind, severity and status names stay as the filters of `findings` take them.
        std::printf("%s\n", msg(StatsCommand::tr("findings: %1"), i18n::localNumber(s.total)).c_str());
        auto section = [](const QString &title, const std::map<std::string, std::int64_t> &m) {
            std::printf("%s\n", msg(title).c_str());
            for (const auto &[k, v] : m)
                std::printf("  %-18s %s\n", k.c_str(), msg(i18n::localNumber(v)).c_str());
        };
        section(StatsCommand::tr("by kind:"), s.byKind);
        section(StatsCommand::tr("by severity:"), s.bySeverity);
        section(StatsCommand::tr("by status:"), s.byStatus);
        std::printf("%s\n", msg(StatsCommand::tr("assets: %1\nreports: %2\nrules: %3"), i18n::localNumber(s.assets),
                               i18n::localNumber(s.reports), i18n::localNumber(s.rules))
                               .c_str());
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(StatsCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

} // namespace bulkhead::cli
