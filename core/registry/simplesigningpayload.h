#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bulkhead {

// The payload cosign signs for a container image (the "simple signing" format of
// containers/image, as cosign writes it):
// {"critical":{"identity":{"docker-reference":"registry/repo"},
//              "image":{"docker-manifest-digest":"sha256:..."},
//              "type":"cosign container image signature"},
//  "optional":{...} or null}
struct SimpleSigningPayload {
    std::string dockerReference; // critical.identity.docker-reference (may be empty)
    std::string manifestDigest;  // critical.image.docker-manifest-digest
};

inline constexpr std::string_view kCosignSignatureType = "cosign container image signature";

// nullopt (and *error says why) unless the payload is such a document with a manifest digest.
std::optional<SimpleSigningPayload> parseSimpleSigningPayload(std::string_view payload, std::string *error);

} // namespace bulkhead
