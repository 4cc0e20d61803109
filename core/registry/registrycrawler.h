#pragma once

#include "registry/configblobcache.h"
#include "registry/cosignverifier.h"
#include "registry/registryclient.h"
#include "registry/repositorycrawl.h"

#include <atomic>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace bulkhead {

class CancelToken;
class ParseContext;
struct ManifestInfo;

// What every worker of one collection shares.
struct CrawlSettings {
    std::vector<std::string> publicKeysPem; // cosign keys of the source
    bool importSboms = false;
    const CancelToken *cancel = nullptr;
    ConfigBlobCache *configs = nullptr;
    // Whether the registry serves the OCI referrers API: 0 not known yet, 1 yes, 2 no (404: only
    // the "sha256-<hex>" fallback tag). Learnt once per collection: asking a registry without the
    // API costs two requests per image, and the answer is the same for every repository.
    std::atomic<int> *referrersApi = nullptr;
};

// Crawls one repository with one RegistryClient (one worker thread): tags -> manifests (an index
// -> each platform) -> config (shared cache) -> cosign signature tag -> referrers and cosign SBOM
// attachment -> SBOM blobs when they are to be imported.
//
// The tag list is the registry's complete list of the repository's tags, so the cosign tags
// ("sha256-<hex>.sig", ".sbom") and the referrers fallback tag ("sha256-<hex>") are looked up in
// it instead of asking for each of them: an unsigned image costs no request for its missing
// signature. Those artifact tags are not images themselves and are not listed as tags.
class RegistryCrawler
{
public:
    RegistryCrawler(RegistryClient &client, const CrawlSettings &settings);

    RepositoryCrawl crawl(const std::string &repository);

    // "sha256-<64 hex>" optionally followed by ".something": a cosign or referrers-fallback tag.
    static bool isArtifactTag(const std::string &tag);

private:
    struct Context;
    void crawlTag(Context &c, const std::string &tag);
    void addImage(Context &c, const std::string &digest, const ManifestInfo &manifest, const std::string &indexDigest,
                  const std::string &platform, const std::string &name);
    SignatureVerdict signature(Context &c, const std::string &digest, std::string *error);
    void findSbom(Context &c, CollectedImage &image, std::string *error);
    void learnReferrersApi(const RegistryClient::Referrers &refs, std::int64_t requests);
    void useSbomManifest(Context &c, CollectedImage &image, const std::string &manifestRef, std::string *error);
    bool cancelled() const;

    RegistryClient &m_client;
    const CrawlSettings &m_settings;
};

} // namespace bulkhead
