#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace bulkhead {

enum class AssetKind : std::uint8_t {
    Image = 1,              // a container image; identity = digest when known, else the reference
    Filesystem = 2,         // a directory, repository checkout or single file that was scanned
    KubernetesResource = 3, // identity = cluster/namespace/Kind/name
    Other = 4,              // anything a format names that is none of the above (SBOM subject, ...)
};

std::string_view assetKindName(AssetKind k); // "image", "filesystem", "kubernetes", "other"

// What a report says it scanned. The identity decides which stored asset this is: two reports
// about the same image digest (or, for other kinds, the same target) refer to the same asset.
struct AssetRef {
    AssetKind kind = AssetKind::Other;
    std::string identity;   // unique within kind; see makeIdentity helpers below
    std::string name;       // what a person calls it: "alpine:3.10", "deploy/nginx", "./src"
    std::string repository; // image repository without tag/digest ("docker.io/library/alpine"); triage carry-over key
    std::string digest;     // "sha256:..." image (config or manifest) digest, when known
    std::string nameSpace;  // Kubernetes namespace
    std::string cluster;    // Kubernetes cluster name
    std::string os;         // "alpine 3.10.2"
};

// "docker.io/library/alpine:3.10@sha256:..." -> "docker.io/library/alpine" (strips tag and digest,
// keeps a registry host with a port). Not normalised further: the report's spelling is kept.
std::string imageRepository(std::string_view reference);
// Identity of a Kubernetes resource: "cluster/namespace/Kind/name" (empty parts stay empty).
std::string kubernetesIdentity(std::string_view cluster, std::string_view nameSpace,
                               std::string_view kind, std::string_view name);

} // namespace bulkhead
