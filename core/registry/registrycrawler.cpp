#include "registry/registrycrawler.h"

#include "importers/importlimits.h"
#include "importers/parsecontext.h"
#include "net/canceltoken.h"
#include "registry/cosignlayers.h"
#include "registry/manifestinfo.h"
#include "registry/sbomartifact.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <regex>

namespace bulkhead {

namespace {

// Blob size limits: an image config with a long history is tens of KB, a simple-signing payload
// well under one; anything far larger is not what it claims to be.
constexpr std::int64_t kMaxConfigBytes = 8 * 1024 * 1024;
constexpr std::int64_t kMaxPayloadBytes = 1024 * 1024;

std::int64_t parseCreated(const std::map<std::string, std::string> &annotations)
{
    const auto it = annotations.find("org.opencontainers.image.created");
    if (it == annotations.end())
        return 0;
    const QDateTime t = QDateTime::fromString(QString::fromStdString(it->second), Qt::ISODate);
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

} // namespace

struct RegistryCrawler::Context {
    std::string repo;
    std::set<std::string> artifactTags;
    RepositoryCrawl out;
    std::set<std::string> seen; // image digests already added (several tags may share one)
    std::map<std::string, SignatureVerdict> verdicts;
    std::unique_ptr<ParseContext> parse;
};

RegistryCrawler::RegistryCrawler(RegistryClient &client, const CrawlSettings &settings)
    : m_client(client), m_settings(settings)
{}

bool RegistryCrawler::isArtifactTag(const std::string &tag)
{
    static const std::regex pattern("^sha256-[0-9a-f]{64}(\\..+)?$");
    return tag.size() >= 71 && tag.compare(0, 7, "sha256-") == 0 && std::regex_match(tag, pattern);
}

bool RegistryCrawler::cancelled() const
{
    return m_settings.cancel && m_settings.cancel->isCancelled();
}

RepositoryCrawl RegistryCrawler::crawl(const std::string &repository)
{
    Context c;
    c.repo = repository;
    c.out.repository = repository;
    const RegistryClient::TagList list = m_client.listTags(repository, 0, m_settings.cancel);
    if (!list.ok()) {
        c.out.failures.push_back(repository + ": " + list.error);
        c.out.cancelled = cancelled();
        return std::move(c.out);
    }
    std::vector<std::string> imageTags;
    for (const std::string &t : list.tags) {
        if (isArtifactTag(t))
            c.artifactTags.insert(t);
        else
            imageTags.push_back(t);
    }
    for (const std::string &tag : imageTags) {
        if (cancelled())
            break;
        crawlTag(c, tag);
    }
    c.out.cancelled = cancelled();
    return std::move(c.out);
}

void RegistryCrawler::crawlTag(Context &c, const std::string &tag)
{
    const std::string name = c.repo + ':' + tag;
    const RegistryClient::Manifest m = m_client.manifest(c.repo, tag, m_settings.cancel);
    if (!m.ok()) {
        if (m.notFound)
            return; // deleted between the tag listing and now: not there any more
        c.out.failures.push_back(name + ": " + m.error);
        return;
    }
    const ManifestInfo info = parseManifest(m.body, m.mediaType);
    if (!info.error.empty()) {
        c.out.failures.push_back(name + ": " + info.error);
        return;
    }
    if (info.kind == ManifestInfo::Kind::Index) {
        const std::size_t failuresBefore = c.out.failures.size();
        for (const PlatformManifest &p : info.manifests) {
            if (cancelled())
                return;
            if (c.seen.count(p.digest))
                continue;
            const RegistryClient::Manifest child = m_client.manifest(c.repo, p.digest, m_settings.cancel);
            if (!child.ok()) {
                c.out.failures.push_back(c.repo + '@' + p.digest + " (" + p.platform() + " of " + name + "): " + child.error);
                continue;
            }
            const ManifestInfo childInfo = parseManifest(child.body, child.mediaType);
            if (!childInfo.error.empty()) {
                c.out.failures.push_back(c.repo + '@' + p.digest + ": " + childInfo.error);
                continue;
            }
            // Attestation manifests in an index (BuildKit's "unknown/unknown" entries) are not images.
            if (childInfo.isImage())
                addImage(c, p.digest, childInfo, m.digest, p.platform(), name);
        }
        // A tag whose index could not be read completely is left out with it: its images that
        // did come through are stored, the tag pointing at a half-known index is not.
        if (c.out.failures.size() == failuresBefore)
            c.out.tags.push_back({c.repo, tag, m.digest});
        return;
    }
    if (!info.isImage())
        return; // an artifact (Helm chart, SBOM, ...) under a plain tag: not an image
    const std::size_t failuresBefore = c.out.failures.size();
    if (!c.seen.count(m.digest))
        addImage(c, m.digest, info, {}, {}, name);
    if (c.out.failures.size() == failuresBefore)
        c.out.tags.push_back({c.repo, tag, m.digest});
}

void RegistryCrawler::addImage(Context &c, const std::string &digest, const ManifestInfo &manifest,
                               const std::string &indexDigest, const std::string &platform, const std::string &name)
{
    c.seen.insert(digest);
    CrawledImage crawled;
    crawled.name = name;
    CollectedImage &image = crawled.image;
    image.repository = c.repo;
    image.digest = digest;
    image.indexDigest = indexDigest;
    image.platform = platform;
    image.mediaType = manifest.mediaType;
    image.configDigest = manifest.configDigest;
    image.layers = static_cast<int>(manifest.layers.size());
    image.sizeBytes = manifest.layersSize() + manifest.configSize;
    const std::string where = c.repo + '@' + digest + ": ";

    const ConfigBlobCache::Entry config = m_settings.configs->get(manifest.configDigest, [&] {
        ConfigBlobCache::Entry e;
        const RegistryClient::Blob blob = m_client.blob(c.repo, manifest.configDigest, kMaxConfigBytes, m_settings.cancel);
        if (!blob.ok()) {
            e.error = "config " + blob.error;
            return e;
        }
        e.config = parseImageConfig(blob.bytes);
        if (!e.config.error.empty())
            e.error = "config " + manifest.configDigest + ": " + e.config.error;
        return e;
    });
    if (!config.error.empty()) {
        c.out.failures.push_back(where + config.error);
        return;
    }
    crawled.config = config.config;
    const ImageConfigInfo &cfg = crawled.config;
    if (image.platform.empty() && !cfg.os.empty())
        image.platform = cfg.os + '/' + cfg.architecture + (cfg.variant.empty() ? std::string() : '/' + cfg.variant);

    std::string error;
    crawled.signature = signature(c, digest, &error);
    // Signing an index covers its platforms (cosign sign on a multi-arch tag signs the index).
    if (error.empty() && crawled.signature.state == SignatureState::Unsigned && !indexDigest.empty())
        crawled.signature = signature(c, indexDigest, &error);
    if (error.empty())
        findSbom(c, image, &error);
    if (!error.empty()) {
        c.out.failures.push_back(where + error);
        return;
    }
    c.out.images.push_back(std::move(crawled));
}

SignatureVerdict RegistryCrawler::signature(Context &c, const std::string &digest, std::string *error)
{
    if (const auto it = c.verdicts.find(digest); it != c.verdicts.end())
        return it->second;
    std::vector<CosignSignature> signatures;
    const std::string tag = cosignSignatureTag(digest);
    if (c.artifactTags.count(tag)) {
        const RegistryClient::Manifest sig = m_client.manifest(c.repo, tag, m_settings.cancel);
        if (!sig.ok() && !sig.notFound) {
            *error = "signature " + sig.error;
            return {};
        }
        for (const CosignLayer &layer : sig.ok() ? cosignLayers(sig.body) : std::vector<CosignLayer>{}) {
            const RegistryClient::Blob payload = m_client.blob(c.repo, layer.payloadDigest, kMaxPayloadBytes, m_settings.cancel);
            if (!payload.ok()) {
                *error = "signature payload " + payload.error;
                return {};
            }
            signatures.push_back({payload.bytes, layer.signatureBase64, sig.digest});
        }
    }
    SignatureVerdict verdict = verifyCosignSignatures(signatures, m_settings.publicKeysPem, digest);
    c.verdicts.emplace(digest, verdict);
    return verdict;
}

void RegistryCrawler::findSbom(Context &c, CollectedImage &image, std::string *error)
{
    // OCI 1.1 referrers (API, or the fallback tag the crawler already knows from the tag list).
    const int api = m_settings.referrersApi->load();
    if (api != 2 || c.artifactTags.count(referrersFallbackTag(image.digest))) {
        const std::int64_t requestsBefore = m_client.requestCount();
        const RegistryClient::Referrers refs = m_client.referrers(c.repo, image.digest, {}, m_settings.cancel);
        if (!refs.ok()) {
            *error = "referrers " + refs.error;
            return;
        }
        if (api == 0)
            learnReferrersApi(refs, m_client.requestCount() - requestsBefore);
        for (const auto &d : refs.descriptors) {
            const std::string format = sbomFormatForMediaType(d.artifactType);
            if (format.empty())
                continue;
            image.sbomFormat = format;
            image.sbomDigest = d.digest;
            image.sbomCreated = parseCreated(d.annotations);
            if (m_settings.importSboms)
                useSbomManifest(c, image, d.digest, error);
            return;
        }
    }
    // cosign attach sbom / cosign attest: "sha256-<hex>.sbom".
    const std::string tag = cosignAttachmentTag(image.digest, ".sbom");
    if (c.artifactTags.count(tag))
        useSbomManifest(c, image, tag, error);
}

void RegistryCrawler::learnReferrersApi(const RegistryClient::Referrers &refs, std::int64_t requests)
{
    // RegistryClient::referrers does not say whether the API answered when it fell back to a
    // fallback tag that does not exist (an empty list either way). Read from the requests it took:
    // one = the API answered; two = the API's 404 and the missing fallback tag. Anything else
    // (a token fetch, a retry) decides nothing and the next image asks again.
    if (refs.viaFallbackTag || (refs.descriptors.empty() && requests == 2))
        m_settings.referrersApi->store(2);
    else if (!refs.descriptors.empty() || requests == 1)
        m_settings.referrersApi->store(1);
}

void RegistryCrawler::useSbomManifest(Context &c, CollectedImage &image, const std::string &manifestRef,
                                      std::string *error)
{
    const RegistryClient::Manifest m = m_client.manifest(c.repo, manifestRef, m_settings.cancel);
    if (!m.ok()) {
        if (!m.notFound)
            *error = "SBOM " + m.error;
        return;
    }
    const ManifestInfo info = parseManifest(m.body, m.mediaType);
    if (!info.error.empty() || info.layers.empty()) {
        *error = "SBOM manifest " + m.digest + ": " + (info.error.empty() ? "no layers" : info.error);
        return;
    }
    const ImageLayer &layer = info.layers.front();
    std::string format = sbomFormatForMediaType(layer.mediaType);
    if (format.empty())
        format = sbomFormatForMediaType(info.artifactType);
    if (format.empty())
        return; // an attachment that is not an SBOM format we know
    image.sbomFormat = format;
    image.sbomDigest = m.digest;
    if (!image.sbomCreated)
        image.sbomCreated = parseCreated(info.annotations);
    if (!m_settings.importSboms)
        return;
    const RegistryClient::Blob blob = m_client.blob(c.repo, layer.digest,
                                                    static_cast<std::int64_t>(importlimits::kMaxReportBytes),
                                                    m_settings.cancel);
    if (!blob.ok()) {
        *error = "SBOM " + blob.error;
        return;
    }
    if (!c.parse)
        c.parse = std::make_unique<ParseContext>();
    ParsedFile parsed = parseReportBytes("registry:" + c.repo + '@' + layer.digest, blob.bytes, *c.parse);
    if (!parsed.report) {
        // The image's SBOM presence stands; an SBOM the importer cannot read is reported, not fatal.
        c.out.failures.push_back(c.repo + '@' + image.digest + ": SBOM " + layer.digest + " not imported: " + parsed.error);
        return;
    }
    // cosign attachments carry no creation time of their own; the document's is the SBOM's age.
    if (!image.sbomCreated)
        image.sbomCreated = parsed.report->scannedAt;
    c.out.sboms.push_back(std::move(parsed));
}

} // namespace bulkhead
