#pragma once

#include "demo/demotriage.h"

#include <cstdint>
#include <functional>
#include <string>

namespace bulkhead::demo {

struct DemoOptions {
    std::int64_t findings = 50'000; // the store ends with exactly this many findings
    std::uint64_t seed = 1;         // same seed and `now`: the same store
    std::int64_t now = 0;           // end of the twelve weeks of history (unix s); 0 = the current time
    bool replaceDemo = false;       // overwrite an existing demo store (never any other file)
    // Called after each report is written: (reports written, reports in all).
    std::function<void(std::int64_t, std::int64_t)> progress;
};

struct DemoSummary {
    std::int64_t findings = 0;
    std::int64_t openFindings = 0; // open or confirmed at the end
    std::int64_t images = 0;
    std::int64_t workloads = 0;
    std::int64_t reports = 0;
    DemoTriageCounts triage;
};

// What is at a path the demo would write to.
enum class DemoTarget {
    Missing,   // nothing there: free to write
    DemoStore, // a Bulkhead store marked as demo (storemeta demo = "1")
    Other,     // anything else: a real store, another database, any file; never touched
};

DemoTarget inspectDemoTarget(const std::string &path);
// $XDG_DATA_HOME/bulkhead/demo.db: beside the default store, never the same file.
std::string defaultDemoPath();

// Writes a demo store at `path`: realistic synthetic scans of ~40 images and ~55 Kubernetes
// workloads over twelve weeks, imported through the real ImportWriter (so resolution and reopening
// happen as in real use), then triage decisions through TriageRepository. The store is built in a
// temporary file beside `path` and renamed over it only when complete. Throws StoreError, leaving
// `path` as it was, when the target is not free (see DemoTarget and replaceDemo) or writing fails.
DemoSummary writeDemoStore(const std::string &path, const DemoOptions &options);

} // namespace bulkhead::demo
