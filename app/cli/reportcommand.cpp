// `bulkheadctl report --pdf FILE`: the auditor's PDF report of a store (scope, as-of date,
// paper) with FILE.sha256 beside it and a row in the store's report history. The work is
// bulkhead_reportpdf's generateReport, the same the GUI's Reports page runs; docs/reports.md
// says what each section shows and how it is computed.
#include "clitext.h"
#include "commands.h"
#include "cliargs.h"

#include "report/reportgather.h"
#include "report/reportscope.h"
#include "reportjob.h"

#include <QFileInfo>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace bulkhead::cli {

namespace {

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

constexpr const char *kHelp = QT_TRANSLATE_NOOP(
    "ReportCommand",
    "Usage: bulkheadctl [--db PATH] report --pdf FILE [--scope KEY=V[,V...]]... [--as-of YYYY-MM-DD]\n"
    "                                      [--paper a4|letter]\n"
    "\n"
    "Writes the auditor's PDF report of the store: title page (scope, data as of, generated at and\n"
    "by, Bulkhead version, store id), contents, executive summary with the score, per-area scores,\n"
    "trend and severity charts, every control with its status, measures and attestation, the open\n"
    "findings (every critical and high one listed with its SLA state, the rest summarised), risk\n"
    "acceptances, RBAC review, secret rotation, drills and post-incident reviews, collection\n"
    "coverage and an appendix of sources. FILE.sha256 is written beside it (`sha256sum -c` format)\n"
    "and the file is recorded in the store's report history. The file appears only when complete.\n"
    "\n"
    "Options:\n"
    "  --pdf FILE       the PDF to write (required)\n"
    "  --scope KEY=V    narrow the report: source=NAME (a configured source or a scanner tool such\n"
    "                   as trivy), cluster=NAME, namespace=NAME, registry=HOST|NAME. Values split by\n"
    "                   commas are alternatives; several --scope options must all hold.\n"
    "  --as-of DATE     the data of that day's end (UTC) instead of now: control statuses and scores\n"
    "                   from the newest snapshot by then, findings first seen by then and not\n"
    "                   resolved before it. RBAC and coverage stay current (the report says so).\n"
    "  --paper P        a4 (default) or letter\n"
    "\n"
    "Works without a display (the offscreen platform is used when there is none).\n"
    "docs/reports.md explains every section.\n");

std::string help()
{
    return msg(ReportCommand::tr(kHelp));
}

int usage(const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl report: %s\n\n%s", message.c_str(), help().c_str());
    return Usage;
}

} // namespace

int runReport(const std::string &dbPath, const std::vector<std::string> &rawArgs)
{
    CliArgs args({"--pdf", "--scope", "--as-of", "--paper"}, {"--help", "-h"});
    if (!args.parse(rawArgs))
        return usage(args.error());
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(help().c_str(), stdout);
        return Ok;
    }
    if (!args.positional().empty())
        return usage(msg(ReportCommand::tr("unexpected argument \"%1\""), args.positional()[0]));
    const std::string pdf = args.value("--pdf").value_or("");
    if (pdf.empty())
        return usage(msg(ReportCommand::tr("--pdf FILE is required")));
    ReportOptions options;
    for (const std::string &scope : args.values("--scope")) {
        if (const std::string error = addScopeArgument(options.scope, scope); !error.empty())
            return usage(error);
    }
    if (const auto asOf = args.value("--as-of")) {
        if (!reportDayEnd(*asOf))
            return usage(msg(ReportCommand::tr("--as-of \"%1\" is not a date (YYYY-MM-DD)"), *asOf));
        options.asOfDate = *asOf;
    }
    const std::string paper = args.value("--paper").value_or("a4");
    if (paper != "a4" && paper != "letter")
        return usage(msg(ReportCommand::tr("--paper must be a4 or letter")));
    if (!QFileInfo::exists(QString::fromStdString(dbPath))) {
        std::fprintf(stderr, "%s\n", msg(ReportCommand::tr("error: %1: no such store"), dbPath).c_str());
        return Failed;
    }

    // Qt Charts draws through the QApplication main created for `report` (offscreen without a display).
    options.generatedBy = currentUserName();
    options.storePath = QFileInfo(QString::fromStdString(dbPath)).absoluteFilePath().toStdString();
    pdf::ReportPdfOptions pdfOptions;
    pdfOptions.paper = paper == "letter" ? pdf::Paper::Letter : pdf::Paper::A4;
    const QString path = QString::fromStdString(pdf);
    const pdf::ReportPdfResult result = pdf::generateReport(QString::fromStdString(dbPath), options, path, pdfOptions);
    if (!result.ok) {
        std::fprintf(stderr, "%s\n", msg(ReportCommand::tr("error: %1"), result.error.toStdString()).c_str());
        return Failed;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::printf("%s\n", msg(ReportCommand::tr("report: %1"), absolute.toStdString()).c_str());
    std::printf("%s\n", msg(ReportCommand::tr("pages:  %1"), result.pages).c_str());
    std::printf("%s\n", msg(ReportCommand::tr("bytes:  %1"), static_cast<long long>(result.bytes)).c_str());
    std::printf("%s\n", msg(ReportCommand::tr("sha256: %1  (%2.sha256)"), result.sha256.toStdString(), absolute.toStdString()).c_str());
    return Ok;
}

} // namespace bulkhead::cli
