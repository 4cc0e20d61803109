#include "registry/manifestinfo.h"

#include "registry/jsonbody.h"

#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <optional>

namespace bulkhead {

namespace {

constexpr std::string_view kOciManifest = "application/vnd.oci.image.manifest.v1+json";
constexpr std::string_view kOciIndex = "application/vnd.oci.image.index.v1+json";
constexpr std::string_view kDockerManifest = "application/vnd.docker.distribution.manifest.v2+json";
constexpr std::string_view kDockerList = "application/vnd.docker.distribution.manifest.list.v2+json";
constexpr std::string_view kOciConfig = "application/vnd.oci.image.config.v1+json";
constexpr std::string_view kDockerConfig = "application/vnd.docker.container.image.v1+json";
// Schema 1 (signed or not) was removed from Docker and most registries; its layout (fsLayers,
// v1Compatibility strings) has no config blob to read the user or history from.
constexpr std::array<std::string_view, 2> kSchema1{"application/vnd.docker.distribution.manifest.v1+json",
                                                   "application/vnd.docker.distribution.manifest.v1+prettyjws"};

bool isSchema1(std::string_view mediaType)
{
    for (std::string_view t : kSchema1) {
        if (mediaType == t)
            return true;
    }
    return false;
}

// Filesystem layer types of Docker (rootfs.diff, also "foreign") and OCI (image.layer, any
// compression, nondistributable); a manifest with other layers is an artifact.
bool isFilesystemLayer(std::string_view mediaType)
{
    return mediaType.starts_with("application/vnd.docker.image.rootfs.")
        || mediaType.starts_with("application/vnd.oci.image.layer.");
}

std::map<std::string, std::string> annotationsOf(const QJsonObject &o)
{
    std::map<std::string, std::string> out;
    const QJsonObject a = o.value(QLatin1String("annotations")).toObject();
    for (auto it = a.begin(); it != a.end(); ++it)
        out.emplace(it.key().toStdString(), it.value().toString().toStdString());
    return out;
}

struct Descriptor {
    std::string mediaType, digest;
    std::int64_t size = 0;
};

// A descriptor needs a digest ("algorithm:encoded") and a size; `where` names it in the error.
std::optional<Descriptor> descriptorOf(const QJsonValue &v, const std::string &where, std::string *error)
{
    if (!v.isObject()) {
        *error = where + " is not a descriptor object";
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    Descriptor d{jsonString(o, "mediaType"), jsonString(o, "digest"), 0};
    if (d.digest.find(':') == std::string::npos || d.digest.front() == ':' || d.digest.back() == ':') {
        *error = where + (d.digest.empty() ? " has no digest" : " has a malformed digest \"" + d.digest + "\"");
        return std::nullopt;
    }
    const std::optional<std::int64_t> size = jsonSize(o, "size");
    if (!size) {
        *error = where + " has no valid size";
        return std::nullopt;
    }
    d.size = *size;
    return d;
}

bool readImage(const QJsonObject &o, ManifestInfo &m)
{
    const std::optional<Descriptor> config = descriptorOf(o.value(QLatin1String("config")), "config", &m.error);
    if (!config)
        return false;
    m.configDigest = config->digest;
    m.configMediaType = config->mediaType;
    m.configSize = config->size;
    const QJsonArray layers = o.value(QLatin1String("layers")).toArray();
    m.layers.reserve(std::size_t(layers.size()));
    for (qsizetype i = 0; i < layers.size(); ++i) {
        const auto d = descriptorOf(layers.at(i), "layers[" + std::to_string(i) + "]", &m.error);
        if (!d)
            return false;
        m.layers.push_back(ImageLayer{d->digest, d->size, d->mediaType});
    }
    // OCI 1.1: without artifactType, config.mediaType names what an artifact is.
    if (m.artifactType.empty() && m.configMediaType != kOciConfig && m.configMediaType != kDockerConfig)
        m.artifactType = m.configMediaType;
    return true;
}

bool readIndex(const QJsonObject &o, ManifestInfo &m)
{
    const QJsonArray entries = o.value(QLatin1String("manifests")).toArray();
    m.manifests.reserve(std::size_t(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto d = descriptorOf(entries.at(i), "manifests[" + std::to_string(i) + "]", &m.error);
        if (!d)
            return false;
        const QJsonObject e = entries.at(i).toObject();
        const QJsonObject p = e.value(QLatin1String("platform")).toObject();
        m.manifests.push_back(PlatformManifest{d->digest, d->mediaType, jsonString(p, "os"),
                                               jsonString(p, "architecture"), jsonString(p, "variant"), d->size,
                                               annotationsOf(e)});
    }
    return true;
}

} // namespace

std::string PlatformManifest::platform() const
{
    if (os.empty() && architecture.empty())
        return {};
    std::string p = os + '/' + architecture;
    if (!variant.empty())
        p += '/' + variant;
    return p;
}

bool PlatformManifest::isAttestation() const
{
    const auto it = annotations.find("vnd.docker.reference.type");
    return it != annotations.end() && it->second == "attestation-manifest";
}

std::int64_t ManifestInfo::layersSize() const
{
    std::int64_t sum = 0;
    for (const ImageLayer &l : layers)
        sum += l.size;
    return sum;
}

bool ManifestInfo::isImage() const
{
    if (kind != Kind::Image || !artifactType.empty())
        return false;
    if (configMediaType != kOciConfig && configMediaType != kDockerConfig)
        return false;
    for (const ImageLayer &l : layers) {
        if (!isFilesystemLayer(l.mediaType))
            return false;
    }
    return true;
}

ManifestInfo parseManifest(std::string_view body, std::string_view servedMediaType)
{
    ManifestInfo m;
    const std::optional<QJsonObject> doc = parseJsonBody(body, "manifest", &m.error);
    if (!doc)
        return m;
    const QJsonObject &o = *doc;
    m.mediaType = jsonString(o, "mediaType");
    if (m.mediaType.empty())
        m.mediaType = std::string(servedMediaType);
    const QJsonValue version = o.value(QLatin1String("schemaVersion"));
    if (isSchema1(m.mediaType) || version.toInt() == 1) {
        m.error = "schema 1 manifests are not supported (Docker removed them; push the image again with a "
                  "current client to get a schema 2 or OCI manifest)";
        return m;
    }
    if (!version.isUndefined() && (!version.isDouble() || version.toDouble() != 2)) {
        m.error = "unsupported manifest schemaVersion (only 2 is defined)";
        return m;
    }
    m.artifactType = jsonString(o, "artifactType");
    m.subjectDigest = jsonString(o.value(QLatin1String("subject")).toObject(), "digest");
    m.annotations = annotationsOf(o);

    // OCI allows an index or manifest without mediaType; then the shape decides.
    const bool isIndex = m.mediaType == kOciIndex || m.mediaType == kDockerList
        || (m.mediaType.empty() && o.value(QLatin1String("manifests")).isArray());
    const bool isImage = m.mediaType == kOciManifest || m.mediaType == kDockerManifest
        || (m.mediaType.empty() && o.value(QLatin1String("config")).isObject());
    if (isIndex) {
        m.kind = readIndex(o, m) ? ManifestInfo::Kind::Index : ManifestInfo::Kind::Unknown;
    } else if (isImage) {
        m.kind = readImage(o, m) ? ManifestInfo::Kind::Image : ManifestInfo::Kind::Unknown;
    } else {
        m.error = m.mediaType.empty() ? std::string("manifest has no mediaType and is neither an image nor an index")
                                      : "unsupported manifest media type " + m.mediaType;
    }
    if (!m.error.empty()) {
        m.layers.clear();
        m.manifests.clear();
    }
    return m;
}

} // namespace bulkhead
