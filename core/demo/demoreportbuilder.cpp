#include "demo/demoreportbuilder.h"

#include "demo/demorandom.h"
#include "demo/demorules.h"
#include "demo/demovocabulary.h"

namespace bulkhead::demo {

namespace {


struct VulnSlot {
    VulnRuleRef ref;
    int variant = 0;
};

// Vulnerability `index` of an image: a package slot (package x variant) through the asset's
// permutation, and the ordinal of the vulnerability within that package. Distinct indexes give
// distinct (slot, ordinal) pairs, hence distinct fingerprints: the store ends up with exactly the
// planned number of findings.
VulnSlot vulnSlot(const PlannedAsset &a, std::int64_t index)
{
    const auto packages = static_cast<std::uint64_t>(a.packages.size());
    const std::uint64_t slots = packages * static_cast<std::uint64_t>(a.variants);
    const auto k = static_cast<std::uint64_t>(index);
    const std::uint64_t slot = ((k % slots) * a.spreadStep + a.spreadOffset) % slots;
    VulnSlot s;
    s.ref.package = a.packages[slot % packages];
    s.ref.ordinal = static_cast<int>(k / slots);
    s.variant = static_cast<int>(slot / packages);
    return s;
}

std::span<const DemoCheck> checksFor(const PlannedAsset &a)
{
    if (a.image >= 0)
        return imageConfigChecks();
    const DemoWorkload &w = workloads()[static_cast<std::size_t>(a.workload)];
    return clusters()[static_cast<std::size_t>(w.cluster)].tool == "Kubescape" ? kubescapeChecks()
                                                                              : trivyKubernetesChecks();
}

std::string replaced(std::string_view pattern, std::string_view value)
{
    std::string out(pattern);
    if (const auto at = out.find("%s"); at != std::string::npos)
        out.replace(at, 2, value);
    return out;
}

// "debian 12.5" -> "12", "amazon 2023" -> "2023"
std::string_view osRelease(std::string_view os)
{
    std::string_view v = os.substr(os.find(' ') + 1);
    return v.substr(0, v.find('.'));
}

std::string_view lastSegment(std::string_view s)
{
    const auto cut = s.find_last_of(":/");
    return cut == std::string_view::npos ? s : s.substr(cut + 1);
}

struct Version {
    int major, minor, patch, build;
};

std::string formatVersion(const Version &v, Ecosystem e, const DemoDistro &distro, std::string_view package)
{
    const std::string base = std::to_string(v.major) + "." + std::to_string(v.minor) + "." + std::to_string(v.patch);
    switch (e) {
    case Ecosystem::Os:
        if (distro.suffix == "deb")
            return base + "-" + std::to_string(v.build) + "+deb" + std::string(osRelease(distro.os)) + "u" + std::to_string(v.build % 4 + 1);
        if (distro.suffix == "ubuntu")
            return base + "-" + std::to_string(v.build) + "ubuntu0." + std::string(distro.os.substr(distro.os.find(' ') + 1));
        if (distro.suffix == "apk")
            return base + "-r" + std::to_string(v.build);
        return base + "-" + std::to_string(v.build) + (distro.os.starts_with("amazon") ? ".amzn" : ".el")
            + std::string(osRelease(distro.os));
    case Ecosystem::Go:
        if (package == "stdlib")
            return "1." + std::to_string(20 + v.minor % 3) + "." + std::to_string(v.patch % 12);
        return "v0." + std::to_string(v.minor) + "." + std::to_string(v.patch);
    default:
        return base;
    }
}

Version installedVersion(const DemoPlan &plan, const PlannedAsset &a, int package, int variant)
{
    const std::uint64_t h = hash(salted(plan.seed(), Salt::Version), static_cast<std::uint64_t>(a.image),
                                 static_cast<std::uint64_t>(package), static_cast<std::uint64_t>(variant));
    return {1 + static_cast<int>(below(h, 4)), static_cast<int>(below(hash(h, 1), 24)),
            static_cast<int>(below(hash(h, 2), 30)), 1 + static_cast<int>(below(hash(h, 3), 6))};
}

std::string vulnLocation(const DemoImage &image, Ecosystem e, std::string_view package, int variant)
{
    const std::string app(image.appDir);
    const std::string copy = std::to_string(variant);
    switch (e) {
    case Ecosystem::Os:
        return variant == 0 ? std::string() : "opt/vendor/bundle-" + copy + "/" + std::string(package);
    case Ecosystem::Npm:
        return app + (variant == 0 ? "" : "/packages/module-" + copy) + "/node_modules/" + std::string(package)
            + "/package.json";
    case Ecosystem::Pip:
        return (variant == 0 ? app : "opt/venv-" + copy) + "/lib/python3.11/site-packages/" + std::string(package)
            + ".dist-info/METADATA";
    case Ecosystem::Maven:
        return app + (variant == 0 ? "" : "/plugins/plugin-" + copy) + "/lib/" + std::string(lastSegment(package)) + ".jar";
    case Ecosystem::Go:
        return app + "/bin/" + (variant == 0 ? std::string(lastSegment(image.repository)) : "helper-" + copy);
    case Ecosystem::None:
        break;
    }
    return {};
}

ParsedFinding vulnerability(const DemoPlan &plan, const PlannedAsset &a, std::int64_t index)
{
    const DemoImage &image = images()[static_cast<std::size_t>(a.image)];
    const DemoDistro &distro = distros()[static_cast<std::size_t>(image.distro)];
    const VulnSlot s = vulnSlot(a, index);
    const Ecosystem e = packageEcosystem(s.ref.package);
    const std::string_view package = packageNameOf(s.ref.package);
    ParsedFinding f;
    f.kind = FindingKind::Vulnerability;
    f.ruleKey = vulnRuleKey(s.ref);
    f.severity = vulnSeverity(s.ref);
    f.package = std::string(package);
    f.packageType = std::string(packageType(e, image.scanner, distro));
    Version v = installedVersion(plan, a, s.ref.package, s.variant);
    f.installedVersion = formatVersion(v, e, distro, package);
    if (vulnHasFix(s.ref)) {
        v.patch += 1 + static_cast<int>(below(hash(static_cast<std::uint64_t>(index), 77), 3));
        v.build = 1;
        f.fixedVersion = formatVersion(v, e, distro, package);
    }
    f.location = vulnLocation(image, e, package, s.variant);
    return f;
}

ParsedFinding misconfiguration(const DemoPlan &plan, const PlannedAsset &a, std::int64_t index)
{
    const auto checks = checksFor(a);
    const auto count = static_cast<std::int64_t>(checks.size());
    const std::int64_t offset = static_cast<std::int64_t>(below(hash(plan.seed(), 0xC4EC, static_cast<std::uint64_t>(a.workload + 1000 * a.image)),
                                                                static_cast<std::uint32_t>(count)));
    const DemoCheck &check = checks[static_cast<std::size_t>((index + offset) % count)];
    ParsedFinding f;
    f.kind = FindingKind::Misconfiguration;
    f.ruleKey = std::string(check.key);
    f.severity = check.severity;
    if (a.image >= 0) {
        f.location = "Dockerfile";
        f.message = replaced(check.message, "");
        return f;
    }
    // Each container of the workload can fail each check once.
    const DemoWorkload &w = workloads()[static_cast<std::size_t>(a.workload)];
    const auto sidecars = sidecarNames();
    const std::string container = index / count == 0
        ? std::string(w.name)
        : std::string(sidecars[below(hash(static_cast<std::uint64_t>(a.workload), 5), static_cast<std::uint32_t>(sidecars.size()))]);
    f.location = "container/" + container;
    f.message = replaced(check.message, container);
    return f;
}

ParsedFinding secret(const DemoPlan &plan, const PlannedAsset &a, std::int64_t index)
{
    const DemoImage &image = images()[static_cast<std::size_t>(a.image)];
    const auto rules = secretRules();
    const auto files = secretFiles();
    const auto ruleCount = static_cast<std::int64_t>(rules.size());
    const std::uint64_t h = hash(plan.seed(), 0x5EC7, static_cast<std::uint64_t>(a.image));
    const DemoSecretRule &rule = rules[static_cast<std::size_t>((index + static_cast<std::int64_t>(below(h, 8))) % ruleCount)];
    const std::string_view file = files[static_cast<std::size_t>((index / ruleCount + below(hash(h, 1), 8)) % files.size())];
    ParsedFinding f;
    f.kind = FindingKind::Secret;
    f.ruleKey = std::string(rule.key);
    f.severity = rule.severity;
    f.location = replaced(file, image.appDir) + ":" + std::to_string(2 + below(hash(h, static_cast<std::uint64_t>(index)), 80));
    return f;
}

// Metadata of a configuration check or secret rule of the vocabulary.
RuleInfo namedRuleInfo(FindingKind kind, std::string_view key)
{
    if (kind == FindingKind::Secret) {
        for (const DemoSecretRule &r : secretRules()) {
            if (r.key == key)
                return secretRuleInfo(r);
        }
    }
    for (const auto &list : {kubescapeChecks(), trivyKubernetesChecks(), imageConfigChecks()}) {
        for (const DemoCheck &c : list) {
            if (c.key == key)
                return checkRuleInfo(c);
        }
    }
    RuleInfo none;
    none.kind = kind;
    none.key = std::string(key);
    return none;
}

} // namespace

ParsedFinding DemoReportBuilder::finding(int asset, std::int64_t index) const
{
    const PlannedAsset &a = m_plan.assets()[static_cast<std::size_t>(asset)];
    switch (a.kindOf(index)) {
    case FindingKind::Vulnerability: return vulnerability(m_plan, a, index);
    case FindingKind::Misconfiguration: return misconfiguration(m_plan, a, index - a.vulnerabilities);
    case FindingKind::Secret: break;
    }
    return secret(m_plan, a, index - a.vulnerabilities - a.misconfigurations);
}

void DemoReportBuilder::addFindings(ParsedReport &report, int asset, int scanOrdinal)
{
    const PlannedAsset &a = m_plan.assets()[static_cast<std::size_t>(asset)];
    const std::uint32_t reportAsset = report.addAsset(a.ref);
    report.addScope(reportAsset, a.image >= 0 ? FindingKind::Vulnerability : FindingKind::Misconfiguration);
    if (a.image >= 0) {
        const DemoImage &image = images()[static_cast<std::size_t>(a.image)];
        if (image.scanner == Scanner::Trivy)
            report.addScope(reportAsset, FindingKind::Misconfiguration); // image config checks
        if (image.secrets)
            report.addScope(reportAsset, FindingKind::Secret);
    }
    for (std::int64_t k = 0; k < a.total(); ++k) {
        if (!m_plan.fate(asset, k).presentIn(scanOrdinal))
            continue;
        ParsedFinding f = finding(asset, k);
        f.asset = reportAsset;
        // The rule's text travels with its first appearance, as in a scanner's report.
        std::uint64_t rule = 0;
        if (f.kind == FindingKind::Vulnerability) {
            const VulnSlot s = vulnSlot(a, k);
            rule = static_cast<std::uint64_t>(s.ref.package * kMaxVulnsPerPackage + s.ref.ordinal);
            if (m_rulesSent.insert(rule).second)
                report.rules.push_back(vulnRuleInfo(s.ref, m_plan.now()));
        } else if (m_namedRulesSent.insert(std::to_string(static_cast<int>(f.kind)) + f.ruleKey).second) {
            report.rules.push_back(namedRuleInfo(f.kind, f.ruleKey));
        }
        report.findings.push_back(std::move(f));
    }
}

void DemoReportBuilder::addComponents(ParsedReport &report, int asset) const
{
    static constexpr std::string_view licenses[] = {"MIT", "Apache-2.0", "BSD-3-Clause", "GPL-2.0-only", "LGPL-2.1-or-later", "ISC"};
    const PlannedAsset &a = m_plan.assets()[static_cast<std::size_t>(asset)];
    const DemoImage &image = images()[static_cast<std::size_t>(a.image)];
    const DemoDistro &distro = distros()[static_cast<std::size_t>(image.distro)];
    for (int package : a.packages) {
        const Ecosystem e = packageEcosystem(package);
        const std::string_view name = packageNameOf(package);
        ParsedComponent c;
        c.asset = 0;
        c.name = std::string(name);
        c.type = std::string(packageType(e, image.scanner, distro));
        c.version = formatVersion(installedVersion(m_plan, a, package, 0), e, distro, name);
        c.purl = e == Ecosystem::Os
            ? "pkg:" + std::string(distro.purlType) + "/" + std::string(distro.trivyType) + "/" + c.name + "@" + c.version
            : "pkg:" + std::string(ecosystemPurlType(e)) + "/" + c.name + "@" + c.version;
        c.licenses = std::string(licenses[below(hash(static_cast<std::uint64_t>(package), 3), 6)]);
        report.components.push_back(std::move(c));
    }
}

ParsedFile DemoReportBuilder::build(const PlannedScan &scan)
{
    ParsedReport r;
    r.scannedAt = scan.at;
    std::string label;
    if (scan.asset >= 0) {
        const PlannedAsset &a = m_plan.assets()[static_cast<std::size_t>(scan.asset)];
        const DemoImage &image = images()[static_cast<std::size_t>(a.image)];
        const bool trivy = image.scanner == Scanner::Trivy;
        r.format = trivy ? ReportFormat::TrivyJson : ReportFormat::GrypeJson;
        r.tool = trivy ? "Trivy" : "Grype";
        r.toolVersion = trivy ? "0.50.1" : "0.74.7";
        addFindings(r, scan.asset, scan.ordinal);
        if (scan.ordinal == 0)
            addComponents(r, scan.asset);
        label = std::string(lastSegment(image.repository));
    } else {
        const DemoCluster &cluster = clusters()[static_cast<std::size_t>(scan.cluster)];
        r.format = cluster.format;
        r.tool = std::string(cluster.tool);
        r.toolVersion = cluster.tool == "Kubescape" ? "3.0.8" : "0.20.6";
        for (int asset : m_plan.clusterAssets(scan.cluster))
            addFindings(r, asset, scan.ordinal);
        label = std::string(cluster.name);
    }
    computeFingerprints(r);

    ParsedFile file;
    const std::string which = scan.asset >= 0 ? "image-" + std::to_string(scan.asset) : "cluster-" + std::to_string(scan.cluster);
    file.path = "demo/" + r.tool + "/" + label + "-scan-" + std::to_string(scan.ordinal + 1) + ".json";
    // Unique per report: the writer keys reports by content hash.
    file.contentHash = "demo-" + std::to_string(m_plan.seed()) + "-" + which + "-" + std::to_string(scan.ordinal);
    file.bytes = 4096 + r.findings.size() * 1800; // about what the scanner's JSON would weigh
    file.report = std::move(r);
    return file;
}

} // namespace bulkhead::demo
