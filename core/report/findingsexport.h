#pragma once

#include "report/reportscope.h"

#include <cstdint>
#include <ostream>
#include <string>

namespace bulkhead {

class Database;

// Decisions and findings in formats other tools read back (docs/exports.md):
//  - OpenVex:     OpenVEX 0.2.0 document of the vulnerability decisions: false positive ->
//                 not_affected (with a justification), mitigated -> not_affected
//                 (inline_mitigations_already_exist) or fixed per the note, risk accepted ->
//                 affected with the acceptance as action_statement, confirmed ->
//                 under_investigation (report/openvexexport.h); products are image references
//                 with digests (purl pkg:oci where known), subcomponents the package purls.
//  - TrivyIgnore: a .trivyignore.yaml of the accepted risks (and false positives), each with
//                 its expiry ("expired_at") and the justification as statement.
//  - Sarif:       SARIF 2.1.0 of the open findings (open + confirmed), one run per tool, rules
//                 with help text and security-severity, results with level and a location.
enum class FindingsExportFormat { OpenVex, TrivyIgnore, Sarif };

struct FindingsExportOptions {
    FindingsExportFormat format = FindingsExportFormat::Sarif;
    ReportScope scope;
    std::int64_t now = 0;
    std::string author;     // OpenVEX author: the OS user (SARIF names the scanners, not who exported)
    std::string documentId; // OpenVEX @id; "" = a urn:uuid made up here
};

struct FindingsExportResult {
    bool ok = false;
    std::string error;
    std::int64_t items = 0; // statements / ignore entries / results written
};

// Streams the export to `out` (SQL pages through the findings; memory stays bounded). Reads
// only; call on a read connection off the GUI thread.
FindingsExportResult exportFindings(const Database &db, const FindingsExportOptions &options, std::ostream &out);

std::string findingsExportFormatName(FindingsExportFormat format);                 // "openvex", "trivyignore", "sarif"
bool parseFindingsExportFormat(const std::string &text, FindingsExportFormat &out);

} // namespace bulkhead
