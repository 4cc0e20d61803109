// Times the store side of the findings view on an existing store: for each filter and sort the
// view offers, count + first page (what a filter change costs), then a deep page and the last
// page. Prints medians of repeated runs in milliseconds. Usage: bench_findings_queries STORE [REPEAT]
#include "store/database.h"
#include "store/findingrepository.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

using namespace bulkhead;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double timeMs(const std::function<void()> &fn)
{
    const auto start = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s STORE [REPEAT]\n", argv[0]);
        return 2;
    }
    const int repeat = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    Database db = Database::open(argv[1], Database::Access::ReadOnly);
    FindingRepository repo(db);
    const std::int64_t now = std::time(nullptr);

    struct Case {
        std::string name;
        FindingFilter filter;
        FindingSort sort;
    };
    std::vector<Case> cases;
    auto add = [&](std::string name, FindingFilter f, FindingSort s = {}) { cases.push_back({std::move(name), f, s}); };
    FindingFilter f;
    add("no filter", f);
    f = {}; f.severities = {Severity::Critical}; add("severity=critical", f);
    f = {}; f.statuses = {FindingStatus::Open, FindingStatus::Confirmed}; add("status=open,confirmed", f);
    f = {}; f.kinds = {FindingKind::Misconfiguration}; add("kind=misconfiguration", f);
    f = {}; f.sources = {"Trivy"}; add("source=Trivy", f);
    f = {}; f.assetText = "grafana"; add("asset~grafana", f);
    f = {}; f.namespaces = {"payments"}; add("namespace=payments", f);
    f = {}; f.controls = {"RUN-1"}; add("control=RUN-1", f);
    f = {}; f.fixAvailable = true; add("fix available", f);
    f = {}; f.overdueOnly = true; f.now = now; add("SLA overdue", f);
    f = {}; f.firstSeenFrom = now - 30 * 86400; add("first seen last 30 days", f);
    f = {}; f.search = "openssl"; add("search openssl", f);
    f = {}; f.search = "remote code execution"; add("search 'remote code execution'", f);
    f = {}; f.search = "CVE-2023"; add("search CVE-2023", f);
    f = {}; f.search = "CVE-2024"; add("search CVE-2024", f);
    f = {}; f.search = "CVE-2024"; f.statuses = {FindingStatus::Open, FindingStatus::Confirmed}; add("search CVE-2024 open", f);
    f = {}; f.severities = {Severity::High}; f.statuses = {FindingStatus::Open}; f.fixAvailable = true;
    add("high+open+fix", f);
    // A filter on the column the list is sorted by (the index walk must start at the range).
    f = {}; f.severities = {Severity::Critical}; add("critical, sorted by severity asc", f, {FindingSortKey::Severity, false});
    f = {}; f.firstSeenFrom = now - 14 * 86400; add("last 14 days, sorted by first seen asc", f, {FindingSortKey::FirstSeen, false});
    f = {}; f.statuses = {FindingStatus::RiskAccepted}; add("risk accepted, sorted by status asc", f, {FindingSortKey::Status, false});
    const FindingSortKey keys[] = {FindingSortKey::Severity, FindingSortKey::Status, FindingSortKey::Kind,
                                   FindingSortKey::Rule, FindingSortKey::Title, FindingSortKey::Package,
                                   FindingSortKey::Installed, FindingSortKey::Fixed, FindingSortKey::Asset,
                                   FindingSortKey::FirstSeen, FindingSortKey::LastSeen, FindingSortKey::DueDate};
    const char *keyNames[] = {"severity", "status", "kind", "rule", "title", "package", "installed", "fixed",
                              "asset", "first seen", "last seen", "due date"};
    for (std::size_t i = 0; i < std::size(keys); ++i) {
        add(std::string("sort ") + keyNames[i] + " asc", {}, {keys[i], false});
        add(std::string("sort ") + keyNames[i] + " desc", {}, {keys[i], true});
    }

    // "shown": what the view waits for before it shows the first page (the plan choice, a count
    // capped at the walk threshold, and the page); the exact count follows in the background.
    std::printf("%-34s %10s %10s %10s %10s\n", "change", "rows", "shown ms", "count ms", "last ms");
    std::vector<double> totals; // per change: median time to the first page
    for (const Case &c : cases) {
        std::vector<double> countMs, pageMs, totalMs, lastMs;
        std::int64_t n = 0;
        for (int r = 0; r < repeat; ++r) {
            const double pm = timeMs([&] { repo.rows(c.filter, c.sort, 0, 200); });
            const double cm = timeMs([&] { n = repo.count(c.filter); });
            const double lm = timeMs([&] { repo.rows(c.filter, c.sort, std::max<std::int64_t>(0, n - 200), 200, n); });
            countMs.push_back(cm);
            pageMs.push_back(pm);
            totalMs.push_back(pm);
            lastMs.push_back(lm);
        }
        totals.push_back(median(totalMs));
        std::printf("%-34s %10lld %10.1f %10.1f %10.1f\n", c.name.c_str(), static_cast<long long>(n),
                    median(pageMs), median(countMs), median(lastMs));
    }
    std::printf("median over all changes (first page shown): %.1f ms; worst %.1f ms\n", median(totals),
                *std::max_element(totals.begin(), totals.end()));
    return 0;
}
