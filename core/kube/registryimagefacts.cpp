#include "kube/registryimagefacts.h"

#include "registry/signaturestate.h"
#include "store/database.h"

#include <algorithm>
#include <cctype>

namespace bulkhead {

namespace {

// "host[:port]" of a source URL, lower-cased; Docker Hub's endpoints all become "docker.io".
std::string hostOfUrl(std::string_view url)
{
    if (const auto scheme = url.find("://"); scheme != std::string_view::npos)
        url.remove_prefix(scheme + 3);
    url = url.substr(0, url.find('/'));
    std::string host(url);
    std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (host == "index.docker.io" || host == "registry-1.docker.io" || host == "registry.hub.docker.com")
        host = "docker.io";
    return host;
}

// The words the image-unsigned check reads (WorkloadCheckContext::imageSignature): the registry's
// names, except that a signature no configured key verifies is just "signed" there.
std::string signatureWord(SignatureState state)
{
    return state == SignatureState::SignedNotVerified ? std::string("signed") : std::string(signatureStateName(state));
}

} // namespace

std::string RegistryImageFacts::normalizeReference(std::string_view image)
{
    if (const auto at = image.find('@'); at != std::string_view::npos)
        image = image.substr(0, at);
    std::string tag = "latest";
    const auto slash = image.rfind('/');
    if (const auto colon = image.rfind(':'); colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
        tag = std::string(image.substr(colon + 1));
        image = image.substr(0, colon);
    }
    // The first component is a registry host when it has a dot or a port, or is localhost.
    std::string host = "docker.io";
    std::string path(image);
    if (const auto first = image.find('/'); first != std::string_view::npos) {
        const std::string_view head = image.substr(0, first);
        if (head.find_first_of(".:") != std::string_view::npos || head == "localhost") {
            host = hostOfUrl(head);
            path = std::string(image.substr(first + 1));
        }
    }
    if (host == "docker.io" && path.find('/') == std::string::npos)
        path = "library/" + path;
    return host + '/' + path + ':' + tag;
}

std::string RegistryImageFacts::digestOfImageId(std::string_view imageId)
{
    const auto pos = imageId.rfind("sha256:");
    if (pos == std::string_view::npos || (pos != 0 && imageId[pos - 1] != '@'))
        return {};
    return std::string(imageId.substr(pos));
}

void RegistryImageFacts::load(const Database &db)
{
    m_byDigest.clear();
    m_tagDigest.clear();
    auto images = db.prepare("SELECT digest, coalesce(index_digest, ''), coalesce(config_digest, ''), "
                             "coalesce(user, ''), signature_state FROM images ORDER BY id");
    while (images.step()) {
        Facts f{images.text(3), signatureWord(static_cast<SignatureState>(images.int64(4)))};
        // The manifest's own digest wins; an index or config digest names the first platform seen.
        m_byDigest[images.text(0)] = f;
        for (int column : {1, 2}) {
            if (std::string d = images.text(column); !d.empty())
                m_byDigest.emplace(std::move(d), f);
        }
    }
    auto tags = db.prepare("SELECT s.url, t.repository, t.tag, t.digest FROM image_tags t "
                           "JOIN sources s ON s.id = t.source_id");
    while (tags.step()) {
        const std::string reference = hostOfUrl(tags.textView(0)) + '/' + tags.text(1) + ':' + tags.text(2);
        m_tagDigest.emplace(normalizeReference(reference), tags.text(3));
    }
}

const RegistryImageFacts::Facts *RegistryImageFacts::find(std::string_view image, std::string_view digest) const
{
    auto byDigest = [this](const std::string &d) -> const Facts * {
        const auto it = m_byDigest.find(d);
        return it == m_byDigest.end() ? nullptr : &it->second;
    };
    if (const auto at = image.find("@sha256:"); at != std::string_view::npos)
        return byDigest(std::string(image.substr(at + 1)));
    if (!digest.empty()) {
        if (const Facts *f = byDigest(std::string(digest)))
            return f;
    }
    if (m_tagDigest.empty())
        return nullptr;
    const auto tag = m_tagDigest.find(normalizeReference(image));
    return tag == m_tagDigest.end() ? nullptr : byDigest(tag->second);
}

} // namespace bulkhead
