#pragma once

#include "common/storereader.h"
#include "store/secretrepository.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bulkhead::ui {

// The age buckets of the Secrets page's chart, in days: 0-30, 30-60, 60-90, 90-180, 180-365, 365+.
inline const std::vector<int> &secretAgeBucketEdges()
{
    static const std::vector<int> edges{0, 30, 60, 90, 180, 365};
    return edges;
}

// What the Secrets page needs beside the table, read in one go: whether there is anything to show
// at all (sources that can hold secrets, or stored secrets), the filter bar's origins, and the age
// distribution of the secrets under the current filter.
struct SecretsFacts {
    int clusterSources = 0;
    int vaultSources = 0;
    std::int64_t secrets = 0;                                  // every stored secret, unfiltered
    std::vector<std::pair<std::string, std::string>> origins; // (store, origin), sorted
    std::vector<std::int64_t> distribution;                   // per secretAgeBucketEdges() bucket
    QString error;
};

// Runs the Secrets page's store reads on the thread it lives on (moved there by
// SecretsListModel), over its own read-only connection, as WorkloadsLoader does for the
// workloads: work arrives as queued functors, and a read of an outdated request is interrupted
// inside SQLite.
class SecretsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretsLoader)

public:
    explicit SecretsLoader(QString storePath) : m_reader(std::move(storePath)) {}

    std::atomic<quint64> &latestGeneration() { return m_reader.latestGeneration(); }

    // Called on the loader's thread. False with `error` set when the store failed; false with an
    // empty error when the read was outdated.
    bool page(quint64 generation, const SecretFilter &filter, SecretSort sort, bool descending, qint64 offset,
              int limit, std::vector<SecretRow> &rows, QString &error);
    bool count(quint64 generation, const SecretFilter &filter, qint64 &total, QString &error);
    SecretsFacts facts(const SecretFilter &filter);
    // One secret with its versions and uses; nullopt (and `error` empty) when it is gone.
    std::optional<SecretRow> detail(std::int64_t id, QString &error);

private:
    StoreReader m_reader;
};

} // namespace bulkhead::ui
