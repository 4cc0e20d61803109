// `bulkheadctl report --pdf FILE`: the auditor's PDF report of a store (scope, as-of date,
// paper) with FILE.sha256 beside it and a row in the store's report history. The work is
// bulkhead_reportpdf's generateReport, the same the GUI's Reports page runs; docs/reports.md
// says what each section shows and how it is computed.
#include "commands.h"
#include "cliargs.h"

#include "report/reportgather.h"
#include "report/reportscope.h"
#include "reportjob.h"

#include <QApplication>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace bulkhead::cli {

namespace {

constexpr const char *kHelp =
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
    "docs/reports.md explains every section.\n";

int usage(const std::string &message)
{
    std::fprintf(stderr, "bulkheadctl report: %s\n\n%s", message.c_str(), kHelp);
    return Usage;
}

// Qt Charts needs a QApplication; on a server or in CI there is no display to connect to.
std::unique_ptr<QApplication> reportApplication(char *program)
{
    if (QApplication::instance())
        return nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Only the program name: Qt would otherwise read report arguments such as a file called
    // "-platform" as its own options. Static, because QApplication keeps the reference.
    static int argc = 1;
    static char *argv[] = {program, nullptr};
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int runReport(const std::string &dbPath, const std::vector<std::string> &rawArgs, int &, char **argv)
{
    CliArgs args({"--pdf", "--scope", "--as-of", "--paper"}, {"--help", "-h"});
    if (!args.parse(rawArgs))
        return usage(args.error());
    if (args.flag("--help") || args.flag("-h")) {
        std::fputs(kHelp, stdout);
        return Ok;
    }
    if (!args.positional().empty())
        return usage("unexpected argument \"" + args.positional()[0] + "\"");
    const std::string pdf = args.value("--pdf").value_or("");
    if (pdf.empty())
        return usage("--pdf FILE is required");
    ReportOptions options;
    for (const std::string &scope : args.values("--scope")) {
        if (const std::string error = addScopeArgument(options.scope, scope); !error.empty())
            return usage(error);
    }
    if (const auto asOf = args.value("--as-of")) {
        if (!reportDayEnd(*asOf))
            return usage("--as-of \"" + *asOf + "\" is not a date (YYYY-MM-DD)");
        options.asOfDate = *asOf;
    }
    const std::string paper = args.value("--paper").value_or("a4");
    if (paper != "a4" && paper != "letter")
        return usage("--paper must be a4 or letter");
    if (!QFileInfo::exists(QString::fromStdString(dbPath))) {
        std::fprintf(stderr, "error: %s: no such store\n", dbPath.c_str());
        return Failed;
    }

    const std::unique_ptr<QApplication> app = reportApplication(argv[0]);
    options.generatedBy = currentUserName();
    options.storePath = QFileInfo(QString::fromStdString(dbPath)).absoluteFilePath().toStdString();
    pdf::ReportPdfOptions pdfOptions;
    pdfOptions.paper = paper == "letter" ? pdf::Paper::Letter : pdf::Paper::A4;
    const QString path = QString::fromStdString(pdf);
    const pdf::ReportPdfResult result = pdf::generateReport(QString::fromStdString(dbPath), options, path, pdfOptions);
    if (!result.ok) {
        std::fprintf(stderr, "error: %s\n", result.error.toStdString().c_str());
        return Failed;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::printf("report: %s\n", absolute.toStdString().c_str());
    std::printf("pages:  %d\n", result.pages);
    std::printf("bytes:  %lld\n", static_cast<long long>(result.bytes));
    std::printf("sha256: %s  (%s.sha256)\n", result.sha256.toStdString().c_str(), absolute.toStdString().c_str());
    return Ok;
}

} // namespace bulkhead::cli
