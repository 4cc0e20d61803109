#pragma once

#include "common/storereader.h"
#include "store/sourcerepository.h"
#include "store/workloadrepository.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <vector>

namespace bulkhead::ui {

// What the Workloads view shows beside the matrix, read in one go for the cluster chosen in the
// filter ("" = every cluster): the filter bar's choices, the namespace segmentation and the
// collection coverage with the agents found.
struct WorkloadsFacts {
    int clusterSources = 0;               // sources of kind "cluster" (0: the empty state)
    std::vector<std::string> clusters;    // clusters with collected workloads
    std::vector<std::string> namespaces;  // of the chosen cluster
    std::vector<NamespaceRow> namespaceRows;
    std::vector<CoverageRow> coverage;
    std::vector<EvidenceRow> evidence;
    QString error;
};

// Runs the Workloads view's store reads on the thread it lives on (moved there by
// WorkloadsListModel), over its own read-only connection, as ImagesLoader does for the images:
// work arrives as queued functors, and a read of an outdated request is interrupted inside SQLite.
class WorkloadsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadsLoader)

public:
    explicit WorkloadsLoader(QString storePath) : m_reader(std::move(storePath)) {}

    std::atomic<quint64> &latestGeneration() { return m_reader.latestGeneration(); }

    // Called on the loader's thread. False with `error` set when the store failed; false with an
    // empty error when the read was outdated.
    bool page(quint64 generation, const WorkloadFilter &filter, WorkloadSort sort, bool descending, qint64 offset,
              int limit, std::vector<WorkloadRow> &rows, QString &error);
    bool count(quint64 generation, const WorkloadFilter &filter, qint64 &total, QString &error);
    WorkloadsFacts facts(const std::string &cluster);

private:
    bool run(quint64 generation, QString &error, const std::function<void()> &work)
    {
        return m_reader.run(generation, error, work);
    }
    Database &db() { return m_reader.db(); }

    StoreReader m_reader;
};

} // namespace bulkhead::ui
