#pragma once

#include "model/asset.h"
#include "model/findingkind.h"
#include "model/findingstatus.h"
#include "model/severity.h"
#include "report/reportscope.h"

#include "store/readtransaction.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

class Database;

// One finding with everything the exports write about it: its asset, package (and the package's
// purl from the asset's inventory, when a report listed it) and its current triage decision.
struct ExportFinding {
    std::int64_t id = 0;
    std::uint64_t fingerprint = 0;
    FindingKind kind = FindingKind::Vulnerability;
    std::int64_t ruleId = 0;
    std::string ruleKey;
    std::string ruleTitle;
    double cvss = -1;
    Severity severity = Severity::Unknown;
    FindingStatus status = FindingStatus::Open;
    AssetKind assetKind = AssetKind::Other;
    std::string assetName;     // "ghcr.io/acme/api:1.0", "deploy/nginx"
    std::string assetIdentity; // digest, or "cluster/ns/Kind/name"
    std::string repository;    // image repository without tag/digest
    std::string digest;        // "sha256:..." when known
    std::string nameSpace;
    std::string cluster;
    std::string package;
    std::string packageType;
    std::string installedVersion;
    std::string fixedVersion;
    std::string location;
    std::string message;
    std::string purl;          // of the package, from the asset's components; "" when unknown
    std::int64_t firstSeen = 0;
    std::uint64_t toolMask = 0;
    // triage (empty / 0 without a decision)
    std::string justification; // or, without one, the note of the newest status change
    std::int64_t expiresAt = 0;
    std::string updatedBy;
    std::int64_t updatedAt = 0;
};

// A rule's texts, read once per rule (not per finding: a million rows would copy the same
// description a million times).
struct ExportRule {
    std::string title;
    std::string description;
    std::string references; // one URL per line
    std::string control;
};

struct ExportFindingQuery {
    ReportScope scope;
    std::vector<FindingStatus> statuses; // empty = any
    std::vector<FindingKind> kinds;      // empty = any
    // > 0: only findings whose first reporting tool (lowest bit of tool_mask) is this tools.id.
    std::int64_t firstToolId = 0;
};

// A scanner tool as the store knows it, with the newest version a report of it named.
struct ExportTool {
    std::int64_t id = 0; // bit (id - 1) of tool_mask
    std::string name;
    std::string version;
};

// Reads findings for the exports in id order, one SQLite statement stepped row by row: memory
// stays bounded whatever the store holds. Construct it on the reading thread's connection; all
// reads between construction and destruction see one snapshot (a read transaction), so the
// passes of one export (SARIF reads once per tool) agree with each other.
class ExportFindingReader
{
public:
    explicit ExportFindingReader(const Database &db) : m_db(db), m_transaction(db) {}

    // Calls `row` for every matching finding in id order until it returns false.
    void forEach(const ExportFindingQuery &query, const std::function<bool(const ExportFinding &)> &row) const;
    ExportRule rule(std::int64_t ruleId) const;
    // Every tool that reported a finding, by id.
    std::vector<ExportTool> tools() const;

private:
    const Database &m_db;
    ReadTransaction m_transaction;
};

// RFC 3986 percent-encoding: letters, digits and "-._~" stay, so do the characters in `keep`;
// every other byte becomes %XX (upper-case hex). For purls and SARIF URIs.
std::string percentEncoded(std::string_view text, std::string_view keep);

} // namespace bulkhead
