#include "cliargs.h"
#include "clitext.h"
#include "commands.h"

#include "util/timestamps.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "store/triagerepository.h"

#include <chrono>
#include <cstdio>

namespace bulkhead::cli {

namespace {
class TriageCommand
{
    Q_DECLARE_TR_FUNCTIONS(TriageCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "TriageCommand",
    "Usage: bulkheadctl [--db PATH] triage [OPTIONS] FINGERPRINT...\n"
    "\n"
    "Records a triage decision on findings (fingerprints as printed by `findings`). All changes are\n"
    "made in one transaction and appended to the history with your user name.\n"
    "\n"
    "Options:\n"
    "  --status S          open, confirmed, false_positive, risk_accepted, mitigated\n"
    "  --justification T   required for false_positive and risk_accepted\n"
    "  --expires DATE      required for risk_accepted (YYYY-MM-DD, in the future)\n"
    "  --assign NAME       set the assignee (\"\" clears)\n"
    "  --note TEXT         a comment for the history\n");

std::string help()
{
    return msg(TriageCommand::tr(kHelp));
}
}

int runTriage(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--status", "--justification", "--expires", "--assign", "--note"}, {"--help", "-h"});
    if (!args.parse(rawArgs)) {
        std::fprintf(stderr, "bulkheadctl triage: %s\n\n%s", args.error().c_str(), help().c_str());
        return Usage;
    }
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(help().c_str(), stdout);
        return Ok;
    }
    if (args.positional().empty()) {
        std::fprintf(stderr, "%s\n\n%s", msg(TriageCommand::tr("bulkheadctl triage: no fingerprint given")).c_str(), help().c_str());
        return Usage;
    }
    TriageChange change;
    if (auto s = args.value("--status")) {
        FindingStatus st;
        if (!parseFindingStatusName(*s, st) || st == FindingStatus::Resolved) {
            std::fprintf(stderr, "%s\n", msg(TriageCommand::tr("bulkheadctl triage: --status does not accept \"%1\""), s->c_str()).c_str());
            return Usage;
        }
        change.status = st;
    }
    change.justification = args.value("--justification").value_or("");
    change.note = args.value("--note").value_or("");
    change.assignee = args.value("--assign");
    if (auto e = args.value("--expires")) {
        change.expiresAt = parseTimestamp(*e);
        if (!change.expiresAt) {
            std::fprintf(stderr, "%s\n", msg(TriageCommand::tr("bulkheadctl triage: --expires takes a date YYYY-MM-DD")).c_str());
            return Usage;
        }
    }
    if (!change.status && !change.assignee && change.note.empty()) {
        std::fprintf(stderr, "%s\n", msg(TriageCommand::tr("bulkheadctl triage: nothing to change: give --status, --assign or --note")).c_str());
        return Usage;
    }
    change.actor = currentUserName();
    change.at = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    try {
        Database db = Database::open(dbPath);
        TriageRepository repo(db);
        std::vector<std::string> missing;
        const auto ids = repo.idsForFingerprints(args.positional(), missing);
        if (!missing.empty()) {
            for (const auto &m : missing)
                std::fprintf(stderr, "%s\n", msg(TriageCommand::tr("error: no finding with fingerprint %1"), m).c_str());
            return Failed;
        }
        const auto changed = repo.apply(ids, change);
        std::printf("%s\n", msg(TriageCommand::tr("%1 findings changed"), (long long)changed).c_str());
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(TriageCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
    return Ok;
}

} // namespace bulkhead::cli
