#pragma once

#include "analysis/posturethresholds.h"
#include "model/parsedreport.h"
#include "model/severity.h"
#include "registry/cosignverifier.h"
#include "registry/imageconfig.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bulkhead {

// Rule keys of the image posture checks (RuleInfo::key of the findings the collector writes).
namespace imagerule {
inline constexpr char kRootUser[] = "bulkhead/image-root-user";
inline constexpr char kUnsigned[] = "bulkhead/image-unsigned";
inline constexpr char kSignatureInvalid[] = "bulkhead/image-signature-invalid";
inline constexpr char kSignatureUnverified[] = "bulkhead/image-signature-unverified";
inline constexpr char kNoSbom[] = "bulkhead/image-no-sbom";
inline constexpr char kSbomStale[] = "bulkhead/image-sbom-stale";
inline constexpr char kTooManyLayers[] = "bulkhead/image-too-many-layers";
inline constexpr char kTooLarge[] = "bulkhead/image-too-large";
inline constexpr char kTooOld[] = "bulkhead/image-too-old";
inline constexpr char kSecretEnv[] = "bulkhead/image-secret-env"; // FindingKind::Secret
inline constexpr char kNotScanned[] = "bulkhead/image-not-scanned";
inline constexpr char kRegistryInsecure[] = "bulkhead/registry-insecure";
} // namespace imagerule

// Everything the collector knows about one image manifest (one platform of an index).
struct ImagePostureInput {
    std::string reference;  // "registry.example:5000/app/web@sha256:..." (names the registry in messages)
    ImageConfigInfo config; // config checks are skipped when config.error is set
    int layerCount = 0;
    std::int64_t sizeBytes = 0; // sum of the compressed layer sizes
    SignatureVerdict signature;
    bool hasSbom = false;
    std::int64_t sbomCreated = 0; // unix seconds, 0 unknown
    std::int64_t lastScanAt = 0;  // newest imported vulnerability scan of this image, 0 none
    bool insecureSource = false;  // the source is marked insecure (plain http / unverified TLS)
};

// One failed check. Several checks may share a rule (one per secret-looking variable); `location`
// tells them apart ("env:DB_PASSWORD", "config.User", "signature") and is meant as
// ParsedFinding::location so that each has its own fingerprint.
struct ImageCheck {
    std::string ruleKey;
    Severity severity = Severity::Medium;
    std::string message; // never an environment value
    std::string location;
};

// The checks `input` fails at time `now` (unix seconds) under `thresholds`, in a fixed order.
std::vector<ImageCheck> evaluateImagePosture(const ImagePostureInput &input, const PostureThresholds &thresholds,
                                             std::int64_t now);

// Rule metadata (kind, title, description with what/why/how to fix, references) for every key
// evaluateImagePosture can return, with hasMetadata set.
const std::vector<RuleInfo> &imagePostureRules();

} // namespace bulkhead
