// Fuzz target: the JSON bodies a registry serves, each through the function that reads it:
// a manifest or index (parseManifest, with the Content-Type chosen from the first byte so that
// every supported media type is reached), the cosign layers of a signature manifest, an image
// config blob and a token realm's answer. All come from a server the user does not control.

#include "registry/cosignlayers.h"
#include "registry/imageconfig.h"
#include "registry/manifestinfo.h"
#include "registry/tokenresponse.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace bulkhead;
    static constexpr std::array<std::string_view, 6> kServedTypes{
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.v1+prettyjws",
        "",
    };
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    const std::string_view served = kServedTypes[size == 0 ? 0 : data[0] % kServedTypes.size()];

    const ManifestInfo manifest = parseManifest(body, served);
    // Documented: an unparsable manifest has an error and Kind::Unknown.
    if (!manifest.error.empty() && manifest.kind != ManifestInfo::Kind::Unknown) {
        std::fprintf(stderr, "manifest error \"%s\" with a known kind\n", manifest.error.c_str());
        std::abort();
    }
    (void)manifest.layersSize();
    (void)manifest.isImage();
    for (const PlatformManifest &m : manifest.manifests) {
        (void)m.platform();
        (void)m.isAttestation();
    }
    (void)cosignLayers(body);
    (void)parseImageConfig(body);
    const TokenResponse token = TokenResponse::parse(body);
    if (token.ok() && token.token.empty()) {
        std::fprintf(stderr, "token response accepted without a token\n");
        std::abort();
    }
    return 0;
}
