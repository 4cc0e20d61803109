#include "vault/vaultcollector.h"

#include "net/canceltoken.h"
#include "registry/collectionstore.h"
#include "secrets/secretevaluation.h"
#include "registry/sourcerun.h"
#include "store/database.h"
#include "store/secretrepository.h"
#include "store/storeerror.h"
#include "vault/vaultclient.h"
#include "vault/vaulttoken.h"
#include "vault/vaulttree.h"

#include <algorithm>

namespace bulkhead {

namespace {

// The run table's counters are the registry's: a vault's folders listed go in `repositories`,
// its secrets in `images` (the Sources page names them per kind).
void recordRun(Database &db, std::int64_t sourceId, std::int64_t startedAt, std::int64_t now, int folders,
               const CollectionResult &r)
{
    CollectionResult row = r;
    row.repositories = folders;
    row.images = r.secrets;
    finishRun(db, sourceId, r.runId, startedAt, now, row);
}

} // namespace

VaultCollector::VaultCollector(std::string storePath, VaultSourceConfig source)
    : m_storePath(std::move(storePath)), m_source(std::move(source))
{}

CollectionResult VaultCollector::run(const CancelToken *cancel)
{
    auto report = [this](const char *phase, std::int64_t done, std::int64_t total) {
        if (m_progress)
            m_progress(CollectionProgress{phase, done, total});
    };
    CollectionResult result;
    int folders = 0;
    SourceRun run(result, m_now,
                  [&folders](Database &db, std::int64_t sourceId, std::int64_t startedAt, std::int64_t now,
                             const CollectionResult &r) { recordRun(db, sourceId, startedAt, now, folders, r); });
    if (!run.start(m_storePath, m_source.name, "vault"))
        return run.finish();
    auto fail = [&run](std::string error) { return run.fail(std::move(error)); };

    const std::string where = "vault " + m_source.name + " (" + m_source.url + ")";
    if (std::string problem = m_source.validate(); !problem.empty())
        return fail(where + ": " + problem);
    std::string token = m_token;
    if (!m_tokenSet) {
        std::string error;
        std::optional<std::string> read = readVaultToken(m_source, &error);
        if (!read)
            return fail(where + ": " + error);
        token = std::move(*read);
    }
    VaultClient client(m_source, std::move(token));

    // LIST the tree. A root that cannot be listed at all ends the run when it is the only one
    // (the usual shape of a refused token); beside others it is a partial run.
    report("listing", 0, 0);
    const std::vector<std::string> roots = vaultRoots(m_source.paths);
    const int batch = std::max(64, m_source.concurrency * 8);
    VaultTreeWalk walk = walkVaultTree(
        client, roots, m_source.maxPaths, batch, [&](int listed) { report("listing", listed, 0); }, cancel);
    result.requests = client.requestCount();
    folders = walk.foldersListed;
    if (walk.cancelled)
        return run.cancelled();
    if (walk.rootsFailed == static_cast<int>(roots.size())) {
        std::string error = walk.firstRootError;
        if (walk.firstRootForbidden)
            error += ": the token was refused or may not list this path (check the token, its policy"
                     + std::string(m_source.vaultNamespace.empty() ? "" : " and the namespace") + ")";
        // Nothing was collected: the one error says why (the per-path lists would repeat it).
        return fail(where + ": " + error);
    }
    result.failures = std::move(walk.failures);
    result.notCollected = std::move(walk.notCollected);
    if (walk.truncated) {
        result.failures.push_back(where + ": more than " + std::to_string(m_source.maxPaths)
                                  + " secrets under the paths: read the first " + std::to_string(m_source.maxPaths)
                                  + "; raise the source's path limit to collect them all");
        result.notCollected.push_back("secrets beyond the limit of " + std::to_string(m_source.maxPaths));
    }

    // GET each secret's metadata, in batches so that progress and cancellation stay prompt.
    SecretSourceWrite write;
    write.store = SecretStoreKind::Vault;
    write.origin = m_source.name;
    write.sourceId = run.sourceId();
    write.secrets.reserve(walk.secrets.size());
    const std::int64_t total = static_cast<std::int64_t>(walk.secrets.size());
    const std::size_t readBatch = static_cast<std::size_t>(std::max(256, m_source.concurrency * 32));
    report("metadata", 0, total);
    for (std::size_t at = 0; at < walk.secrets.size(); at += readBatch) {
        const std::size_t end = std::min(walk.secrets.size(), at + readBatch);
        const std::vector<std::string> paths(walk.secrets.begin() + static_cast<std::ptrdiff_t>(at),
                                             walk.secrets.begin() + static_cast<std::ptrdiff_t>(end));
        std::vector<VaultClient::Metadata> read = client.readMetadata(paths, cancel);
        result.requests = client.requestCount();
        if (cancel && cancel->isCancelled())
            return run.cancelled();
        for (VaultClient::Metadata &m : read) {
            if (m.notFound)
                continue; // deleted since it was listed
            if (!m.ok()) {
                result.failures.push_back(std::move(m.error));
                result.notCollected.push_back(client.apiPath(m.path) + (m.forbidden ? " (forbidden)" : " (failed)"));
                continue;
            }
            write.secrets.push_back(std::move(*m.secret));
        }
        report("metadata", static_cast<std::int64_t>(end), total);
    }
    walk.secrets.clear();
    walk.secrets.shrink_to_fit();

    // Complete only when every LIST and read succeeded: then what is gone from Vault is removed.
    write.complete = result.failures.empty();
    result.status = write.complete ? CollectionStatus::Complete : CollectionStatus::Partial;
    if (!result.failures.empty())
        result.error = result.failures.front();

    // ONE transaction: the secrets, their evaluation (decisions, findings) and the run.
    report("writing", 0, 1);
    const std::int64_t now = run.now();
    write.now = now;
    const int recorded = static_cast<int>(write.secrets.size());
    try {
        const SecretPolicy policy = m_policy ? *m_policy : loadSecretPolicy();
        Database &db = run.db();
        Transaction transaction(db);
        SecretRepository(db).write(write);
        const SecretEvaluationSummary summary = evaluateSecrets(db, policy, now, "vault", m_source.name);
        result.secrets = recorded;
        result.secretsOverdue = static_cast<int>(summary.overdue);
        result.postureFindings = summary.findings;
        result.newFindings = summary.newFindings;
        result.resolved = summary.resolved;
        result.reopened = summary.reopened;
        result.seconds = run.elapsed();
        recordRun(db, run.sourceId(), run.startedAt(), now, folders, result);
        transaction.commit();
    } catch (const StoreError &e) {
        result.status = CollectionStatus::Failed;
        result.error = std::string("the collection could not be stored, nothing of it was kept: ") + e.what();
        result.secrets = result.secretsOverdue = 0;
        result.postureFindings = result.newFindings = result.resolved = result.reopened = 0;
        return run.finish();
    }
    report("writing", 1, 1);
    result.seconds = run.elapsed();
    return result;
}

} // namespace bulkhead
