#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

// What importing one report did to the store.
struct ImportSummary {
    std::string path;
    std::string format;       // reportFormatName()
    std::string tool;
    std::int64_t reportId = 0;
    std::uint64_t findings = 0;   // distinct findings in the report
    std::uint64_t newFindings = 0;
    std::uint64_t unchanged = 0;  // already known and still present
    std::uint64_t resolved = 0;   // known, missing from this newer complete scan
    std::uint64_t reopened = 0;   // resolved before, present again
    std::uint64_t carriedOver = 0; // new findings that inherited a triage decision
    std::uint64_t components = 0;
    std::uint64_t warningCount = 0;
    std::vector<std::string> warnings; // a sample; warningCount is exact
};

} // namespace bulkhead
