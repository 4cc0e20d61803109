#pragma once

#include "importers/parsecontext.h"
#include "model/parsedreport.h"

#include <cstdint>
#include <optional>
#include <string>

namespace bulkhead {

// Result of reading one report file, before anything touches the store.
struct ParsedFile {
    std::string path;
    std::uint64_t bytes = 0;
    std::string contentHash;  // XXH3-128 hex of the bytes: a re-import of the same bytes is the same report
    std::optional<ParsedReport> report; // set on success
    std::string error;        // "byte 1234: JSON document ended early ..." when report is empty
};

// Loads, checks limits, detects the format and parses one file. Never throws for bad input:
// every problem ends up in ParsedFile::error, phrased for the user (without the file name).
ParsedFile parseReportFile(const std::string &path, ParseContext &ctx);
// The same for bytes already in memory (tests, stdin).
ParsedFile parseReportBytes(std::string label, std::string_view bytes, ParseContext &ctx);

} // namespace bulkhead
