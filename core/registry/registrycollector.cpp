#include "registry/registrycollector.h"

#include "net/canceltoken.h"
#include "registry/collectionstore.h"
#include "registry/registrycrawler.h"
#include "store/collectionrunrepository.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

namespace bulkhead {

namespace {

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

bool readFile(const std::string &path, std::string &out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream s;
    s << in.rdbuf();
    out = s.str();
    return true;
}

} // namespace

struct RegistryCollector::Crawl {
    std::vector<RepositoryCrawl> repositories;
    std::int64_t requests = 0;
    std::mutex progressMutex;
};

RegistryCollector::RegistryCollector(std::string storePath, RegistrySourceConfig source,
                                     std::optional<RegistryCredentials> credentials, PostureThresholds thresholds)
    : m_storePath(std::move(storePath)), m_source(std::move(source)), m_credentials(std::move(credentials)),
      m_thresholds(thresholds)
{}

std::vector<std::string> RegistryCollector::literalIncludes(const RegistrySourceConfig &source)
{
    std::vector<std::string> out;
    for (const std::string &p : source.include) {
        if (!p.empty() && p.find_first_of("*?") == std::string::npos && source.repositoryIncluded(p))
            out.push_back(p);
    }
    return out;
}

void RegistryCollector::report(const char *phase, std::int64_t done, std::int64_t total)
{
    if (m_progress)
        m_progress(CollectionProgress{phase, done, total});
}

bool RegistryCollector::listRepositories(RegistryClient &client, const CancelToken *cancel,
                                         std::vector<std::string> &repos, std::string *error)
{
    const RegistryClient::Catalog catalog = client.catalog(0, cancel);
    if (catalog.ok()) {
        for (const std::string &r : catalog.repositories) {
            if (m_source.repositoryIncluded(r))
                repos.push_back(r);
        }
        return true;
    }
    // Many hosted registries refuse /v2/_catalog (or serve only part of it to a user): the
    // repositories the user named exactly can still be crawled.
    repos = literalIncludes(m_source);
    if (repos.empty()) {
        *error = catalog.error + " (the registry does not list its repositories: name them with include patterns "
                                 "without wildcards)";
        return false;
    }
    return true;
}

void RegistryCollector::crawlAll(const std::vector<std::string> &repos, const std::vector<std::string> &keys,
                                 const CancelToken *cancel, Crawl &crawl)
{
    crawl.repositories.resize(repos.size());
    ConfigBlobCache configs;
    std::atomic<int> referrersApi{0};
    CrawlSettings settings;
    settings.publicKeysPem = keys;
    settings.importSboms = m_source.importSboms;
    settings.cancel = cancel;
    settings.configs = &configs;
    settings.referrersApi = &referrersApi;

    HttpSourceOptions options;
    options.caFile = m_source.caFile;
    options.insecure = m_source.insecure;
    std::atomic<std::size_t> next{0};
    std::int64_t done = 0;
    std::mutex requestsMutex;
    auto worker = [&] {
        // Each worker owns its client (HttpClient is not thread-safe) and so its connection:
        // `concurrency` workers are `concurrency` connections to the registry.
        RegistryClient client(m_source.url, options, m_credentials);
        RegistryCrawler crawler(client, settings);
        for (;;) {
            const std::size_t i = next.fetch_add(1);
            if (i >= repos.size() || (cancel && cancel->isCancelled()))
                break;
            crawl.repositories[i] = crawler.crawl(repos[i]);
            std::lock_guard lock(crawl.progressMutex);
            report("manifests", ++done, static_cast<std::int64_t>(repos.size()));
        }
        std::lock_guard lock(requestsMutex);
        crawl.requests += client.requestCount();
    };
    const int threads = std::clamp(m_source.concurrency, 1, 64);
    const int used = std::min<int>(threads, static_cast<int>(repos.size()));
    std::vector<std::thread> pool;
    for (int t = 1; t < used; ++t)
        pool.emplace_back(worker);
    worker(); // the calling thread is one of the workers
    for (std::thread &t : pool)
        t.join();
}

CollectionResult RegistryCollector::failBeforeCrawl(const std::string &error)
{
    m_failBeforeCrawl = error;
    return run(nullptr);
}

CollectionResult RegistryCollector::run(const CancelToken *cancel)
{
    const auto started = std::chrono::steady_clock::now();
    CollectionResult result;
    const std::int64_t startedAt = m_now ? m_now : unixNow();
    auto finish = [&](Database *db, std::int64_t sourceId) {
        result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (!db)
            return result;
        try {
            finishRun(*db, sourceId, result.runId, startedAt, m_now ? m_now : unixNow(), result);
        } catch (const StoreError &e) {
            if (result.error.empty())
                result.error = e.what();
        }
        return result;
    };

    std::optional<Database> db;
    std::int64_t sourceId = 0;
    try {
        db.emplace(Database::open(m_storePath));
        const auto row = SourceRepository(*db).find(m_source.name);
        if (!row) {
            result.error = "no source named \"" + m_source.name + "\"";
            return finish(nullptr, 0);
        }
        sourceId = row->id;
        result.runId = CollectionRunRepository(*db).start(sourceId, startedAt);
    } catch (const StoreError &e) {
        result.error = e.what();
        return finish(nullptr, 0);
    }

    if (!m_failBeforeCrawl.empty()) {
        result.error = m_failBeforeCrawl;
        return finish(&*db, sourceId);
    }
    std::vector<std::string> keys;
    for (const std::string &path : m_source.cosignKeyFiles) {
        std::string pem;
        if (!readFile(path, pem)) {
            result.error = "cannot read the cosign public key " + path;
            return finish(&*db, sourceId);
        }
        keys.push_back(std::move(pem));
    }

    report("catalog", 0, 0);
    HttpSourceOptions options;
    options.caFile = m_source.caFile;
    options.insecure = m_source.insecure;
    RegistryClient client(m_source.url, options, m_credentials);
    std::vector<std::string> repos;
    if (std::string error = client.ping(cancel); !error.empty()) {
        result.error = error;
    } else if (!listRepositories(client, cancel, repos, &error)) {
        result.error = error;
    }
    result.requests = client.requestCount();
    if (cancel && cancel->isCancelled()) {
        result.status = CollectionStatus::Cancelled;
        result.error = "cancelled";
        return finish(&*db, sourceId);
    }
    if (!result.error.empty())
        return finish(&*db, sourceId);

    Crawl crawl;
    report("manifests", 0, static_cast<std::int64_t>(repos.size()));
    crawlAll(repos, keys, cancel, crawl);
    result.requests += crawl.requests;
    result.repositories = static_cast<int>(repos.size());
    if (cancel && cancel->isCancelled()) {
        result.status = CollectionStatus::Cancelled;
        result.error = "cancelled: nothing of this collection was stored";
        return finish(&*db, sourceId);
    }

    CollectionData data;
    data.sourceId = sourceId;
    data.runId = result.runId;
    data.startedAt = startedAt;
    data.now = m_now ? m_now : unixNow();
    data.sourceName = m_source.name;
    data.registryHost = m_source.registryHost();
    data.insecureSource = m_source.insecure || m_source.url.rfind("http://", 0) == 0;
    data.thresholds = m_thresholds;
    for (RepositoryCrawl &r : crawl.repositories) {
        for (std::string &f : r.failures)
            result.failures.push_back(std::move(f));
        std::move(r.images.begin(), r.images.end(), std::back_inserter(data.images));
        std::move(r.tags.begin(), r.tags.end(), std::back_inserter(data.tags));
        std::move(r.sboms.begin(), r.sboms.end(), std::back_inserter(data.sboms));
    }
    data.complete = result.failures.empty();
    result.status = data.complete ? CollectionStatus::Complete : CollectionStatus::Partial;
    if (!data.complete)
        result.error = std::to_string(result.failures.size()) + " failures; first: " + result.failures.front();
    report("writing", 0, 1);
    storeCollection(*db, data, result);
    report("writing", 1, 1);
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace bulkhead
