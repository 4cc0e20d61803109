#pragma once

#include "importers/parsecontext.h"
#include "model/parsedreport.h"

#include <simdjson.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace bulkhead::grype {

// The highest CVSS base score offered; any v3/v4 score beats any v2 score (RuleInfo::cvssScore).
struct CvssPick {
    double score = -1;
    std::string_view vector;
    bool modern = false;
    void offer(double s, std::string_view vec, bool isModern);
};

// Turns grype `matches[]` entries into findings, rules and components of one report. Text is kept
// as views into the parser's buffers while an entry is read, and only copied for what is kept:
// rule metadata on its first sighting, a component the first time it appears.
class MatchReader
{
public:
    MatchReader(ParsedReport &out, ParseContext &ctx) : m_out(out), m_ctx(ctx) {}
    // Reads one match. A wrong-typed required field throws (guardEntry skips the entry); a
    // missing vulnerability.id or artifact.name returns false so the caller can say where.
    bool read(simdjson::ondemand::object match);

private:
    struct Match {
        std::string_view id, severity, description, dataSource, fixed;
        std::vector<std::string_view> urls;
        CvssPick cvss;
        std::string_view relatedDescription, relatedSeverity, relatedDataSource;
        std::vector<std::string_view> relatedUrls;
        std::string_view name, version, type, purl, location;
        std::vector<std::string_view> licenses;
        void clear();
    };
    void readVulnerability(simdjson::ondemand::object vuln);
    void readRelated(simdjson::ondemand::array related);
    void readArtifact(simdjson::ondemand::object artifact);
    void emit();

    ParsedReport &m_out;
    ParseContext &m_ctx;
    Match m_match; // reused: its vectors keep their capacity across entries
    std::unordered_set<std::string> m_ruleKeys, m_findingKeys, m_componentKeys;
};

} // namespace bulkhead::grype
