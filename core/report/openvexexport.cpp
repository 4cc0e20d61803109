#include "report/openvexexport.h"

#include "report/findingsexportrows.h"
#include "util/asciicase.h"
#include "util/timestamps.h"

#include <nlohmann/json.hpp>

#include <QUuid>

#include <array>

namespace bulkhead {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::array<const char *, 5> kJustifications{
    "component_not_present", "vulnerable_code_not_present", "vulnerable_code_not_in_execute_path",
    "vulnerable_code_cannot_be_controlled_by_adversary", "inline_mitigations_already_exist"};

std::string dumped(const Json &value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Lower case with spaces and dashes as underscores: "Vulnerable code not present" matches.
std::string normalized(const std::string &text)
{
    std::string s = asciiLower(text);
    for (char &c : s)
        if (c == ' ' || c == '-')
            c = '_';
    return s;
}

std::string expiryText(std::int64_t expiresAt)
{
    return expiresAt > 0 ? isoTimestamp(expiresAt).substr(0, 10) : std::string("no expiry");
}

} // namespace

std::string vexJustificationNamedIn(const std::string &text)
{
    const std::string s = normalized(text);
    std::size_t best = std::string::npos;
    std::string found;
    for (const char *label : kJustifications) {
        const std::size_t at = s.find(label);
        if (at < best) {
            best = at;
            found = label;
        }
    }
    return found;
}

std::optional<VexDecision> vexDecision(FindingStatus status, const std::string &justification,
                                       const std::string &decidedBy, std::int64_t expiresAt)
{
    VexDecision d;
    const std::string named = vexJustificationNamedIn(justification);
    const std::string by = decidedBy.empty() ? std::string("unknown") : decidedBy;
    switch (status) {
    case FindingStatus::FalsePositive:
        // A false positive is a scanner match on code that is not there (a backported fix, a
        // misidentified package): unless the note says otherwise, vulnerable_code_not_present.
        d.status = "not_affected";
        d.justification = named.empty() ? "vulnerable_code_not_present" : named;
        d.impactStatement = justification.empty() ? "Marked a false positive" : justification;
        d.statusNotes = "False positive, decided by " + by;
        return d;
    case FindingStatus::Mitigated:
        if (normalized(justification).rfind("fixed", 0) == 0) {
            d.status = "fixed";
            d.statusNotes = "Mitigated by " + by + ": " + justification;
            return d;
        }
        d.status = "not_affected";
        d.justification = named.empty() ? "inline_mitigations_already_exist" : named;
        d.impactStatement = justification.empty() ? "Mitigated" : justification;
        d.statusNotes = "Mitigated, decided by " + by;
        return d;
    case FindingStatus::RiskAccepted:
        d.status = "affected";
        d.actionStatement = "Risk accepted by " + by + " until " + expiryText(expiresAt)
            + (justification.empty() ? std::string() : ": " + justification);
        return d;
    case FindingStatus::Confirmed:
        d.status = "under_investigation";
        d.statusNotes = "Confirmed by " + by + (justification.empty() ? std::string() : ": " + justification);
        return d;
    case FindingStatus::Open:
    case FindingStatus::Resolved:
        break;
    }
    return std::nullopt;
}

std::string vexProductId(const ExportFinding &finding)
{
    if (finding.assetKind != AssetKind::Image || finding.repository.empty())
        return finding.assetName.empty() ? finding.assetIdentity : finding.assetName;
    // purl type oci: the name is the repository's last path segment, the repository the
    // qualifier; the version is the digest with its ':' encoded (as in the purl spec's examples).
    const std::string &repository = finding.repository;
    const std::size_t slash = repository.rfind('/');
    const std::string name = asciiLower(slash == std::string::npos ? repository : repository.substr(slash + 1));
    std::string purl = "pkg:oci/" + percentEncoded(name, "");
    if (finding.digest.rfind("sha256:", 0) == 0 || finding.digest.rfind("sha512:", 0) == 0)
        purl += "@" + percentEncoded(finding.digest, "");
    return purl + "?repository_url=" + percentEncoded(repository, "/:");
}

std::int64_t writeOpenVex(const ExportFindingReader &reader, const FindingsExportOptions &options, std::ostream &out)
{
    const std::string id = options.documentId.empty()
        ? "urn:uuid:" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()
        : options.documentId;
    Json head{{"@context", "https://openvex.dev/ns/v0.2.0"},
              {"@id", id},
              {"author", options.author.empty() ? std::string("Bulkhead") : options.author},
              {"role", "Document Creator"},
              {"timestamp", isoTimestamp(options.now)},
              {"version", 1},
              {"tooling", std::string("Bulkhead ") + BULKHEAD_VERSION}};
    std::string text = dumped(head);
    text.pop_back(); // the closing brace: the statements follow as they are read
    out << text << ",\"statements\":[";

    ExportFindingQuery query;
    query.scope = options.scope;
    query.kinds = {FindingKind::Vulnerability};
    query.statuses = {FindingStatus::Confirmed, FindingStatus::FalsePositive, FindingStatus::RiskAccepted,
                      FindingStatus::Mitigated};
    std::int64_t written = 0;
    reader.forEach(query, [&](const ExportFinding &f) {
        const std::optional<VexDecision> decision = vexDecision(f.status, f.justification, f.updatedBy, f.expiresAt);
        if (!decision)
            return true;
        Json product{{"@id", vexProductId(f)}};
        if (!f.purl.empty())
            product["subcomponents"] = Json::array({Json{{"@id", f.purl}}});
        Json statement{{"vulnerability", Json{{"name", f.ruleKey}}},
                       {"timestamp", isoTimestamp(f.updatedAt ? f.updatedAt : options.now)},
                       {"products", Json::array({std::move(product)})},
                       {"status", decision->status}};
        if (!decision->justification.empty())
            statement["justification"] = decision->justification;
        if (!decision->impactStatement.empty())
            statement["impact_statement"] = decision->impactStatement;
        if (!decision->actionStatement.empty())
            statement["action_statement"] = decision->actionStatement;
        if (!decision->statusNotes.empty())
            statement["status_notes"] = decision->statusNotes;
        out << (written ? ",\n" : "\n") << dumped(statement);
        ++written;
        return bool(out);
    });
    out << "\n]}\n";
    return written;
}

} // namespace bulkhead
