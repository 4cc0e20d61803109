#pragma once

#include "common/storereader.h"
#include "store/rbacrepository.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <string>
#include <vector>

namespace bulkhead::ui {

// What the RBAC page needs to know before it shows anything: which clusters have an RBAC analysis
// (the chooser; none: the empty state) and how many cluster sources exist (the empty state says
// "add" or "collect").
struct RbacFacts {
    std::vector<std::string> clusters;
    int clusterSources = 0;
    QString error;
};

// Runs the subjects list's store reads on the thread it lives on (moved there by
// RbacSubjectsModel), over its own read-only connection, as WorkloadsLoader does for workloads:
// work arrives as queued functors, and a read of an outdated request is interrupted in SQLite.
class RbacSubjectsLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RbacSubjectsLoader)

public:
    explicit RbacSubjectsLoader(QString storePath) : m_reader(std::move(storePath)) {}

    std::atomic<quint64> &latestGeneration() { return m_reader.latestGeneration(); }

    // Called on the loader's thread. False with `error` set when the store failed; false with an
    // empty error when the read was outdated.
    bool page(quint64 generation, const RbacSubjectFilter &filter, const ReviewPolicy &policy, RbacSubjectSort sort,
              bool descending, qint64 offset, int limit, std::vector<RbacSubjectRow> &rows, QString &error);
    bool count(quint64 generation, const RbacSubjectFilter &filter, qint64 &total, QString &error);
    RbacFacts facts();

private:
    StoreReader m_reader;
};

} // namespace bulkhead::ui
