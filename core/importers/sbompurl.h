#pragma once

#include <string>
#include <string_view>

// Package URLs (https://github.com/package-url/purl-spec) as SBOMs (CycloneDX, SPDX) write them:
// "pkg:deb/ubuntu/coreutils@8.32-4.1ubuntu1?arch=amd64". Only what the SBOM parsers need.
namespace bulkhead::sbompurl {

struct Parts {
    std::string type;    // "deb", "npm", "oci", ...
    std::string name;    // last path segment, percent-decoded
    std::string version; // percent-decoded ("sha256:..." for pkg:oci)
};

// False when `purl` is not "pkg:<type>/...<name>".
bool parse(std::string_view purl, Parts &out);
// The purl type, or "" when `purl` is not one.
std::string type(std::string_view purl);
// "sha256:..." of pkg:oci / pkg:docker purls whose version is a digest, else "".
std::string imageDigest(std::string_view purl);

} // namespace bulkhead::sbompurl
