#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace bulkhead {

class Database;

// What the registry collector recorded about images, read ONCE before a cluster collection
// evaluates its workloads (one query per table, not one per pod): the config user and the
// signature state by manifest, index and config digest, and the digest each tag pointed at by
// "host/repository:tag". Lets the run-as-root and image-unsigned checks use the registry's facts.
class RegistryImageFacts
{
public:
    struct Facts {
        std::string user;      // config.User as written ("" = root)
        std::string signature; // "unsigned", "signed" (no configured key verifies it), "verified", "invalid"
    };

    // Reads every registry source's images and tags. A store without them gives empty maps.
    void load(const Database &db);

    // The facts of `image` (as written in a pod spec) or of `digest` ("sha256:...", from the pod's
    // status.containerStatuses[].imageID; "" when unknown): by the digest the image names, else
    // `digest`, else the tag's digest. Null when the registry does not know the image.
    const Facts *find(std::string_view image, std::string_view digest) const;

    std::size_t size() const { return m_byDigest.size(); }

    // "docker.io/library/nginx:latest" for "nginx"; the digest part of "x@sha256:..." is dropped.
    static std::string normalizeReference(std::string_view image);
    // "sha256:..." of an imageID ("docker-pullable://nginx@sha256:...", "sha256:..."), else "".
    static std::string digestOfImageId(std::string_view imageId);

private:
    std::unordered_map<std::string, Facts> m_byDigest;
    std::unordered_map<std::string, std::string> m_tagDigest; // normalized reference -> digest
};

} // namespace bulkhead
