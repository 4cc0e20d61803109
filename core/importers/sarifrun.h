#pragma once

#include "importers/sarifrules.h"
#include "model/parsedreport.h"

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Reading one SARIF run. Everything is kept as views into the parser's buffers: a run's fields
// come in any order (Trivy writes `properties`, which name the image, after `results`), so its
// findings can only be made once the whole run has been read.
namespace bulkhead::sarif {

// A result that is a problem, before its rule is looked up.
struct PendingResult {
    std::string_view ruleId, level, message, uri;
    std::int64_t ruleIndex = -1;
    std::int64_t line = 0;
};

// run.properties as Trivy writes them for image scans.
struct ImageProperties {
    std::string_view imageName, imageID, imageDigest, repoDigest, repoTag;
    bool any() const
    {
        return !imageName.empty() || !imageID.empty() || !imageDigest.empty() || !repoDigest.empty()
            || !repoTag.empty();
    }
};

struct Run {
    std::string_view toolName, toolVersion;
    std::vector<sarif::Rule> rules;
    std::vector<PendingResult> results;
    ImageProperties image;
    std::string_view baseUri;
    std::int64_t time = 0;
};

// Reads one runs[] entry. Malformed rules and results are skipped with a warning naming `where`
// (a skipped rule keeps its slot, with an empty id: results refer to rules by index).
Run readRun(simdjson::ondemand::object run, ParsedReport &out, const std::string &where);

} // namespace bulkhead::sarif
