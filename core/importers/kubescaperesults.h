#pragma once

#include "model/parsedreport.h"

#include <simdjson.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// Reading Kubescape's resources[], results[] and summaryDetails.controls. Text is kept as views
// into the parser's buffers: the three may come in any order, so findings are made only once all
// have been read (kubescapeparser.cpp).
namespace bulkhead::kubescape {

// What resources[] says about a resource.
struct Resource {
    std::string_view kind, name, nameSpace, sourcePath;
};

// A control that failed on a resource.
struct FailedControl {
    std::string_view controlId, name;
    std::string message; // the failed / fix paths
};

// One results[] entry: the controls that failed on one resource.
struct Result {
    std::string_view resourceId;
    std::vector<FailedControl> failed;
};

// Reads one resources[] entry into `r`; returns its resourceID (throws when that is not a string).
std::string_view readResource(simdjson::ondemand::object entry, Resource &r);
// Reads results[]; malformed entries and controls are skipped with a warning in `report`.
void readResults(simdjson::ondemand::array results, std::vector<Result> &out, ParsedReport &report);
// summaryDetails.controls: {"C-0017": {name, scoreFactor, ...}, ...}
void readSummaryControls(simdjson::ondemand::object controls, std::unordered_map<std::string_view, double> &factors,
                         std::unordered_map<std::string_view, std::string_view> &names);

} // namespace bulkhead::kubescape
