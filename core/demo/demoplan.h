#pragma once

#include "model/asset.h"
#include "model/findingkind.h"

#include <cstdint>
#include <vector>

namespace bulkhead::demo {

// When a planned finding is reported: from scan `birth` on, gone from scan `end` (resolved by
// that scan) until scan `reopen` (it came back). end/reopen equal to the asset's scan count mean
// "never".
struct FindingFate {
    int birth = 0;
    int end = 0;
    int reopen = 0;
    bool presentIn(int scan) const { return scan >= birth && (scan < end || scan >= reopen); }
};

// One scanned thing of the demo world and how many findings it gets. Its findings are numbered
// 0..total()-1: vulnerabilities first, then misconfigurations, then secrets.
struct PlannedAsset {
    AssetRef ref;
    int image = -1;    // index into images() for an image
    int workload = -1; // index into workloads() for a Kubernetes workload
    std::int64_t vulnerabilities = 0;
    std::int64_t misconfigurations = 0;
    std::int64_t secrets = 0;
    std::vector<int> packages;           // global package numbers installed in the image
    int variants = 1;                    // copies of each package (only huge demos need more than one)
    std::uint64_t spreadStep = 1;        // with spreadOffset: a permutation of package slots
    std::uint64_t spreadOffset = 0;
    std::vector<std::int64_t> scanTimes; // ascending; the image's or its cluster's scans

    std::int64_t total() const { return vulnerabilities + misconfigurations + secrets; }
    FindingKind kindOf(std::int64_t finding) const;
};

// One report of the demo: a scan of one image, or of all workloads of one cluster.
struct PlannedScan {
    std::int64_t at = 0;
    int asset = -1;   // the image's asset index, or -1 for a cluster scan
    int cluster = -1; // index into clusters() for a cluster scan
    int ordinal = 0;  // which scan of that image or cluster, from 0
};

// Everything the demo store will hold, decided up front from (findings, seed, now) and nothing
// else. Findings themselves are not materialised: their fate and content are recomputed from
// their number whenever a report needs them.
class DemoPlan
{
public:
    DemoPlan(std::int64_t findings, std::uint64_t seed, std::int64_t now);

    const std::vector<PlannedAsset> &assets() const { return m_assets; }
    const std::vector<PlannedScan> &scans() const { return m_scans; } // chronological
    std::vector<int> clusterAssets(int cluster) const;                // asset indexes of its workloads
    FindingFate fate(int asset, std::int64_t finding) const;
    std::int64_t findings() const { return m_findings; }
    std::uint64_t seed() const { return m_seed; }
    std::int64_t now() const { return m_now; }

private:
    void planImages();
    void planWorkloads();
    void allocate();
    void planPackages(PlannedAsset &asset) const;
    void planScans();

    std::int64_t m_findings;
    std::uint64_t m_seed;
    std::int64_t m_now;
    std::vector<PlannedAsset> m_assets;
    std::vector<int> m_patchScan; // per asset: the scan where a base-image or chart update fixed a lot
    std::vector<PlannedScan> m_scans;
};

} // namespace bulkhead::demo
