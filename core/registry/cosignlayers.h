#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// One layer of a cosign signature manifest: the simple-signing payload blob and the signature
// over it, which cosign keeps in the layer's "dev.cosignproject.cosign/signature" annotation
// (ManifestInfo does not keep layer annotations, so the collector reads them here).
struct CosignLayer {
    std::string payloadDigest;
    std::string signatureBase64;
};

// The simple-signing layers of a signature manifest body; empty when it has none or is not JSON.
std::vector<CosignLayer> cosignLayers(std::string_view manifestBody);

} // namespace bulkhead
