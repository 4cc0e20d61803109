#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bulkhead {

// An image reference as a pod spec writes it, split the way the container runtime resolves it:
// "nginx:1.25" -> registry "docker.io", repository "library/nginx", tag "1.25".
struct ImageReference {
    std::string registry;   // lower-case host[:port]; "docker.io" when none is written (also for index.docker.io)
    std::string repository; // path below the registry; Docker Hub's official images get "library/"
    std::string tag;        // "" when none is written (the runtime pulls "latest")
    std::string digest;     // "sha256:..." after '@', "" when none
};

ImageReference parseImageReference(std::string_view reference);

// Whether `ref` comes from one of `trusted`: an entry is a registry host ("ghcr.io",
// "registry.example:5000", "docker.io") or a host/path prefix ("ghcr.io/acme",
// "docker.io/library"), matched on whole path components; a scheme or trailing '/' is ignored.
bool registryTrusted(const ImageReference &ref, const std::vector<std::string> &trusted);

} // namespace bulkhead
