#pragma once

#include <string>
#include <string_view>

namespace bulkhead {

// The SBOM format a media type announces: "spdx" or "cyclonedx", "" for anything else (including
// syft's own JSON, which the importers do not read). Accepts what SBOMs are stored with: OCI 1.1
// artifactType or config media type of a referrer, or the layer media type of a cosign
// attachment (application/spdx+json, text/spdx, text/spdx+json, application/vnd.cyclonedx,
// application/vnd.cyclonedx+json, application/vnd.cyclonedx+xml, ...). Case and parameters
// ("; version=1.5") are ignored.
std::string sbomFormatForMediaType(std::string_view mediaType);

} // namespace bulkhead
