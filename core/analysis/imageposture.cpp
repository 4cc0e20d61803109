#include "analysis/imageposture.h"

#include "util/timestamps.h"

#include <cstdio>

namespace bulkhead {

namespace {

constexpr std::int64_t kDay = 86400;

// Whole days from `then` to `now` (0 when `then` is in the future: clock skew is no finding).
std::int64_t daysSince(std::int64_t then, std::int64_t now)
{
    return now > then ? (now - then) / kDay : 0;
}

// Older than `limitDays` (0 = check off); `then` 0 = unknown, never a finding.
bool olderThan(std::int64_t then, int limitDays, std::int64_t now)
{
    return then > 0 && limitDays > 0 && now - then > std::int64_t(limitDays) * kDay;
}

std::string humanSize(std::int64_t bytes)
{
    char buf[32];
    const double mib = double(bytes) / (1024.0 * 1024.0);
    if (mib >= 1024.0)
        std::snprintf(buf, sizeof buf, "%.1f GiB", mib / 1024.0);
    else
        std::snprintf(buf, sizeof buf, "%.1f MiB", mib);
    return buf;
}

std::string day(std::int64_t t)
{
    return isoTimestamp(t).substr(0, 10);
}

// The registry part of "host[:port]/repo@digest".
std::string registryOf(const std::string &reference)
{
    return reference.substr(0, reference.find('/'));
}

void configChecks(const ImagePostureInput &in, const PostureThresholds &t, std::int64_t now,
                  std::vector<ImageCheck> &out)
{
    const ImageConfigInfo &c = in.config;
    if (c.runsAsRoot()) {
        out.push_back({imagerule::kRootUser, Severity::High,
                       c.user.empty() ? std::string("runs as root: the image config sets no USER")
                                      : "runs as root: the image config sets USER " + c.user,
                       "config.User"});
    }
    for (const std::string &name : c.secretLookingEnv) {
        out.push_back({imagerule::kSecretEnv, Severity::High,
                       "environment variable " + name + " is set to a literal value in the image config",
                       "env:" + name});
    }
    if (olderThan(c.created, t.maxImageAgeDays, now)) {
        out.push_back({imagerule::kTooOld, Severity::Medium,
                       "built " + std::to_string(daysSince(c.created, now)) + " days ago (" + day(c.created)
                           + "), over the limit of " + std::to_string(t.maxImageAgeDays) + " days",
                       "config.created"});
    }
}

void signatureCheck(const SignatureVerdict &s, std::vector<ImageCheck> &out)
{
    switch (s.state) {
    case SignatureState::Verified:
        return;
    case SignatureState::Unsigned:
        out.push_back({imagerule::kUnsigned, Severity::Medium, "no cosign signature found", "signature"});
        return;
    case SignatureState::Invalid:
        out.push_back({imagerule::kSignatureInvalid, Severity::High, "invalid signature: " + s.detail, "signature"});
        return;
    case SignatureState::SignedNotVerified:
        out.push_back({imagerule::kSignatureUnverified, Severity::Low, s.detail, "signature"});
        return;
    }
}

} // namespace

std::vector<ImageCheck> evaluateImagePosture(const ImagePostureInput &in, const PostureThresholds &t,
                                             std::int64_t now)
{
    std::vector<ImageCheck> out;
    if (in.insecureSource) {
        out.push_back({imagerule::kRegistryInsecure, Severity::High,
                       "pulled from " + registryOf(in.reference)
                           + ", a source marked insecure (plain HTTP or unverified TLS)",
                       "registry"});
    }
    // Without a readable config, "no USER" would be a guess: those checks wait for a good blob.
    if (in.config.error.empty())
        configChecks(in, t, now, out);
    signatureCheck(in.signature, out);
    if (!in.hasSbom) {
        out.push_back({imagerule::kNoSbom, Severity::Low, "no SBOM attached (referrers or cosign .sbom tag)", "sbom"});
    } else if (olderThan(in.sbomCreated, t.sbomMaxAgeDays, now)) {
        out.push_back({imagerule::kSbomStale, Severity::Low,
                       "SBOM created " + std::to_string(daysSince(in.sbomCreated, now)) + " days ago, over the limit of "
                           + std::to_string(t.sbomMaxAgeDays) + " days",
                       "sbom"});
    }
    if (t.maxLayers > 0 && in.layerCount > t.maxLayers) {
        out.push_back({imagerule::kTooManyLayers, Severity::Low,
                       std::to_string(in.layerCount) + " layers, over the limit of " + std::to_string(t.maxLayers),
                       "layers"});
    }
    if (t.maxSizeBytes > 0 && in.sizeBytes > t.maxSizeBytes) {
        out.push_back({imagerule::kTooLarge, Severity::Low,
                       "compressed size " + humanSize(in.sizeBytes) + ", over the limit of " + humanSize(t.maxSizeBytes),
                       "size"});
    }
    if (t.scanMaxAgeDays > 0) {
        if (in.lastScanAt <= 0) {
            out.push_back({imagerule::kNotScanned, Severity::Medium,
                           "no vulnerability scan of this image has been imported", "scan"});
        } else if (olderThan(in.lastScanAt, t.scanMaxAgeDays, now)) {
            out.push_back({imagerule::kNotScanned, Severity::Medium,
                           "newest vulnerability scan is " + std::to_string(daysSince(in.lastScanAt, now))
                               + " days old (" + day(in.lastScanAt) + "), over the limit of "
                               + std::to_string(t.scanMaxAgeDays) + " days",
                           "scan"});
        }
    }
    return out;
}

} // namespace bulkhead
