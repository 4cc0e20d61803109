#include "kube/imagereference.h"

#include "util/asciicase.h"

#include <algorithm>

namespace bulkhead {

namespace {

// Docker Hub answers to several names; the runtime treats them as one.
std::string canonicalRegistry(std::string_view host)
{
    std::string h = asciiLower(host);
    if (h == "index.docker.io" || h == "registry-1.docker.io" || h == "registry.hub.docker.com")
        return "docker.io";
    return h;
}

// The first component of a reference is a registry host when it looks like one (the rule of
// the Docker reference grammar): it has a '.' or a ':' or is "localhost".
bool looksLikeHost(std::string_view component)
{
    return component.find_first_of(".:") != std::string_view::npos || component == "localhost";
}

} // namespace

ImageReference parseImageReference(std::string_view reference)
{
    ImageReference ref;
    std::string_view name = reference;
    if (const auto at = name.find('@'); at != std::string_view::npos) {
        ref.digest = std::string(name.substr(at + 1));
        name = name.substr(0, at);
    }
    const auto slash = name.rfind('/');
    if (const auto colon = name.rfind(':'); colon != std::string_view::npos
        && (slash == std::string_view::npos || colon > slash)) {
        ref.tag = std::string(name.substr(colon + 1));
        name = name.substr(0, colon);
    }
    const auto first = name.find('/');
    if (first != std::string_view::npos && looksLikeHost(name.substr(0, first))) {
        ref.registry = canonicalRegistry(name.substr(0, first));
        ref.repository = std::string(name.substr(first + 1));
    } else {
        ref.registry = "docker.io";
        ref.repository = std::string(name);
    }
    if (ref.registry == "docker.io" && ref.repository.find('/') == std::string::npos)
        ref.repository = "library/" + ref.repository;
    return ref;
}

bool registryTrusted(const ImageReference &ref, const std::vector<std::string> &trusted)
{
    const std::string full = ref.registry + "/" + ref.repository;
    for (const std::string &entry : trusted) {
        std::string_view e = entry;
        if (const auto scheme = e.find("://"); scheme != std::string_view::npos)
            e.remove_prefix(scheme + 3);
        while (!e.empty() && e.back() == '/')
            e.remove_suffix(1);
        if (e.empty())
            continue;
        const auto slash = e.find('/');
        const std::string host = canonicalRegistry(e.substr(0, slash));
        if (slash == std::string_view::npos) {
            if (host == ref.registry)
                return true;
            continue;
        }
        const std::string prefix = host + std::string(e.substr(slash));
        if (full == prefix || (full.starts_with(prefix) && full[prefix.size()] == '/'))
            return true;
    }
    return false;
}

} // namespace bulkhead
