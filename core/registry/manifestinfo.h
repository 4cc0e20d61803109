#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// A layer (or other blob) an image manifest lists.
struct ImageLayer {
    std::string digest;
    std::int64_t size = 0;
    std::string mediaType;
};

// One entry of an OCI index / Docker manifest list.
struct PlatformManifest {
    std::string digest, mediaType, os, architecture, variant;
    std::int64_t size = 0;
    std::map<std::string, std::string> annotations;

    // "linux/arm64/v8", "linux/amd64"; "" when the entry names no platform.
    std::string platform() const;
    // BuildKit's attestation manifests (platform unknown/unknown, annotation
    // vnd.docker.reference.type=attestation-manifest) describe another entry; they are no image.
    bool isAttestation() const;
};

// What a manifest says, whichever of the four supported formats it is in: Docker v2 schema 2
// manifest or manifest list, OCI image manifest or index (with OCI 1.1 artifactType / subject).
struct ManifestInfo {
    enum class Kind : std::uint8_t { Image, Index, Unknown } kind = Kind::Unknown;
    std::string mediaType;      // the body's, else the one the registry served
    std::string artifactType;   // OCI artifactType, else config.mediaType when it is not an image config
    std::string configDigest, configMediaType;
    std::int64_t configSize = 0;
    std::string subjectDigest;  // OCI 1.1 subject: the manifest this one refers to
    std::vector<ImageLayer> layers;
    std::vector<PlatformManifest> manifests; // index entries (Kind::Index)
    std::map<std::string, std::string> annotations;
    // Non-empty when unparsable: "manifest is not JSON at byte 12 (...)",
    // "schema 1 manifests are not supported ...". Kind is then Unknown.
    std::string error;

    std::int64_t layersSize() const; // sum of layer sizes
    // A container image: Kind::Image with an image config and only filesystem layers, i.e. not a
    // cosign signature, SBOM attachment, attestation or other OCI artifact stored as a manifest.
    bool isImage() const;
};

// Parses a manifest body; `servedMediaType` (the Content-Type, parameters stripped) is used when
// the body carries no mediaType (allowed by OCI).
ManifestInfo parseManifest(std::string_view body, std::string_view servedMediaType);

} // namespace bulkhead
