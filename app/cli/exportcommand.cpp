// `bulkheadctl export openvex|trivyignore|sarif`: the store's decisions and open findings in
// formats other tools read back (docs/exports.md). Without --out the document goes to stdout; with
// it the file is written atomically with a FILE.sha256 beside it and recorded in the report
// history (generated_reports), like a PDF report.
#include "clitext.h"
#include "commands.h"
#include "cliargs.h"

#include "report/findingsexport.h"
#include "report/findingsexportdevice.h"
#include "report/reportscope.h"
#include "reportfile.h"
#include "store/database.h"
#include "store/reporthistoryrepository.h"
#include "store/storeerror.h"

#include <QFileInfo>

#include <chrono>
#include <cstdio>
#include <iostream>

namespace bulkhead::cli {

namespace {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "ExportCommand",
    "Usage: bulkheadctl [--db PATH] export KIND [--out FILE] [--scope KEY=V[,V...]]...\n"
    "\n"
    "Decisions and findings in formats other tools read back:\n"
    "  openvex      OpenVEX 0.2.0 document of the vulnerability decisions: false positive ->\n"
    "               not_affected, mitigated -> not_affected (or fixed), risk accepted -> affected\n"
    "               with the acceptance as action statement, confirmed -> under_investigation\n"
    "               (`trivy image --vex FILE IMAGE`)\n"
    "  trivyignore  .trivyignore.yaml of the accepted risks (with their expiry) and false positives\n"
    "               (`trivy image --ignorefile FILE IMAGE`)\n"
    "  sarif        SARIF 2.1.0 of the open and confirmed findings, one run per scanner (GitHub\n"
    "               code scanning and other dashboards)\n"
    "\n"
    "Options:\n"
    "  --out FILE     write FILE (atomically: never a partial file under the name) and\n"
    "                 FILE.sha256 in `sha256sum` format, and record it in the report history;\n"
    "                 without --out the document goes to stdout and nothing is recorded\n"
    "  --scope K=V    only findings in scope: cluster=NAME, namespace=NS, registry=HOST or\n"
    "                 registry source, source=SOURCE or scanner (trivy, grype, ...); several\n"
    "                 values separated by commas; repeated --scope options add up\n"
    "\n"
    "Exit status: 0 written, 1 the store could not be read or the file not written, 2 usage.\n"
    "docs/exports.md describes the formats and how each triage decision maps to them.\n");

std::string help()
{
    return msg(ExportCommand::tr(kHelp));
}

int usage(const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl export: %s\n\n%s", message.c_str(), help().c_str());
    return Usage;
}

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

int exportToFile(const std::string &dbPath, const FindingsExportOptions &options, const std::string &out)
{
    const QString path = QFileInfo(QString::fromStdString(out)).absoluteFilePath();
    FindingsExportResult result;
    {
        const Database db = Database::open(dbPath, Database::Access::ReadOnly);
        const pdf::WrittenFile written = pdf::writeFileAtomically(path, [&](QIODevice &device, QString &error) {
            result = exportFindingsTo(db, options, device);
            if (!result.ok)
                error = QString::fromStdString(result.error);
            return result.ok;
        });
        if (!written.ok) {
            std::fprintf(stderr, "%s\n", msg(ExportCommand::tr("error: %1"), written.error.toStdString()).c_str());
            return Failed;
        }
        // Recorded after the file is complete under its name: the history never names a file
        // that is not there.
        GeneratedReport report;
        report.kind = findingsExportFormatName(options.format);
        report.path = path.toStdString();
        report.sha256 = written.sha256.toStdString();
        report.bytes = written.bytes;
        report.scope = options.scope.describe();
        report.asOf = options.now;
        report.generatedAt = options.now;
        report.generatedBy = options.author;
        report.version = BULKHEAD_VERSION;
        recordGeneratedFile(dbPath, report);
    }
    const int items = static_cast<int>(result.items);
    const QString wrote = options.format == FindingsExportFormat::OpenVex
        ? ExportCommand::tr("Wrote %n statements to %1 (checksum in %2.sha256)", nullptr, items)
        : options.format == FindingsExportFormat::Sarif
        ? ExportCommand::tr("Wrote %n results to %1 (checksum in %2.sha256)", nullptr, items)
        : ExportCommand::tr("Wrote %n ignore entries to %1 (checksum in %2.sha256)", nullptr, items);
    std::fprintf(stderr, "%s\n", msg(wrote, path, path).c_str());
    return Ok;
}

} // namespace

int runExport(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--out", "--scope"}, {"--help", "-h"});
    if (!args.parse(rawArgs))
        return usage(args.error());
    if (args.flag("--help") || args.flag("-h") || (!rawArgs.empty() && rawArgs[0] == "help")) {
        std::fputs(help().c_str(), stdout);
        return Ok;
    }
    if (args.positional().empty())
        return usage(msg(ExportCommand::tr("which export? openvex, trivyignore or sarif")));
    if (args.positional().size() > 1)
        return usage(msg(ExportCommand::tr("unexpected argument \"%1\""), args.positional()[1]));
    FindingsExportOptions options;
    if (!parseFindingsExportFormat(args.positional()[0], options.format))
        return usage(msg(ExportCommand::tr("unknown export \"%1\" (openvex, trivyignore, sarif)"), args.positional()[0]));
    for (const std::string &scope : args.values("--scope")) {
        if (const std::string error = addScopeArgument(options.scope, scope); !error.empty())
            return usage(error);
    }
    const std::optional<std::string> out = args.value("--out");
    if (out && out->empty())
        return usage(msg(ExportCommand::tr("--out needs a file name")));
    options.now = nowSeconds();
    options.author = currentUserName();

    try {
        if (out)
            return exportToFile(dbPath, options, *out);
        const Database db = Database::open(dbPath, Database::Access::ReadOnly);
        const FindingsExportResult result = exportFindings(db, options, std::cout);
        std::cout.flush();
        if (!result.ok) {
            std::fprintf(stderr, "%s\n", msg(ExportCommand::tr("error: %1"), result.error).c_str());
            return Failed;
        }
        return Ok;
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", msg(ExportCommand::tr("error: %1"), e.what()).c_str());
        return Failed;
    }
}

} // namespace bulkhead::cli
