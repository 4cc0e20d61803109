#include "secrets/secretsloader.h"

#include "store/database.h"
#include "store/sourcerepository.h"

namespace bulkhead::ui {

bool SecretsLoader::page(quint64 generation, const SecretFilter &filter, SecretSort sort, bool descending,
                         qint64 offset, int limit, std::vector<SecretRow> &rows, QString &error)
{
    return m_reader.run(generation, error, [&] {
        rows = SecretRepository(m_reader.db()).page(filter, sort, descending, offset, limit);
    });
}

bool SecretsLoader::count(quint64 generation, const SecretFilter &filter, qint64 &total, QString &error)
{
    return m_reader.run(generation, error, [&] { total = SecretRepository(m_reader.db()).count(filter); });
}

SecretsFacts SecretsLoader::facts(const SecretFilter &filter)
{
    SecretsFacts out;
    m_reader.run(0, out.error, [&] {
        for (const SourceRow &s : SourceRepository(m_reader.db()).list()) {
            if (s.kind == "cluster")
                ++out.clusterSources;
            else if (s.kind == "vault")
                ++out.vaultSources;
        }
        const SecretRepository repo(m_reader.db());
        SecretFilter all;
        all.now = filter.now;
        out.secrets = repo.count(all);
        out.origins = repo.origins();
        out.distribution = repo.ageDistribution(filter, secretAgeBucketEdges());
    });
    return out;
}

std::optional<SecretRow> SecretsLoader::detail(std::int64_t id, QString &error)
{
    std::optional<SecretRow> row;
    m_reader.run(0, error, [&] { row = SecretRepository(m_reader.db()).find(id); });
    return row;
}

} // namespace bulkhead::ui
