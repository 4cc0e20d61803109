#include "registry/sourcecollection.h"

#include "analysis/posturethresholds.h"
#include "kube/clustercollector.h"
#include "registry/registrycollector.h"
#include "registry/sourcecredentials.h"
#include "store/database.h"
#include "store/sourcerepository.h"
#include "store/storeerror.h"
#include "vault/vaultcollector.h"

#include <cstdio>

namespace bulkhead {

std::vector<CollectableSource> collectableSources(const std::string &storePath, const std::vector<std::string> &names,
                                                  std::string *error, bool *unknownName)
{
    std::vector<CollectableSource> out;
    auto from = [](const SourceRow &row) {
        return CollectableSource{row.name, row.kind, row.config, row.cluster, row.vault};
    };
    try {
        Database db = Database::open(storePath, Database::Access::ReadOnly);
        SourceRepository sources(db);
        if (names.empty()) {
            for (const SourceRow &row : sources.list()) {
                if (row.kind == "registry" || row.kind == "cluster" || row.kind == "vault")
                    out.push_back(from(row));
            }
            return out;
        }
        for (const std::string &name : names) {
            const auto row = sources.find(name);
            if (!row) {
                *error = "no source named \"" + name + "\"";
                if (unknownName)
                    *unknownName = true;
                return {};
            }
            out.push_back(from(*row));
        }
    } catch (const StoreError &e) {
        *error = e.what();
        return {};
    }
    return out;
}

std::vector<RegistrySourceConfig> sourcesToCollect(const std::string &storePath, const std::vector<std::string> &names,
                                                   std::string *error, bool *unknownName)
{
    std::vector<RegistrySourceConfig> out;
    for (CollectableSource &s : collectableSources(storePath, names, error, unknownName)) {
        if (s.kind == "registry") {
            out.push_back(std::move(s.registry));
        } else if (!names.empty()) {
            *error = "\"" + s.name + "\" is a " + s.kind + " source, not a registry";
            return {};
        }
    }
    return out;
}

CollectionResult collectSource(const std::string &storePath, RegistrySourceConfig source, const CancelToken *cancel,
                               const CollectionProgressCallback &progress, int concurrency)
{
    if (concurrency > 0)
        source.concurrency = concurrency;
    std::string credentialError;
    std::optional<RegistryCredentials> credentials = resolveSourceCredentials(source, &credentialError);
    // Record the failed run too: the Sources page shows why this source was not collected.
    if (!credentialError.empty()) {
        RegistryCollector failing(storePath, source, std::nullopt, PostureThresholds{});
        return failing.failBeforeCrawl("credentials for " + source.name + ": " + credentialError);
    }
    RegistryCollector collector(storePath, std::move(source), std::move(credentials), loadPostureThresholds());
    collector.setProgressCallback(progress);
    return collector.run(cancel);
}

CollectionResult collectClusterSource(const std::string &storePath, ClusterSourceConfig source, const CancelToken *cancel,
                                      const CollectionProgressCallback &progress, ExecCredentialProvider *exec)
{
    ClusterCollector collector(storePath, std::move(source), exec);
    collector.setProgressCallback(progress);
    return collector.run(cancel);
}

CollectionResult collectVaultSource(const std::string &storePath, VaultSourceConfig source, const CancelToken *cancel,
                                    const CollectionProgressCallback &progress)
{
    VaultCollector collector(storePath, std::move(source));
    collector.setProgressCallback(progress);
    return collector.run(cancel);
}

CollectionResult collectAnySource(const std::string &storePath, const CollectableSource &source, const CancelToken *cancel,
                                  const CollectionProgressCallback &progress, ExecCredentialProvider *exec,
                                  int concurrency)
{
    if (source.kind == "cluster")
        return collectClusterSource(storePath, source.cluster, cancel, progress, exec);
    if (source.kind == "vault")
        return collectVaultSource(storePath, source.vault, cancel, progress);
    return collectSource(storePath, source.registry, cancel, progress, concurrency);
}

std::string clusterCollectionSummary(const CollectionResult &r)
{
    char time[32];
    std::snprintf(time, sizeof time, "%.1f", r.seconds);
    std::string s = std::string(collectionStatusName(r.status)) + ": " + std::to_string(r.resources) + " resources, "
        + std::to_string(r.workloads) + " workloads, " + std::to_string(r.namespaces) + " namespaces, "
        + std::to_string(r.secrets) + " secrets (" + std::to_string(r.secretsOverdue) + " overdue), "
        + std::to_string(r.requests) + " requests";
    if (r.status == CollectionStatus::Complete || r.status == CollectionStatus::Partial)
        s += "; " + std::to_string(r.postureFindings) + " findings (" + std::to_string(r.newFindings) + " new, "
            + std::to_string(r.resolved) + " resolved)";
    if (!r.notCollected.empty()) {
        s += "; not collected: ";
        for (std::size_t i = 0; i < r.notCollected.size(); ++i)
            s += (i ? ", " : "") + r.notCollected[i];
    }
    return s + " in " + time + " s";
}

std::string vaultCollectionSummary(const CollectionResult &r)
{
    // "1,204": secrets come by the thousand.
    auto count = [](std::int64_t n) {
        std::string digits = std::to_string(n < 0 ? -n : n);
        for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
            digits.insert(static_cast<std::size_t>(i), ",");
        return (n < 0 ? "-" : "") + digits;
    };
    char time[32];
    std::snprintf(time, sizeof time, "%.1f", r.seconds);
    auto counted = [&count](std::int64_t n, const char *one, const char *many) {
        return count(n) + " " + (n == 1 ? one : many);
    };
    std::string s = std::string(collectionStatusName(r.status)) + ": " + counted(r.secrets, "secret", "secrets")
        + ", " + count(r.secretsOverdue) + " overdue, " + counted(r.requests, "request", "requests");
    if (r.status == CollectionStatus::Complete || r.status == CollectionStatus::Partial)
        s += "; " + counted(static_cast<std::int64_t>(r.postureFindings), "finding", "findings") + " ("
            + count(static_cast<std::int64_t>(r.newFindings)) + " new, " + count(static_cast<std::int64_t>(r.resolved))
            + " resolved)";
    if (!r.notCollected.empty())
        s += "; " + counted(static_cast<std::int64_t>(r.notCollected.size()), "path", "paths") + " not collected";
    return s + " in " + time + " s";
}

std::string collectionSummary(const CollectionResult &r, const std::string &kind)
{
    if (kind == "vault")
        return vaultCollectionSummary(r);
    return kind == "cluster" ? clusterCollectionSummary(r) : collectionSummary(r);
}

std::string collectionSummary(const CollectionResult &r)
{
    char time[32];
    std::snprintf(time, sizeof time, "%.1f", r.seconds);
    std::string s = std::string(collectionStatusName(r.status)) + ": " + std::to_string(r.repositories)
        + " repositories, " + std::to_string(r.images) + " images, " + std::to_string(r.tags) + " tags, "
        + std::to_string(r.requests) + " requests, " + std::to_string(r.failures.size()) + " failures";
    if (r.status == CollectionStatus::Complete || r.status == CollectionStatus::Partial) {
        s += "; " + std::to_string(r.postureFindings) + " posture findings (" + std::to_string(r.newFindings)
            + " new, " + std::to_string(r.resolved) + " resolved)";
        if (r.sbomsImported)
            s += ", " + std::to_string(r.sbomsImported) + " SBOMs imported";
    }
    return s + " in " + time + " s";
}

} // namespace bulkhead
