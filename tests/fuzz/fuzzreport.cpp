// Fuzz target for one report importer (Trivy, trivy k8s, trivy-operator, Grype, SARIF, CycloneDX,
// SPDX, Kubescape), compiled once per format with BULKHEAD_FUZZ_FORMAT set (tests/fuzz/CMakeLists.txt).
//
// The input goes through parseReportBytes, the entry point the import uses for every file: size
// limit, nesting check, format detection, then the format's parser and the fingerprints. The
// parsers are not called directly: they may rely on what detection checked, so an input detection
// refuses would find "crashes" no file can cause.
//
// One target per format rather than one for all: each starts from its own format's reports, and
// an input parsed as another format is not kept (-1), so the short CI run stays on its parser.

#include "importers/parsecontext.h"
#include "importers/reportparser.h"
#include "model/parsedreport.h"
#include "model/reportformat.h"

#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace bulkhead;
    // A fresh context per input: a context carries the rule keys already seen, and a crash that
    // needed the state of earlier inputs could not be reproduced from its input alone.
    ParseContext ctx;
    const ParsedFile parsed =
        parseReportBytes("fuzz", std::string_view(reinterpret_cast<const char *>(data), size), ctx);
    // parseReportBytes promises exactly one of a report and an error (an exception escaping it is
    // reported by libFuzzer as a crash on its own).
    if (parsed.report.has_value() == !parsed.error.empty()) {
        std::fprintf(stderr, "parseReportBytes gave %s\n", parsed.report ? "a report and an error" : "neither report nor error");
        std::abort();
    }
    if (!parsed.report)
        return 0;
    // The store writer indexes ParsedReport::assets with these without checking.
    const ParsedReport &r = *parsed.report;
    const auto badAsset = [&](std::uint32_t asset) { return asset >= r.assets.size(); };
    for (const ParsedFinding &f : r.findings) {
        if (badAsset(f.asset)) {
            std::fprintf(stderr, "finding %s names asset %u of %zu\n", f.ruleKey.c_str(), f.asset, r.assets.size());
            std::abort();
        }
    }
    for (const ParsedComponent &c : r.components) {
        if (badAsset(c.asset)) {
            std::fprintf(stderr, "component %s names asset %u of %zu\n", c.name.c_str(), c.asset, r.assets.size());
            std::abort();
        }
    }
    for (const ScanScope &s : r.scopes) {
        if (badAsset(s.asset)) {
            std::fprintf(stderr, "scope names asset %u of %zu\n", s.asset, r.assets.size());
            std::abort();
        }
    }
    if (r.format != ReportFormat::BULKHEAD_FUZZ_FORMAT)
        return -1; // another importer's input: not kept in this target's corpus
    return 0;
}
