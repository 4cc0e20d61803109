#pragma once

#include "model/findingstatus.h"
#include "report/findingsexport.h"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

namespace bulkhead {

class ExportFindingReader;
struct ExportFinding;

// What one triage decision says in OpenVEX terms (docs/exports.md has the table).
struct VexDecision {
    std::string status;          // not_affected, affected, fixed, under_investigation
    std::string justification;   // only with not_affected
    std::string impactStatement; // not_affected: the triage justification in the user's words
    std::string actionStatement; // affected: what was decided (the acceptance and its expiry)
    std::string statusNotes;
};

// The decision for a finding's triage, or nothing for statuses that decide nothing (open,
// resolved):
//  - false_positive -> not_affected; justification named in the text, else vulnerable_code_not_present
//  - mitigated      -> fixed when the text starts with "fixed"; else not_affected with the
//                      justification named in the text, else inline_mitigations_already_exist
//  - risk_accepted  -> affected, action_statement "Risk accepted by U until DATE: TEXT"
//  - confirmed      -> under_investigation (confirmed, no decision about it yet)
std::optional<VexDecision> vexDecision(FindingStatus status, const std::string &justification,
                                       const std::string &decidedBy, std::int64_t expiresAt);

// The first OpenVEX justification label the text names ("vulnerable_code_not_in_execute_path",
// also written with spaces or dashes, any case); "" when none.
std::string vexJustificationNamedIn(const std::string &text);

// The product id of a finding's asset: an image as "pkg:oci/<name>@sha256%3A...?repository_url=
// <repository>" (no version when the digest is unknown), anything else by its name.
std::string vexProductId(const ExportFinding &finding);

// Writes the OpenVEX document; returns the number of statements.
std::int64_t writeOpenVex(const ExportFindingReader &reader, const FindingsExportOptions &options, std::ostream &out);

} // namespace bulkhead
