#pragma once

#include "registry/signaturestate.h"

#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// One cosign signature as found in a signature manifest: a layer of media type
// application/vnd.dev.cosign.simplesigning.v1+json whose blob is the payload and whose
// annotation dev.cosignproject.cosign/signature holds the base64 signature.
struct CosignSignature {
    std::string payload;         // the layer blob, byte for byte (the signature covers these bytes)
    std::string signatureBase64; // the annotation's value
    std::string sourceDigest;    // digest of the signature manifest it came from (for messages)
};

struct SignatureVerdict {
    SignatureState state = SignatureState::Unsigned;
    std::string detail; // for users: "verified with key 2 (cosign.pub)", "signature is for sha256:..., not this image"
    int keyIndex = -1;  // 0-based index of the key that verified (Verified only)
};

// Verified: a signature verifies with a key AND its payload's critical.image.docker-manifest-digest
// equals imageDigest. Invalid: payload not simple-signing JSON, digest mismatch, undecodable
// signature. SignedNotVerified: well-formed, digest matches, no configured key verifies it (or no
// keys are configured). Over several signatures: Verified > Invalid > SignedNotVerified; no
// signatures -> Unsigned. `keyLabels` (optional, parallel to the keys, e.g. file names) name the
// keys in the detail; unreadable keys are skipped and named there too.
SignatureVerdict verifyCosignSignatures(const std::vector<CosignSignature> &signatures,
                                        const std::vector<std::string> &publicKeysPem, std::string_view imageDigest,
                                        const std::vector<std::string> &keyLabels = {});

// Tags of cosign's tag scheme and of the OCI referrers fallback, derived from a digest
// "sha256:<hex>"; "" when the digest is not "<algorithm>:<encoded>".
std::string cosignSignatureTag(std::string_view digest);                           // "sha256-<hex>.sig"
std::string cosignAttachmentTag(std::string_view digest, std::string_view suffix); // ".sbom", ".att"
std::string referrersFallbackTag(std::string_view digest);                         // "sha256-<hex>"

} // namespace bulkhead
