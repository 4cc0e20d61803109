#pragma once

#include "analysis/posturethresholds.h"
#include "registry/collectionresult.h"
#include "registry/registryclient.h"
#include "sources/registrysourceconfig.h"

#include <optional>
#include <string>
#include <vector>

namespace bulkhead {

class CancelToken;

// Collects one registry source into the store: catalog (or the literal include patterns when the
// registry refuses the catalog) -> include/exclude -> `concurrency` worker threads, each with its
// own RegistryClient, taking repositories from a shared queue (RegistryCrawler) -> posture of each
// image -> ONE store transaction: images and tags, imported SBOMs, the posture report through
// ImportWriter, and the collection run's outcome.
//
// Outcomes: a source that cannot be reached or refuses the credentials -> "failed"; any failed
// repository or image -> "partial" (what was read is stored, nothing is deleted, every failure
// listed); cancelled -> "cancelled" and nothing but the run record is written. The run always
// finishes and is recorded. Credentials never appear in errors or the store.
class RegistryCollector
{
public:
    RegistryCollector(std::string storePath, RegistrySourceConfig source,
                      std::optional<RegistryCredentials> credentials, PostureThresholds thresholds);

    // Called from the worker threads (serialised by the collector).
    void setProgressCallback(CollectionProgressCallback callback) { m_progress = std::move(callback); }
    // The clock of the run (unix seconds); 0 = now. For tests of ages.
    void setNow(std::int64_t now) { m_now = now; }

    CollectionResult run(const CancelToken *cancel = nullptr);
    // Records a run of this source that failed before crawling (e.g. its credentials could not be
    // read) with `error`, so that the source's last run tells why.
    CollectionResult failBeforeCrawl(const std::string &error);

    // Repositories named by include patterns without wildcards (* ?): what is crawled when the
    // registry does not serve its catalog.
    static std::vector<std::string> literalIncludes(const RegistrySourceConfig &source);

private:
    struct Crawl;
    bool listRepositories(RegistryClient &client, const CancelToken *cancel, std::vector<std::string> &repos,
                          std::string *error);
    void crawlAll(const std::vector<std::string> &repos, const std::vector<std::string> &keys,
                  const CancelToken *cancel, Crawl &crawl);
    void report(const char *phase, std::int64_t done, std::int64_t total);

    std::string m_storePath;
    RegistrySourceConfig m_source;
    std::optional<RegistryCredentials> m_credentials;
    PostureThresholds m_thresholds;
    CollectionProgressCallback m_progress;
    std::int64_t m_now = 0;
    std::string m_failBeforeCrawl;
};

} // namespace bulkhead
