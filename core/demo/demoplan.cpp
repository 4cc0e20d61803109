#include "demo/demoplan.h"

#include "demo/demorandom.h"
#include "demo/demorules.h"
#include "demo/demovocabulary.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bulkhead::demo {

namespace {

constexpr std::int64_t kDay = 86400;
constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kHistoryDays = 84; // twelve weeks of scans
constexpr std::int64_t kPatchSprintDay = 49; // days after the first scans

// Shares `total` among slots in proportion to their weights, never above a slot's capacity
// (negative = unlimited): floors first, then the largest remainders, again while slots fill up.
std::vector<std::int64_t> share(std::int64_t total, const std::vector<double> &weights,
                                const std::vector<std::int64_t> &capacity)
{
    std::vector<std::int64_t> out(weights.size(), 0);
    auto room = [&](std::size_t i) {
        return capacity[i] < 0 ? total : capacity[i] - out[i];
    };
    std::int64_t left = total;
    while (left > 0) {
        double weightSum = 0;
        for (std::size_t i = 0; i < weights.size(); ++i)
            weightSum += room(i) > 0 ? weights[i] : 0;
        if (weightSum <= 0)
            break;
        std::vector<std::pair<double, std::size_t>> remainders;
        std::int64_t placed = 0;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (room(i) <= 0 || weights[i] <= 0)
                continue;
            const double exact = static_cast<double>(left) * weights[i] / weightSum;
            const std::int64_t take = std::min<std::int64_t>(static_cast<std::int64_t>(exact), room(i));
            out[i] += take;
            placed += take;
            remainders.emplace_back(exact - std::floor(exact), i);
        }
        left -= placed;
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &[fraction, i] : remainders) {
            if (left == 0)
                break;
            if (room(i) > 0) {
                ++out[i];
                --left;
                ++placed;
            }
        }
        if (placed == 0)
            break;
    }
    return out;
}

std::string hexDigest(std::uint64_t seed)
{
    static constexpr std::string_view hex = "0123456789abcdef";
    std::string out = "sha256:";
    for (std::uint64_t block = 0; block < 4; ++block) {
        std::uint64_t x = hash(seed, block);
        for (int i = 0; i < 16; ++i, x >>= 4)
            out.push_back(hex[x & 15]);
    }
    return out;
}

std::uint64_t coprimeStep(std::uint64_t n)
{
    for (std::uint64_t p : {7919ull, 6007ull, 4001ull, 3001ull, 1009ull, 101ull}) {
        if (n % p != 0)
            return p % n == 0 ? 1 : p;
    }
    return 1;
}

} // namespace

FindingKind PlannedAsset::kindOf(std::int64_t finding) const
{
    if (finding < vulnerabilities)
        return FindingKind::Vulnerability;
    if (finding < vulnerabilities + misconfigurations)
        return FindingKind::Misconfiguration;
    return FindingKind::Secret;
}

DemoPlan::DemoPlan(std::int64_t findings, std::uint64_t seed, std::int64_t now)
    : m_findings(std::max<std::int64_t>(0, findings)), m_seed(seed), m_now(now)
{
    planImages();
    planWorkloads();
    allocate();
    for (PlannedAsset &a : m_assets) {
        if (a.image >= 0)
            planPackages(a);
    }
    planScans();
}

void DemoPlan::planImages()
{
    const auto list = images();
    for (std::size_t i = 0; i < list.size(); ++i) {
        const DemoImage &image = list[i];
        PlannedAsset a;
        a.image = static_cast<int>(i);
        a.ref.kind = AssetKind::Image;
        a.ref.repository = std::string(image.repository);
        a.ref.name = std::string(image.repository) + ":" + std::string(image.tag);
        a.ref.digest = hexDigest(hash(m_seed, 0xD16E57, i));
        a.ref.identity = a.ref.digest;
        a.ref.os = std::string(distros()[static_cast<std::size_t>(image.distro)].os);
        m_assets.push_back(std::move(a));
    }
}

void DemoPlan::planWorkloads()
{
    const auto list = workloads();
    for (std::size_t i = 0; i < list.size(); ++i) {
        const DemoWorkload &w = list[i];
        const DemoCluster &cluster = clusters()[static_cast<std::size_t>(w.cluster)];
        PlannedAsset a;
        a.workload = static_cast<int>(i);
        a.ref.kind = AssetKind::KubernetesResource;
        a.ref.identity = kubernetesIdentity(cluster.name, w.nameSpace, w.kind, w.name);
        a.ref.name = std::string(w.kind) + "/" + std::string(w.name);
        a.ref.nameSpace = std::string(w.nameSpace);
        a.ref.cluster = std::string(cluster.name);
        m_assets.push_back(std::move(a));
    }
}

// How many findings of each kind go where. Secrets and misconfigurations get a realistic share
// that stops growing once the checks run out (there are only so many checks per workload); the
// rest are vulnerabilities, spread over the images by their weight.
void DemoPlan::allocate()
{
    const std::size_t n = m_assets.size();
    std::vector<double> secretWeight(n, 0), configWeight(n, 0), workloadWeight(n, 0), vulnWeight(n, 0);
    std::vector<std::int64_t> secretCap(n, 0), configCap(n, 0), workloadCap(n, 0), unlimited(n, -1);
    std::int64_t secretRoom = 0, configRoom = 0, workloadRoom = 0;
    const std::int64_t secretSlots =
        static_cast<std::int64_t>(secretRules().size() * secretFiles().size());
    for (std::size_t i = 0; i < n; ++i) {
        const PlannedAsset &a = m_assets[i];
        if (a.image >= 0) {
            const DemoImage &image = images()[static_cast<std::size_t>(a.image)];
            vulnWeight[i] = image.weight;
            if (image.scanner == Scanner::Trivy) {
                configWeight[i] = 1;
                configCap[i] = static_cast<std::int64_t>(imageConfigChecks().size());
                configRoom += configCap[i];
                if (image.secrets) {
                    secretWeight[i] = 1;
                    secretCap[i] = secretSlots;
                    secretRoom += secretCap[i];
                }
            }
        } else {
            const DemoWorkload &w = workloads()[static_cast<std::size_t>(a.workload)];
            const DemoCluster &cluster = clusters()[static_cast<std::size_t>(w.cluster)];
            const std::size_t checks = cluster.tool == "Kubescape" ? kubescapeChecks().size()
                                                                   : trivyKubernetesChecks().size();
            workloadWeight[i] = 1;
            workloadCap[i] = static_cast<std::int64_t>(checks) * w.containers;
            workloadRoom += workloadCap[i];
        }
    }
    const auto secrets = share(std::min(m_findings / 250, secretRoom / 4), secretWeight, secretCap);
    const auto configs = share(std::min(m_findings / 400, configRoom / 2), configWeight, configCap);
    const auto workloadChecks = share(std::min(m_findings / 30, workloadRoom / 2), workloadWeight, workloadCap);
    std::int64_t others = 0;
    for (std::size_t i = 0; i < n; ++i) {
        m_assets[i].secrets = secrets[i];
        m_assets[i].misconfigurations = configs[i] + workloadChecks[i];
        others += m_assets[i].secrets + m_assets[i].misconfigurations;
    }
    const auto vulns = share(m_findings - others, vulnWeight, unlimited);
    for (std::size_t i = 0; i < n; ++i)
        m_assets[i].vulnerabilities = vulns[i];
}

// The packages of an image: most of the distro's, most of its application ecosystems'. A huge
// demo needs more (package, vulnerability) pairs than that: it adds bundled copies (variants).
void DemoPlan::planPackages(PlannedAsset &a) const
{
    const DemoImage &image = images()[static_cast<std::size_t>(a.image)];
    auto add = [&](Ecosystem e, double keep) {
        if (e == Ecosystem::None)
            return;
        const auto names = packageNames(e);
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (unit(hash(m_seed, 0xBACC, static_cast<std::uint64_t>(a.image), static_cast<std::uint64_t>(e) * 1000 + i)) < keep)
                a.packages.push_back(packageNumber(e, static_cast<int>(i)));
        }
    };
    add(Ecosystem::Os, 0.7);
    add(image.lang1, 0.8);
    add(image.lang2, 0.6);
    if (a.packages.empty())
        a.packages.push_back(packageNumber(Ecosystem::Os, 0));
    const auto p = static_cast<std::int64_t>(a.packages.size());
    a.variants = static_cast<int>(std::max<std::int64_t>(1, (a.vulnerabilities + p * kMaxVulnsPerPackage - 1)
                                                                / (p * kMaxVulnsPerPackage)));
    const std::uint64_t slots = static_cast<std::uint64_t>(p) * static_cast<std::uint64_t>(a.variants);
    a.spreadStep = coprimeStep(slots);
    a.spreadOffset = below(hash(m_seed, 0x5BEAD, static_cast<std::uint64_t>(a.image)), static_cast<std::uint32_t>(slots));
}

// Images are scanned every two to three weeks, each on its own rhythm, starting on one
// day (a scan re-reports everything on the image: this is what a large demo's write
// time is made of); clusters weekly. All scans lie within the last twelve weeks, before `now`.
// Most assets get their big fix in the first scan after a patch sprint five weeks ago (base
// images and charts updated together), which the trend shows as a drop; the rest at some scan
// of their own.
void DemoPlan::planScans()
{
    const std::int64_t start = m_now - kHistoryDays * kDay;
    const std::int64_t latest = m_now - 3 * kHour;
    std::vector<std::vector<std::int64_t>> clusterTimes(clusters().size());
    for (std::size_t c = 0; c < clusterTimes.size(); ++c) {
        for (std::int64_t t = start + kDay + static_cast<std::int64_t>(c) * 5 * kHour; t <= latest; t += 7 * kDay)
            clusterTimes[c].push_back(t);
        for (std::size_t k = 0; k < clusterTimes[c].size(); ++k)
            m_scans.push_back({clusterTimes[c][k], -1, static_cast<int>(c), static_cast<int>(k)});
    }
    m_patchScan.resize(m_assets.size());
    for (std::size_t i = 0; i < m_assets.size(); ++i) {
        PlannedAsset &a = m_assets[i];
        const std::uint64_t h = hash(m_seed, static_cast<std::uint64_t>(Salt::Scan), i);
        if (a.image >= 0) {
            const std::int64_t step = (14 + below(h, 7)) * kDay;
            // All first scans on one UTC day, so that the trend starts from the whole baseline.
            std::int64_t t = (start / kDay) * kDay + (6 + static_cast<std::int64_t>(below(hash(h, 1), 12))) * kHour;
            for (int k = 0; t <= latest; ++k, t += step) {
                const std::int64_t at = std::min(latest, t + static_cast<std::int64_t>(below(hash(h, 2, k), 10)) * kHour);
                a.scanTimes.push_back(at);
                m_scans.push_back({at, static_cast<int>(i), -1, k});
            }
        } else {
            a.scanTimes = clusterTimes[static_cast<std::size_t>(workloads()[static_cast<std::size_t>(a.workload)].cluster)];
        }
        const int scans = static_cast<int>(a.scanTimes.size());
        m_patchScan[i] = scans >= 3 ? 2 + static_cast<int>(below(hash(h, 3), static_cast<std::uint32_t>(scans - 2))) : scans;
        const auto afterSprint = std::find_if(a.scanTimes.begin(), a.scanTimes.end(),
                                              [&](std::int64_t t) { return t >= start + kPatchSprintDay * kDay; });
        if (afterSprint != a.scanTimes.end() && afterSprint != a.scanTimes.begin() && unit(hash(h, 4)) < 0.75)
            m_patchScan[i] = static_cast<int>(afterSprint - a.scanTimes.begin());
    }
    std::stable_sort(m_scans.begin(), m_scans.end(), [](const PlannedScan &x, const PlannedScan &y) { return x.at < y.at; });
}

std::vector<int> DemoPlan::clusterAssets(int cluster) const
{
    std::vector<int> out;
    for (std::size_t i = 0; i < m_assets.size(); ++i) {
        const int w = m_assets[i].workload;
        if (w >= 0 && workloads()[static_cast<std::size_t>(w)].cluster == cluster)
            out.push_back(static_cast<int>(i));
    }
    return out;
}

// Over twelve weeks: a little over half of what is open was there at the first scan; the rest
// appeared later (new CVEs, new deployments). Two in five got fixed, most of those in one sweep (a
// base image or chart update), and some of the fixed came back (a rollback, a re-added package).
FindingFate DemoPlan::fate(int asset, std::int64_t finding) const
{
    const PlannedAsset &a = m_assets[static_cast<std::size_t>(asset)];
    const int scans = static_cast<int>(a.scanTimes.size());
    const auto k = static_cast<std::uint64_t>(finding);
    const auto ai = static_cast<std::uint64_t>(asset);
    FindingFate f{0, scans, scans};
    const std::uint64_t h = hash(salted(m_seed, Salt::Birth), ai, k);
    if (scans > 1 && unit(h) >= 0.55)
        f.birth = 1 + static_cast<int>(below(hash(h, 1), static_cast<std::uint32_t>(scans - 1)));
    const FindingKind kind = a.kindOf(finding);
    const double resolveChance = kind == FindingKind::Vulnerability ? 0.42 : kind == FindingKind::Misconfiguration ? 0.4 : 0.5;
    if (f.birth < scans - 1 && unit(hash(salted(m_seed, Salt::Resolve), ai, k)) < resolveChance) {
        const int patch = m_patchScan[static_cast<std::size_t>(asset)];
        if (patch > f.birth && patch < scans && unit(hash(h, 2)) < 0.7)
            f.end = patch;
        else
            f.end = f.birth + 1 + static_cast<int>(below(hash(h, 3), static_cast<std::uint32_t>(scans - 1 - f.birth)));
        if (f.end < scans - 1 && unit(hash(salted(m_seed, Salt::Reopen), ai, k)) < 0.12)
            f.reopen = f.end + 1 + static_cast<int>(below(hash(h, 4), static_cast<std::uint32_t>(scans - 1 - f.end)));
    }
    return f;
}

} // namespace bulkhead::demo
